"""DOCX comments and tracked changes come in as review notes and proposals on their block
(issue 12 item 4): the block's text is what nobody changed, each change is a proposal with its
author and date, each comment a note; formatting-only changes are named in the report."""
# ruff: noqa: E501 - WordprocessingML fixtures read best one element per line

from __future__ import annotations

import json

from policy_studio.io.import_flow import import_documents
from policy_studio.model import ProposalKind
from policy_studio.model.serialize import from_json, policy_from_dict, policy_to_dict, to_json
from policy_studio.ops.review import accept_proposal, reject_proposal
from policy_studio.text.markup import plain_text

from .docx_package import make_docx, p, r

DATE = "2026-03-02T10:00:00Z"


def ins(text: str, cid: int, author: str = "Legal", props: str = "") -> str:
    return f'<w:ins w:id="{cid}" w:author="{author}" w:date="{DATE}">{r(text, props)}</w:ins>'


def dele(text: str, cid: int, author: str = "Legal") -> str:
    return (
        f'<w:del w:id="{cid}" w:author="{author}" w:date="{DATE}"><w:r>'
        f'<w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
    )


def comment_on(text: str, cid: int) -> str:
    return (
        f'<w:commentRangeStart w:id="{cid}"/>{r(text)}<w:commentRangeEnd w:id="{cid}"/>'
        f'<w:r><w:commentReference w:id="{cid}"/></w:r>'
    )


def bold_change(text: str, cid: int) -> str:
    """``text`` made bold by Legal (it was plain)."""
    return (
        f'<w:r><w:rPr><w:b/><w:rPrChange w:id="{cid}" w:author="Legal" w:date="{DATE}"><w:rPr/>'
        f'</w:rPrChange></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
    )


def size_change(text: str, cid: int) -> str:
    """``text`` set in 14 pt by Legal (it was 11 pt): nothing the model keeps."""
    return (
        f'<w:r><w:rPr><w:sz w:val="28"/><w:rPrChange w:id="{cid}" w:author="Legal" w:date="{DATE}">'
        f'<w:rPr><w:sz w:val="22"/></w:rPr></w:rPrChange></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
    )


BODY = "".join(
    [
        p("Clinic Notice", "Title"),
        p("Records", "Heading1"),
        # A replacement (deletion + insertion side by side) and a comment on other words.
        p("", runs=r("We keep files for ") + dele("five", 10) + ins("ten", 11) + r(" years.")),
        p("", runs=comment_on("We never sell records.", 0)),
        # An insertion alone, and a deletion alone, by two people.
        p("", runs=r("Staff ") + ins("only ", 12, "Privacy Office") + r("read files.")),
        p("", runs=r("Copies are ") + dele("never ", 13) + r("given out.")),
        # Formatting only: bold (the model keeps it) and a size (it does not).
        p("", runs=r("Ask ") + bold_change("in writing", 14) + r(" at reception.")),
        p("", runs=size_change("Opening hours vary.", 15)),
        # A paragraph nobody accepted at all.
        p("", runs=ins("Records leave the clinic only by courier.", 16)),
        # A paragraph turned into a list item (paragraph formatting only).
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        f'<w:pPrChange w:id="17" w:author="Legal" w:date="{DATE}"><w:pPr/></w:pPrChange></w:pPr>'
        + r("Backups are encrypted.")
        + "</w:p>",
        p("Contact", "Heading1"),
        p("Write to the records office."),
    ]
)

ARABIC = "".join(
    [
        p("إشعار العيادة", "Title"),
        p("السجلات", "Heading1"),
        p(
            "",
            bidi=True,
            runs=r("نحتفظ بالملفات ") + dele("خمس", 20) + ins("عشر", 21) + r(" سنوات."),
        ),
        p("", bidi=True, runs=comment_on("لا نبيع السجلات أبدا.", 1)),
    ]
)

COMMENTS = (
    f'<w:comment w:id="0" w:author="Legal Team" w:date="{DATE}" w:initials="LT"><w:p>'
    + r("Check this against the contract.")
    + "</w:p></w:comment>"
    + f'<w:comment w:id="1" w:author="فريق الامتثال" w:date="{DATE}"><w:p>'
    + r("راجعوا هذه الجملة مع العقد.")
    + "</w:p></w:comment>"
)


def _import(tmp_path, body=BODY, name="review.docx"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(make_docx(body, parts={"comments": COMMENTS}))
    return import_documents(path, [], lang=None, title=None)


def _blocks(result, lang="en"):  # type: ignore[no-untyped-def]
    return {plain_text(b.get(lang)): b for _, b in result.policy.iter_blocks()}


def test_text_is_what_nobody_changed_and_each_change_is_a_proposal(tmp_path):
    result = _import(tmp_path)
    blocks = _blocks(result)
    # The text an approver signs: every tracked change rejected.
    replaced = blocks["We keep files for five years."]
    [proposal] = replaced.proposals
    assert (proposal.kind, proposal.author, proposal.date) == (ProposalKind.REPLACE, "Legal", DATE)
    assert proposal.text == "We keep files for ten years."
    assert (proposal.removed, proposal.added) == ("five", "ten")
    [inserted] = blocks["Staff read files."].proposals
    assert (inserted.kind, inserted.author, inserted.text) == (
        ProposalKind.INSERT,
        "Privacy Office",
        "Staff only read files.",
    )
    [deleted] = blocks["Copies are never given out."].proposals
    assert (deleted.kind, deleted.text) == (ProposalKind.DELETE, "Copies are given out.")
    # Bold is kept by the model: a formatting proposal, the words unchanged.
    [bold] = blocks["Ask in writing at reception."].proposals
    assert bold.kind is ProposalKind.FORMAT and bold.text == "Ask **in writing** at reception."
    assert "bold" in bold.detail
    # A wholly inserted paragraph: an empty block holding its proposal.
    [new] = blocks[""].proposals
    assert new.kind is ProposalKind.INSERT
    assert new.text == "Records leave the clinic only by courier."
    # A paragraph made a list item: a proposal of the kind, the words unchanged.
    backups = blocks["Backups are encrypted."]
    assert backups.kind.value == "paragraph"
    [listed] = backups.proposals
    assert (listed.kind, listed.new_kind, listed.text) == (
        ProposalKind.FORMAT,
        "bullet",
        "Backups are encrypted.",
    )
    assert "list numbering" in listed.detail
    # Nothing of the inserted text is in any block's text.
    everything = " ".join(result.policy.sections[0].blocks[i].get("en") for i in range(8))
    assert (
        "ten" not in everything.split() and "only" not in everything and "courier" not in everything
    )


def test_comments_are_notes_with_author_date_and_the_words_they_cover(tmp_path):
    result = _import(tmp_path)
    block = _blocks(result)["We never sell records."]
    [note] = block.notes
    assert (note.text, note.author, note.date, note.quote, note.lang) == (
        "Check this against the contract.",
        "Legal Team",
        DATE,
        "We never sell records.",
        "en",
    )
    # Kept as a note, so not listed as dropped; a comment anchored nowhere still is.
    dropped = {d.text: d.reason for d in result.report.dropped}
    assert "Check this against the contract." not in dropped
    assert (
        dropped["راجعوا هذه الجملة مع العقد."]
        == "comment by فريق الامتثال (comments are not imported)"
    )


def test_report_counts_notes_and_proposals_and_names_formatting_only_changes(tmp_path):
    report = _import(tmp_path).report.to_dict()
    review = report["review"]
    assert review["notes"] == 1
    assert review["proposals"] == {"replace": 1, "insert": 2, "delete": 1, "format": 2}
    [size] = review["formatting"]
    assert size["what"] == "formatting: size" and size["author"] == "Legal"
    assert size["words"] == "Opening hours vary."
    warnings = " ".join(report["warnings"])
    assert "6 tracked changes" in warnings and "kept as proposals" in warnings
    assert "1 formatting-only tracked change" in warnings
    assert "as if accepted" not in warnings
    # Every word still accounted for: the text is the unchanged document.
    assert report["words"]["en"]["unaccounted"] == 0
    json.dumps(report)


def test_arabic_comment_and_replacement(tmp_path):
    result = _import(tmp_path, ARABIC, "arabic.docx")
    blocks = _blocks(result, "ar")
    block = blocks["نحتفظ بالملفات خمس سنوات."]
    [proposal] = block.proposals
    assert proposal.lang == "ar" and proposal.text == "نحتفظ بالملفات عشر سنوات."
    [note] = blocks["لا نبيع السجلات أبدا."].notes
    assert (note.author, note.text, note.lang) == (
        "فريق الامتثال",
        "راجعوا هذه الجملة مع العقد.",
        "ar",
    )


def test_accept_and_reject_are_undoable_and_other_proposals_still_apply(tmp_path):
    result = _import(tmp_path)
    policy = result.policy
    block = _blocks(result)["We keep files for five years."]
    proposal = block.proposals[0]
    _, edit = accept_proposal(policy, block.id, proposal.id)
    assert block.get("en") == "We keep files for ten years." and not block.proposals
    edit.undo(policy)
    assert block.get("en") == "We keep files for five years." and block.proposals
    edit.redo(policy)
    assert block.get("en") == "We keep files for ten years."
    _, edit = reject_proposal(
        policy,
        *(_blocks(result)["Staff read files."].id,),
        _blocks(result)["Staff read files."].proposals[0].id,
    )
    assert _blocks(result)["Staff read files."].proposals == []
    edit.undo(policy)
    assert _blocks(result)["Staff read files."].proposals


def test_notes_and_proposals_survive_json(tmp_path):
    policy = _import(tmp_path).policy
    data = policy_to_dict(policy)
    assert data["schema_version"] == 3
    again = policy_from_dict(from_json(to_json(data)))
    assert policy_to_dict(again) == data


ARABIC_FULL = "".join(
    [
        p("إشعار العيادة", "Title"),
        p("السجلات", "Heading1"),
        p("", bidi=True, runs=r("نحتفظ بالملفات خمس سنوات.")),
        p("", bidi=True, runs=comment_on("لا نبيع السجلات أبدا.", 1)),
        p("", bidi=True, runs=r("يقرأ الموظفون الملفات.")),
        p("", bidi=True, runs=r("لا تُعطى النسخ أبدا.")),
    ]
)


def test_a_translation_files_notes_travel_with_its_text_onto_the_paired_block(tmp_path):
    english = "".join(
        [
            p("Clinic Notice", "Title"),
            p("Records", "Heading1"),
            p("", runs=r("We keep files for ") + dele("five", 10) + ins("ten", 11) + r(" years.")),
            p("", runs=r("We never sell records.")),
            p("", runs=r("Staff read files.")),
            p("", runs=r("Copies are never given out.")),
        ]
    )
    main = tmp_path / "en.docx"
    main.write_bytes(make_docx(english, parts={"comments": COMMENTS}))
    other = tmp_path / "ar.docx"
    other.write_bytes(make_docx(ARABIC_FULL, parts={"comments": COMMENTS}))
    result = import_documents(main, [("ar", other)], lang=None, title=None)
    blocks = _blocks(result)
    [note] = blocks["We never sell records."].notes
    assert (note.lang, note.author, note.text) == (
        "ar",
        "فريق الامتثال",
        "راجعوا هذه الجملة مع العقد.",
    )
    [proposal] = blocks["We keep files for five years."].proposals
    assert proposal.lang == "en" and proposal.text == "We keep files for ten years."
    assert result.report.review["notes"] == 1
    assert result.report.review["proposals"] == {"replace": 1}


def test_the_import_preview_keeps_them_through_a_correction(tmp_path):
    """File > Import document… builds through the preview's draft: the notes and proposals are
    there, and still there after the user corrects a line (the draft is built again)."""
    from policy_studio.app.import_draft import Correction, ImportDraft
    from policy_studio.io.readers.docx import parse

    path = tmp_path / "review.docx"
    path.write_bytes(make_docx(BODY, parts={"comments": COMMENTS}))
    draft = ImportDraft(parse(path))

    def found() -> tuple[int, int]:
        blocks = [b for _, b in draft.policy.iter_blocks()]
        return sum(len(b.notes) for b in blocks), sum(len(b.proposals) for b in blocks)

    assert found() == (1, 6)
    key = next(k for k in draft._lines if draft.line_text(k) == "Opening hours vary.")
    draft.apply(Correction("role", key, "bullet"))
    assert found() == (1, 6)
    assert draft.result.report.review["formatting"][0]["words"] == "Opening hours vary."


def test_a_move_is_a_proposal_on_each_paragraph_it_touches(tmp_path):
    moved = "Backups are kept offsite. "
    body = "".join(
        [
            p("Clinic Notice", "Title"),
            p("Records", "Heading1"),
            p(
                "",
                runs=r("We keep files. ")
                + f'<w:moveFrom w:id="30" w:author="Legal" w:date="{DATE}"><w:r><w:t xml:space="preserve">{moved}</w:t></w:r></w:moveFrom>',
            ),
            p(
                "",
                runs=f'<w:moveTo w:id="31" w:author="Legal" w:date="{DATE}"><w:r><w:t xml:space="preserve">{moved}</w:t></w:r></w:moveTo>'
                + r("Copies are never given out."),
            ),
        ]
    )
    result = _import(tmp_path, body, "moves.docx")
    blocks = _blocks(result)
    # The text stays where it was until somebody accepts the move.
    [away] = blocks["We keep files. Backups are kept offsite."].proposals
    assert (away.kind, away.detail, away.text) == (
        ProposalKind.MOVE,
        "moved to another place",
        "We keep files.",
    )
    [here] = blocks["Copies are never given out."].proposals
    assert (here.kind, here.detail, here.text) == (
        ProposalKind.MOVE,
        "moved from another place",
        "Backups are kept offsite. Copies are never given out.",
    )
    assert result.report.review["proposals"] == {"move": 2}
    assert result.report.words["en"].unaccounted == 0


def tc(runs: str) -> str:
    return f"<w:tc><w:p>{runs}</w:p></w:tc>"


def test_changes_and_comments_in_table_cells_go_to_their_cell(tmp_path):
    body = "".join(
        [
            p("Clinic Notice", "Title"),
            p("Records", "Heading1"),
            "<w:tbl>"
            + "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
            + tc(r("Record"))
            + tc(r("Kept for"))
            + "</w:tr><w:tr>"
            + tc(comment_on("Visits", 0))
            + tc(dele("5", 40) + ins("10", 41) + r(" years"))
            + "</w:tr></w:tbl>",
        ]
    )
    result = _import(tmp_path, body, "table.docx")
    [table] = [b for b in result.policy.sections[0].blocks if b.table is not None]
    visits, kept = table.table.rows[1]
    assert kept.get("en") == "5 years"  # nobody accepted "10"
    [proposal] = kept.proposals
    assert (proposal.kind, proposal.text, proposal.base) == (
        ProposalKind.REPLACE,
        "10 years",
        "5 years",
    )
    [note] = visits.notes
    assert (note.text, note.quote) == ("Check this against the contract.", "Visits")
    assert table.open_review() == ([note], [proposal])
    assert result.report.review == {"notes": 1, "proposals": {"replace": 1}, "formatting": []}
    assert not any("tracked deletion" in d.reason for d in result.report.dropped)


def test_a_line_joined_into_another_passes_its_items_on_and_a_dropped_one_is_named():
    """Structure recovery joins short lines and marks debris after the DOCX walk: the items of
    a joined line go to the line holding its words (the change lands on them when attached);
    those of a line left out are named in a warning, never lost silently."""
    from policy_studio.io import review_import
    from policy_studio.io.intermediate import Line, Role

    office = Line(Role.PARAGRAPH, "Records Office")
    street = Line(Role.PARAGRAPH, "12 Harbour Road")
    review_import.add(
        street,
        {
            "type": "proposal",
            "kind": "replace",
            "text": "12 Harbour Street",
            "base": "12 Harbour Road",
        },
    )
    menu = Line(Role.DEBRIS, "Skip to content")
    review_import.add(menu, {"type": "note", "text": "Remove this?", "author": "Legal"})
    reviewed = [street, menu]
    office.text += "\n" + street.text  # what structure recovery does with a block of short lines
    lines = [office, menu]
    warnings: list[str] = []
    review_import.keep_orphans(reviewed, lines, warnings)
    [moved] = review_import.items(office)
    assert moved["text"] == "12 Harbour Street"
    assert warnings == [
        "line 0 (“Skip to content”) is not part of the policy, so its review notes and "
        "proposed changes are listed here only: note by Legal: Remove this?"
    ]
    from policy_studio.model import Proposal

    proposal = Proposal("en", ProposalKind.REPLACE, moved["text"], moved["base"])
    assert proposal.apply_to(office.text) == "Records Office\n12 Harbour Street"
