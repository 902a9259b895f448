"""DOCX footnotes, endnotes, text boxes, comments, tracked changes, headers and footers
(issue 12): nothing the author wrote disappears without a line in the import report."""
# ruff: noqa: E501 - WordprocessingML fixtures read best one element per line

from __future__ import annotations

from policy_studio.io import registry
from policy_studio.text.markup import plain_text

from .docx_package import make_docx, p, r

TEXT_BOX = """<w:r><mc:AlternateContent>
  <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>
    <wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>
  </a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""

BODY = "".join(
    [
        p("Clinic Notice", "Title"),
        p("Records", "Heading1"),
        p(
            "",
            runs=r("We keep files for ten years")
            + '<w:r><w:footnoteReference w:id="2"/></w:r>'
            + r("."),
        ),
        p(
            "",
            runs=r("Files stay ")
            + '<w:del w:id="7" w:author="Legal"><w:r><w:delText>five</w:delText></w:r></w:del>'
            + '<w:ins w:id="8" w:author="Legal"><w:r><w:t>ten</w:t></w:r></w:ins>'
            + r(" years."),
        ),
        p(
            "",
            runs=r("Reception can help.") + TEXT_BOX.format(inner=p("Call the front desk first.")),
        ),
        p(
            "",
            runs='<w:commentRangeStart w:id="0"/>'
            + r("We never sell records.")
            + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
        ),
        p(
            "",
            runs=r("Archives follow the law")
            + '<w:r><w:endnoteReference w:id="1"/></w:r>'
            + r("."),
        ),
        p("Contact", "Heading1"),
        p("Write to the records office."),
    ]
)

PARTS = {
    "footnotes": (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>'
        + r(" The health act requires ten years.")
        + "</w:p></w:footnote>"
    ),
    "endnotes": (
        '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>'
        + r(" See the archives regulation.")
        + "</w:p></w:endnote>"
    ),
    "comments": (
        '<w:comment w:id="0" w:author="Legal Team" w:initials="LT"><w:p>'
        + r("Check this against the contract.")
        + "</w:p></w:comment>"
    ),
    "header1": p("Clinic Notice confidential draft"),
    "footer1": p("Printed copies are uncontrolled"),
}


def _read(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.docx"
    path.write_bytes(make_docx(BODY, parts=PARTS))
    return registry.reader_for_path(path).load()(path)


def test_notes_and_text_boxes_are_kept_where_they_are_read(tmp_path):
    result = _read(tmp_path)
    policy = result.policy
    assert [s.title("en") for s in policy.sections] == ["Records", "Contact"]
    texts = [plain_text(b.get("en")) for b in policy.sections[0].blocks]
    assert texts == [
        "We keep files for ten years[1].",
        "[1] The health act requires ten years.",
        "Files stay five years.",  # the tracked "five" → "ten" is a proposal (test_docx_review)
        "Reception can help.",
        "Call the front desk first.",  # the text box, once (not its VML copy too)
        "We never sell records.",
        "Archives follow the law[i].",
        "[i] See the archives regulation.",
    ]
    warnings = " ".join(result.report.warnings)
    assert "1 footnote" in warnings and "1 endnote" in warnings and "1 text box" in warnings
    # The text box is no "image" either.
    assert "image" not in {d.reason for d in result.report.dropped}


def test_comments_are_notes_changes_proposals_headers_and_footers_listed(tmp_path):
    result = _read(tmp_path)
    report = result.report
    everything = " ".join(plain_text(b.get("en")) for _, b in result.policy.iter_blocks())
    for left_out in ("contract", "stay ten", "confidential", "uncontrolled"):
        assert left_out not in everything
    blocks = {plain_text(b.get("en")): b for _, b in result.policy.iter_blocks()}
    [note] = blocks["We never sell records."].notes
    assert (note.text, note.author) == ("Check this against the contract.", "Legal Team")
    [proposal] = blocks["Files stay five years."].proposals
    assert proposal.text == "Files stay ten years."
    dropped = {d.text: d.reason for d in report.dropped}
    assert "Check this against the contract." not in dropped and "five" not in dropped
    assert dropped["Clinic Notice confidential draft"] == "page header"
    assert dropped["Printed copies are uncontrolled"] == "page footer"
    warnings = " ".join(report.warnings)
    assert "1 comment kept as review notes" in warnings
    assert "1 tracked change (1 replacement) kept as proposals" in warnings
    assert report.words["en"].unaccounted == 0
    assert report.words["en"].dropped == 4 + 4
