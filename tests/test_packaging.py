"""Packaging metadata a current setuptools accepts without a warning (issue 19).

Building the wheel takes a minute and a package index, so the test checks the two causes of the
warnings instead; `pip wheel . -w /tmp/x --no-deps` printed none when this was written.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_the_license_is_an_spdx_string_and_setuptools_understands_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"
    requires = project["build-system"]["requires"]
    assert "setuptools>=77" in requires  # the first release that reads a PEP 639 license


def test_every_resource_folder_is_declared_as_a_package() -> None:
    """A data folder missing from `packages` is "absent from the packages configuration"."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    function = next(
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name == "_data_packages"
    )
    namespace: dict[str, object] = {"Path": Path, "__file__": str(ROOT / "setup.py")}
    exec(compile(ast.Module([function], []), "setup.py", "exec"), namespace)  # noqa: S102
    declared = {
        **namespace["_data_packages"]("policy_studio.resources", "resources"),  # type: ignore[operator]
        **namespace["_data_packages"]("policy_studio.translations", "translations"),  # type: ignore[operator]
    }
    folders = {
        str(p.relative_to(ROOT))
        for top in ("resources", "translations")
        for p in [ROOT / top, *(ROOT / top).rglob("*")]
        if p.is_dir() and not any(part.startswith((".", "__")) for part in p.parts)
    }
    assert set(declared.values()) == folders
    assert "policy_studio.resources.library.clauses" in declared
