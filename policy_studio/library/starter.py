"""The starter clause library and sample policy shipped in resources/library/."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import (
    Block,
    BlockKind,
    Clause,
    ClauseStatus,
    ClauseVariant,
    Policy,
    PolicyStudioError,
    Table,
    Variable,
    normalize_text,
)
from ..model.clause import carry_translation_states
from ..storage import Workspace, WorkspaceStore
from ..storage.locate import create_store, is_database
from ..text.markup import variables_in
from .compose import policy_from_clauses

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

SAMPLE_POLICY_TITLE = "Example privacy policy"


class LibraryFileError(PolicyStudioError):
    """A clause file that cannot be read."""


def library_root() -> Traversable:
    """resources/library: a source checkout's own first, as io/resources.resource_path finds
    every resource (a worktree run reads its own library, not another checkout's), else the
    installed package's. importlib.resources only for the latter: its readers (zipfile…) are
    ~5 ms of every command that reads the starter variables, the export among them."""
    checkout = Path(__file__).resolve().parents[2] / "resources" / "library"
    if checkout.is_dir():
        return checkout
    from importlib import resources

    return resources.files("policy_studio.resources").joinpath("library")


def _texts(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise LibraryFileError(f"{where}: expected a table of texts per language")
    return {str(k): normalize_text(str(v)) for k, v in value.items()}


def _blocks(items: Any, key: str, prefix: str, where: str) -> list[Block]:
    blocks = []
    for index, item in enumerate(items or [], start=1):
        try:
            kind = BlockKind(item.get("kind", "paragraph"))
        except ValueError as exc:
            raise LibraryFileError(f"{where}: block {index}: {exc}") from exc
        block_id = str(item.get("id") or f"{key}.{prefix}{index}")
        if kind is BlockKind.TABLE:
            blocks.append(_table(item, block_id, f"{where}: block {index}"))
            continue
        blocks.append(
            Block(
                kind=kind,
                text=_texts(item.get("text", {}), f"{where}: block {index}"),
                id=block_id,
                level=int(item.get("level", 0)),
            )
        )
    return blocks


def _table(item: dict[str, Any], block_id: str, where: str) -> Block:
    """A table block: ``rows`` is a list of rows, each a list of ``{lang = markup}`` cells.

    Cell ids are deterministic (``<block id>.r<row>c<column>``, 1-based) like block ids, so a
    library update matches cells as it matches blocks.
    """
    rows = item.get("rows")
    if not isinstance(rows, list) or not rows or not all(isinstance(r, list) for r in rows):
        raise LibraryFileError(f"{where}: a table needs 'rows', a list of rows of cells")
    widths = item.get("widths", [])
    if not isinstance(widths, list) or not all(
        isinstance(x, int | float) and x > 0 for x in widths
    ):
        raise LibraryFileError(f"{where}: 'widths' must be a list of positive numbers")
    table = Table(
        rows=[
            [
                Block(
                    BlockKind.CELL,
                    _texts(cell, f"{where}: row {r} cell {c}"),
                    id=f"{block_id}.r{r}c{c}",
                )
                for c, cell in enumerate(row, start=1)
            ]
            for r, row in enumerate(rows, start=1)
        ],
        header_rows=int(item.get("header_rows", 1)),
        widths=[float(x) for x in widths],
    )
    if len({len(row) for row in table.rows}) != 1:
        raise LibraryFileError(f"{where}: every row of a table needs the same number of cells")
    return Block(BlockKind.TABLE, id=block_id, table=table)


def clause_from_toml(data: dict[str, Any], where: str) -> Clause:
    """A Clause from the parsed contents of one library file."""
    key = data.get("key")
    if not isinstance(key, str) or not key:
        raise LibraryFileError(f"{where}: missing 'key'")
    blocks = _blocks(data.get("blocks"), key, "", where)
    variants = [
        ClauseVariant(
            key=str(v["key"]),
            label=_texts(v.get("label", {}), where),
            blocks=_blocks(v.get("blocks"), key, f"{v['key']}.", where),
        )
        for v in data.get("variants", [])
    ]
    names: dict[str, None] = {name: None for name in data.get("variables", [])}
    for block in [
        seg for b in [*blocks, *(b for v in variants for b in v.blocks)] for seg in b.segments
    ]:
        for text in block.text.values():
            names.update(dict.fromkeys(variables_in(text)))
    try:
        status = ClauseStatus(data.get("status", "approved"))
    except ValueError as exc:
        raise LibraryFileError(f"{where}: {exc}") from exc
    return Clause(
        key=key,
        title=_texts(data.get("title", {}), where),
        blocks=blocks,
        topic=str(data.get("topic", "")),
        tags=[str(t) for t in data.get("tags", [])],
        variables=list(names),
        variants=variants,
        status=status,
        version=1,
    )


def _read_toml(file: Traversable | Path) -> dict[str, Any]:
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise LibraryFileError(f"{file.name}: {exc}") from exc


def load_starter_clauses() -> list[Clause]:
    """The shipped clauses, with translation states as saving them would give: the approved
    ones are vetted in every language they carry, the drafts' translations are "translated"."""
    folder = library_root().joinpath("clauses")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
    return [carry_translation_states(None, clause_from_toml(_read_toml(f), f.name)) for f in files]


def load_variables() -> dict[str, Variable]:
    data = _read_toml(library_root().joinpath("variables.toml"))
    return {
        name: Variable(
            name=name,
            label={str(k): str(v) for k, v in spec.get("label", {}).items()},
            hint=str(spec.get("hint", "")),
            example=str(spec.get("example", "")),
        )
        for name, spec in data.items()
    }


def sample_policy(clauses: dict[str, Clause]) -> Policy:
    """The "Example privacy policy" described by resources/library/sample_policy.toml."""
    spec = _read_toml(library_root().joinpath("sample_policy.toml"))
    source = str(spec.get("source_language", "en"))
    chosen = []
    for item in spec.get("clauses", []):
        clause = clauses.get(item["key"])
        if clause is None:
            raise LibraryFileError(f"sample_policy.toml: unknown clause {item['key']!r}")
        chosen.append((clause, item.get("variant")))
    titles = _texts(spec.get("title", {}), "sample_policy.toml")
    policy = policy_from_clauses(
        titles.get(source, SAMPLE_POLICY_TITLE),
        chosen,
        source_language=source,
        target_languages=spec.get("target_languages", []),
    )
    policy.title = titles
    policy.organization = str(spec.get("organization", ""))
    policy.effective_date = str(spec.get("effective_date", ""))
    policy.version_label = str(spec.get("version_label", ""))
    policy.variables = {
        name: _texts(values, "sample_policy.toml")
        for name, values in spec.get("variables", {}).items()
    }
    return policy


def seed_workspace(workspace: WorkspaceStore) -> None:
    """Fill a new workspace with the starter library and the sample policy."""
    starter = load_starter_clauses()
    with workspace.transaction():  # all of it or none of it
        clauses = {}
        for clause in starter:
            clauses[clause.key] = workspace.save_clause(clause, note="Starter library")
        workspace.save_policy(sample_policy(clauses))
        workspace.set_meta("seeded", "starter-library-1")


def new_workspace(location: str | Path, *, seeded: bool = True) -> WorkspaceStore:
    """Create a workspace, seeded with the starter library unless ``seeded`` is False.

    A file is filled under a temporary name and appears at ``location`` only when complete; a
    PostgreSQL database gets its schema and starter library in one transaction each.
    """
    if isinstance(location, str) and is_database(location):
        store = create_store(location)
        try:
            if seeded:
                seed_workspace(store)
        except BaseException:
            store.close()
            raise
        return store
    with Workspace.building(location) as workspace:
        if seeded:
            seed_workspace(workspace)
    return Workspace.open(location)
