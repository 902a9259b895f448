"""mypy --strict holds on the packages STYLE.md names: model, text, diff and oxml."""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[1]
STRICT = ["model", "text", "diff", "oxml"]


def test_strictly_typed_packages_pass_mypy():
    paths = [str(ROOT / "policy_studio" / name) for name in STRICT]
    out, err, code = api.run(["--config-file", str(ROOT / "pyproject.toml"), *paths])
    assert code == 0, out + err
