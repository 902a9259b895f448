"""Regulations as data: what each law requires a privacy policy to say.

One TOML file per law (resources/regulations/*.toml, and a user's own folder). Each requirement
names its article, a plain-language description per language, the clause tags that satisfy it
(a library topic such as ``retention`` or an article tag such as ``gdpr:13(2)(a)``) and keywords
per language that find it in text that carries no tags. A file is validated when it is loaded;
a mistake is reported with the file's name and the line it is on, and the file is not used.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..model import PolicyStudioError
from ..text.search_normalize import fold

USER_FOLDER_ENV = "POLICY_STUDIO_REGULATIONS"
"""A folder of the user's own regulation files; one with the same key replaces the shipped one."""

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class RegulationError(PolicyStudioError):
    """A regulation file that cannot be used, with its name and the line of the mistake."""


@dataclass(frozen=True, slots=True)
class Part:
    """One item of a requirement that lists several (the rights of Art. 13(2)(b), say)."""

    id: str
    name: dict[str, str]
    satisfied_by: tuple[str, ...]
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        return self.name.get(lang) or self.name.get("en") or self.id


@dataclass(frozen=True, slots=True)
class Requirement:
    """Something a policy under the law must say."""

    id: str
    article: str
    description: dict[str, str]
    satisfied_by: tuple[str, ...]
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    parts: tuple[Part, ...] = ()
    applies_when: str | None = None
    """A questionnaire answer (``transfers-abroad``, ``children``…) without which the requirement
    does not apply; None when it always applies."""

    def text(self, lang: str) -> str:
        return self.description.get(lang) or self.description.get("en", "")

    def fingerprint(self) -> tuple[object, ...]:
        """What counts as the requirement's content when deciding whether a law changed it."""
        return (
            self.article,
            tuple(sorted(self.description.items())),
            self.satisfied_by,
            tuple((p.id, p.satisfied_by) for p in self.parts),
            self.applies_when,
        )


@dataclass(frozen=True, slots=True)
class Regulation:
    key: str
    name: dict[str, str]
    version: str
    date: str
    status: str
    source: str
    requirements: tuple[Requirement, ...]
    path: Path

    def title(self, lang: str) -> str:
        return self.name.get(lang) or self.name.get("en") or self.key

    def requirement(self, requirement_id: str) -> Requirement | None:
        return next((r for r in self.requirements if r.id == requirement_id), None)

    @property
    def in_force(self) -> bool:
        return self.status.startswith("in force")


# -- loading ---------------------------------------------------------------------------------


def _line_of(text: str, needle: str) -> int:
    """The 1-based line where ``needle`` first appears (1 when it does not)."""
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1


class _Checker:
    """Reads one parsed file, raising RegulationError with the line of the first mistake."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text

    def fail(self, message: str, near: str = "") -> RegulationError:
        line = _line_of(self.text, near) if near else 1
        return RegulationError(f"{self.path.name}, line {line}: {message}")

    def string(self, data: dict[str, Any], key: str, where: str, near: str = "") -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where} needs '{key}' (a non-empty text)", near)
        return value.strip()

    def per_language(self, data: dict[str, Any], key: str, where: str, near: str) -> dict[str, str]:
        value = data.get(key)
        if not isinstance(value, dict) or not value:
            raise self.fail(f"{where} needs '{key}' with at least an English text", near)
        out = {}
        for lang, text in value.items():
            if not isinstance(text, str):
                raise self.fail(f"{where}: {key}.{lang} must be a text", near)
            out[str(lang)] = text.strip()
        if not out.get("en"):
            raise self.fail(f"{where}: {key}.en (English) is required", near)
        return out

    def tags(self, data: dict[str, Any], where: str, near: str) -> tuple[str, ...]:
        value = data.get("satisfied_by")
        if not isinstance(value, list) or not value or not all(isinstance(t, str) for t in value):
            raise self.fail(f"{where} needs 'satisfied_by', a list of clause tags", near)
        return tuple(t.strip() for t in value)

    def keywords(self, data: dict[str, Any], where: str, near: str) -> dict[str, tuple[str, ...]]:
        value = data.get("keywords", {})
        if not isinstance(value, dict):
            raise self.fail(f"{where}: 'keywords' must be a table of lists per language", near)
        out: dict[str, tuple[str, ...]] = {}
        for lang, words in value.items():
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise self.fail(f"{where}: keywords.{lang} must be a list of texts", near)
            out[str(lang)] = tuple(fold(w) for w in words if w.strip())
        return out


def parse_regulation(path: Path, text: str) -> Regulation:
    """A regulation from the text of its file; RegulationError names the file and line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        match = re.search(r"line (\d+)", str(exc))
        number = line or (int(match.group(1)) if match else 1)
        raise RegulationError(f"{path.name}, line {number}: not valid TOML ({exc})") from exc
    check = _Checker(path, text)
    key = check.string(data, "key", "the file", "key")
    if not KEY_PATTERN.match(key):
        raise check.fail(f"key {key!r} must be lower-case letters, digits and '-'", "key")
    name = check.per_language(data, "name", "the file", "[name]")
    version = check.string(data, "version", "the file", "version")
    date = check.string(data, "date", "the file", "date")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise check.fail(f"date {date!r} must be written YYYY-MM-DD", "date")
    status = check.string(data, "status", "the file", "status")
    source = check.string(data, "source", "the file", "source")
    raw = data.get("requirements")
    if not isinstance(raw, list) or not raw:
        raise check.fail("the file has no [[requirements]]")
    seen: set[str] = set()
    requirements = []
    for item in raw:
        req_id = item.get("id") if isinstance(item, dict) else None
        near = f'id = "{req_id}"' if isinstance(req_id, str) else "[[requirements]]"
        if not isinstance(req_id, str) or not req_id.strip():
            raise check.fail("a requirement has no 'id'", near)
        if req_id in seen:
            raise check.fail(f"requirement id {req_id!r} is used twice", near)
        seen.add(req_id)
        where = f"requirement {req_id!r}"
        parts = []
        for part in item.get("parts", []):
            part_id = part.get("id") if isinstance(part, dict) else None
            part_near = f'id = "{part_id}"' if isinstance(part_id, str) else near
            if not isinstance(part_id, str):
                raise check.fail(f"{where}: a part has no 'id'", near)
            part_where = f"{where}, part {part_id!r}"
            parts.append(
                Part(
                    id=part_id,
                    name=check.per_language(part, "name", part_where, part_near),
                    satisfied_by=check.tags(part, part_where, part_near),
                    keywords=check.keywords(part, part_where, part_near),
                )
            )
        applies = item.get("applies_when")
        if applies is not None and not isinstance(applies, str):
            raise check.fail(f"{where}: 'applies_when' must be a text", near)
        requirements.append(
            Requirement(
                id=req_id,
                article=check.string(item, "article", where, near),
                description=check.per_language(item, "description", where, near),
                satisfied_by=check.tags(item, where, near),
                keywords=check.keywords(item, where, near),
                parts=tuple(parts),
                applies_when=applies,
            )
        )
    return Regulation(key, name, version, date, status, source, tuple(requirements), path)


def load_regulation(path: Path) -> Regulation:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RegulationError(f"{path.name}: cannot be read ({exc})") from exc
    return parse_regulation(path, text)


def shipped_folder() -> Path:
    checkout = Path(__file__).resolve().parents[2] / "resources" / "regulations"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("policy_studio.resources").joinpath("regulations")))


def user_folder() -> Path | None:
    given = os.environ.get(USER_FOLDER_ENV)
    return Path(given) if given else None


@dataclass(slots=True)
class Loaded:
    """Every usable regulation by key, and the files that could not be used (with why)."""

    regulations: dict[str, Regulation] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def load_all(folders: list[Path] | None = None) -> Loaded:
    """The shipped regulations, then the user's folder (a same key there replaces ours)."""
    if folders is None:
        folders = [shipped_folder()]
        extra = user_folder()
        if extra is not None:
            folders.append(extra)
    loaded = Loaded()
    for folder in folders:
        if not folder.is_dir():
            loaded.problems.append(f"{folder}: not a folder of regulation files")
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                regulation = load_regulation(path)
            except RegulationError as exc:
                loaded.problems.append(str(exc))
                continue
            loaded.regulations[regulation.key] = regulation
    return loaded


def pick(loaded: Loaded, keys: list[str]) -> list[Regulation]:
    """The regulations named by ``keys``; an unknown key is an error listing the known ones."""
    unknown = [k for k in keys if k not in loaded.regulations]
    if unknown:
        known = ", ".join(sorted(loaded.regulations)) or "none"
        raise RegulationError(
            f"unknown regulation {', '.join(repr(k) for k in unknown)} (known: {known})"
        )
    return [loaded.regulations[k] for k in keys]


def changed_requirements(old: Regulation, new: Regulation) -> list[tuple[str, str]]:
    """(requirement id, "changed" | "added" | "removed") between two versions of one law."""
    out: list[tuple[str, str]] = []
    before = {r.id: r for r in old.requirements}
    after = {r.id: r for r in new.requirements}
    for req_id, req in after.items():
        if req_id not in before:
            out.append((req_id, "added"))
        elif before[req_id].fingerprint() != req.fingerprint():
            out.append((req_id, "changed"))
    out.extend((req_id, "removed") for req_id in before if req_id not in after)
    return out
