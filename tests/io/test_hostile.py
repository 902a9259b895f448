"""Hostile and broken files: a clear error naming the file, and nothing written."""

# ruff: noqa: E501 - XML and HTML fixtures stay one element per line

from __future__ import annotations

import io
import os
import zipfile

import pytest

from policy_studio.io import registry
from policy_studio.io.readers import safety
from policy_studio.io.readers.safety import ImportFileError
from policy_studio.model import PolicyStudioError


def read(path):
    return registry.reader_for_path(path).load()(path)


@pytest.mark.parametrize(
    "garbage", [bytes(range(256)) * 40, os.urandom(20000), b"\x89PNG\r\n\x1a\n" + os.urandom(500)]
)
def test_binary_garbage_named_txt(tmp_path, garbage):
    path = tmp_path / "policy.txt"
    path.write_bytes(garbage)
    with pytest.raises(ImportFileError, match=r"policy\.txt: this is not a text file"):
        read(path)


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no need to write 50 MB
        handle.truncate(safety.MAX_FILE_BYTES + 1)

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(type(path), "open", no_reading)
    with pytest.raises(
        ImportFileError, match=r"huge\.txt: the file is 50\.0 MB; the import limit is 50 MB"
    ):
        read(path)


def test_a_missing_file(tmp_path):
    with pytest.raises(PolicyStudioError, match=r"nothing\.txt: no such file"):
        read(tmp_path / "nothing.txt")


def test_an_unknown_suffix(tmp_path):
    path = tmp_path / "policy.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(PolicyStudioError, match=r"policy\.pdf: no reader for \.pdf"):
        read(path)


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zip_bomb_is_refused_from_the_declared_sizes():
    bomb = _zip({"word/document.xml": b"\0" * (safety.MAX_UNZIPPED_BYTES + 1)})
    with pytest.raises(
        ImportFileError, match=r"bomb\.docx: the package would unpack to .*zip bomb"
    ):
        safety.open_zip(bomb, "bomb.docx")


def test_a_highly_compressed_member_is_refused():
    bomb = _zip({"word/document.xml": b"a" * (8 * 1024 * 1024)})
    with pytest.raises(ImportFileError, match=r"compressed .*:1; refusing a possible zip bomb"):
        safety.open_zip(bomb, "bomb.docx")


def test_a_member_larger_than_its_header_says_is_refused():
    data = bytearray(_zip({"word/document.xml": b"<w:document/>" * 100}, zipfile.ZIP_STORED))
    # Lie in the central directory: declare 10 bytes where 1,300 are stored.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    archive = safety.open_zip(bytes(data), "liar.docx")
    with pytest.raises(ImportFileError, match=r"liar\.docx: "):
        safety.read_member(archive, "word/document.xml", "liar.docx")


def test_truncated_zip(tmp_path):
    whole = _zip({"word/document.xml": os.urandom(4000)})
    with pytest.raises(ImportFileError, match=r"cut\.docx: the file is damaged or truncated"):
        safety.open_zip(whole[: len(whole) // 2], "cut.docx")


def test_password_protected_docx_is_an_ole_file():
    encrypted = safety.OLE_MAGIC + b"\0" * 2000
    with pytest.raises(ImportFileError, match=r"secret\.docx: the document is password-protected"):
        safety.open_zip(encrypted, "secret.docx")


@pytest.mark.parametrize(
    "xml",
    [
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>',
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><d>&b;</d>',
    ],
)
def test_xml_with_entities_is_refused(xml):
    with pytest.raises(ImportFileError, match=r"x\.docx: word/document\.xml declares a DOCTYPE"):
        safety.parse_xml(xml, "x.docx", "word/document.xml")


def test_malformed_xml_names_the_part():
    with pytest.raises(ImportFileError, match=r"x\.docx: word/document\.xml is not well-formed"):
        safety.parse_xml(b"<w:document><unclosed>", "x.docx", "word/document.xml")


@pytest.mark.parametrize("content", [b"", b"\n\n   \n", b"Skip to main content\n|\n"])
def test_a_file_with_nothing_to_import(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(PolicyStudioError, match=r"blank\.txt: no text found to import"):
        read(path)
