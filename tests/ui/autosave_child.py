"""A session that edits and then waits to be killed (used by test_autosave.py).

Usage: python -m tests.ui.autosave_child FILE NEW_TITLE
Prints "edited" once the edit is made; the autosave timer (TIMELINE_APP_AUTOSAVE_SECONDS)
then writes the recovery copy, and the parent kills this process with SIGKILL.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from timeline_app.core.model.edits import SetEventFields
from timeline_app.ui.main_window import MainWindow


def main() -> int:
    path, title = sys.argv[1], sys.argv[2]
    app = QApplication([])
    window = MainWindow()
    window.show()

    def edit(_loaded: object) -> None:
        event = window.document.timeline.events[0]
        window.document.push(SetEventFields(event, title=title))
        print("edited", flush=True)

    window.loader.finished.connect(edit)
    window.open_path(path)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
