"""What the connected person may change, as the storage backend enforces it (issue 17).

The window asks ``WorkspaceStore.permissions()`` once per workspace and greys out what the
answer forbids, with a tooltip saying why; the server keeps refusing it regardless (a stale
answer, or a client that ignores it, changes nothing: storage/team.py is the rule). The SQLite
file has one user, who may do everything.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Permissions:
    """The connected person's rights, in the terms of the team roles (docs/team-server.md)."""

    person: str = ""
    """The login ("" on the single-user file)."""
    roles: frozenset[str] = frozenset()
    """Their Policy Studio roles: author, translator, approver, admin; owner for the
    workspace's owner or a superuser (every right without a role)."""
    structure: bool = True
    """May change a policy's structure, variables, cover details and the library (author,
    admin, owner)."""
    source: bool = True
    """May change a policy's source-language text."""
    languages: frozenset[str] | None = None
    """The target languages whose text and title they may change (None: every language)."""
    approve: bool = True
    """May approve a version or withdraw an approval (approver, admin, owner)."""
    unknown: str = ""
    """Why the rights could not be read ("" when they were): then nothing that needs a role
    is allowed (``not_known``) until they can be."""

    def may_write(self, lang: str, source_language: str) -> bool:
        """May change a policy's text in ``lang`` (its source language is ``source_language``)."""
        if lang == source_language:
            return self.source
        return self.languages is None or lang in self.languages

    @property
    def read_only(self) -> bool:
        """May change no text at all."""
        return not self.structure and not self.source and not self.languages


def not_known(reason: str) -> Permissions:
    """The rights of a person whose roles could not be read (the server did not answer): the
    window allows nothing that needs a role and says why, rather than everything."""
    return Permissions(
        structure=False, source=False, languages=frozenset(), approve=False, unknown=reason
    )


EVERYTHING = Permissions()
"""The single-user file, the owner, a server without team roles."""
