"""Open the import preview on our own two-file garden-club notice (English + Arabic) in a real
window, for screenshots and for looking at it.

Run: python scripts/show_import_preview.py [--ui ar] [--split]
  --ui ar   the interface in Arabic (mirrored)
  --split   make the correction the notice needs (split the run-together Arabic paragraph), so
            the report shows it
  --single FILE   a single (possibly bilingual) file instead
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from policy_studio.io.readers.markdown import parse  # noqa: E402
from policy_studio.ui.import_preview import ImportPreviewDialog  # noqa: E402

FIXTURES = ROOT / "tests" / "io" / "fixtures"


def main() -> int:
    app = QApplication(sys.argv[:1])
    if "--ui" in sys.argv:
        from policy_studio.ui.i18n import InterfaceLanguage, _compile_in_cache

        lang = sys.argv[sys.argv.index("--ui") + 1]
        # This checkout's translations (an editable install may map another checkout's).
        ts = (ROOT / "translations" / f"policy_studio_{lang}.ts").read_bytes()
        interface = InterfaceLanguage(app, lang, _compile_in_cache(ts, lang))
        assert interface.translated, "no translation found for the interface language"
    if "--single" in sys.argv:
        from policy_studio.io import registry

        path = Path(sys.argv[sys.argv.index("--single") + 1])
        dialog = ImportPreviewDialog(registry.parser_for_path(path)(path))
        dialog.resize(1360, 860)
        dialog.show()
        return app.exec()
    dialog = ImportPreviewDialog(
        parse(FIXTURES / "garden_en.md"), translation=("ar", parse(FIXTURES / "garden_ar.md"))
    )
    dialog.resize(1360, 860)
    dialog.show()
    row = next(
        r
        for r, found in enumerate(dialog.model.rows)
        if found.texts.get("ar", "").startswith("نحتفظ باسم")
    )
    dialog.select(row, "ar")
    if "--split" in sys.argv:
        text = dialog.draft.joined_text(dialog.model.rows[row], "ar")
        dialog.split_selected(text.index("نحتفظ بمحاضر"))
        second = next(
            r
            for r, found in enumerate(dialog.model.rows)
            if found.texts.get("ar", "").startswith("نحتفظ بمحاضر")
        )
        dialog.select(second, "ar")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
