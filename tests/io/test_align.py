"""Bilingual alignment: one file with two languages, or two files, into parallel blocks."""

from __future__ import annotations

from pathlib import Path

from policy_studio.io.align import add_translation, evidence, run_in_split
from policy_studio.io.readers import markdown, txt
from policy_studio.model import Status

FIXTURES = Path(__file__).parent / "fixtures"


def pairs(policy, target="ar"):
    return [
        (s.title("en"), s.title(target), [(b.get("en"), b.get(target)) for b in s.blocks])
        for s in policy.sections
    ]


def test_english_then_arabic_with_run_in_arabic_headings():
    result = txt.read(FIXTURES / "clinic_bilingual_sequential.txt")
    policy = result.policy
    assert result.report.layout == "sequential"
    assert policy.source_language == "en" and policy.target_languages == ["ar"]
    assert policy.title["ar"] == "إشعار الخصوصية لعيادة الميناء"
    assert pairs(policy) == [
        (
            "Records We Keep",
            "السجلات التي نحتفظ بها",
            [
                (
                    "We keep your appointment history and your payment details.",
                    "نحتفظ بسجل مواعيدك وبيانات الدفع الخاصة بك.",
                )
            ],
        ),
        (
            "Keeping Records",
            "حفظ السجلات",
            [
                (
                    "Files stay with us for 10 years after your last visit.",
                    "تبقى الملفات لدينا مدة 10 سنوات بعد آخر زيارة لك.",
                )
            ],
        ),
        (
            "Contact",
            "التواصل",
            [
                (
                    "Write to records@harbour.example for a copy of your file.",
                    "راسلنا على records@harbour.example للحصول على نسخة من ملفك.",
                )
            ],
        ),
    ]
    assert result.report.unaligned == []
    block = policy.sections[0].blocks[0]
    assert block.state("ar").status is Status.TRANSLATED
    assert not block.is_stale("ar", "en")


def test_alternating_paragraphs_and_a_paragraph_missing_in_arabic_is_kept_and_reported():
    result = txt.read(FIXTURES / "clinic_bilingual_alternating.txt")
    policy = result.policy
    assert result.report.layout == "alternating"
    assert [s.title("ar") for s in policy.sections] == [
        "السجلات التي نحتفظ بها",
        "حفظ السجلات",
        "التواصل",
    ]
    kept = policy.sections[1].blocks[1]
    assert kept.text == {"en": "We never sell your records to anyone."}
    assert [
        (u.present, u.missing, u.text, u.section, u.block_id) for u in result.report.unaligned
    ] == [("en", "ar", "We never sell your records to anyone.", 2, kept.id)]


def test_two_markdown_files_align_block_for_block():
    main = markdown.read(FIXTURES / "clinic_en.md")
    result = add_translation(main, markdown.read(FIXTURES / "clinic_ar.md"), "ar", "clinic_ar.md")
    policy = result.policy
    assert result.report.layout == "two-files"
    assert result.report.unaligned == []
    for _, block in policy.iter_blocks():
        if block.get("en"):
            assert block.get("ar"), block.get("en")
    assert policy.sections[1].blocks[2].get("ar") == "لا نخزن أرقام البطاقات أبدًا"


def test_an_arabic_file_that_drops_a_list_item_keeps_the_english_and_reports_it(tmp_path):
    arabic = (
        (FIXTURES / "clinic_ar.md")
        .read_text(encoding="utf-8")
        .replace("2. البند الثاني بالترتيب.\n", "")
    )
    path = tmp_path / "ar.md"
    path.write_text(arabic, encoding="utf-8")
    result = add_translation(markdown.read(FIXTURES / "clinic_en.md"), markdown.read(path), "ar")
    missing = [(u.present, u.missing, u.text) for u in result.report.unaligned]
    assert missing == [("en", "ar", "Second item in order.")]
    numbered = [b for b in result.policy.sections[1].blocks if b.kind.value == "numbered"]
    assert [b.text.get("ar") for b in numbered] == ["البند الأول بالترتيب.", None]


def test_evidence_folds_arabic_digits_and_collects_links_and_addresses():
    assert evidence("راسلنا على a@b.example خلال ١٠ أيام [هنا](https://x.example/)") == {
        "mail:a@b.example",
        "num:10",
        "url:https://x.example",
    }


def test_run_in_split_only_for_short_labels():
    assert run_in_split("التواصل: راسلنا على العنوان") == ("التواصل", "راسلنا على العنوان")
    assert (
        run_in_split("هذه جملة طويلة جدا تحتوي على كلمات كثيرة قبل النقطتين هنا فعلا: ثم نص")
        is None
    )


def test_an_extra_arabic_item_is_kept_in_place_and_reported(tmp_path):
    arabic = (
        (FIXTURES / "clinic_ar.md")
        .read_text(encoding="utf-8")
        .replace(
            "* **المدفوعات**",
            "* نرسل تذكيرًا بالمواعيد عبر WhatsApp قبل يوم من الزيارة.\n* **المدفوعات**",
        )
    )
    path = tmp_path / "ar.md"
    path.write_text(arabic, encoding="utf-8")
    result = add_translation(markdown.read(FIXTURES / "clinic_en.md"), markdown.read(path), "ar")
    [extra] = result.report.unaligned
    assert (extra.present, extra.missing, extra.section) == ("ar", "en", 2)
    blocks = result.policy.sections[1].blocks
    assert [b.text.get("en", "")[:10] for b in blocks][:3] == ["**Visits**", "", "**Payments"]
    assert blocks[1].get("ar").startswith("نرسل تذكيرًا") and blocks[1].id == extra.block_id


def test_arabic_first_with_run_in_headings_opens_sections_at_the_labels(tmp_path):
    english, arabic = (
        (FIXTURES / "clinic_bilingual_sequential.txt")
        .read_text(encoding="utf-8")
        .split("\n\nإشعار")
    )
    path = tmp_path / "ar_first.txt"
    path.write_text("إشعار" + arabic + "\n\n" + english + "\n", encoding="utf-8")
    result = txt.read(path)
    policy = result.policy
    assert policy.source_language == "ar" and result.report.unaligned == []
    assert [s.heading.text for s in policy.sections] == [
        {"ar": "السجلات التي نحتفظ بها", "en": "Records We Keep"},
        {"ar": "حفظ السجلات", "en": "Keeping Records"},
        {"ar": "التواصل", "en": "Contact"},
    ]
    assert policy.sections[1].blocks[0].text == {
        "ar": "تبقى الملفات لدينا مدة 10 سنوات بعد آخر زيارة لك.",
        "en": "Files stay with us for 10 years after your last visit.",
    }
