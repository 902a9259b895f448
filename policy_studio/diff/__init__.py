"""Comparing two versions of a policy: a Redline value (pure data) for views and writers."""

from .compare import compare, document_lines
from .redline import BlockDiff, Change, FieldChange, Redline, RowDiff, SectionDiff, Summary
from .words import Op, Segment, diff_words

__all__ = [
    "BlockDiff",
    "Change",
    "FieldChange",
    "Op",
    "Redline",
    "RowDiff",
    "SectionDiff",
    "Segment",
    "Summary",
    "compare",
    "diff_words",
    "document_lines",
]
