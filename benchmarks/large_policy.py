"""A deterministic large en+ar policy for benchmarks: 500 sections, ~150,000 words per language.

The wording is generated from small word lists written for this file (no corpus text), with
the things real policies carry: variables, numbers, e-mail addresses, lists, and every
translation status including stale segments.
"""

from __future__ import annotations

import random

from policy_studio.model import Block, BlockKind, Policy, Section, Status

EN_WORDS = (
    "we collect use store share process protect retain delete your personal data information "
    "records account service request consent purpose law security partner provider contact "
    "period access right choice notice update cookie device address payment order support "
    "team office country transfer safeguard review policy time basis legitimate interest"
).split()
AR_WORDS = (
    "نجمع نستخدم نخزن نشارك نعالج نحمي نحتفظ نحذف بياناتك الشخصية المعلومات السجلات الحساب "
    "الخدمة الطلب الموافقة الغرض القانون الأمن الشريك المزود الاتصال المدة الوصول الحق الخيار "
    "الإشعار التحديث ملفات الجهاز العنوان الدفع الطلبية الدعم الفريق المكتب البلد النقل الضمانات "
    "المراجعة السياسة الوقت الأساس المصلحة المشروعة"
).split()
STATUSES = [Status.APPROVED, Status.REVIEWED, Status.TRANSLATED, Status.DRAFT, None]
STATUS_WEIGHTS = [30, 25, 25, 16, 4]
"""Mostly translated (so both languages reach ~150,000 words); None = no Arabic yet."""


def _sentence(rng: random.Random, words: list[str], n: int) -> str:
    return " ".join(rng.choice(words) for _ in range(n))


def _pair(rng: random.Random, n_words: int) -> tuple[str, str]:
    """An English paragraph and its "translation" with the same numbers and variables."""
    en_parts, ar_parts, left = [], [], n_words
    while left > 0:
        n = min(left, rng.randint(8, 16))
        en_parts.append(_sentence(rng, EN_WORDS, n).capitalize() + ".")
        ar_parts.append(_sentence(rng, AR_WORDS, n) + ".")
        left -= n
    extra = rng.random()
    if extra < 0.2:
        days = rng.randint(2, 90)
        en_parts.append(f"Within {days} days.")
        ar_parts.append(f"خلال {str(days).translate(str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩'))} يومًا.")
    elif extra < 0.3:
        en_parts.append("Write to {{contact_email}} or privacy@example.org.")
        ar_parts.append("راسلنا على {{contact_email}} أو privacy@example.org.")
    return " ".join(en_parts), " ".join(ar_parts)


def large_policy(sections: int = 500, words_per_language: int = 150_000, seed: int = 4) -> Policy:
    """The benchmark policy; the same arguments always give the same text and ids."""
    rng = random.Random(seed)
    blocks_per_section = 6
    words_per_block = max(4, words_per_language // (sections * blocks_per_section) - 1)
    policy = Policy(
        title={"en": "Large benchmark policy", "ar": "سياسة كبيرة للقياس"},
        id="large-policy",
        organization="Benchmark Ltd",
        source_language="en",
        target_languages=["ar"],
    )
    for s in range(sections):
        title_en, title_ar = _sentence(rng, EN_WORDS, 3).title(), _sentence(rng, AR_WORDS, 3)
        heading = Block(BlockKind.TITLE, {"en": title_en, "ar": title_ar}, id=f"s{s}-t")
        heading.confirm("ar", "en", Status.APPROVED)
        section = Section(heading=heading, id=f"s{s}")
        for b in range(blocks_per_section):
            kind = BlockKind.PARAGRAPH if b < 3 else BlockKind.BULLET
            en, ar = _pair(rng, words_per_block)
            status = rng.choices(STATUSES, STATUS_WEIGHTS)[0]
            block = Block(kind, {"en": en}, id=f"s{s}-b{b}")
            if status is not None:
                block.set_text("ar", ar)
                if status.is_confirmed:
                    block.confirm("ar", "en", status)
                    if rng.random() < 0.05:  # the source changed after translation: stale
                        block.set_text("en", en + " " + _sentence(rng, EN_WORDS, 4) + ".")
            section.blocks.append(block)
        policy.sections.append(section)
    return policy


def word_count(policy: Policy, lang: str) -> int:
    return sum(len(block.get(lang).split()) for _, block in policy.iter_blocks())


if __name__ == "__main__":
    p = large_policy()
    print(f"sections={len(p.sections)} en_words={word_count(p, 'en')} ar_words={word_count(p, 'ar')}")
