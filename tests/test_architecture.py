"""The dependency rules of DESIGN §2, checked on the source of every module."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import policy_studio

PACKAGE = Path(policy_studio.__file__).parent

# Which policy_studio areas each area may import (besides itself and the top-level package).
ALLOWED: dict[str, set[str]] = {
    "model": set(),
    "text": {"model"},
    "storage": {"model", "text"},
    "library": {"model", "text", "storage", "diff"},
    "diff": {"model", "text"},
    "checks": {"model", "text"},
    "oxml": {"model", "text"},
    "layout": {"model", "text"},
    "io": {"model", "text", "oxml", "diff", "checks", "layout"},
    "ops": {"model", "text", "storage", "library", "diff"},
    "app": {"model", "text", "storage", "library", "ops", "diff", "checks", "io", "layout"},
    "ui": {"model", "text", "storage", "library", "ops", "diff", "checks", "io", "app", "layout"},
    "commands": {
        "model",
        "text",
        "storage",
        "library",
        "ops",
        "diff",
        "checks",
        "io",
        "layout",
        "app",
        "cli",
    },
    "cli": {"model", "text", "commands"},
}

LAUNCHER = "policy_studio.commands.app"
"""The one module allowed to import the UI, and only inside a function, to start the app.
(PDF export no longer needs Qt: it is a row of the format table like DOCX and HTML.)"""


def lazy_ui_import_allowed(name: str, imported: str, top: bool) -> bool:
    return not top and name == LAUNCHER


def modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        out.append((".".join(parts), path))
    return out


def imports(name: str, path: Path) -> list[tuple[str, bool]]:
    """(absolute module imported, at module level?) for every import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = top and not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            if isinstance(child, ast.Import):
                found.extend((alias.name, top) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - child.level + 1]
                    module = ".".join(base + ([child.module] if child.module else []))
                else:
                    module = child.module or ""
                found.append((module, top))
                if child.module is None or child.level:
                    found.extend((f"{module}.{alias.name}", top) for alias in child.names)
            visit(child, inner)

    visit(tree, True)
    return found


def area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def internal_area(imported: str) -> str | None:
    parts = imported.split(".")
    if parts[0] != "policy_studio" or len(parts) < 2:
        return None
    return parts[1]


def test_every_area_imports_only_what_it_may():
    problems = []
    for name, path in modules():
        own = area(name)
        if own not in ALLOWED:
            continue
        for imported, top in imports(name, path):
            target = internal_area(imported)
            if target is None or target == own:
                continue
            if target == "ui" and lazy_ui_import_allowed(name, imported, top):
                continue
            if target not in ALLOWED[own]:
                problems.append(f"{name} imports {imported}")
    assert problems == []


def test_model_uses_only_the_standard_library():
    problems = []
    for name, path in modules():
        if area(name) != "model":
            continue
        for imported, _ in imports(name, path):
            root = imported.split(".")[0]
            if root != "policy_studio" and root not in sys.stdlib_module_names:
                problems.append(f"{name} imports {imported}")
            if root == "policy_studio" and internal_area(imported) != "model":
                problems.append(f"{name} imports {imported}")
    assert problems == []


def test_qt_only_in_ui_and_qtcore_only_in_app():
    problems = []
    for name, path in modules():
        for imported, _ in imports(name, path):
            if not imported.startswith(("PySide6", "shiboken6")):
                continue
            if area(name) == "ui":
                continue
            if area(name) == "app" and imported in ("PySide6", "PySide6.QtCore"):
                continue
            problems.append(f"{name} imports {imported}")
    assert problems == []


def test_nothing_imports_the_ui_except_the_launcher_lazily():
    problems = []
    for name, path in modules():
        if area(name) == "ui":
            continue
        for imported, top in imports(name, path):
            if internal_area(imported) == "ui" and not lazy_ui_import_allowed(name, imported, top):
                problems.append(f"{name} imports {imported}")
    assert problems == []


def test_readers_and_writers_do_not_import_each_other_and_only_the_registry_lists_them():
    problems = []
    for name, path in modules():
        for imported, _ in imports(name, path):
            if not imported.startswith(("policy_studio.io.readers", "policy_studio.io.writers")):
                continue
            kind = imported.split(".")[2]
            if name.startswith(f"policy_studio.io.{kind}"):
                continue  # a reader may use its own helpers (same for writers)
            if name == "policy_studio.io.registry":
                continue
            problems.append(f"{name} imports {imported}")
    assert problems == []


def test_only_oxml_and_docx_modules_touch_python_docx():
    problems = []
    for name, path in modules():
        allowed = (
            area(name) == "oxml"
            or (name.startswith("policy_studio.io.") and "docx" in name.split(".")[-1])
            or (name.startswith("policy_studio.io.") and ".docx" in name)
        )
        for imported, _ in imports(name, path):
            if imported.split(".")[0] == "docx" and not allowed:
                problems.append(f"{name} imports {imported}")
    assert problems == []


def test_the_checker_sees_violations(tmp_path):
    """The rules above would catch a model module importing Qt or a sibling area."""
    bad = tmp_path / "policy_studio" / "model" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text("from PySide6.QtWidgets import QWidget\nfrom ..storage import Workspace\n")
    found = imports("policy_studio.model.bad", bad)
    assert ("PySide6.QtWidgets", True) in found
    assert internal_area(found[1][0]) == "storage"


def test_only_the_launcher_may_import_the_ui_and_only_lazily():
    assert lazy_ui_import_allowed(LAUNCHER, "policy_studio.ui.main_window", top=False)
    assert not lazy_ui_import_allowed(LAUNCHER, "policy_studio.ui.main_window", top=True)
    export = "policy_studio.commands.export"
    assert not lazy_ui_import_allowed(export, "policy_studio.ui.pdf_export", top=False)


def test_the_layout_has_no_qt_and_no_file_formats():
    """Every renderer reads the layout; the layout reads only the model and the text helpers."""
    for name, path in modules():
        if area(name) != "layout":
            continue
        for imported, _ in imports(name, path):
            assert not imported.startswith(("PySide6", "docx", "weasyprint", "jinja2")), name


STORAGE_FILE_USERS = {
    "policy_studio.library.starter": "builds a new workspace file under a temporary name",
    "policy_studio.app.session": "'Save a copy as…' writes a workspace file",
}
"""Modules outside storage/ that may name the SQLite class ``Workspace`` (and why); everyone
else uses the ``WorkspaceStore`` protocol and ``storage.locate`` (docs/architecture.md)."""


def test_code_outside_storage_uses_the_storage_protocol():
    problems = []
    for name, path in modules():
        if area(name) == "storage":
            continue
        for imported, _ in imports(name, path):
            root = imported.split(".")[0]
            if root in ("sqlite3", "psycopg", "psycopg_binary"):
                problems.append(f"{name} imports {imported} (database drivers stay in storage/)")
            if imported.startswith("policy_studio.storage.postgres"):
                problems.append(f"{name} imports {imported} (open it with storage.locate)")
            if (
                imported in ("policy_studio.storage.Workspace", "policy_studio.storage.workspace")
                and name not in STORAGE_FILE_USERS
            ):
                problems.append(f"{name} imports {imported} (use WorkspaceStore)")
    assert problems == []


def test_both_backends_implement_the_whole_protocol():
    from policy_studio.storage.postgres import PostgresWorkspace
    from policy_studio.storage.protocol import WorkspaceStore
    from policy_studio.storage.workspace import Workspace

    wanted = {
        n for n in dir(WorkspaceStore) if not n.startswith("_") or n in ("__enter__", "__exit__")
    } - set(dir(object)) | {"__enter__", "__exit__"}
    for backend in (Workspace, PostgresWorkspace):
        missing = sorted(n for n in wanted if not hasattr(backend, n))
        assert missing == [], f"{backend.__name__} lacks {missing}"
