"""Reading exchange files (TMX, TBX) without trusting them.

A memory or a termbase comes from another tool or another organisation. Before translate-toolkit
(or our own code) parses it, the file is checked here: not too large, well-formed, no internal
DTD subset (entity declarations are how "billion laughs" and external-entity attacks work), no
entity expansion, no network. A plain external DOCTYPE line (``<!DOCTYPE tmx SYSTEM
"tmx14.dtd">``, which Trados and translate-toolkit write) is accepted and never loaded.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..model import PolicyStudioError


class ExchangeError(PolicyStudioError):
    """A TMX, TBX or CSV file that cannot be read or written; the message names the file."""


def safe_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True
    )


def read_checked(path: Path, *, kind: str, max_bytes: int) -> tuple[bytes, etree._ElementTree]:
    """The file's bytes and its parsed tree, or an ExchangeError saying what is wrong."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExchangeError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if path.is_dir():
        raise ExchangeError(f"{path}: is a folder, not a {kind} file")
    if size > max_bytes:
        raise ExchangeError(
            f"{path}: refused: {size // (1024 * 1024)} MiB is more than a {kind} file may be "
            f"({max_bytes // (1024 * 1024)} MiB)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if b"<!ENTITY" in data:
        raise ExchangeError(
            f"{path}: refused: the file declares XML entities ({kind} needs none; "
            "such declarations can be used to attack the reader)"
        )
    try:
        tree = etree.fromstring(data, safe_parser()).getroottree()
    except etree.XMLSyntaxError as exc:
        raise ExchangeError(f"{path}: not well-formed XML ({exc})") from exc
    dtd = tree.docinfo.internalDTD
    if dtd is not None and (list(dtd.entities()) or list(dtd.elements())):
        raise ExchangeError(
            f"{path}: refused: the file carries its own DTD ({kind} needs none; it may be hostile)"
        )
    return data, tree


def local_name(el: etree._Element) -> str:
    tag = el.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def base_language(tag: str) -> str:
    """Our language code for a tag from a file: "en-US" → "en", "AR_sa" → "ar".

    Policies use primary language codes; memories from CAT tools use regional tags.
    """
    return tag.replace("_", "-").split("-")[0].strip().lower()
