"""What an HTML export loads (issue 14: HTML ≤ 0.1 × pandoc as a whole command, process start
included). Each library below cost an export of the large policy 2–40 ms to import or set up
and is not needed for a draft's page: a change that imports one of them at start again fails
here, before the benchmark shows it."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import make_policy

NOT_LOADED = [
    "jinja2",  # our page is written by io/writers/html.page; only --template uses Jinja
    "markdown_it",  # the layout's fast path reads simple markup without the parser
    "rapidfuzz",
    "policy_studio.checks.translation",  # QA checks: the approval decides a draft's verdict
    "policy_studio.diff",
    "policy_studio.library.law_changes",
    "policy_studio.io.intermediate",  # the readers' and redline writers' types
    "policy_studio.io.redline_format",
    "hashlib",  # fingerprints are taken only of an approved version's text
    "uuid",
    "difflib",
    "PySide6",
    "babel",  # the cover's date is read from the language's own CLDR file (layout/dates.py)
    "importlib.resources",  # a checkout's resources are found by path (~5 ms with zipfile)
    "zipfile",
    "tempfile",  # the output's temporary file is made by io/output (with shutil, random…)
    "shutil",  # argparse's help width is found without it (cli._HelpFormatter)
    "html",  # the page escapes as html.escape does without its entity table
    "policy_studio.io.fingerprint",
    "policy_studio.storage.records",  # the clause catalogue's, saves' and approvals' records
    "policy_studio.model.tmunit",
]


def test_an_html_export_of_a_draft_loads_only_what_it_uses(workspace, tmp_path):
    workspace.save_policy(make_policy())
    path = workspace.path
    workspace.close()
    out = tmp_path / "notice.html"
    script = (
        "import sys\n"
        "from policy_studio.cli import main\n"
        f"code = main(['export', 'Privacy notice', '-w', {str(path)!r}, '-o', {str(out)!r}])\n"
        "assert code == 0, code\n"
        f"print(sorted(m for m in {NOT_LOADED!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    page = out.read_text(encoding="utf-8")
    assert "<strong>few</strong>" in page and 'href="https://acme.example"' in page
    assert "Draft — not approved" in page
