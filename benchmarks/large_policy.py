"""A deterministic large bilingual policy for benchmarks: 500 sections, ~150,000 words per language.

The wording is generated from small word lists written for this file (no corpus text), with the
inline markup real policies use: bold, italic, links and {{variables}}.
"""

from __future__ import annotations

import random

from policy_studio.model import Block, BlockKind, Policy, Section, Status, TranslationState

EN_WORDS = (
    "we collect use store share protect delete review request personal data information account "
    "service record contact email address phone payment device location cookie partner provider "
    "purpose consent legal basis security period retention access correct object restrict transfer "
    "country authority complaint child parent notice update change website application form "
    "customer member staff supplier contract invoice support message report analysis safety law "
    "obligation interest reasonable necessary limited secure encrypted backup server region team "
    "office request response within days months years when where how why which our your the a of "
    "to and or for with by on in from about under only also may must will can each any"
).split()
AR_WORDS = (
    "نجمع نستخدم نخزن نشارك نحمي نحذف نراجع نطلب البيانات الشخصية المعلومات الحساب الخدمة السجل "
    "التواصل البريد العنوان الهاتف الدفع الجهاز الموقع ملفات الارتباط الشريك المزود الغرض الموافقة "
    "الأساس القانوني الأمان المدة الاحتفاظ الوصول التصحيح الاعتراض التقييد النقل البلد الجهة الشكوى "
    "الطفل الوالد الإشعار التحديث التغيير الموقع التطبيق النموذج العميل العضو الموظف المورد العقد "
    "الفاتورة الدعم الرسالة التقرير التحليل السلامة القانون الالتزام المصلحة معقول ضروري محدود آمن "
    "مشفر نسخة الخادم المنطقة الفريق المكتب الرد خلال أيام أشهر سنوات عندما حيث كيف لماذا التي "
    "لدينا لديك من إلى و أو مع على في عن فقط أيضا قد يجب سوف يمكن كل أي"
).split()

SECTIONS = 500
# Per section: title, a long paragraph, three bullets, two numbered items, a closing paragraph.
SHAPE = [
    (BlockKind.PARAGRAPH, 120),
    (BlockKind.BULLET, 20),
    (BlockKind.BULLET, 20),
    (BlockKind.BULLET, 20),
    (BlockKind.NUMBERED, 20),
    (BlockKind.NUMBERED, 20),
    (BlockKind.PARAGRAPH, 76),
]


def _sentence(rng: random.Random, words: list[str], count: int, flavour: int) -> str:
    chosen = [rng.choice(words) for _ in range(count)]
    # About one block in four carries markup, so the parser's path is measured too.
    if flavour == 0:
        chosen[2] = f"**{chosen[2]}**"
    elif flavour == 1:
        chosen[5] = f"[{chosen[5]}](https://example.org/{rng.randrange(1000)})"
    elif flavour == 2:
        chosen[-3] = "{{contact_email}}"
    elif flavour == 3:
        chosen[4] = f"*{chosen[4]}*"
    text = " ".join(chosen)
    return text[0].upper() + text[1:] + "."


def large_policy(seed: int = 2024, sections: int = SECTIONS) -> Policy:
    """The benchmark policy (same seed, same policy)."""
    rng = random.Random(seed)
    policy = Policy(
        title={"en": "Large policy", "ar": "سياسة كبيرة"},
        organization="Benchmark Org",
        effective_date="2025-01-01",
        version_label="1.0",
        source_language="en",
        target_languages=["ar"],
        variables={"contact_email": {"en": "privacy@bench.example"}},
    )
    for number in range(sections):
        title = Block(
            BlockKind.TITLE,
            {"en": _sentence(rng, EN_WORDS, 4, 9)[:-1], "ar": _sentence(rng, AR_WORDS, 3, 9)[:-1]},
        )
        blocks = []
        for kind, words in SHAPE:
            flavour = rng.randrange(16)
            blocks.append(
                Block(
                    kind,
                    {
                        "en": _sentence(rng, EN_WORDS, words, flavour),
                        "ar": _sentence(rng, AR_WORDS, words, flavour),
                    },
                )
            )
        policy.sections.append(Section(heading=title, blocks=blocks))
    return policy


STATUS_MIX = [Status.APPROVED, Status.REVIEWED, Status.TRANSLATED, Status.DRAFT, None]
STATUS_WEIGHTS = [30, 25, 25, 16, 4]
"""Mostly confirmed targets; None leaves a segment with no Arabic at all (untranslated)."""


def with_translation_states(policy: Policy, seed: int = 4, stale_share: float = 0.02) -> Policy:
    """Give every Arabic segment a workflow status, a few of them stale, as a real policy has.

    The grid and QA benchmarks need the mix; export and diff ignore it.
    """
    rng = random.Random(seed)
    for _, block in policy.iter_blocks():
        status = rng.choices(STATUS_MIX, STATUS_WEIGHTS)[0]
        if status is None:
            block.text.pop("ar", None)
            continue
        if status.is_confirmed:
            block.confirm("ar", "en", status)
            if rng.random() < stale_share:
                # Confirmed against an older source: the recorded source differs.
                old = "Earlier wording: " + block.get("en")
                block.translations["ar"] = TranslationState(status, "0" * 16, old)
        else:
            block.translations["ar"] = TranslationState(status)
    return policy


def to_markdown(policy: Policy, lang: str) -> str:
    """The same content as Markdown, for pandoc to convert."""
    lines = [f"# {policy.title[lang]}", ""]
    for number, section in enumerate(policy.sections, start=1):
        lines += [f"## {number}. {section.heading.get(lang)}", ""]
        previous = None
        for block in section.blocks:
            text = block.get(lang).replace("{{contact_email}}", "privacy@bench.example")
            if block.kind is BlockKind.BULLET:
                lines.append(f"- {text}")
            elif block.kind is BlockKind.NUMBERED:
                if previous is BlockKind.BULLET:
                    lines.append("")
                lines.append(f"1. {text}")
            else:
                if previous in (BlockKind.BULLET, BlockKind.NUMBERED):
                    lines.append("")
                lines += [text, ""]
            previous = block.kind
        lines.append("")
    return "\n".join(lines)


def word_count(policy: Policy, lang: str) -> int:
    return sum(len(b.get(lang).split()) for _, b in policy.iter_blocks())


if __name__ == "__main__":
    big = large_policy()
    print({lang: word_count(big, lang) for lang in ("en", "ar")})
