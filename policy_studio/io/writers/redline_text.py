"""Redline as plain text: a summary, then each changed section with [-deleted-] and {+inserted+}."""

from __future__ import annotations

from ...diff import BlockDiff, Change, Op, Redline, SectionDiff
from ..redline_format import RedlineOptions

SUPPORTED = "summary; changed sections only; wdiff-style [-deleted-] {+inserted+} markers"

_MARK = {Op.EQUAL: ("", ""), Op.DELETE: ("[-", "-]"), Op.INSERT: ("{+", "+}")}


def _marked(entry: BlockDiff, lang: str) -> str:
    return "".join(
        f"{_MARK[s.op][0]}{s.text}{_MARK[s.op][1]}" for s in entry.segments.get(lang, [])
    )


def _field(old: str, new: str) -> str:
    """A value change; an empty side is "(none)" rather than empty markers."""
    before = f"[-{old}-]" if old else "(none)"
    after = f"{{+{new}+}}" if new else "(none)"
    return f"{before} → {after}"


def summary_lines(redline: Redline) -> list[str]:
    s = redline.summary
    words = ", ".join(
        f"{lang}: +{s.words_inserted.get(lang, 0)} −{s.words_deleted.get(lang, 0)} words"
        for lang in redline.languages
    )
    return [
        f"Sections: {s.sections_added} added, {s.sections_removed} removed, "
        f"{s.sections_moved} moved, {s.sections_changed} changed",
        # The JSON's block counts leave out the blocks of added and removed sections (those are
        # counted as sections); the label says so, so "0 added" never contradicts an added one.
        f"Blocks in sections both versions have: {s.blocks_added} added, "
        f"{s.blocks_removed} removed, {s.blocks_moved} moved, {s.blocks_changed} changed",
        f"Words: {words}",
    ]


def visible(entry: BlockDiff, lang: str) -> bool:
    """True when ``entry`` shows a change in ``lang`` (a change in another language does not)."""
    segments = entry.segments.get(lang, [])
    if entry.change is Change.EQUAL:
        return False
    if entry.change in (Change.ADDED, Change.REMOVED, Change.MOVED, Change.MOVED_AWAY):
        return bool(segments)
    return (
        entry.formatting_only
        or bool(entry.links.get(lang))  # a changed link target is a change (issue 12)
        or any(seg.op is not Op.EQUAL for seg in segments)
    )


def shown_change(section: SectionDiff, lang: str) -> Change:
    """The section's change as seen in ``lang``: EQUAL when nothing in that language changed."""
    changed_here = any(visible(entry, lang) for entry in section.changes())
    if section.change is Change.CHANGED and not changed_here:
        return Change.EQUAL
    if section.change is Change.MOVED_CHANGED and not changed_here:
        return Change.MOVED
    return section.change


def section_heading(section: SectionDiff, lang: str) -> str:
    text = section.display_title(lang)
    number = str(section.new_number) if section.new_number else f"(old {section.old_number})"
    note = {
        Change.ADDED: "added",
        Change.REMOVED: "removed",
        Change.MOVED: f"moved from {section.old_number}",
        Change.MOVED_CHANGED: f"moved from {section.old_number} and changed",
        Change.MOVED_AWAY: "moved",
        Change.CHANGED: "changed",
    }.get(shown_change(section, lang), "")
    return f"§ {number}. {text}  ({note})"


def redline_to_text(redline: Redline, lang: str | None = None) -> str:
    """The changes in ``lang`` (default: every language of the redline, one after the other)."""
    langs = [lang] if lang else redline.languages
    lines: list[str] = []
    heading = "Changes"
    if redline.old_label or redline.new_label:
        heading += f" from {redline.old_label or '?'} to {redline.new_label or '?'}"
    lines += [heading, "=" * len(heading), *summary_lines(redline), ""]
    for change in redline.metadata:
        where = f" ({change.lang})" if change.lang else ""
        lines.append(f"Metadata {change.name}{where}: {_field(change.old, change.new)}")
    for change in redline.variables:
        lines.append(f"Variable {change.name} ({change.lang}): {_field(change.old, change.new)}")
    if redline.metadata or redline.variables:
        lines.append("")
    for code in langs:
        if len(langs) > 1:
            lines += [f"--- {code} ---", ""]
        for section in redline.sections:
            if shown_change(section, code) is Change.EQUAL:
                continue  # changed in another language only: nothing to show in this one
            lines.append(section_heading(section, code))
            if section.change is Change.MOVED_AWAY:
                lines += [f"   (now section {_new_place(redline, section)})", ""]
                continue
            # Unchanged entries show nothing; changes() leaves them out without building the
            # cell entries of unchanged table rows.
            for entry in section.changes():
                if not visible(entry, code) and section.change is not Change.MOVED:
                    continue
                if entry.change is Change.EQUAL:
                    continue
                tag = f"[{entry.change.value}] " if entry.change is not Change.CHANGED else ""
                if entry.formatting_only and not tag:
                    tag = "[formatting] "
                lines.append(f"   {_cell_label(entry)}{tag}{_marked(entry, code)}")
                for link in entry.links.get(code, []):
                    lines.append(f"      link “{link.text}”: {_field(link.old, link.new)}")
                for words, old, new in entry.format_changes(code):
                    if old.link and new.link and old.link != new.link:
                        continue  # listed as a link change above
                    lines.append(f"      formatting “{words}”: {old.describe()} → {new.describe()}")
                if entry.kind_changed and entry.old_kind is not None:
                    lines.append(f"      formatting: {entry.old_kind.value} → {entry.kind.value}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _cell_label(entry: BlockDiff) -> str:
    """ "[row 2, column 3] " for a table cell (where it stands in the new table; "was row 4"
    when it moved or is gone from there), else empty."""
    if not (entry.old_cell or entry.new_cell):
        return ""
    where = entry.new_cell or entry.old_cell
    assert where is not None
    label = f"row {where[0]}, column {where[1]}"
    if entry.old_cell and entry.new_cell and entry.old_cell != entry.new_cell:
        label += f", was row {entry.old_cell[0]}, column {entry.old_cell[1]}"
    elif entry.new_cell is None:
        label = f"old {label}"
    return f"[{label}] "


def _new_place(redline: Redline, away: SectionDiff) -> str:
    for section in redline.sections:
        if section.change.is_move and section.old_id == away.old_id:
            return str(section.new_number)
    return "?"


def render_redline(redline: Redline, options: RedlineOptions) -> str:
    """The format table's interface (io/redline_format.py)."""
    return redline_to_text(redline, options.lang)
