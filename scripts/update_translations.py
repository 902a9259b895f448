"""Refresh translations/*.ts from the tr() strings in policy_studio/ui (run after UI changes).

The .qm files are never committed: setup.py builds them from the .ts files at install. For a
development checkout (editable install) ``--qm`` also compiles them beside the .ts files.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["ar", "sw", "fr"]


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "policy_studio" / "ui").rglob("*.py"))
    for lang in LANGUAGES:
        ts = ROOT / "translations" / f"policy_studio_{lang}.ts"
        subprocess.run(
            [
                "pyside6-lupdate",
                *sources,
                "-target-language",
                lang,
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(ts),
            ],
            check=True,
        )
        if "--qm" in sys.argv:
            subprocess.run(
                ["pyside6-lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
