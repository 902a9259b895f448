"""A correction in the import preview searches the alignment again only where it changed the
shape of the document, with the same pairs as a search over the whole document."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_studio.app.import_draft import Correction, ImportDraft
from policy_studio.io import align
from policy_studio.io.readers.markdown import parse as parse_markdown

EN_WORDS = "we keep your records safe and share them only with the clinic staff".split()
AR_WORDS = "نحفظ سجلاتك بأمان ولا نشاركها إلا مع موظفي العيادة المختصين فقط".split()
SECTIONS = 120


def _files(tmp_path: Path) -> tuple[Path, Path]:
    """A long notice of our own: sections of a paragraph and a list, with no numbers, links or
    ids in them (nothing the aligner can anchor on: the whole notice is one stretch)."""
    english, arabic = ["# Clinic notice", ""], ["# إشعار العيادة", ""]
    for n in range(SECTIONS):
        en = " ".join(EN_WORDS[(n + k) % len(EN_WORDS)] for k in range(8 + n % 7))
        ar = " ".join(AR_WORDS[(n + k) % len(AR_WORDS)] for k in range(7 + n % 6))
        english += [f"## {EN_WORDS[n % 13].capitalize()} {EN_WORDS[(n + 5) % 13]}", ""]
        english += [f"{en.capitalize()}.", "", f"- {en} kept.", f"- {en} shared.", ""]
        arabic += [f"## {AR_WORDS[n % 11]} {AR_WORDS[(n + 3) % 11]}", ""]
        arabic += [f"{ar}.", "", f"- {ar} يحفظ.", f"- {ar} لا يشارك.", ""]
    en_path, ar_path = tmp_path / "notice.md", tmp_path / "notice-ar.md"
    en_path.write_text("\n".join(english), encoding="utf-8")
    ar_path.write_text("\n".join(arabic), encoding="utf-8")
    return en_path, ar_path


def _corrected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, margin: int) -> tuple[list, int]:  # type: ignore[type-arg]
    monkeypatch.setattr(align, "STRETCH_MARGIN", margin)
    calls = 0
    step_cost = align._step_cost

    def counted(*args: object) -> object:
        nonlocal calls
        calls += 1
        return step_cost(*args)  # type: ignore[arg-type]

    en, ar = _files(tmp_path)
    draft = ImportDraft(parse_markdown(en))
    draft.add_file(parse_markdown(ar), "ar")
    heading = next(r for r in draft.rows if r.kind == "section" and r.section == 60)
    monkeypatch.setattr(align, "_step_cost", counted)
    draft.apply(Correction("role", heading.keys["en"][0], "paragraph", "heading", ""))
    shape = [
        (s.title("en"), s.title("ar"), [(b.kind.value, b.get("en"), b.get("ar")) for b in s.blocks])
        for s in draft.policy.sections
    ]
    return shape, calls


def test_a_correction_searches_only_around_itself_with_the_same_pairs(tmp_path, monkeypatch):
    local, local_calls = _corrected(tmp_path, monkeypatch, align.STRETCH_MARGIN)
    whole, whole_calls = _corrected(tmp_path, monkeypatch, 10**9)
    assert local == whole
    # The English heading of section 60 is a paragraph now: its section joined the one before.
    assert len(local) == SECTIONS - 1
    # The search covered the changed place and its margins, not the 600 units of the notice.
    assert 0 < local_calls * 5 < whole_calls, (local_calls, whole_calls)
