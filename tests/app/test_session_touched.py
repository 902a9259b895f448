"""The session tells the store which blocks its edits changed, so an autosave on a large
policy serialises only those (issue 17: an edit's round trip within 50 ms) — and still saves
everything an edit changed, structure edits included."""

from __future__ import annotations

from policy_studio.app.session import Session
from policy_studio.ops.sections import move_section, rename_section
from policy_studio.ops.text_edits import set_block_text
from policy_studio.storage import Workspace
from tests.conftest import make_policy


def _blocks(policy):
    return [b for _, b in policy.iter_blocks()]


def test_the_session_saves_with_the_blocks_its_edits_named(qtbot, workspace, monkeypatch):
    workspace.save_policy(make_policy())
    session = Session(workspace, watch_ms=0)
    session.policy = workspace.policy(workspace.policies()[0].id)
    seen: list[object] = []
    writer = session._writer_store()  # the saving worker's connection
    real = writer.prepare_save

    def spy(policy, *, touched=None):
        seen.append(None if touched is None else set(touched))
        return real(policy, touched=touched)

    monkeypatch.setattr(writer, "prepare_save", spy)
    first, second = _blocks(session.policy)[1], _blocks(session.policy)[2]
    session.notify(set_block_text(session.policy, first.id, "en", "One.")[0])
    session.notify(set_block_text(session.policy, second.id, "ar", "اثنان.")[0])
    assert session.flush()
    assert seen == [{first.id, second.id}]
    session.notify(rename_section(session.policy, session.policy.sections[0].id, "en", "New")[0])
    assert session.flush()
    section = session.policy.sections[0]
    assert seen[-1] == {b.id for b in section.all_blocks()}
    session.close()
    with Workspace.open(workspace.path) as again:
        stored = again.policy(session.policy.id)
    assert _blocks(stored)[1].get("en") == "One."
    assert _blocks(stored)[2].get("ar") == "اثنان."
    assert stored.sections[0].heading.get("en") == "New"


def test_a_structure_edit_makes_the_next_save_compare_everything(qtbot, workspace):
    workspace.save_policy(make_policy())
    policy_id = workspace.policies()[0].id
    session = Session(workspace, watch_ms=0)
    session.policy = workspace.policy(policy_id)
    last = session.policy.sections[-1].id
    session.notify(move_section(session.policy, last, 0)[0])
    assert session._touched is None  # untracked until the next save
    block = _blocks(session.policy)[1]
    session.notify(set_block_text(session.policy, block.id, "en", "After the move.")[0])
    assert session._touched is None
    assert session.flush()
    session.close()
    with Workspace.open(workspace.path) as again:
        stored = again.policy(policy_id)
    assert stored.sections[0].id == last
    assert [b.get("en") for b in _blocks(stored)] == [b.get("en") for b in _blocks(session.policy)]
