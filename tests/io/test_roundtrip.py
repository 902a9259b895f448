"""Our own exports come back (issue 12): the policy's blocks and languages, exactly.

Recognised from the export's stable markers (classes), not from guesses: the two-column
table's rows are the pairs, a placeholder "[name]" is the variable {{name}} again, a
"[not translated]" marker is no text, the contents list is left out.
"""

from __future__ import annotations

import pytest

from policy_studio.io import registry
from policy_studio.io.import_flow import read_any
from policy_studio.layout.options import ExportOptions, Layout


def _shape(policy, languages):  # type: ignore[no-untyped-def]
    return [
        (
            {lang: section.title(lang) for lang in languages},
            [
                (block.kind.value, {lang: block.get(lang) for lang in languages})
                for block in section.blocks
            ],
        )
        for section in policy.sections
    ]


@pytest.mark.parametrize("layout", [Layout.COLUMNS, Layout.SEQUENTIAL])
def test_an_html_export_of_two_languages_imports_back_to_the_same_blocks(
    tmp_path, rights_policy, layout
):
    out = tmp_path / f"rights_{layout.value}.html"
    registry.writer("html")(
        rights_policy, out, ExportOptions(languages=["en", "ar"], layout=layout)
    )
    result = read_any(out)
    assert result.policy.languages == ["en", "ar"]
    assert result.policy.title.get("en") == rights_policy.title["en"]
    assert _shape(result.policy, ["en", "ar"]) == _shape(rights_policy, ["en", "ar"])
    # The contents list is navigation, not a section.
    assert all(s.title("en") != "Contents" for s in result.policy.sections)
    assert any(d.text.startswith("Contents") for d in result.report.dropped)
