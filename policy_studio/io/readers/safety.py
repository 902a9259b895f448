"""Guards every reader goes through before trusting a file: size, encoding, zip and XML limits.

Hostile or broken input must end in a PolicyStudioError that names the file — never a traceback,
never a hung process, never a half-written policy. The limits are checked before the work they
protect: the file size before reading it, every zip member's declared size before inflating it
(and the inflated bytes again while reading, in case the header lies), DOCTYPEs before parsing.
"""

from __future__ import annotations

import codecs
import unicodedata
import zipfile
from pathlib import Path

from lxml import etree

from ...model import PolicyStudioError

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest file we read. Real policies are a few hundred kilobytes even as DOCX with images."""
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
"""Largest total a DOCX may inflate to (a zip bomb stops here)."""
MAX_MEMBER_RATIO = 200
"""Largest compression ratio of one member over 1 MB; text XML compresses ~10:1."""
MAX_MEMBERS = 2000

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""Compound-file header: an encrypted (password-protected) DOCX, or an old binary .doc."""


class ImportFileError(PolicyStudioError):
    """A file that cannot be imported; the message names the file and the problem."""


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing a missing file or one over ``limit`` before reading it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportFileError(f"{path}: no such file") from None
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if path.is_dir():
        raise ImportFileError(f"{path}: is a folder, not a file")
    if size > limit:
        raise ImportFileError(
            f"{path}: the file is {size / 1048576:.1f} MB; the import limit is "
            f"{limit / 1048576:.0f} MB"
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise ImportFileError(f"{path}: the file grew past the {limit // 1048576} MB import limit")
    return data


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_CANONICAL = {"windows-1256": "cp1256", "windows-1252": "cp1252", "ascii": "utf-8"}


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text that lost its BOM shows NUL in every other byte of ASCII characters."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


_CONTROL_BYTES = frozenset(range(0, 32)) - {9, 10, 12, 13}


def _binary_bytes(data: bytes) -> bool:
    """Control bytes (other than tab and line breaks) never occur in text of any code page."""
    sample = data[:65536]
    return sum(1 for b in sample if b in _CONTROL_BYTES) > max(2, len(sample) // 200)


def _looks_binary(text: str) -> bool:
    controls = sum(
        1
        for ch in text[:20000]
        if unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs") and ch not in "\n\r\t\f"
    )
    return controls > max(3, len(text[:20000]) // 100)


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding): BOMs first, then strict UTF-8, then charset-normalizer's best guess.

    The text comes back NFC-normalised with line breaks unified and stray BOMs removed (files
    pasted together keep a BOM in the middle).
    """
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    encoding = encoding or _utf16_without_bom(data)
    if encoding is None and _binary_bytes(data):
        raise ImportFileError(f"{name}: this is not a text file (it contains binary data)")
    if encoding is None:
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = _guess(data, name)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise ImportFileError(f"{name}: the text is not valid {encoding}") from None
    if "\x00" in text or _looks_binary(text):
        raise ImportFileError(f"{name}: this is not a text file (it contains binary data)")
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text), encoding


def _guess(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ImportFileError(
            f"{name}: cannot tell the text encoding (not UTF-8, UTF-16, Windows-1256 or "
            "Windows-1252); save it as UTF-8 and try again"
        )
    encoding = best.encoding.lower().replace("_", "-")
    encoding = _CANONICAL.get(encoding, encoding)
    # Single-byte guesses between close code pages: prefer the two our users write in. An
    # Arabic file decodes with Arabic letters in cp1256; anything else Latin is cp1252.
    if encoding.startswith("cp") or encoding.startswith("iso8859") or encoding.startswith("mac"):
        arabic = _arabic_share(data, "cp1256")
        encoding = "cp1256" if arabic > 0.3 else "cp1252"
    return encoding.replace("-", "_") if encoding.startswith("cp") else encoding


def _arabic_share(data: bytes, encoding: str) -> float:
    text = data.decode(encoding, errors="replace")
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff") / len(letters)


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
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
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
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise ImportFileError(
            f"{name}: the file is damaged or truncated ({member}: {exc})"
        ) from None
    if len(data) > info.file_size:
        raise ImportFileError(f"{name}: part {member} is larger than its header says; refusing it")
    return data


def parse_xml(data: bytes, name: str, part: str) -> etree._Element:
    """An XML part parsed with entities, DTDs and network access off.

    OOXML never needs a DOCTYPE, so one is refused outright: that stops both external entities
    (file or network reads) and entity expansion ("billion laughs") before the parser runs.
    """
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ImportFileError(
            f"{name}: {part} declares a DOCTYPE or entities, which documents never need; "
            "refusing it as unsafe"
        )
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
        raise ImportFileError(f"{name}: {part} is not well-formed XML ({exc.msg})") from None
