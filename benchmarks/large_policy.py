"""A large generated en+ar policy for benchmarks: 500 sections, ~150,000 words per language.

Deterministic (seeded); the wording is assembled from small word lists written for this file,
not taken from any real policy. Run it to print the size of what it builds.
"""

from __future__ import annotations

import random

from policy_studio.model import Block, BlockKind, Policy, Section

SECTIONS = 500
WORDS_PER_LANGUAGE = 150_000

_EN_SUBJECTS = [
    "we",
    "the club",
    "our staff",
    "the service",
    "a member",
    "the processor",
    "the committee",
    "each volunteer",
    "the website",
    "our partners",
]
_EN_VERBS = [
    "collect",
    "store",
    "share",
    "review",
    "delete",
    "protect",
    "record",
    "update",
    "send",
    "check",
    "keep",
    "use",
]
_EN_OBJECTS = [
    "your name",
    "the plot number",
    "payment records",
    "contact details",
    "meeting notes",
    "photos of events",
    "device information",
    "support requests",
    "newsletter choices",
    "access logs",
    "invoices",
    "membership forms",
]
_EN_TAILS = [
    "for two seasons",
    "when the law requires it",
    "only with your consent",
    "to run the garden",
    "on servers in Nairobi",
    "until you ask us to stop",
    "as described in section 4",
    "for 12 months",
    "in encrypted form",
    "with trusted suppliers",
    "during the annual review",
    "before each event",
]

_AR_SUBJECTS = [
    "نحن",
    "النادي",
    "موظفونا",
    "الخدمة",
    "العضو",
    "المعالج",
    "اللجنة",
    "كل متطوع",
    "الموقع",
    "شركاؤنا",
]
_AR_VERBS = [
    "نجمع",
    "نخزن",
    "نشارك",
    "نراجع",
    "نحذف",
    "نحمي",
    "نسجل",
    "نحدّث",
    "نرسل",
    "نتحقق من",
    "نحتفظ ب",
    "نستخدم",
]
_AR_OBJECTS = [
    "اسمك",
    "رقم القطعة",
    "سجلات الدفع",
    "بيانات الاتصال",
    "محاضر الاجتماعات",
    "صور الفعاليات",
    "معلومات الجهاز",
    "طلبات الدعم",
    "خيارات النشرة",
    "سجلات الدخول",
    "الفواتير",
    "استمارات العضوية",
]
_AR_TAILS = [
    "لمدة موسمين",
    "عندما يقتضي القانون ذلك",
    "بموافقتك فقط",
    "لإدارة الحديقة",
    "على خوادم في نيروبي",
    "حتى تطلب منا التوقف",
    "كما هو مبين في القسم ٤",
    "لمدة ١٢ شهرًا",
    "بصيغة مشفرة",
    "مع موردين موثوقين",
    "خلال المراجعة السنوية",
    "قبل كل فعالية",
]


_EN_SYLLABLES = ["ka", "ri", "mo", "ba", "zu", "te", "li", "na", "so", "pe", "du", "wa", "fi", "go"]
_AR_SYLLABLES = ["كا", "ري", "مو", "با", "زو", "تي", "لي", "نا", "سو", "بي", "دو", "وا", "في", "غو"]


def _names(rng: random.Random, syllables: list[str], count: int) -> list[str]:
    """Invented names (projects, places, tools): real policies have thousands of rare words,
    and without them every word repeats so often that text diffs behave unlike real ones."""
    return ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(count)]


_VOCABULARY = 4000


def _sentence(rng: random.Random, names: tuple[list[str], list[str]]) -> tuple[str, str]:
    s, v, o, t = (rng.randrange(10), rng.randrange(12), rng.randrange(12), rng.randrange(12))
    x, y = rng.randrange(_VOCABULARY), rng.randrange(_VOCABULARY)
    en = (
        f"{_EN_SUBJECTS[s]} {_EN_VERBS[v]} {_EN_OBJECTS[o]} for {names[0][x]} "
        f"{names[0][y]} {_EN_TAILS[t]}."
    )
    ar = (
        f"{_AR_SUBJECTS[s]} {_AR_VERBS[v]} {_AR_OBJECTS[o]} لمشروع {names[1][x]} "
        f"{names[1][y]} {_AR_TAILS[t]}."
    )
    return en[0].upper() + en[1:], ar


def large_policy(
    seed: int = 2026, sections: int = SECTIONS, words: int = WORDS_PER_LANGUAGE
) -> Policy:
    """The generated policy: ``sections`` sections of paragraphs and bullets, ids like s12.b3."""
    rng = random.Random(seed)
    names = (_names(rng, _EN_SYLLABLES, _VOCABULARY), _names(rng, _AR_SYLLABLES, _VOCABULARY))
    per_section = words // sections
    policy = Policy(
        title={"en": "Generated privacy policy", "ar": "سياسة خصوصية مولدة"},
        id="large-policy",
        organization="Example Garden Club",
        version_label="1.0",
        target_languages=["ar"],
    )
    for n in range(sections):
        section = Section(
            heading=Block(
                BlockKind.TITLE,
                {"en": f"Topic {n + 1} of the notice", "ar": f"الموضوع {n + 1} من الإشعار"},
                id=f"s{n}.t",
            ),
            id=f"s{n}",
        )
        count = 0
        b = 0
        # The last block overshoots by half a block on average: stop a little early.
        while count < per_section - 20:
            kind = BlockKind.BULLET if rng.random() < 0.3 else BlockKind.PARAGRAPH
            sentences = [
                _sentence(rng, names)
                for _ in range(1 if kind is BlockKind.BULLET else rng.randint(3, 6))
            ]
            en = " ".join(s[0] for s in sentences)
            ar = " ".join(s[1] for s in sentences)
            section.blocks.append(Block(kind, {"en": en, "ar": ar}, id=f"s{n}.b{b}"))
            count += len(en.split())
            b += 1
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
