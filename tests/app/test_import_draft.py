"""The import preview's draft: corrections made on the files as read, replayed in order, undoable,
and never changing a word the user did not touch (our own garden-club notice, English + Arabic)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from policy_studio.app.import_draft import Correction, ImportDraft, Place
from policy_studio.io.intermediate import ParsedDocument
from policy_studio.io.readers.markdown import parse as parse_markdown
from policy_studio.io.readers.structure import classify_text
from policy_studio.io.result import count_words
from policy_studio.model import PolicyStudioError, Status

FIXTURES = Path(__file__).parents[1] / "io" / "fixtures"
ENGLISH = (FIXTURES / "garden_en.md").read_text(encoding="utf-8")
ARABIC = (FIXTURES / "garden_ar.md").read_text(encoding="utf-8")
"""Our own garden-club notice; the Arabic runs the two paragraphs of "What we keep" into one."""


def garden(tmp_path, arabic: str = ARABIC) -> ImportDraft:
    english = tmp_path / "folder" / "garden.md"
    english.parent.mkdir(exist_ok=True)
    english.write_text(ENGLISH, encoding="utf-8")
    second = tmp_path / "folder" / "garden-ar.md"
    second.write_text(arabic, encoding="utf-8")
    draft = ImportDraft(parse_markdown(english))
    draft.add_file(parse_markdown(second), "ar")
    return draft


def words(draft: ImportDraft, lang: str) -> Counter[str]:
    """Every word of ``lang`` in the policy the draft would import."""
    policy = draft.policy
    found: Counter[str] = Counter(policy.title.get(lang, "").split())
    for _, block in policy.iter_blocks():
        found.update(block.get(lang).replace("\\", "").split())
    return found


def block_of(draft: ImportDraft, block_id: str):
    return next(
        b for s in draft.policy.sections for b in [s.heading, *s.blocks] if b.id == block_id
    )


def row_with(draft: ImportDraft, lang: str, start: str):
    return next(r for r in draft.rows if r.texts.get(lang, "").startswith(start))


def split_arabic(draft: ImportDraft) -> Correction:
    row = row_with(draft, "ar", "نحتفظ باسم")
    key = row.keys["ar"][0]
    text = draft.line_text(key)
    return Correction("split", key, str(text.index("نحتفظ بمحاضر")), "", text, draft.place(key))


def test_both_files_side_by_side_with_the_unpaired_block_marked(tmp_path):
    draft = garden(tmp_path)
    assert draft.files == ["garden.md", "garden-ar.md"]
    assert draft.languages == ["en", "ar"]
    title = draft.rows[0]
    assert title.texts == {"en": "Garden Club Privacy Notice", "ar": "إشعار خصوصية نادي الحديقة"}
    assert [p.file for p in title.places["ar"]] == ["garden-ar.md"]
    alone = row_with(draft, "en", "We keep each member")
    assert alone.status == "only" and alone.texts["ar"] == ""
    assert alone.places["en"][0].line == 5 and alone.places["en"][0].unit == "line"
    kinds = [f.kind for f in draft.findings()]
    assert "unaligned" in kinds


def test_a_table_is_paired_cell_by_cell(tmp_path):
    draft = garden(tmp_path)
    table = next(r for r in draft.rows if r.kind == "table")
    assert table.status == "paired" and table.header_rows == 1
    assert table.cells["en"][1] == ["Calling members", "Membership contract"]
    assert table.cells["ar"][1] == ["الاتصال بالأعضاء", "عقد العضوية"]
    assert [p.line for p in table.places["en"]] == [11, 13, 14]  # each row's own line
    block = block_of(draft, table.block_id)
    assert all(cell.state("ar").status is Status.TRANSLATED for cell in block.table.cells())


def test_splitting_the_run_together_translation_pairs_both_and_undo_restores(tmp_path):
    draft = garden(tmp_path)
    before_en, before_ar = words(draft, "en"), words(draft, "ar")
    shown = [(r.texts, r.status) for r in draft.rows]
    draft.apply(split_arabic(draft))
    first = row_with(draft, "en", "We keep each member")
    second = row_with(draft, "en", "We keep the minutes")
    assert first.texts["ar"] == "نحتفظ باسم كل عضو ورقم هاتفه حتى نتصل به بشأن الاجتماعات."
    assert second.texts["ar"] == "نحتفظ بمحاضر الاجتماعات لمدة 5 سنوات."
    assert first.status == second.status == "paired"
    # Not a word changed: the same words, now in two blocks.
    assert words(draft, "en") == before_en and words(draft, "ar") == before_ar
    assert all(c.unaccounted == 0 for c in draft.result.report.words.values())
    assert [f.kind for f in draft.findings()][0] == "correction"
    assert draft.undo() is not None
    assert [(r.texts, r.status) for r in draft.rows] == shown


def test_merging_two_lines_of_a_translation(tmp_path):
    arabic = ARABIC.replace("نحتفظ بمحاضر", "\n\nنحتفظ بمحاضر").replace(
        "راسلونا على", "راسلونا\n\nعلى"
    )
    draft = garden(tmp_path, arabic)
    first = row_with(draft, "ar", "راسلونا")
    assert first.texts["ar"] == "راسلونا"
    second = next(r for r in draft.rows if r.texts.get("ar", "").startswith("على"))
    a, b = first.keys["ar"][0], second.keys["ar"][0]
    draft.apply(Correction("merge", a, b, draft.line_text(b), draft.line_text(a)))
    contact = row_with(draft, "en", "Write to")
    assert contact.texts["ar"] == "راسلونا على privacy@garden.example بأي سؤال."
    assert contact.status == "paired"
    # Lines of two files never merge.
    with pytest.raises(PolicyStudioError, match="same file"):
        draft.apply(Correction("merge", contact.keys["en"][0], contact.keys["ar"][0]))
    assert row_with(draft, "en", "Write to").texts["ar"].startswith("راسلونا على")


def test_unpair_then_pair_again_confirms_the_user_pair(tmp_path):
    draft = garden(tmp_path)
    contact = row_with(draft, "en", "Write to")
    en_key, ar_key = contact.keys["en"][0], contact.keys["ar"][0]
    draft.apply(Correction("unpair", en_key))
    english = row_with(draft, "en", "Write to")
    arabic = row_with(draft, "ar", "راسلونا")
    assert english is not arabic
    assert english.status == arabic.status == "unpaired-by-you"
    assert english.texts["ar"] == "" and arabic.texts["en"] == ""
    assert len(draft.result.report.unaligned) == 3  # the first paragraph and these two
    draft.apply(Correction("pair", en_key, ar_key))
    paired = row_with(draft, "en", "Write to")
    assert paired.status == "paired-by-you"
    assert paired.texts["ar"] == "راسلونا على privacy@garden.example بأي سؤال."
    block = block_of(draft, paired.block_id)
    assert block.state("ar").status is Status.TRANSLATED
    assert len(draft.result.report.unaligned) == 1


def test_pairing_moves_the_old_partner_out_instead_of_losing_it(tmp_path):
    draft = garden(tmp_path)
    before = words(draft, "ar")
    alone = row_with(draft, "en", "We keep each member")
    wrong = row_with(draft, "en", "We keep the minutes")
    draft.apply(Correction("pair", alone.keys["en"][0], wrong.keys["ar"][0]))
    assert row_with(draft, "en", "We keep each member").texts["ar"].startswith("نحتفظ باسم")
    assert row_with(draft, "en", "We keep the minutes").texts["ar"] == ""
    assert words(draft, "ar") == before


def test_a_pair_correction_still_applies_after_a_later_line_correction(tmp_path):
    draft = garden(tmp_path)
    contact = row_with(draft, "en", "Write to")
    draft.apply(Correction("unpair", contact.keys["en"][0]))
    heading = next(r for r in draft.rows if r.texts.get("en") == "Purposes")
    draft.apply(Correction("role", heading.keys["en"][0], "paragraph", "heading"))
    assert row_with(draft, "en", "Write to").status == "unpaired-by-you"
    assert row_with(draft, "en", "Purposes").kind == "paragraph"
    assert draft.not_applied == []


def test_a_correction_whose_line_is_gone_is_reported_not_dropped(tmp_path):
    draft = garden(tmp_path)
    split = split_arabic(draft)
    draft.apply(split)
    first = row_with(draft, "en", "We keep each member")
    second = row_with(draft, "en", "We keep the minutes")
    head, tail = first.keys["ar"][0], second.keys["ar"][0]
    assert tail == head + "+"
    draft.apply(Correction("pair", first.keys["en"][0], tail))
    assert row_with(draft, "en", "We keep each member").texts["ar"].startswith("نحتفظ بمحاضر")
    # Merging the two pieces again removes the line the pair named: reported, not dropped.
    draft.apply(Correction("merge", head, tail))
    assert [c.kind for c in draft.not_applied] == ["pair"]
    assert [f.kind for f in draft.findings()][:3] == ["correction", "correction", "not-applied"]


def test_kind_and_language_corrections_in_a_bilingual_single_file():
    text = (
        "Bakery Notice\n\n"
        "Orders\n\n"
        "We keep your phone number until you collect your order.\n\n"
        "Payments\n\n"
        "We never keep card numbers after a payment is made.\n\n"
        "إشعار المخبز\n\n"
        "الطلبات\n\n"
        "نحتفظ برقم هاتفك حتى تستلم طلبك.\n\n"
        "المدفوعات\n\n"
        "لا نحتفظ أبدا بأرقام البطاقات بعد الدفع.\n\n"
        "Questions: orders@bakery.example\n"
    )
    draft = ImportDraft(ParsedDocument(classify_text(text), file="/srv/in/bakery.txt"))
    # One language after the other: the Latin line at the end is read as Arabic and joined to
    # the last Arabic paragraph (listed in the report).
    joined = row_with(draft, "ar", "لا نحتفظ")
    assert joined.texts["ar"].endswith("بعد الدفع. Questions: orders@bakery.example")
    assert [f.kind for f in draft.findings()].count("joined") == 1
    # Split at the join: the line gets a block of its own, then the language it is in.
    apart = draft.split_correction(joined, "ar", draft.joined_text(joined, "ar").index("Ques"))
    assert apart.kind == "apart"
    draft.apply(apart)
    alone = row_with(draft, "ar", "Questions")
    assert (
        row_with(draft, "ar", "لا نحتفظ").texts["ar"] == "لا نحتفظ أبدا بأرقام البطاقات بعد الدفع."
    )
    assert alone.status == "unpaired-by-you"
    key = alone.keys["ar"][0]
    draft.apply(Correction("lang", key, "en", "ar", "Questions: orders@bakery.example"))
    moved = row_with(draft, "en", "Questions")
    assert moved.texts["ar"] == "" and moved.status == "only"
    assert row_with(draft, "ar", "لا نحتفظ").status == "paired"
    assert draft.not_applied == []
    # A third language is not imported: the correction is refused, nothing changes.
    with pytest.raises(PolicyStudioError, match="would be a third"):
        draft.apply(Correction("lang", key, "sw", "en", "Questions"))
    assert row_with(draft, "en", "Questions").texts["en"].startswith("Questions")
    heading = row_with(draft, "en", "Orders")
    heading_key = heading.keys["en"][0]
    draft.apply(Correction("role", heading_key, "paragraph", draft.line_role(heading_key)))
    assert row_with(draft, "en", "Orders").kind == "paragraph"
    draft.undo()
    assert row_with(draft, "en", "Orders").kind == "section"
    # Titles keep their kind; refused with a reason, nothing changed.
    title_key = draft.rows[0].keys["en"][0]
    with pytest.raises(PolicyStudioError, match="keeps its kind"):
        draft.apply(Correction("role", title_key, "bullet", "title"))
    assert draft.rows[0].kind == "title"
    assert all(p.file == "bakery.txt" for f in draft.findings() for p in f.places)


def test_splitting_refuses_an_empty_part_and_table_rows(tmp_path):
    draft = garden(tmp_path)
    row = row_with(draft, "en", "Write to")
    key = row.keys["en"][0]
    with pytest.raises(PolicyStudioError, match="inside the text"):
        draft.apply(Correction("split", key, "0"))
    table = next(r for r in draft.rows if r.kind == "table")
    with pytest.raises(PolicyStudioError, match="table row"):
        draft.apply(Correction("split", table.keys["en"][1], "3"))
    assert draft.corrections == []
    assert sum(count_words(r.texts.get("en", "")) for r in draft.rows) > 0


def test_a_table_in_one_language_only_stays_a_table_and_takes_no_heading(tmp_path):
    """Alignment used to insert an unpaired table as loose cells, and joined its header cells
    to the next section's title ("Sharing" ↔ "الغرض الأساس")."""
    english = tmp_path / "t_en.md"
    english.write_text(
        "# Notice\n\n## Keeping\n\nWe keep invoices for 7 years.\n\n"
        "## Sharing\n\nWe share addresses with 1 courier.\n",
        encoding="utf-8",
    )
    arabic = tmp_path / "t_ar.md"
    arabic.write_text(
        "# إشعار\n\n## الاحتفاظ\n\nنحتفظ بالفواتير لمدة ٧ سنوات.\n\n"
        "| الغرض | الأساس |\n|---|---|\n| التوصيل | العقد |\n\n"
        "## المشاركة\n\nنشارك العناوين مع شركة توصيل ١ فقط.\n",
        encoding="utf-8",
    )
    draft = ImportDraft(parse_markdown(english))
    draft.add_file(parse_markdown(arabic), "ar")
    table = next(r for r in draft.rows if r.cells)
    assert table.kind == "table" and table.status == "only"
    assert table.cells["ar"] == [["الغرض", "الأساس"], ["التوصيل", "العقد"]]
    assert [p.line for p in table.places["ar"]] == [7, 9]
    # Each cell without a partner is reported at its own row's line.
    cells = [f for f in draft.findings() if f.kind == "unaligned"]
    assert [(f.text, f.places[0].line) for f in cells] == [
        ("الغرض", 7),
        ("الأساس", 7),
        ("التوصيل", 9),
        ("العقد", 9),
    ]
    assert not any(r.kind == "cell" for r in draft.rows)
    assert row_with(draft, "en", "Sharing").texts["ar"] == "المشاركة"
    assert len(draft.policy.sections[0].blocks) == 2  # the paragraph, then the Arabic table
    assert words(draft, "ar")["العقد"] == 1


def test_places_name_the_file_and_its_line_or_paragraph(tmp_path):
    from policy_studio.io.readers.html import parse as parse_html

    page = tmp_path / "web" / "notice.html"
    page.parent.mkdir()
    page.write_text(
        "<html lang='en'><body>\n<nav><a href='/'>Home</a></nav>\n<h1>Shop Notice</h1>\n"
        "<h2>Orders</h2>\n<p>We keep your order for 2 years.</p>\n</body></html>\n",
        encoding="utf-8",
    )
    draft = ImportDraft(parse_html(page))
    assert row_with(draft, "en", "We keep").places["en"] == [Place("notice.html", 5, "line")]
    dropped = next(f for f in draft.findings() if f.kind == "dropped")
    assert dropped.text == "Home" and dropped.places == (Place("notice.html", 2, "line"),)


def test_a_single_language_file_becomes_bilingual_when_the_user_says_so():
    text = (
        "Shop Notice\n\nOrders\n\nWe keep your order for two years after delivery.\n\n"
        "Tunahifadhi agizo lako kwa miaka miwili baada ya kulifikisha.\n"
    )
    draft = ImportDraft(ParsedDocument(classify_text(text), file="shop.txt"))
    assert draft.languages == ["en"]
    swahili = row_with(draft, "en", "Tunahifadhi")
    key = swahili.keys["en"][0]
    draft.apply(Correction("lang", key, "sw", "en", "Tunahifadhi…"))
    assert draft.languages == ["en", "sw"]
    assert row_with(draft, "sw", "Tunahifadhi").texts["sw"].startswith("Tunahifadhi agizo")
    draft.undo()
    assert draft.languages == ["en"]


def test_every_refusal_is_translated_in_the_preview():
    from policy_studio.app.import_draft import REFUSALS
    from policy_studio.ui.import_preview import REFUSAL_TEXTS

    assert set(REFUSALS) == set(REFUSAL_TEXTS)
    source = (Path(__file__).parents[2] / "policy_studio" / "app" / "import_draft.py").read_text()
    import re

    used = set(re.findall(r'(?:_refuse|PolicyStudioError)\("([^"{]+)"\)', source))
    assert used - {"unknown correction"} <= set(REFUSALS)


def test_unpaired_and_paired_again_tables_keep_their_cells_lines(tmp_path):
    draft = garden(tmp_path)
    table = next(r for r in draft.rows if r.kind == "table")
    draft.apply(Correction("unpair", table.keys["en"][0]))
    english, arabic = [r for r in draft.rows if r.kind == "table"]
    assert english.status == arabic.status == "unpaired-by-you"
    assert english.cells["ar"] == [["", ""], ["", ""], ["", ""]]
    assert arabic.cells["ar"][2] == ["إرسال النشرة", "الموافقة"]
    assert [p.line for p in arabic.places["ar"]] == [9, 11, 12]
    assert "ar" not in english.places
    draft.apply(Correction("pair", english.keys["en"][0], arabic.keys["ar"][0]))
    (paired,) = [r for r in draft.rows if r.kind == "table"]
    assert paired.status == "paired-by-you"
    assert paired.cells["ar"][1] == ["الاتصال بالأعضاء", "عقد العضوية"]
    assert [p.line for p in paired.places["ar"]] == [9, 11, 12]


def test_places_in_a_docx_are_paragraphs(tmp_path):
    from policy_studio.io.readers.docx import parse as parse_docx

    from ..io.docx_package import make_docx, p

    body = (
        p("Club Notice", "Title")
        + p("What we keep", "Heading1")
        + p("We keep your name for one year.")
        + p("Who sees it", "Heading1")
        + p("Only the club secretary sees your name.")
    )
    path = tmp_path / "lawyer" / "club.docx"
    path.parent.mkdir()
    path.write_bytes(make_docx(body))
    draft = ImportDraft(parse_docx(path))
    assert row_with(draft, "en", "Only the club").places["en"] == [
        Place("club.docx", 5, "paragraph")
    ]


def test_undo_goes_back_to_the_kept_build_without_building_again(tmp_path, monkeypatch):
    draft = garden(tmp_path)
    shown = [(r.texts, r.status) for r in draft.rows]
    draft.apply(split_arabic(draft))
    monkeypatch.setattr(draft, "rebuild", lambda: pytest.fail("undo built the import again"))
    draft.undo()
    assert [(r.texts, r.status) for r in draft.rows] == shown
    assert draft.corrections == [] and draft.findings()[0].kind == "unaligned"
