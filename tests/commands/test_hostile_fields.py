"""Control and bidi-override characters in any field: cleaned on the way in and out, with a
warning, never an internal error and never a terminal escape (issue 18 item 8)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from policy_studio.cli import main
from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import Clause
from policy_studio.storage import Workspace

FIXTURES = Path(__file__).parents[1] / "io" / "fixtures"
HOSTILE = "\x01\u202e\x1b[2J\x0c"


@pytest.fixture
def hostile(workspace: Workspace, clauses: list[Clause]) -> tuple[str, str]:
    """A policy saved with hostile characters in every field (as an older release stored it)."""
    policy = policy_from_clauses(
        f"Notice{HOSTILE}", [(c, None) for c in clauses], target_languages=["ar"]
    )
    policy.title["ar"] = f"إشعار{HOSTILE}"
    policy.organization = f"Acme{HOSTILE} Ltd"
    policy.effective_date = f"2025-01-01{HOSTILE}"
    policy.version_label = f"2.0{HOSTILE}"
    policy.variables["contact_email"] = {"en": f"a@b.example{HOSTILE}"}
    policy.sections[0].heading.text["en"] = f"Contact{HOSTILE}"
    policy.sections[0].blocks[0].text["en"] = f"Page one{HOSTILE}page two"
    workspace.save_policy(policy)
    workspace.save_version(policy, "1.0")
    policy.sections[1].blocks[0].text["en"] = f"Changed{HOSTILE} text"
    workspace.save_policy(policy)
    path = str(workspace.path)
    workspace.close()
    return policy.id, path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _no_hostile(text: str) -> None:
    for ch in "\x01\u202e\x1b\x0c":
        assert ch not in text, f"U+{ord(ch):04X} survived"


@pytest.mark.parametrize(
    "extra", [["--lang", "en,ar"], ["--lang", "ar"], ["--signoff", f"Amina{HOSTILE}, DPO"]]
)
def test_docx_export_cleans_every_field_and_warns(hostile, tmp_path, capsys, extra):
    out = tmp_path / "n.docx"
    code, _, err = run(capsys, "export", *hostile[:1], "-o", str(out), *extra, "-w", hostile[1])
    assert code == 0, err
    assert "internal error" not in err
    assert (
        "removed bidi override or control characters from title (en), title (ar), organisation"
        in err
    )
    document = docx.Document(str(out))
    _no_hostile(document.core_properties.title)
    assert "[2J" in document.core_properties.title  # the printable rest of the title is kept
    with zipfile.ZipFile(out) as package:
        for name in package.namelist():
            if name.endswith(".xml"):
                _no_hostile(package.read(name).decode("utf-8"))


def test_html_export_has_no_override_in_title_h1_date_or_signoff(hostile, tmp_path, capsys):
    out = tmp_path / "n.html"
    code, _, err = run(
        capsys,
        "export",
        hostile[0],
        "-o",
        str(out),
        "--lang",
        "en,ar",
        "--signoff",
        f"Amina{HOSTILE}, DPO",
        "-w",
        hostile[1],
    )
    assert code == 0, err
    page = out.read_text(encoding="utf-8")
    _no_hostile(page)
    assert "<title>Notice [2J" in page or "<title>Notice[2J" in page
    assert "sign-off names" in err


def test_xliff_export_of_a_hostile_policy_works(hostile, tmp_path, capsys):
    out = tmp_path / "n.xlf"
    code, _, err = run(
        capsys, "export-xliff", *hostile[:1], "--lang", "ar", "-o", str(out), "-w", hostile[1]
    )
    assert code == 0, err
    assert "warning: removed bidi override or control characters" in err
    _no_hostile(out.read_text(encoding="utf-8"))
    code, _, err = run(
        capsys,
        "export",
        hostile[0],
        "--format",
        "xliff",
        "--lang",
        "ar",
        "-o",
        str(out),
        "-w",
        hostile[1],
    )
    assert code == 0, err


@pytest.mark.parametrize("fmt", ["docx", "html", "text", "json"])
def test_redlines_of_a_hostile_policy_work_and_carry_no_override(hostile, tmp_path, capsys, fmt):
    out = tmp_path / f"r.{fmt}"
    code, _, err = run(
        capsys,
        "diff",
        *hostile[:1],
        "--from",
        "1.0",
        "--format",
        fmt,
        "-o",
        str(out),
        "-w",
        hostile[1],
    )
    assert code == 0, err
    assert "internal error" not in err
    if fmt == "docx":
        with zipfile.ZipFile(out) as package:
            text = package.read("word/document.xml").decode("utf-8")
    else:
        text = out.read_text(encoding="utf-8")
    _no_hostile(text.replace("\\u001b", "\x1b"))
    if fmt == "html":
        assert 'http-equiv="Content-Security-Policy"' in text
        assert "default-src 'none'" in text


def test_show_never_prints_a_terminal_escape(hostile, capsys):
    code, out, err = run(capsys, "show", *hostile[:1], "-w", hostile[1])
    assert code == 0
    assert "\x1b" not in out and "\u202e" not in out and "\x01" not in out
    assert "Page one" in out and "page two" in out
    assert "warning: removed bidi override or control characters from the output" in err


def test_an_error_quoting_a_title_prints_no_escape(hostile, capsys):
    code, out, err = run(capsys, "show", f"No such{HOSTILE}", "-w", hostile[1])
    assert code == 1
    assert "\x1b" not in err and "\u202e" not in err


def test_set_var_and_new_policy_clean_what_they_store(workspace, capsys):
    ws = str(workspace.path)
    workspace.close()
    code, out, err = run(
        capsys, "new-policy", f"Clean{HOSTILE}me", "--from-clauses", "t-contact", "-w", ws
    )
    assert code == 0
    assert "removed bidi override or control characters from the title" in err
    code, out, err = run(
        capsys, "set-var", "Clean[2J me", "organization", f"Acme{HOSTILE}", "-w", ws
    )
    assert code == 0
    assert "removed bidi override or control characters from the value of organization" in err
    with Workspace.open(ws) as w:
        policy = w.find_policy("Clean[2J me")
    _no_hostile(policy.display_title())
    _no_hostile(policy.variables["organization"]["en"])


def test_import_cleans_body_text_and_reports_it(tmp_path, capsys):
    source = tmp_path / "pdftotext.txt"
    source.write_text(
        "Our privacy notice\n\nWho we are\n\nWe are Acme\u202e Ltd.\x0cWe keep records.\n",
        encoding="utf-8",
    )
    ws = str(tmp_path / "w.pstudio")
    Workspace.create(ws).close()
    code, out, err = run(capsys, "import", str(source), "-w", ws)
    assert code == 0, err
    assert "removed bidi override or control characters" in err
    with Workspace.open(ws) as w:
        policy = w.policy(w.policies()[0].id)
    texts = [b.get("en") for _, b in policy.iter_blocks()]
    joined = "\n".join(texts)
    _no_hostile(joined)
    assert "We keep records." in joined and "Acme Ltd." in joined


def test_import_of_an_xliff_file_makes_one_policy_and_reports_it(tmp_path, capsys):
    ws = str(tmp_path / "w.pstudio")
    Workspace.create(ws).close()
    code, out, err = run(capsys, "import", str(FIXTURES / "rights_en_ar.xlf"), "-w", ws)
    assert code == 0, err
    assert "internal error" not in err
    assert "languages en, ar" in out
    code, out, _ = run(capsys, "import", str(FIXTURES / "rights_en_ar.xlf"), "-w", ws, "--json")
    assert code == 0
    with Workspace.open(ws) as w:
        assert len(w.policies()) == 2


def test_import_xliff_removes_an_override_from_a_translation_and_says_so(
    workspace, clauses, tmp_path, capsys
):
    policy = policy_from_clauses("Shop", [(clauses[0], None)], target_languages=["ar"])
    workspace.save_policy(policy)
    ws = str(workspace.path)
    workspace.close()
    xlf = tmp_path / "shop.xlf"
    assert run(capsys, "export-xliff", "Shop", "--lang", "ar", "-o", str(xlf), "-w", ws)[0] == 0
    text = xlf.read_text(encoding="utf-8")
    block_id = policy.sections[0].blocks[0].id
    start = text.index(f'id="{block_id}"')
    target_at = text.index("<target", start)
    close = text.index(">", target_at) + 1
    end = text.index("</target>", close)
    text = text[:close] + "نص\u202e مقلوب" + text[end:]
    xlf.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "import-xliff", "Shop", str(xlf), "-w", ws)
    assert code == 0, err
    assert "removed bidi override or control characters from unit" in err
    with Workspace.open(ws) as w:
        stored = w.find_policy("Shop").sections[0].blocks[0].get("ar")
    assert stored == "نص مقلوب"
