"""Custom document properties (docProps/custom.xml): text values kept with a DOCX package.

Our exports keep there what a bookmark's name cannot hold: the name of a variable too long for
Word's 40-character bookmark names (oxml/body.py ``BodyBuilder.long_names``). Word and
LibreOffice both keep custom properties when they save the file again (a LibreOffice round trip
drops ``w:docVars``, so those were not used); Word hides those whose name starts with "_".
"""

from __future__ import annotations

from collections.abc import Mapping

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.package import Package
from lxml import etree

NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
"""The format id every user-defined property carries."""
VALUE_LIMIT = 255
"""Word keeps at most 255 characters of a text property: a longer value is cut into parts
named ``NAME``, ``NAME.2``, ``NAME.3``… (io/readers/docx.py joins them again)."""


def set_text_properties(package: Package, values: Mapping[str, str], prefix: str) -> None:
    """Write ``values`` (name → text) as the package's custom properties; properties already
    there (a reference document's) are kept, except those whose name starts with ``prefix``."""
    found = next(
        ((rid, rel) for rid, rel in package.rels.items() if rel.reltype == RT.CUSTOM_PROPERTIES),
        None,
    )
    root: etree._Element | None = None
    if found is not None:
        try:
            root = etree.fromstring(
                found[1].target_part.blob,
                etree.XMLParser(resolve_entities=False, no_network=True),
            )
        except etree.XMLSyntaxError:
            root = None
        del package.rels[found[0]]
    if root is None or root.tag != f"{{{NS}}}Properties":
        root = etree.Element(f"{{{NS}}}Properties", nsmap={None: NS, "vt": VT})
    for old in [p for p in root if p.get("name", "").startswith(prefix)]:
        root.remove(old)
    pids = [int(p.get("pid", "1")) for p in root if p.get("pid", "").isdigit()]
    pid = max([1, *pids])
    for name, value in values.items():
        for index, start in enumerate(range(0, max(len(value), 1), VALUE_LIMIT)):
            pid += 1
            prop = etree.SubElement(
                root,
                f"{{{NS}}}property",
                {
                    "fmtid": FMTID,
                    "pid": str(pid),
                    "name": name if not index else f"{name}.{index + 1}",
                },
            )
            etree.SubElement(prop, f"{{{VT}}}lpwstr").text = value[start : start + VALUE_LIMIT]
    if not len(root):
        return
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)
