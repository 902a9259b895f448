"""A PDF redline from the command line (`diff`/`compare --format pdf`) and from Compare: the
HTML redline printed by WeasyPrint, the way the PDF export prints the HTML export (issue 15)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from policy_studio.cli import main
from policy_studio.diff import compare
from policy_studio.io import registry


def _text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_diff_writes_a_pdf_redline_with_the_changed_words(capsys, workspace, policy_pair, tmp_path):
    old, new = policy_pair
    workspace.save_policy(old)
    workspace.save_version(old, "1.0")
    workspace.save_policy(new)
    out = tmp_path / "changes.pdf"
    code = main(
        ["diff", old.id, "--from", "1.0", "--format", "pdf", "-o", str(out), "--lang", "en"]
        + ["-w", str(workspace.path)]
    )
    assert code == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF")
    text = _text(out)
    # The deleted and the inserted word are both printed (struck and underlined in the HTML).
    assert "two" in text and "three" in text and "seasons" in text
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert "pdfaid" in str(reader.xmp_metadata.rdf_root.toxml() if reader.xmp_metadata else "")


def test_pdf_redline_without_an_output_file_is_a_clear_error(capsys, workspace, policy_pair):
    old, new = policy_pair
    workspace.save_policy(old)
    workspace.save_version(old, "1.0")
    code = main(["diff", old.id, "--from", "1.0", "--format", "pdf", "-w", str(workspace.path)])
    err = capsys.readouterr().err
    assert code == 1 and "-o FILE.pdf" in err and "Traceback" not in err


def test_every_redline_format_of_the_table_is_offered_by_the_commands(capsys):
    """The commands read the format table: a redline row is a --format choice."""
    names = [entry.redline for entry in registry.redline_formats()]
    assert names == ["text", "json", "html", "docx", "pdf"]
    try:
        main(["compare", "--help"])
    except SystemExit:
        pass
    assert "{text,json,html,docx,pdf}" in capsys.readouterr().out


def test_arabic_pdf_redline_keeps_the_arabic_words_searchable(tmp_path, policy_pair):
    old, new = policy_pair
    _, writer = registry.redline_writer("pdf")
    from policy_studio.io.redline_format import RedlineOptions

    data = writer(compare(old, new, ["ar"]), RedlineOptions(lang="ar"))
    assert isinstance(data, bytes)
    path = tmp_path / "ar.pdf"
    path.write_bytes(data)
    assert "مواسم" in _text(path)
