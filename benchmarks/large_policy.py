"""A large generated en+ar policy for benchmarks: 500 sections, ~150,000 words per language.

Deterministic (seeded). The sentences are put together from short phrase lists written for this
file (not taken from any real policy). Run it to print the size of what it builds.
"""

from __future__ import annotations

import random

from policy_studio.model import Block, BlockKind, Policy, Section

SECTIONS = 500
WORDS_PER_LANGUAGE = 150_000

# Parallel phrase lists: item i of an English list translates item i of the Arabic one.
_EN = [
    ["the association", "our office", "the clinic", "each coordinator", "the app", "our vendor"],
    ["records", "keeps", "reviews", "encrypts", "erases", "forwards", "reads"],
    [
        "the visit history",
        "your phone number",
        "donation receipts",
        "survey answers",
        "login times",
        "delivery addresses",
        "the {{contact_email}} inbox",
    ],
    [
        "for {{retention_period}}",
        "after you agree",
        "in line with the law",
        "to answer your questions",
        "on a server in Kampala",
        "until the account closes",
        "every quarter",
    ],
]
_AR = [
    ["الجمعية", "مكتبنا", "العيادة", "كل منسق", "التطبيق", "مورّدنا"],
    ["يسجّل", "يحتفظ ب", "يراجع", "يشفّر", "يمحو", "يحيل", "يقرأ"],
    [
        "سجل الزيارات",
        "رقم هاتفك",
        "إيصالات التبرع",
        "إجابات الاستبيان",
        "أوقات الدخول",
        "عناوين التوصيل",
        "صندوق {{contact_email}}",
    ],
    [
        "لمدة {{retention_period}}",
        "بعد موافقتك",
        "وفق القانون",
        "للرد على أسئلتك",
        "على خادم في كمبالا",
        "حتى يُغلق الحساب",
        "كل ربع سنة",
    ],
]


def _sentence(rng: random.Random) -> tuple[str, str]:
    picks = [rng.randrange(len(part)) for part in _EN]
    en = " ".join(part[i] for part, i in zip(_EN, picks, strict=True))
    ar = " ".join(part[i] for part, i in zip(_AR, picks, strict=True))
    return en[0].upper() + en[1:] + ".", ar + "."


def large_policy(
    seed: int = 7, sections: int = SECTIONS, words: int = WORDS_PER_LANGUAGE
) -> Policy:
    """``sections`` sections of paragraphs and bullets, ids like ``s12.b3``, en + ar."""
    rng = random.Random(seed)
    per_section = words // sections
    policy = Policy(
        title={"en": "Generated notice", "ar": "إشعار مولَّد"},
        id="large-policy",
        organization="Example Association",
        target_languages=["ar"],
        variables={"retention_period": {"en": "three years", "ar": "ثلاث سنوات"}},
    )
    for n in range(sections):
        section = Section(
            heading=Block(
                BlockKind.TITLE,
                {"en": f"Part {n + 1}", "ar": f"الجزء {n + 1}"},
                id=f"s{n}.t",
            ),
            id=f"s{n}",
        )
        count = 0
        while count < per_section:
            bullet = rng.random() < 0.3
            pairs = [_sentence(rng) for _ in range(1 if bullet else rng.randint(3, 6))]
            en = " ".join(p[0] for p in pairs)
            ar = " ".join(p[1] for p in pairs)
            kind = BlockKind.BULLET if bullet else BlockKind.PARAGRAPH
            section.blocks.append(
                Block(kind, {"en": en, "ar": ar}, id=f"s{n}.b{len(section.blocks)}")
            )
            # Arabic needs fewer words than English; aim the average of the two at the target.
            count += (len(en.split()) + len(ar.split())) // 2
        policy.sections.append(section)
    return policy


def word_count(policy: Policy, lang: str) -> int:
    return sum(len(block.get(lang).split()) for _, block in policy.iter_blocks())


if __name__ == "__main__":
    built = large_policy()
    blocks = sum(len(s.blocks) for s in built.sections)
    print(
        f"{len(built.sections)} sections, {blocks} blocks, "
        f"{word_count(built, 'en')} words en, {word_count(built, 'ar')} words ar"
    )
