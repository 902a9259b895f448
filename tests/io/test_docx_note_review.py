"""Tracked changes and comments inside DOCX footnotes and endnotes (issue 12 item 4): read as
a body paragraph's are — the note's block is the note with every change rejected, each change a
proposal with its author and date, each comment a review note — never taken as accepted."""
# ruff: noqa: E501 - WordprocessingML fixtures read best one element per line

from __future__ import annotations

from policy_studio.checks.readiness import BlockerKind, readiness
from policy_studio.io.import_flow import import_documents
from policy_studio.model import ProposalKind
from policy_studio.ops.review import accept_proposal, reject_proposal, resolve_note
from policy_studio.text.markup import plain_text

from .docx_package import make_docx, p, r
from .test_docx_review import DATE, dele, ins


def comment_on(text: str, cid: int) -> str:
    return (
        f'<w:commentRangeStart w:id="{cid}"/>{r(text)}<w:commentRangeEnd w:id="{cid}"/>'
        f'<w:r><w:commentReference w:id="{cid}"/></w:r>'
    )


def _body(title: str, heading: str, cites: str, bidi: bool = False) -> str:
    first, second = cites.split("|")
    return "".join(
        [
            p(title, "Title"),
            p(heading, "Heading1"),
            p("", bidi=bidi, runs=r(first) + '<w:r><w:footnoteReference w:id="2"/></w:r>' + r(".")),
            p("", bidi=bidi, runs=r(second) + '<w:r><w:endnoteReference w:id="1"/></w:r>' + r(".")),
        ]
    )


def _notes(
    footnote: tuple[str, ...],
    endnote: tuple[str, ...],
    remarks: tuple[str, str],
    bidi: bool = False,
) -> dict[str, str]:
    """Footnote 2 and endnote 1, each made of (kept, inserted, kept, deleted, kept, commented)
    words: an insertion by Legal, a deletion by the Records Office and an Auditor's comment."""
    ppr = "<w:pPr><w:bidi/></w:pPr>" if bidi else ""

    def note(words: tuple[str, ...], ids: int, comment: int) -> str:
        a, added, b, removed, c, remark = words
        return (
            f"<w:p>{ppr}<w:r><w:footnoteRef/></w:r>"
            + r(a)
            + ins(added, ids, "Legal")
            + r(b)
            + dele(removed, ids + 1, "Records Office")
            + r(c)
            + comment_on(remark, comment)
            + "</w:p>"
        )

    return {
        "footnotes": (
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            f'<w:footnote w:id="2">{note(footnote, 30, 5)}</w:footnote>'
        ),
        "endnotes": f'<w:endnote w:id="1">{note(endnote, 40, 6).replace("footnoteRef", "endnoteRef")}</w:endnote>',
        "comments": (
            f'<w:comment w:id="5" w:author="Auditor" w:date="{DATE}"><w:p>'
            + r(remarks[0])
            + "</w:p></w:comment>"
            f'<w:comment w:id="6" w:author="Auditor" w:date="{DATE}"><w:p>'
            + r(remarks[1])
            + "</w:p></w:comment>"
        ),
    }


ENGLISH = _body("Clinic Notice", "Records", "We keep files for ten years|Archives follow the law")
ENGLISH_NOTES = _notes(
    (" The health act ", "clearly ", "requires ten years", " at least", ". ", "Ask the registrar."),
    (" See the ", "new ", "archives rules", " of 2019", ". ", "Check the date."),
    ("Which act?", "Which rules?"),
)
ARABIC = _body(
    "إشعار العيادة", "السجلات", "نحتفظ بالملفات عشر سنوات|تتبع الأرشفة القانون", bidi=True
)
ARABIC_NOTES = _notes(
    (" يشترط قانون الصحة ", "صراحة ", "عشر سنوات", " على الأقل", ". ", "اسألوا المسجل."),
    (" انظر قواعد الأرشفة", " الجديدة", " لعام ٢٠١٩", " المعدّلة", ". ", "تحققوا من التاريخ."),
    ("أي قانون؟", "أي قواعد؟"),
    bidi=True,
)


def _import(tmp_path, body, notes, name):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(make_docx(body, parts=notes))
    return import_documents(path, [], lang=None, title=None)


def _blocks(result, lang):  # type: ignore[no-untyped-def]
    return {plain_text(b.get(lang)): b for _, b in result.policy.iter_blocks()}


def test_changes_in_footnotes_and_endnotes_are_proposals_not_accepted_text(tmp_path):
    result = _import(tmp_path, ENGLISH, ENGLISH_NOTES, "notes.docx")
    blocks = _blocks(result, "en")
    # The notes' text is what nobody changed: the insertions are out, the deletions in.
    footnote = blocks["[1] The health act requires ten years at least. Ask the registrar."]
    endnote = blocks["[i] See the archives rules of 2019. Check the date."]
    for block, inserted, deleted_text in (
        (
            footnote,
            "[1] The health act clearly requires",
            "[1] The health act requires ten years. ",
        ),
        (endnote, "[i] See the new archives rules", "[i] See the archives rules. "),
    ):
        insert, delete = block.proposals
        assert (insert.kind, insert.author, insert.date, insert.lang) == (
            ProposalKind.INSERT,
            "Legal",
            DATE,
            "en",
        )
        assert plain_text(insert.text).startswith(inserted)
        assert (delete.kind, delete.author) == (ProposalKind.DELETE, "Records Office")
        assert plain_text(delete.text).startswith(deleted_text)
    # Each note's comment is a review note with the words it covers.
    [remark] = footnote.notes
    assert (remark.text, remark.author, remark.quote, remark.lang) == (
        "Which act?",
        "Auditor",
        "Ask the registrar.",
        "en",
    )
    assert endnote.notes[0].quote == "Check the date."
    # The report: no deletion listed as dropped, nothing "imported as if accepted".
    report = result.report
    assert not [
        d for d in report.dropped if "tracked" in d.reason or d.text in ("at least", "of 2019")
    ]
    assert report.review["proposals"] == {"insert": 2, "delete": 2}
    assert report.review["notes"] == 2
    warnings = " ".join(report.warnings)
    assert "as if accepted" not in warnings and "4 tracked changes" in warnings
    assert report.words["en"].unaccounted == 0


def test_note_proposals_block_sign_off_and_accepting_one_is_an_undo_step(tmp_path):
    result = _import(tmp_path, ENGLISH, ENGLISH_NOTES, "notes.docx")
    policy = result.policy
    block = _blocks(result, "en")[
        "[1] The health act requires ten years at least. Ask the registrar."
    ]
    blockers = [b for b in readiness(policy, ["en"]).blockers if b.block_id == block.id]
    assert sorted(b.kind for b in blockers) == sorted(
        [BlockerKind.OPEN_PROPOSAL, BlockerKind.OPEN_PROPOSAL, BlockerKind.REVIEW_NOTE]
    )
    insert, delete = block.proposals
    _, edit = accept_proposal(policy, block.id, insert.id)
    assert plain_text(block.get("en")) == (
        "[1] The health act clearly requires ten years at least. Ask the registrar."
    )
    edit.undo(policy)
    assert plain_text(block.get("en")).startswith("[1] The health act requires")
    assert [x.id for x in block.proposals] == [insert.id, delete.id]
    edit.redo(policy)
    reject_proposal(policy, block.id, delete.id)
    resolve_note(policy, block.id, block.notes[0].id)
    assert not [b for b in readiness(policy, ["en"]).blockers if b.block_id == block.id]


def test_arabic_notes_changes_are_proposals_and_follow_their_text_through_alignment(tmp_path):
    alone = _import(tmp_path, ARABIC, ARABIC_NOTES, "ar.docx")
    blocks = _blocks(alone, "ar")
    footnote = blocks["[1] يشترط قانون الصحة عشر سنوات على الأقل. اسألوا المسجل."]
    insert, delete = footnote.proposals
    assert plain_text(insert.text).startswith("[1] يشترط قانون الصحة صراحة عشر سنوات")
    assert plain_text(delete.text).startswith("[1] يشترط قانون الصحة عشر سنوات. ")
    assert (footnote.notes[0].quote, footnote.notes[0].text, footnote.notes[0].lang) == (
        "اسألوا المسجل.",
        "أي قانون؟",
        "ar",
    )
    endnote = blocks["[i] انظر قواعد الأرشفة لعام ٢٠١٩ المعدّلة. تحققوا من التاريخ."]
    assert [plain_text(x.text) for x in endnote.proposals] == [
        "[i] انظر قواعد الأرشفة الجديدة لعام ٢٠١٩ المعدّلة. تحققوا من التاريخ.",
        "[i] انظر قواعد الأرشفة لعام ٢٠١٩. تحققوا من التاريخ.",
    ]
    # English with an Arabic translation file: the Arabic note's proposals and comment land on
    # the block the Arabic footnote was paired with, in Arabic; the English ones stay in English.
    english, arabic = tmp_path / "en.docx", tmp_path / "ar2.docx"
    english.write_bytes(make_docx(ENGLISH, parts=ENGLISH_NOTES))
    arabic.write_bytes(make_docx(ARABIC, parts=ARABIC_NOTES))
    result = import_documents(english, [("ar", arabic)], lang=None, title=None)
    paired = _blocks(result, "en")[
        "[1] The health act requires ten years at least. Ask the registrar."
    ]
    assert (
        plain_text(paired.get("ar")) == "[1] يشترط قانون الصحة عشر سنوات على الأقل. اسألوا المسجل."
    )
    assert sorted((x.lang, x.kind.value) for x in paired.proposals) == [
        ("ar", "delete"),
        ("ar", "insert"),
        ("en", "delete"),
        ("en", "insert"),
    ]
    assert sorted(n.lang for n in paired.notes) == ["ar", "en"]
    arabic_insert = next(x for x in paired.proposals if x.lang == "ar" and x.kind.value == "insert")
    _, edit = accept_proposal(result.policy, paired.id, arabic_insert.id)
    assert "صراحة" in paired.get("ar") and "clearly" not in paired.get("en")
    edit.undo(result.policy)
    assert "صراحة" not in paired.get("ar")
