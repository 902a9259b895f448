"""The base package of a DOCX export: ours, with only the styles of a user's ``--reference-doc``.

python-docx used to open the user's reference document as the export's starting point, so
everything in it travelled into the export: an external ``attachedTemplate`` (a link Word
follows on opening), external image links, headers, custom XML — and a 633 KB file whose
styles.xml inflates to 600 MB took 1.26 GB before anything refused it. Now the export always
starts from our own reference.docx and takes exactly three parts from the user's file:
**styles, numbering and theme**. They are read through the same guards as an import
(io/package_safety.py: file size, member count, inflated size, compression ratio, no DTD), and
the finished package keeps no external relationship (docs/export.md, "Reference documents").
"""

from __future__ import annotations

import posixpath
from pathlib import Path

import docx
import docx.document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml as oxml_parse
from lxml import etree

from ...model import PolicyStudioError
from ..package_safety import MAX_FILE_BYTES, ImportFileError, open_zip, parse_xml, read_member
from ..resources import resource_path

_TAKEN = {"styles": RT.STYLES, "numbering": RT.NUMBERING, "theme": RT.THEME}
"""The parts a reference document contributes, by relationship type."""

_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def default_reference_doc() -> Path:
    return resource_path("reference.docx")


def base_document(reference: Path | None) -> docx.document.Document:
    """Our reference.docx with the styles, numbering and theme of ``reference`` (if given)."""
    base = default_reference_doc()
    document = docx.Document(str(base)) if base.exists() else docx.Document()
    if reference is not None:
        parts = _reference_parts(reference)
        if "styles" not in parts:
            raise PolicyStudioError(f"{reference}: the reference document has no styles part")
        _apply(document, parts)
    drop_external_relationships(document)
    _drop_styles_with_effects(document)
    return document


_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def _drop_styles_with_effects(document: docx.document.Document) -> None:
    """Word 2010's copy of the styles: once styles.xml is changed (our twins, a reference's
    styles) the copy disagrees with it, which Word may report as unreadable content; without
    the part, Word uses styles.xml and writes its own copy on the next save."""
    rels = document.part.rels
    for rel_id in [r_id for r_id, rel in rels.items() if rel.reltype == _STYLES_WITH_EFFECTS]:
        del rels[rel_id]


def _reference_parts(path: Path) -> dict[str, bytes]:
    """name → XML bytes of the parts taken from the reference, each checked like an import."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                f"{name}: the reference document is {size / 1048576:.1f} MB; "
                f"the limit is {MAX_FILE_BYTES // 1048576} MB"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise PolicyStudioError(f"{name}: cannot read the reference document ({exc})") from None
    try:
        archive = open_zip(data, name)
        main = _target(archive, "", RT.OFFICE_DOCUMENT, name)
        if main is None:
            raise ImportFileError(f"{name}: not a Word document (no main document part)")
        found: dict[str, bytes] = {}
        for key, rel_type in _TAKEN.items():
            member = _target(archive, main, rel_type, name)
            xml = read_member(archive, member, name) if member else None
            if xml is not None:
                root = parse_xml(xml, name, member or key)  # refuses DTDs; checks well-formed
                found[key] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
        return found
    except ImportFileError as exc:
        raise PolicyStudioError(f"{exc} (as a reference document)") from None


def _target(archive: object, source: str, rel_type: str, name: str) -> str | None:
    """The package member that ``source``'s relationship of ``rel_type`` points to (internal)."""
    folder, base = posixpath.split(source)
    rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
    data = read_member(archive, rels_name, name)  # type: ignore[arg-type]
    if data is None:
        return None
    for rel in parse_xml(data, name, rels_name).iter(f"{_REL_NS}Relationship"):
        if rel.get("Type") != rel_type or rel.get("TargetMode") == "External":
            continue
        target = str(rel.get("Target", ""))
        if target.startswith("/"):
            return target.lstrip("/")
        return posixpath.normpath(posixpath.join(folder, target))
    return None


def _apply(document: docx.document.Document, parts: dict[str, bytes]) -> None:
    main = document.part
    main._styles_part._element = oxml_parse(parts["styles"])
    if "numbering" in parts:
        main.numbering_part._element = oxml_parse(parts["numbering"])
    if "theme" in parts:
        try:
            theme = main.part_related_by(RT.THEME)
        except KeyError:
            return
        theme._blob = parts["theme"]


def drop_external_relationships(document: docx.document.Document) -> None:
    """Remove every relationship that points outside the package (templates, linked images)."""
    for part in document.part.package.iter_parts():
        for rel_id in [r_id for r_id, rel in part.rels.items() if rel.is_external]:
            del part.rels[rel_id]
    for rel_id in [r_id for r_id, rel in document.part.package.rels.items() if rel.is_external]:
        del document.part.package.rels[rel_id]


__all__ = ["base_document", "default_reference_doc", "drop_external_relationships"]
