"""Edits a closing window could not save, kept on this computer until the workspace is opened
again (docs/team-server.md, "Closing while a save waits").

A window that closes while its last save is still waiting for the server (or meets a conflict
or a refusal on the way out) never waits for the server unboundedly and never asks a question
from inside that wait: it writes the open policy — as storage rows, with the base the edits
started from (rows and revisions) — to one JSON file in a folder beside the settings, and
closes. Opening the same workspace again offers them back; restoring puts them into the policy
as unsaved edits on that base (``Session.restore``), so the save meets whatever others changed
meanwhile as a three-way merge — their changes elsewhere kept, a place both changed asked about
with both texts — never a silent overwrite.

No Qt here: the window decides when to keep and when to offer.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..model import Policy, PolicyStudioError
from ..storage.rows import policy_rows

FORMAT = "policy-studio-recovery"
VERSION = 1


@dataclass(frozen=True, slots=True)
class Kept:
    """One recovery file: the unsaved edits to one policy of one workspace."""

    path: Path
    workspace: str
    """The workspace's location as shown (a path, or a connection without its password)."""
    policy_id: str
    title: str
    kept_at: str
    """When the window closed (ISO 8601, UTC)."""
    reason: str
    """Why they were not saved ("the database has not answered yet", a conflict, …)."""
    rows: dict[str, str]
    base: dict[str, Any]

    def when(self) -> str:
        """``kept_at`` in this computer's time zone, to the minute ("2026-11-28 14:45")."""
        try:
            return datetime.fromisoformat(self.kept_at).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.kept_at


def _prefix(workspace: str) -> str:
    return hashlib.sha256(workspace.encode("utf-8")).hexdigest()[:16]


def keep(
    folder: Path, workspace: str, policy: Policy, base: dict[str, Any] | None, reason: str
) -> Path:
    """Write the policy's unsaved edits to a new recovery file in ``folder``; its path.

    Written whole under a temporary name and renamed, so a crash leaves no half file."""
    if base is None:
        raise PolicyStudioError(
            f"cannot keep the edits to {policy.display_title()!r}: the window never read the "
            "policy from the workspace"
        )
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC)
    data = {
        "format": FORMAT,
        "version": VERSION,
        "workspace": workspace,
        "policy_id": policy.id,
        "title": policy.display_title(),
        "kept_at": stamp.isoformat(timespec="seconds"),
        "reason": reason,
        "rows": policy_rows(policy),
        "base": base,
    }
    name = f"{_prefix(workspace)}-{policy.id}-{stamp.strftime('%Y%m%dT%H%M%S%f')}.json"
    path = folder / name
    temp = path.with_name(f".{name}.tmp")
    with open(temp, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)
    return path


def kept_for(folder: Path, workspace: str) -> tuple[list[Kept], list[str]]:
    """The recovery files for ``workspace``, oldest first, and one sentence per file in
    ``folder`` meant for it that cannot be read (naming the file and the problem)."""
    found: list[Kept] = []
    problems: list[str] = []
    if not folder.is_dir():
        return found, problems
    for path in sorted(folder.glob(f"{_prefix(workspace)}-*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a Policy Studio recovery file")
            if int(data.get("version", 0)) > VERSION:
                raise ValueError("written by a newer Policy Studio")
            if data["workspace"] != workspace:
                continue  # another workspace with the same prefix
            rows = {str(k): str(v) for k, v in dict(data["rows"]).items()}
            base = dict(data["base"])
            found.append(
                Kept(
                    path,
                    str(data["workspace"]),
                    str(data["policy_id"]),
                    str(data["title"]),
                    str(data["kept_at"]),
                    str(data.get("reason", "")),
                    rows,
                    base,
                )
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            problems.append(f"{path}: cannot read these kept edits ({exc})")
    found.sort(key=lambda k: k.kept_at)
    return found, problems


def discard(kept: Kept) -> None:
    """The edits were restored (or the person chose to drop them): remove the file."""
    kept.path.unlink(missing_ok=True)
