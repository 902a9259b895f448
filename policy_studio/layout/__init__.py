"""The laid-out document every renderer draws: DOCX, HTML, PDF and the app's preview.

No Qt and no file formats here: ``build`` turns a policy and ``ExportOptions`` into parts,
sections and blocks whose numbers, markers, directions and languages are final.
"""

from ..text.markup import fast_runs
from .flow import (
    BULLETS,
    LRM,
    Block,
    Cell,
    ExportDocument,
    FlowSection,
    Item,
    Part,
    Table,
    TitleBlock,
    anchor_numbers,
    build,
    directed,
    format_date,
    latin_pieces,
    lay_out_language,
    safe_link,
)
from .labels import labels
from .options import ExportOptions, Layout, Signer, parse_signoff

__all__ = [
    "BULLETS",
    "Block",
    "Cell",
    "ExportDocument",
    "ExportOptions",
    "FlowSection",
    "Item",
    "Layout",
    "Part",
    "Signer",
    "Table",
    "TitleBlock",
    "LRM",
    "anchor_numbers",
    "build",
    "directed",
    "fast_runs",
    "format_date",
    "labels",
    "latin_pieces",
    "lay_out_language",
    "parse_signoff",
    "safe_link",
]
