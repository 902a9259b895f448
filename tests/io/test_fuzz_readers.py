"""A seeded fuzz run of the import readers in the suite (issue 18 item 15).

A few hundred mutated documents per format (scripts/fuzz_readers.py builds and mutates them):
each must import or be refused with a PolicyStudioError, within a time limit, and the whole run
must stay within a memory bound. The script runs the same engine for 10,000 cases per format.
"""

from __future__ import annotations

import importlib.util
import io
import resource
import sys
import zipfile
from pathlib import Path

import pytest

from policy_studio.io.import_flow import read_any
from policy_studio.model import PolicyStudioError

SCRIPT = Path(__file__).parents[2] / "scripts" / "fuzz_readers.py"
CASES = 300
LIMIT_SECONDS = 5.0
MEMORY_GROWTH_MB = 500


def _engine():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("fuzz_readers", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "xlf", "docx"])
def test_mutated_documents_import_or_are_refused_cleanly(fmt: str) -> None:
    engine = _engine()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = engine.fuzz(CASES, seed=2026, formats=(fmt,), limit=LIMIT_SECONDS)
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before
    bad = [f"case {o.case}: {o.kind}: {o.detail}" for o in report.bad()]
    assert bad == [], "\n".join(bad[:5])
    assert len(report.outcomes) == CASES
    assert grown < MEMORY_GROWTH_MB, f"memory grew {grown:.0f} MB"
    kinds = {o.kind for o in report.outcomes}
    assert "refused" in kinds  # the mutations do reach the readers' checks


def test_unwrapping_deep_html_with_a_control_character_is_not_a_crash(tmp_path: Path) -> None:
    """Found by the fuzzer: lxml refused the text when a deep element was unwrapped."""
    path = tmp_path / "deep.html"
    path.write_bytes(b"<html><body><h1>N</h1>" + b"<div>" * 130 + b"a\x01b" + b"</div>" * 130)
    policy = read_any(path).policy
    assert "ab" in [t for _, b in policy.iter_blocks() for t in b.text.values()]


def test_a_zip_of_an_unknown_version_is_refused(tmp_path: Path) -> None:
    """Found by the fuzzer: zipfile raised NotImplementedError("zip file version 8.4")."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", "<w:document/>")
    data = bytearray(buffer.getvalue())
    central = data.rindex(b"PK\x01\x02")
    data[central + 6 : central + 8] = (84).to_bytes(2, "little")  # version needed: 8.4
    path = tmp_path / "future.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(PolicyStudioError, match="future.docx"):
        read_any(path)


def test_a_superscript_digit_in_a_date_line_is_not_a_crash(tmp_path: Path) -> None:
    """Found by the long fuzz run: "³" is a digit to str.isdigit but not to int()."""
    path = tmp_path / "notice.md"
    path.write_text("# Notice\n\nEffective date: 3 March 2025³\n\n## One\n\nText.\n")
    assert read_any(path).report.metadata["effective_date"] == "2025-03-03"
