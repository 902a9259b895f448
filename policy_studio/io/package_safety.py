"""Guards for a zip package (DOCX) and its XML parts, shared by readers and writers.

The DOCX reader and the ``--reference-doc`` of the DOCX export read packages users hand us:
member count, declared sizes and compression ratios are checked before inflating anything,
every member is read no further than its declared size, and XML parts are parsed with DTDs,
entities and network access off. Each refusal is an :class:`ImportFileError` naming the file.
"""

from __future__ import annotations

import zipfile
import zlib
from typing import TYPE_CHECKING

from ..model import PolicyStudioError

if TYPE_CHECKING:
    from lxml import etree

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest file we read. Real policies are a few hundred kilobytes even as DOCX with images."""
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
"""Largest total a DOCX may inflate to (a zip bomb stops here)."""
MAX_MEMBER_RATIO = 200
"""Largest compression ratio of one member over 1 MB; text XML compresses ~10:1."""
MAX_MEMBERS = 2000
MAX_XML_PART_BYTES = 40 * 1024 * 1024
"""Largest XML part parsed: lxml needs ~7 bytes of memory per byte of WordprocessingML, so
40 MB stays under the 500 MB an import may use (the longest policy we test with, 150,000
words in each of two languages, is a 4 MB document.xml)."""
MAX_TEXT_CHARS = 12_000_000
"""Most text one file may hold (about 2 million words, six times that longest policy): an
import and a compare of two such files each stay within 10 s and 500 MB (issue 18 item 11,
benchmarks/reader_limits_benchmark.py)."""
MAX_PARAGRAPHS = 30_000
"""Most paragraphs (headings, list items, table rows; non-empty lines of a text file) one file
may hold: almost four times the 8,000 of that longest two-language policy (at 40,000 a compare
took 9.4 s of CPU: too close to 10)."""
MAX_HTML_TAGS = 600_000
"""Most tags a web page may have before it is parsed (lxml needs ~400 bytes per element)."""

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""Compound-file header: an encrypted (password-protected) DOCX, or an old binary .doc."""


class ImportFileError(PolicyStudioError):
    """A file that cannot be imported; the message names the file and the problem."""


def check_text_size(name: str, chars: int, paragraphs: int) -> None:
    """Refuse a document over the text limits, with the reason and what to do."""
    if chars > MAX_TEXT_CHARS:
        raise ImportFileError(
            f"{name}: the document holds {chars / 1e6:.1f} million characters of text; the "
            f"import limit is {MAX_TEXT_CHARS // 1_000_000} million (about two million words): "
            "split it into parts"
        )
    if paragraphs > MAX_PARAGRAPHS:
        raise ImportFileError(
            f"{name}: the document has {paragraphs:,} paragraphs; the import limit is "
            f"{MAX_PARAGRAPHS:,}: split it into parts"
        )


def one_line(message: str) -> str:
    """A library's message on one line (libxml2 appends the offending line and a caret)."""
    lines = [line.strip() for line in str(message).splitlines() if line.strip()]
    return lines[0] if lines else "no details"


def open_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """A zip archive checked against bombs: member count, declared sizes and ratios."""
    import io

    if data.startswith(OLE_MAGIC):
        raise ImportFileError(
            f"{name}: the document is password-protected (encrypted) or an old binary .doc; "
            "remove the password or save it as .docx in Word, then import it again"
        )
    if not data.startswith(b"PK"):
        raise ImportFileError(f"{name}: not a DOCX file (it is not a zip package)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, NotImplementedError):
        raise ImportFileError(
            f"{name}: the file is damaged or truncated (not a complete zip package)"
        ) from None
    if len(members) > MAX_MEMBERS:
        raise ImportFileError(f"{name}: too many parts in the package ({len(members)})")
    total = sum(m.file_size for m in members)
    if total > MAX_UNZIPPED_BYTES:
        raise ImportFileError(
            f"{name}: the package would unpack to {total / 1048576:.0f} MB "
            f"(limit {MAX_UNZIPPED_BYTES // 1048576} MB); refusing a possible zip bomb"
        )
    for member in members:
        if member.file_size > 1048576 and member.file_size > MAX_MEMBER_RATIO * max(
            1, member.compress_size
        ):
            raise ImportFileError(
                f"{name}: part {member.filename} is compressed "
                f"{member.file_size // max(1, member.compress_size)}:1; "
                "refusing a possible zip bomb"
            )
    return archive


def read_member(archive: zipfile.ZipFile, member: str, name: str) -> bytes | None:
    """A member's bytes (None when absent), never inflating past its declared size."""
    try:
        info = archive.getinfo(member)
    except KeyError:
        return None
    if info.flag_bits & 0x1:
        raise ImportFileError(
            f"{name}: the package is encrypted; remove the password and try again"
        )
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,  # an unknown compression method or zip version
    ) as exc:
        raise ImportFileError(
            f"{name}: the file is damaged or truncated ({member}: {one_line(str(exc))})"
        ) from None
    if len(data) > info.file_size:
        raise ImportFileError(f"{name}: part {member} is larger than its header says; refusing it")
    return data


def parse_xml(data: bytes, name: str, part: str) -> etree._Element:
    """An XML part parsed with entities, DTDs and network access off.

    OOXML never needs a DOCTYPE, so one is refused outright: that stops both external entities
    (file or network reads) and entity expansion ("billion laughs") before the parser runs.
    """
    if len(data) > MAX_XML_PART_BYTES:
        raise ImportFileError(
            f"{name}: {part} is {len(data) / 1048576:.0f} MB of XML; the limit is "
            f"{MAX_XML_PART_BYTES // 1048576} MB (far more than any policy needs)"
        )
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ImportFileError(
            f"{name}: {part} declares a DOCTYPE or entities, which documents never need; "
            "refusing it as unsafe"
        )
    from lxml import etree  # here: text imports and `compare` of Markdown never parse XML

    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ImportFileError(
            f"{name}: {part} is not well-formed XML ({one_line(exc.msg)})"
        ) from None
