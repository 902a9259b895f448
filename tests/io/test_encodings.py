"""Encodings users' files come in: every one decodes to the same NFC text and the same policy."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from policy_studio.io.readers import txt

ENGLISH = (
    "Café Records Notice\n\n"
    "We keep the names and phone numbers of the people who book a table at our café.\n\n"
    "Keeping Records\n\n"
    "We delete bookings after ninety days, unless you ask us to keep them longer.\n"
)
ARABIC = (
    "إشعار سجلات المقهى\n\n"
    "نحتفظ بأسماء وأرقام هواتف الأشخاص الذين يحجزون طاولة في مقهانا لغرض تأكيد الحجز.\n\n"
    "حفظ السجلات\n\n"
    "نحذف الحجوزات بعد تسعين يوما، ما لم تطلب منا الاحتفاظ بها مدة أطول من ذلك.\n"
)


@pytest.mark.parametrize(
    "text, data, encoding",
    [
        (ENGLISH, ENGLISH.encode("utf-8"), "utf-8"),
        (ENGLISH, codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), "utf-8-sig"),
        (ENGLISH, ENGLISH.encode("utf-16"), "utf-16"),
        (ENGLISH, ENGLISH.encode("utf-16-le"), "utf-16-le"),
        (ENGLISH, ENGLISH.encode("cp1252"), "cp1252"),
        (ARABIC, ARABIC.encode("cp1256"), "cp1256"),
        (ARABIC, codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
        (ARABIC, ARABIC.encode("utf-16"), "utf-16"),
    ],
)
def test_each_encoding_gives_the_same_policy(tmp_path, text, data, encoding):
    path = tmp_path / "notice.txt"
    path.write_bytes(data)
    result = txt.read(path)
    assert result.report.encoding[str(path)] == encoding
    expected = txt.read_text(text)
    assert [s.heading.text for s in result.policy.sections] == [
        s.heading.text for s in expected.policy.sections
    ]
    assert [[b.text for b in s.blocks] for s in result.policy.sections] == [
        [b.text for b in s.blocks] for s in expected.policy.sections
    ]


def test_windows_line_breaks_and_decomposed_accents_are_normalised(tmp_path):
    decomposed = unicodedata.normalize("NFD", ENGLISH).replace("\n", "\r\n")
    path = tmp_path / "notice.txt"
    path.write_bytes(decomposed.encode("utf-8"))
    policy = txt.read(path).policy
    assert policy.title["en"] == "Café Records Notice"
    assert unicodedata.is_normalized("NFC", policy.sections[0].blocks[0].get("en"))


def test_the_script_decides_the_language(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_bytes(ARABIC.encode("utf-8"))
    policy = txt.read(path).policy
    assert policy.source_language == "ar"
    assert policy.title == {"ar": "إشعار سجلات المقهى"}


BENGALI = (
    "ক্যাফের রেকর্ড বিজ্ঞপ্তি\n\n"
    "আমরা যারা টেবিল বুক করেন তাদের নাম ও ফোন নম্বর সংরক্ষণ করি।\n\n"
    "রেকর্ড রাখা\n\n"
    "নব্বই দিন পরে আমরা বুকিং মুছে ফেলি।\n"
)


@pytest.mark.parametrize("text", [ARABIC, BENGALI])
def test_utf16_without_a_bom_is_read_in_any_script(tmp_path, text):
    """Arabic UTF-16 has almost no NUL bytes: it was refused as binary (issue 18 item 13)."""
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"notice-{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        result = txt.read(path)
        assert result.report.encoding[str(path)] == encoding
        assert result.policy.title[result.policy.source_language] == text.split("\n")[0]


@pytest.mark.parametrize("text", [ARABIC, BENGALI])
def test_one_invalid_byte_keeps_the_utf8_file_and_says_where(tmp_path, text):
    data = text.encode("utf-8")
    cut = data.index(b"\n\n") + 2  # the start of line 3
    path = tmp_path / "notice.txt"
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    result = txt.read(path)
    assert result.report.encoding[str(path)] == (
        "utf-8 (1 invalid byte replaced with U+FFFD, first on line 3)"
    )
    assert result.policy.title[result.policy.source_language] == text.split("\n")[0]
    blocks = [b.text for s in result.policy.sections for b in [s.heading, *s.blocks]]
    assert any("\ufffd" in t for block in blocks for t in block.values())
    assert any("invalid byte" in w for w in result.report.warnings)


def test_a_single_byte_code_page_is_still_not_taken_for_damaged_utf8(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    assert txt.read(path).report.encoding[str(path)] == "cp1256"


@pytest.mark.parametrize("text", ["<b>x</b>" * 600, "ab" * 3000, "<li>1</li>\n" * 500])
def test_repetitive_ascii_is_not_taken_for_utf16(text):
    """ASCII repeating a short pattern has few distinct bytes in every other position, like
    UTF-16 of Arabic; it was decoded as utf-16-le (and refused as invalid)."""
    from policy_studio.io.readers.safety import decode_text

    assert decode_text(text.encode("ascii"), "page.html") == (text, "utf-8")
