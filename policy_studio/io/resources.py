"""Finding shipped resources (templates, reference.docx) in a checkout or an installed package."""

from __future__ import annotations

from pathlib import Path

import policy_studio


def resource_path(relative: str) -> Path:
    """Path of ``resources/<relative>``.

    A source checkout's own top-level resources/ wins over the installed package data, so a
    worktree run with PYTHONPATH sees its own templates rather than another checkout's.
    """
    checkout = Path(policy_studio.__file__).resolve().parent.parent / "resources" / relative
    if checkout.exists():
        return checkout
    from importlib import resources  # an installed copy only: ~1 ms a checkout need not pay

    return Path(str(resources.files("policy_studio.resources").joinpath(relative)))
