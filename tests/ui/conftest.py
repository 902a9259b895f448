"""UI fixtures: the real main window over a temporary workspace (QSettings in a temp folder), and
a small en+ar policy for the grid tests (own wording) with statuses of every kind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from policy_studio.app.session import Session
from policy_studio.app.settings import AppSettings
from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import Block, BlockKind, Policy, Section, Status, Variable


@pytest.fixture(autouse=True)
def _jobs_end_with_their_test():
    """A window test's worker threads (export, comparison, readiness verdict) end before the
    next test starts: one still running would deliver its result into the next test's windows,
    or be torn down with the application at exit."""
    yield
    from policy_studio.app.jobs import wait_for_jobs

    wait_for_jobs(30_000)


@pytest.fixture
def settings(tmp_path):
    """Settings of a user who has told the app their name (asked once, then kept)."""
    store = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    store.set_user_name("Test Translator")
    return store


@pytest.fixture
def variables():
    return {
        "contact_email": Variable("contact_email", {"en": "Contact e-mail", "ar": "البريد"}),
        "retention_period": Variable("retention_period", {"en": "Retention period"}),
    }


@pytest.fixture
def settled(qtbot):
    """Wait until a library panel shows the answer to what it was last asked (a search, the
    clause selected): the window's panel reads on the database worker."""

    def wait(panel, timeout: int = 5000):
        qtbot.waitUntil(lambda: not panel.searching, timeout=timeout)
        return panel

    return wait


@pytest.fixture
def window(qtbot, workspace, clauses, settings, variables):
    """A main window on a policy made of t-contact and t-keeping (English source, Arabic target)."""
    from policy_studio.ui.main_window import MainWindow

    policy = policy_from_clauses(
        "Test policy", [(clauses[0], None), (clauses[1], None)], target_languages=["ar"]
    )
    workspace.save_policy(policy)
    session = Session(workspace)
    session.policy = workspace.policy(policy.id)
    win = MainWindow(session, settings, variables)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # The library is read on the database worker: the list is there when the answer is.
    qtbot.waitUntil(lambda: not win.library_panel.searching, timeout=5000)
    yield win
    win.close()  # before the workspace fixture closes the workspace, as the app does


def make_grid_policy() -> Policy:
    def block(
        kind: BlockKind, en: str, ar: str = "", status: Status | None = None, id: str = ""
    ) -> Block:
        b = Block(kind, {"en": en, "ar": ar} if ar else {"en": en}, id=id)
        if status is not None:
            b.confirm("ar", "en", status)
        return b

    first = Section(
        id="s1",
        heading=block(BlockKind.TITLE, "About us", "من نحن", Status.APPROVED, "t1"),
        blocks=[
            block(
                BlockKind.PARAGRAPH,
                "We answer within 30 days.",
                "نرد خلال ٣٠ يومًا.",
                Status.TRANSLATED,
                "b1",
            ),
            block(BlockKind.PARAGRAPH, "Write to us at any time.", id="b2"),
        ],
    )
    second = Section(
        id="s2",
        heading=block(BlockKind.TITLE, "Your choices", "خياراتك", Status.REVIEWED, "t2"),
        blocks=[
            block(
                BlockKind.BULLET,
                "You may ask for a copy.",
                "يمكنك طلب نسخة.",
                Status.TRANSLATED,
                "b3",
            ),
            block(BlockKind.BULLET, "You may object.", id="b4"),
        ],
    )
    return Policy(
        title={"en": "Grid test"}, id="gp", target_languages=["ar"], sections=[first, second]
    )


@pytest.fixture
def grid_policy() -> Policy:
    return make_grid_policy()
