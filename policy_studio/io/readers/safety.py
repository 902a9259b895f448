"""Guards every reader goes through before trusting a file: size, encoding, zip and XML limits.

Hostile or broken input must end in a PolicyStudioError that names the file — never a traceback,
never a hung process, never a half-written policy. The limits are checked before the work they
protect: the file size before reading it, every zip member's declared size before inflating it
(and the inflated bytes again while reading, in case the header lies), DOCTYPEs before parsing.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from ..package_safety import (  # noqa: F401 - the readers' names for the package guards
    MAX_FILE_BYTES,
    MAX_MEMBER_RATIO,
    MAX_MEMBERS,
    MAX_UNZIPPED_BYTES,
    OLE_MAGIC,
    ImportFileError,
    check_text_size,
    open_zip,
    parse_xml,
    read_member,
)


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
    return _utf16_by_high_bytes(sample)


def _utf16_by_high_bytes(sample: bytes) -> str | None:
    """UTF-16 of a non-Latin script has few NULs: Arabic is 0x06 in every high byte.

    The high bytes of UTF-16 text come from a handful of Unicode blocks (the script, 0x00 for
    spaces and digits, 0x20 for punctuation), while the low bytes vary; the sample must also
    decode to printable text. UTF-8 and single-byte text never show that pattern.
    """
    if len(sample) < 16:
        return None
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        counts = sorted((high.count(b) for b in set(high)), reverse=True)
        if len(counts) > 6 or sum(counts[:3]) < 0.9 * len(high):
            continue
        if max(set(high), key=high.count) >= 0x20:
            # A script block (0x06 Arabic, 0x09 Bengali) is the commonest high byte; a
            # repetitive ASCII page ("<b>x</b>" again and again) has a printable one.
            continue
        text = sample[: len(sample) // 2 * 2].decode(encoding, errors="replace")
        printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
        if printable > 0.97 * len(text) and "\ufffd" not in text[:-1]:
            return encoding
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
    label = None
    if encoding is None:
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            label = _mostly_utf8(data)
            encoding = "utf-8" if label else _guess(data, name)
    try:
        text = data.decode(encoding, errors="replace" if label else "strict")
    except (UnicodeDecodeError, LookupError):
        raise ImportFileError(f"{name}: the text is not valid {encoding}") from None
    if "\x00" in text or _looks_binary(text):
        raise ImportFileError(f"{name}: this is not a text file (it contains binary data)")
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text), label or encoding


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few invalid bytes (a damaged download, a bad paste): keep it as UTF-8.

    One stray byte must not turn a whole Arabic or Bengali file into a code-page guess (or a
    refusal). When valid multi-byte characters outnumber the invalid bytes 20 to 1 (and there
    are at most 100 of those), it is decoded with U+FFFD in their place, and the encoding
    the import reports says how many were replaced and on which line the first one is.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if bad == 0 or bad > 100 or multibyte < 20 * bad:
        return None
    line = text[: text.index("\ufffd")].count("\n") + 1
    noun = "byte" if bad == 1 else "bytes"
    return f"utf-8 ({bad} invalid {noun} replaced with U+FFFD, first on line {line})"


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


def check_text_file(text: str, name: str) -> None:
    """A text or Markdown file over the text limits is refused before any structure is read
    (characters first, which costs nothing, then non-empty lines)."""
    check_text_size(name, len(text), 0)
    check_text_size(name, 0, sum(1 for line in text.split("\n") if line.strip()))
