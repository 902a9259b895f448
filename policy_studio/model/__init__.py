"""The document model: plain dataclasses with no dependency outside the standard library."""

from .block import (
    STATUS_ORDER,
    Block,
    BlockKind,
    Status,
    Table,
    TranslationState,
    fingerprint,
    make_table,
    new_id,
    normalize_text,
)
from .clause import Clause, ClauseStatus, ClauseVariant
from .errors import PolicyStudioError, SchemaError
from .glossary import GlossaryEntry
from .language import KNOWN_LANGUAGES, Direction, Language, language
from .policy import BUILTIN_VARIABLES, META_KEYS, Policy
from .review import Proposal, ProposalKind, ReviewNote
from .section import ClauseRef, Section
from .serialize import SCHEMA_VERSION
from .variable import Variable
from .version import Version

__all__ = [
    "BUILTIN_VARIABLES",
    "KNOWN_LANGUAGES",
    "META_KEYS",
    "SCHEMA_VERSION",
    "STATUS_ORDER",
    "Block",
    "BlockKind",
    "Clause",
    "ClauseRef",
    "ClauseStatus",
    "ClauseVariant",
    "Direction",
    "GlossaryEntry",
    "Language",
    "Policy",
    "PolicyStudioError",
    "Proposal",
    "ProposalKind",
    "ReviewNote",
    "SchemaError",
    "Section",
    "Status",
    "Table",
    "TranslationState",
    "Variable",
    "Version",
    "fingerprint",
    "language",
    "make_table",
    "new_id",
    "normalize_text",
]
