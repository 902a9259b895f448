"""A user's --template sees plain data only, within limits (issue 18 item 6): the escapes tried.

Each case is a template an attacker (or a careless colleague) could hand a user. Every one
must end in a clear error naming the template — never a file read, a listing, a write, a
gigabyte of memory, a hang or an internal error.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from policy_studio.io.resources import resource_path
from policy_studio.io.template_sandbox import MAX_SECONDS
from policy_studio.io.writers.html import render_html
from policy_studio.layout.options import ExportOptions
from policy_studio.model import Policy, PolicyStudioError

SECRET = "the-secret-in-the-home-folder"

ESCAPES = {
    # Reading, listing, writing and deleting through the objects a template is given.
    "read the template path": "{{ doc.options.template.read_text() }}",
    "read beside the template": (
        "{{ doc.options.template.parent.joinpath('secret.txt').read_text() }}"
    ),
    "list the folder": "{{ doc.options.template.parent.iterdir()|list }}",
    "write a file": "{{ doc.options.template.with_name('planted.txt').write_text('x') }}",
    "delete a file": "{{ doc.options.template.with_name('secret.txt').unlink() }}",
    "reference doc path": "{{ doc.options.reference_doc.read_bytes() }}",
    "open via a helper's globals": (
        "{{ inline.__globals__['__builtins__']['open']('secret.txt').read() }}"
    ),
    "class hierarchy": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "dict class": "{{ doc.__class__.__init__.__globals__ }}",
    "cycler globals": "{{ cycler.__init__.__globals__.os.listdir('.') }}",
    "lipsum globals": "{{ lipsum.__globals__['os'].getcwd() }}",
    "joiner globals": "{{ joiner.__init__.__globals__ }}",
    "self reference": "{{ self._TemplateReference__context.environment.loader.searchpath }}",
    "include outside the folder": "{% include '../secret.txt' %}",
    "include absolute": "{% include '/etc/hostname' %}",
    "zip internals": "{{ zip.__self__.open }}",
    # Resource exhaustion.
    "300 MB string": "{{ 'a' * 300000000 }}",
    "list repetition": "{{ ([1] * 300000000)|length }}",
    "huge range": "{% for i in range(10**9) %}{% endfor %}",
    "huge power": "{{ ((10 ** 64) ** 64) ** 64 ** 64 }}",
    "nested loops": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    ),
    "loops over a long string": (
        "{% set s = 'a' * 100000 %}{% for x in s %}{% for y in s %}{% endfor %}{% endfor %}"
    ),
    "namespace doubling": (
        "{% set ns = namespace(x='a') %}{% for i in range(40) %}{% set ns.x = ns.x ~ ns.x %}"
        "{% endfor %}{{ ns.x|length }}"
    ),
    "macro doubling": "{% macro f(s) %}{{ f(s ~ s) }}{% endmacro %}{{ f('a') }}",
    "center filter": "{{ 'a'|center(300000000) }}",
    "indent filter": "{{ 'a\\nb'|indent(300000000) }}",
    "str.ljust": "{{ 'a'.ljust(300000000) }}",
    "format width": "{{ '{:>300000000}'.format('a') }}",
    "percent width": "{{ '%300000000s' % 'a' }}",
    "format filter width": "{{ '%300000000s'|format('a') }}",
    "huge output": "{% set b = 'a' * 1000000 %}{% for i in range(100) %}{{ b }}{% endfor %}",
    "wordwrap width": "{{ 'a b'|wordwrap(300000000) }}",
    "batch filter": "{{ range(100000)|batch(300000000)|list }}",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name", list(ESCAPES))
def test_an_escape_is_refused_with_a_clear_error(
    export_policy: Policy, folder: Path, name: str
) -> None:
    template = folder / "mine.html"
    template.write_text(ESCAPES[name], encoding="utf-8")
    options = ExportOptions(["en"], template=template, reference_doc=folder / "secret.txt")
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(PolicyStudioError) as caught:
            render_html(export_policy, options)
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    message = str(caught.value)
    assert message.startswith(str(template)), message
    assert SECRET not in message
    assert "internal error" not in message
    # Not a timing test: the sandbox's own clock stops a rendering after MAX_SECONDS; this only
    # catches a hang past it (loaded CI machines run the 2,000,000 iterations slowly).
    assert elapsed < MAX_SECONDS * 1.5, f"{name} took {elapsed:.1f} s"
    assert peak < 100_000_000, f"{name} used {peak / 1e6:.0f} MB"
    assert (folder / "secret.txt").read_text(encoding="utf-8") == SECRET
    assert not (folder / "planted.txt").exists()


def test_the_default_template_runs_unchanged_as_a_user_template(
    export_policy: Policy, tmp_path: Path
) -> None:
    """Everything the default template uses is in the plain data a user template gets."""
    own = tmp_path / "policy.html.j2"
    own.write_text(
        resource_path("templates/policy.html.j2").read_text(encoding="utf-8"), encoding="utf-8"
    )
    for langs, layout in ((["en"], None), (["en", "ar"], "columns"), (["ar", "en"], "sequential")):
        from policy_studio.layout.options import Layout

        kind = Layout(layout) if layout else Layout.SINGLE
        ours, _ = render_html(export_policy, ExportOptions(langs, layout=kind))
        theirs, _ = render_html(export_policy, ExportOptions(langs, layout=kind, template=own))
        assert theirs == ours


def test_a_user_template_gets_plain_values(export_policy: Policy, tmp_path: Path) -> None:
    template = tmp_path / "mine.html"
    template.write_text(
        "{{ doc.options.template is defined }}|{{ doc.options.toc }}|{{ parts[0].lang.code }}|"
        "{{ parts[0].sections|length }}|{{ doc.options.layout }}",
        encoding="utf-8",
    )
    html, _ = render_html(export_policy, ExportOptions(["en"], template=template))
    assert html == "False|True|en|2|single"


def test_a_redline_user_template_gets_the_same_data_and_limits(tmp_path: Path, policy_pair) -> None:
    from policy_studio.diff import compare
    from policy_studio.io import registry

    old, new = policy_pair
    redline = compare(old, new, old_label="1.0", new_label="2.0")
    own = tmp_path / "redline.html.j2"
    own.write_text(
        resource_path("templates/redline.html.j2").read_text(encoding="utf-8"), encoding="utf-8"
    )
    write = registry.writer("redline-html")
    assert write(redline, title="Club", template=own) == write(redline, title="Club")
    own.write_text("{{ s.__class__ }}{{ 'a' * 300000000 }}", encoding="utf-8")
    with pytest.raises(PolicyStudioError, match="redline.html.j2"):
        write(redline, template=own)
