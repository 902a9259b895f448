"""`team`: people and roles on a PostgreSQL team workspace, enforced by the server.

`team setup` installs the roles, grants, row rules and audit triggers (storage/team.py);
`team add-user NAME --role ROLE [--lang LANG]` gives a login a role; `team people` lists them.
See docs/team-server.md.
"""

from __future__ import annotations

import argparse

from ..model import PolicyStudioError
from ..storage.locate import is_database
from ..storage.team import ROLES, add_person, people, setup_team


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "team",
        help="people and roles on a PostgreSQL team workspace (enforced by the server)",
        description="Set up roles (author, translator per language, approver, administrator) "
        "on a team workspace and give people roles. Run as the workspace's owner or a "
        "PostgreSQL superuser; see docs/team-server.md.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    setup = actions.add_parser(
        "setup",
        help="install roles, grants, row-level rules and audit triggers (safe to re-run)",
    )
    _workspace(setup)
    setup.set_defaults(handler=run_setup)
    add = actions.add_parser(
        "add-user",
        help="give a login (made if missing) a role",
        description="Give login NAME a role; a translator needs --lang for each language "
        "they translate into. A new login has no password: set it with psql's "
        "\\password NAME (Policy Studio never stores one).",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument(
        "--lang", action="append", default=[], metavar="LANG", help="a target language (repeat)"
    )
    _workspace(add)
    add.set_defaults(handler=run_add_user)
    listing = actions.add_parser("people", help="list the logins with a Policy Studio role")
    _workspace(listing)
    listing.set_defaults(handler=run_people)


def _workspace(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-w",
        "--workspace",
        metavar="WS",
        required=True,
        help="the team workspace: a PostgreSQL connection string (postgresql://…, service=NAME)",
    )


def _location(args: argparse.Namespace) -> str:
    given = str(args.workspace)
    if not is_database(given):
        raise PolicyStudioError(
            f"{given}: roles exist only on a PostgreSQL team workspace; a workspace file has "
            "a single user"
        )
    return given


def run_setup(args: argparse.Namespace) -> int:
    setup_team(_location(args))
    print(
        "team roles ready: pstudio_author, pstudio_translator (pstudio_translator_LANG per "
        "language), pstudio_approver, pstudio_admin; the server now writes the audit trail"
    )
    return 0


def run_add_user(args: argparse.Namespace) -> int:
    print(add_person(_location(args), args.name, args.role, langs=tuple(args.lang)))
    return 0


def run_people(args: argparse.Namespace) -> int:
    found = people(_location(args))
    if not found:
        print("nobody has a role yet: add people with `policy-studio team add-user`")
    for name, roles in found:
        print(f"{name}\t{', '.join(roles)}")
    return 0
