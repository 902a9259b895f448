"""The DOCX reader: styles, outline levels, numbering, runs, bidi, tracked changes and tables."""

# ruff: noqa: E501 - XML and HTML fixtures stay one element per line

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from policy_studio.io import registry
from policy_studio.io.readers import docx
from policy_studio.io.readers.safety import ImportFileError

from .docx_package import make_docx, p, r

BILINGUAL_BODY = "".join(
    [
        p("Harbour Clinic Privacy Notice", "Title"),
        p("Effective date: 14 March 2024"),
        p("", runs=r("Records We Keep", "<w:b/>")),  # a heading made by hand in bold
        p(
            "",
            runs=r("We keep ")
            + r("visit dates", "<w:b/>")
            + r(" and ")
            + r("payments", "<w:i/>")
            + r(", see ")
            + '<w:hyperlink r:id="rLink">'
            + r("our fees")
            + "</w:hyperlink>"
            + r("."),
        ),
        p("Visits", num=(1, 0)),
        p("dates of visits", num=(1, 1)),
        p("Ask at the desk.", num=(2, 0)),
        p(
            "",
            runs=r("Files stay ")
            + '<w:del w:id="1" w:author="Amina" w:date="2024-03-01T00:00:00Z"><w:r><w:delText>five</w:delText></w:r></w:del>'
            + '<w:ins w:id="2" w:author="Amina" w:date="2024-03-01T00:00:00Z">'
            + r("10")
            + "</w:ins>"
            + r(" years."),
        ),
        "<w:tbl><w:tr><w:tc>" + p("Record") + "</w:tc><w:tc>" + p("Kept for") + "</w:tc></w:tr>"
        "<w:tr><w:tc>" + p("Visits") + "</w:tc><w:tc>" + p("10 years") + "</w:tc></w:tr></w:tbl>",
        p("Contact", "ClauseHead"),
        p(
            "",
            runs='<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:records@harbour.example" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + r("Write to us")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            + r("."),
        ),
        p("", runs="<w:r><w:drawing/></w:r>"),
        p("إشعار الخصوصية لعيادة الميناء", "Title", bidi=True),
        p("السجلات التي نحتفظ بها", "Heading1", bidi=True),
        p(
            "",
            "BodyAR",
            runs=r("نحتفظ ")
            + r("بتواريخ الزيارات", '<w:rStyle w:val="Strong"/>')
            + r(" و")
            + r("المدفوعات", "<w:iCs/>")
            + r("، راجع ")
            + '<w:hyperlink r:id="rLink">'
            + r("رسومنا")
            + "</w:hyperlink>"
            + r("."),
        ),
        p("الزيارات", num=(1, 0), bidi=True),
        p("تواريخ الزيارات", num=(1, 1), bidi=True),
        p("اسأل في مكتب الاستقبال.", num=(2, 0), bidi=True),
        p("تبقى الملفات لدينا مدة 10 سنوات.", "BodyAR"),
        "<w:tbl><w:tr><w:tc>" + p("السجل") + "</w:tc><w:tc>" + p("مدة الحفظ") + "</w:tc></w:tr>"
        "<w:tr><w:tc>" + p("الزيارات") + "</w:tc><w:tc>" + p("10 سنوات") + "</w:tc></w:tr></w:tbl>",
        p("التواصل", "ClauseHead", bidi=True),
        p(
            "",
            "BodyAR",
            runs='<w:hyperlink r:id="rMail">' + r("راسلنا") + "</w:hyperlink>" + r("."),
        ),
    ]
)
LINKS = {"rLink": "https://harbour.example/fees", "rMail": "mailto:records@harbour.example"}


@pytest.fixture
def bilingual(tmp_path) -> Path:
    path = tmp_path / "clinic.docx"
    path.write_bytes(make_docx(BILINGUAL_BODY, links=LINKS))
    return path


def test_structure_runs_and_tracked_changes(bilingual):
    result = registry.reader_for_path(bilingual).load()(bilingual)
    policy, report = result.policy, result.report
    assert report.encoding == {str(bilingual): "docx"}
    assert policy.title == {
        "en": "Harbour Clinic Privacy Notice",
        "ar": "إشعار الخصوصية لعيادة الميناء",
    }
    assert policy.effective_date == "2024-03-14"
    assert [s.heading.text for s in policy.sections] == [
        {"en": "Records We Keep", "ar": "السجلات التي نحتفظ بها"},
        {"en": "Contact", "ar": "التواصل"},
    ]
    blocks = policy.sections[0].blocks
    assert [(b.kind.value, b.level) for b in blocks] == [
        ("paragraph", 0),
        ("bullet", 0),
        ("bullet", 1),
        ("numbered", 0),
        ("paragraph", 0),
        ("table", 0),
    ]
    assert (
        blocks[0].get("en")
        == "We keep **visit dates** and *payments*, see [our fees](https://harbour.example/fees)."
    )
    assert (
        blocks[0].get("ar")
        == "نحتفظ **بتواريخ الزيارات** و*المدفوعات*، راجع [رسومنا](https://harbour.example/fees)."
    )
    # Tracked changes: the text nobody changed ("five"), the change a proposal (issue 12
    # item 4: an approver never signs text nobody accepted).
    assert blocks[4].text == {
        "en": "Files stay five years.",
        "ar": "تبقى الملفات لدينا مدة 10 سنوات.",
    }
    [proposal] = blocks[4].proposals
    assert (proposal.lang, proposal.kind.value, proposal.author, proposal.text) == (
        "en",
        "replace",
        "Amina",
        "Files stay 10 years.",
    )
    # The table is a table block (issue 13), its cells paired across the two languages.
    table = blocks[5].table
    assert table is not None
    assert [[c.text for c in row] for row in table.rows] == [
        [{"en": "Record", "ar": "السجل"}, {"en": "Kept for", "ar": "مدة الحفظ"}],
        [{"en": "Visits", "ar": "الزيارات"}, {"en": "10 years", "ar": "10 سنوات"}],
    ]
    contact = policy.sections[1].blocks[0]
    assert contact.text == {
        "en": "[Write to us](mailto:records@harbour.example).",
        "ar": "[راسلنا](mailto:records@harbour.example).",
    }
    # Nothing is listed as dropped but the image; the change is counted as a proposal.
    assert [(d.text, d.reason) for d in report.dropped] == [("image", "image")]
    assert report.review["proposals"] == {"replace": 1}
    assert any("kept as proposals" in warning for warning in report.warnings)
    assert report.unaligned == []


def test_a_document_made_by_python_docx_with_builtin_list_styles(tmp_path):
    import docx as python_docx

    document = python_docx.Document()
    document.add_heading("Café Notice", level=0)
    document.add_heading("What we keep", level=1)
    document.add_paragraph("Names and phone numbers of people who book a table.")
    document.add_paragraph("names", style="List Bullet")
    document.add_paragraph("phone numbers", style="List Bullet 2")
    document.add_paragraph("call to confirm", style="List Number")
    path = tmp_path / "cafe.docx"
    document.save(str(path))
    policy = docx.read(path).policy
    assert policy.title == {"en": "Café Notice"}
    [section] = policy.sections
    assert section.title("en") == "What we keep"
    assert [(b.kind.value, b.level, b.get("en")) for b in section.blocks] == [
        ("paragraph", 0, "Names and phone numbers of people who book a table."),
        ("bullet", 0, "names"),
        ("bullet", 0, "phone numbers"),
        ("numbered", 0, "call to confirm"),
    ]


def test_the_core_title_is_used_without_a_title_paragraph(tmp_path):
    path = tmp_path / "t.docx"
    path.write_bytes(make_docx(p("We keep little."), title="Small Notice"))
    assert docx.read(path).policy.title == {"en": "Small Notice"}


def test_a_docx_without_a_document_part(tmp_path):
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ImportFileError, match=r"empty\.docx: not a Word document"):
        docx.read(path)


def test_external_entities_inside_a_docx_are_refused(tmp_path):
    path = tmp_path / "xxe.docx"
    data = make_docx(p("x"))
    with zipfile.ZipFile(path, "w") as out, zipfile.ZipFile(__import__("io").BytesIO(data)) as src:
        for item in src.infolist():
            content = src.read(item)
            if item.filename == "word/document.xml":
                content = content.replace(
                    b"<w:document",
                    b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document',
                    1,
                ).replace(b">x<", b">&x;<")
            out.writestr(item, content)
    with pytest.raises(ImportFileError, match=r"xxe\.docx: word/document\.xml declares a DOCTYPE"):
        docx.read(path)


def test_truncated_and_encrypted_documents(tmp_path):
    whole = make_docx(p("Some text that will be cut off."))
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) - 200])
    with pytest.raises(ImportFileError, match=r"cut\.docx: the file is damaged or truncated"):
        docx.read(cut)
    locked = tmp_path / "locked.docx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    with pytest.raises(ImportFileError, match=r"locked\.docx: the document is password-protected"):
        docx.read(locked)


def test_a_document_typed_without_styles_gets_the_plain_text_rules(tmp_path):
    body = "".join(
        p(text)
        for text in [
            "Skip to main content",
            "Café Notice",
            "1. What We Keep",
            "We keep the names of people who book a table.",
            "• names",
            "• phone numbers",
            "2. Contact Us",
            "Write to us or call:",
            "Bookings Officer",
            "Email: bookings@cafe.example",
            "Phone: +255 700 000 000",
        ]
    )
    path = tmp_path / "typed.docx"
    path.write_bytes(make_docx(body))
    result = docx.read(path)
    policy = result.policy
    assert policy.title == {"en": "Café Notice"}
    assert [s.title("en") for s in policy.sections] == ["What We Keep", "Contact Us"]
    assert [(b.kind.value, b.get("en")) for b in policy.sections[0].blocks] == [
        ("paragraph", "We keep the names of people who book a table."),
        ("bullet", "names"),
        ("bullet", "phone numbers"),
    ]
    assert [b.get("en") for b in policy.sections[1].blocks] == [
        "Write to us or call:",
        "Bookings Officer\nEmail: bookings@cafe.example\nPhone: +255 700 000 000",
    ]
    assert [d.text for d in result.report.dropped] == ["Skip to main content"]
