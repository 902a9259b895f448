"""The import preview on the large generated policy (issue 12 item 7): how long a user waits.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. \\
        python benchmarks/import_preview_benchmark.py [--repeat N] [--sections N]

Writes the large generated EN + AR policy (benchmarks/large_policy.py, ~150,000 words per
language) as two Markdown files, then measures, best of N (CPU time beside wall time: the machine
is shared):

- the peer: ``import_documents(en.md, ar.md)``, the CLI's import of the same files;
- the draft: parse both files and build (what the preview shows);
- one correction (a heading made a paragraph): the draft builds again from the files as read;
- the window: the dialog opened on the draft and laid out (row heights of wrapped rich text);
- the window after a correction (rebuild + the table shown again).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

from large_policy import large_policy, to_markdown, word_count  # noqa: E402

from policy_studio.app.import_draft import Correction, ImportDraft  # noqa: E402
from policy_studio.io.import_flow import import_documents  # noqa: E402
from policy_studio.io.intermediate import Role  # noqa: E402
from policy_studio.io.readers.markdown import parse  # noqa: E402


def timed(action: Callable[[], object]) -> tuple[float, float]:
    cpu = time.process_time()
    start = time.perf_counter()
    action()
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best is shown")
    parser.add_argument(
        "--sections",
        type=int,
        default=500,
        help="sections of the generated policy (500: ~150k words)",
    )
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from policy_studio.ui.import_preview import ImportPreviewDialog

    app = QApplication.instance() or QApplication([])
    policy = large_policy(sections=args.sections)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        en, ar = root / "en.md", root / "ar.md"
        en.write_text(to_markdown(policy, "en"), encoding="utf-8")
        ar.write_text(to_markdown(policy, "ar"), encoding="utf-8")

        def draft() -> ImportDraft:
            made = ImportDraft(parse(en))
            made.add_file(parse(ar), "ar")
            return made

        ready = draft()
        heading = next(r for r in ready.rows if r.kind == "section" and r.section == 3)
        key = heading.keys["en"][0]
        role = Correction("role", key, "paragraph", "heading", "")

        def correct() -> None:
            ready.apply(role)
            ready.undo()

        def window() -> None:
            dialog = ImportPreviewDialog(parse(en), translation=("ar", parse(ar)))
            dialog.resize(1360, 860)
            dialog.show()
            app.processEvents()
            dialog.close()

        dialog = ImportPreviewDialog(parse(en), translation=("ar", parse(ar)))
        dialog.resize(1360, 860)
        dialog.show()
        app.processEvents()
        row = next(
            i for i, r in enumerate(dialog.model.rows) if r.kind == "section" and r.section == 3
        )

        def window_correction() -> None:
            dialog.select(row, "en")
            dialog.set_role(Role.PARAGRAPH)
            dialog.undo_stack.undo()

        rows = [
            (
                "import_documents EN + AR (the CLI's import)",
                lambda: import_documents(en, [("ar", ar)], lang=None, title=None),
            ),
            ("draft: parse both files and build", draft),
            ("draft: one correction + its undo", correct),
            ("window: open and lay out", window),
            ("window: one correction + its undo", window_correction),
        ]
        print(
            f"Large policy: {word_count(policy, 'en'):,} English words, "
            f"{word_count(policy, 'ar'):,} Arabic words, {len(ready.rows):,} preview rows; "
            f"best of {args.repeat}"
        )
        print(f"{'what':<46} {'wall s':>8} {'CPU s':>8}")
        for name, action in rows:
            best = min((timed(action) for _ in range(args.repeat)), key=lambda r: r[1])
            print(f"{name:<46} {best[0]:>8.2f} {best[1]:>8.2f}")


if __name__ == "__main__":
    main()
