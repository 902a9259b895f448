"""Open the main window on a policy with review notes and proposals, for looking at them.

Run: python scripts/show_review.py WORKSPACE.pstudio POLICY [--lang ar] [--ui ar] [--accept]
  POLICY    the policy's id or title (e.g. one imported from a DOCX with tracked changes)
  --lang L  the section editor in language L
  --ui L    the interface in language L (mirrored for Arabic)
  --accept  accept the first proposal shown (so the text after Accept can be seen)
The first section holding notes or proposals is selected and the Readiness dock shown.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from policy_studio.app.session import Session  # noqa: E402
from policy_studio.app.settings import AppSettings  # noqa: E402
from policy_studio.library.starter import load_variables  # noqa: E402
from policy_studio.storage.locate import open_store  # noqa: E402


def main() -> int:
    args = sys.argv[1:]
    app = QApplication(sys.argv[:1])
    if "--ui" in args:
        from policy_studio.ui.i18n import InterfaceLanguage, _compile_in_cache

        lang = args[args.index("--ui") + 1]
        ts = (ROOT / "translations" / f"policy_studio_{lang}.ts").read_bytes()
        interface = InterfaceLanguage(app, lang, _compile_in_cache(ts, lang))
        assert interface.translated, "no translation found for the interface language"
    from policy_studio.ui.main_window import MainWindow

    workspace = open_store(args[0])
    session = Session(workspace)
    session.policy = workspace.find_policy(args[1])
    folder = tempfile.mkdtemp()
    settings = AppSettings(QSettings(str(Path(folder) / "settings.ini"), QSettings.IniFormat))
    settings.set_user_name("Reviewer")
    window = MainWindow(session, settings, load_variables())
    window.resize(1320, 820)
    window.show()
    policy = session.policy
    section = next(
        (s for s in policy.sections if any(b.notes or b.proposals for b in s.all_blocks())),
        policy.sections[0],
    )
    window.outline.select(section.id)
    if "--lang" in args:
        editor = window.editor
        editor.lang_box.setCurrentIndex(editor.lang_box.findData(args[args.index("--lang") + 1]))
    window.docks["readiness"].show()
    if "--accept" in args:
        QTimer.singleShot(500, window.editor.review.accept_current)
    code = app.exec()
    session.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
