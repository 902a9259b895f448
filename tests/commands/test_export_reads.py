"""What the export command reads (issue 14): a writer of the laid-out document gets an excerpt
of the policy in the export's languages; any other (XLIFF) gets the whole policy."""

from __future__ import annotations

import pytest

from policy_studio.cli import main
from policy_studio.io import registry
from policy_studio.storage import Workspace
from tests.conftest import make_policy


@pytest.fixture
def saved(workspace: Workspace):
    policy = make_policy()
    workspace.save_policy(policy)
    path = str(workspace.path)
    workspace.close()
    return policy, path


def _export(capsys, *args: str) -> str:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return err


def test_an_xliff_export_without_languages_carries_the_target_text(saved, tmp_path, capsys):
    # The XLIFF's target is the first target language, whatever --lang said: its text must be
    # read, although the export's own languages are only the source.
    policy, ws = saved
    out = tmp_path / "notice.xlf"
    _export(capsys, "Privacy notice", "-w", ws, "-o", str(out))
    xliff = out.read_text(encoding="utf-8")
    assert 'target-language="ar"' in xliff
    for section in policy.sections:
        for block in section.blocks:
            if block.table is None and block.text.get("ar"):
                assert block.text["ar"].split()[0] in xliff


def test_only_writers_of_the_layout_read_an_excerpt(saved, tmp_path, capsys, monkeypatch):
    _, ws = saved
    read: list[tuple[str, frozenset[str] | None]] = []
    excerpt, whole = Workspace.policy_excerpt, Workspace.policy

    def spy_excerpt(self, policy_id, languages):
        read.append(("excerpt", frozenset(languages)))
        return excerpt(self, policy_id, languages)

    def spy_whole(self, policy_id):
        read.append(("whole", None))
        return whole(self, policy_id)

    monkeypatch.setattr(Workspace, "policy_excerpt", spy_excerpt)
    monkeypatch.setattr(Workspace, "policy", spy_whole)
    for entry in registry.export_formats():
        read.clear()
        out = tmp_path / f"notice{entry.suffixes[0]}"
        _export(capsys, "Privacy notice", "-w", ws, "--lang", "ar", "-o", str(out))
        expected = ("excerpt", frozenset({"en", "ar"})) if entry.lays_out else ("whole", None)
        assert read == [expected], entry.name
    assert {e.name for e in registry.export_formats() if e.lays_out} == {"docx", "html", "pdf"}


def test_the_full_check_of_an_approved_text_reads_the_whole_policy(
    saved, tmp_path, capsys, monkeypatch
):
    # The text reads as its approved version, so only the full check (every language's QA
    # findings) can tell whether it is ready: it gets the whole policy, not the excerpt.
    _, ws = saved
    assert main(["version", "Privacy notice", "--label", "1.0", "-w", ws]) == 0
    assert main(["approve", "Privacy notice", "--version", "1", "--force", "-w", ws]) == 0
    capsys.readouterr()
    checked = []
    from policy_studio.app import signoff

    readiness_of = signoff.readiness_of

    def spy(workspace, policy, *args, **kwargs):
        checked.append(type(policy).__name__)
        return readiness_of(workspace, policy, *args, **kwargs)

    monkeypatch.setattr(signoff, "readiness_of", spy)
    _export(capsys, "Privacy notice", "-w", ws, "--lang", "en", "-o", str(tmp_path / "n.html"))
    assert checked == ["Policy"]
