"""Drag-and-drop payloads shared by the library list and the outline (MIME types and encoding)."""

from __future__ import annotations

CLAUSE_MIME = "application/x-policy-studio-clause"
"""A library clause being dragged: ``key`` or ``key:variant`` in UTF-8."""
SECTION_MIME = "application/x-policy-studio-section"
"""A section of the open policy being dragged: its id in UTF-8."""


def clause_payload(key: str, variant: str | None) -> bytes:
    return (f"{key}:{variant}" if variant else key).encode("utf-8")


def parse_clause_payload(data: bytes) -> tuple[str, str | None]:
    key, _, variant = bytes(data).decode("utf-8").partition(":")
    return key, variant or None
