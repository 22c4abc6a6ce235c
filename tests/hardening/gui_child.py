"""A window that keeps editing (and now and then saving) until it is killed.

Used by test_gui_kill.py. Every `EDIT_MS` the first event's title becomes "edit N"; every
`SAVE_EVERY`-th edit is saved with File > Save. Each step is printed once done, so the
parent knows what the user did and what reached the disk:

    loaded            the file is open
    edit N            edit N is in the document
    autosaved N       the recovery copy holds edits up to N
    saved N           the user's file holds edits up to N

Usage: python -m tests.hardening.gui_child FILE
(TIMELINE_APP_AUTOSAVE_SECONDS, TIMELINE_APP_CONFIG_DIR and TIMELINE_APP_STATE_DIR are set
by the parent.)
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from timeline_app.core.model.edits import SetEventFields
from timeline_app.ui import file_ops
from timeline_app.ui.autosave import Autosaver

EDIT_MS = 20
SAVE_EVERY = 25


def main() -> int:
    path = sys.argv[1]
    app = QApplication([])
    edits = 0

    def say(line: str) -> None:
        print(line, flush=True)

    write_now = Autosaver.write_now

    def reporting_write_now(self: Autosaver) -> bool:
        done = write_now(self)
        if done:
            say(f"autosaved {edits}")
        return done

    Autosaver.write_now = reporting_write_now  # type: ignore[method-assign]

    def unexpected(box: QMessageBox) -> QMessageBox.StandardButton:
        say(f"asked {box.text()}")  # the parent fails the run: nothing should ask here
        return QMessageBox.StandardButton.Cancel

    file_ops.ask = unexpected

    from timeline_app.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    timer = QTimer(window)
    timer.setInterval(EDIT_MS)

    def edit() -> None:
        nonlocal edits
        doc = window.document
        doc.push(SetEventFields(doc.timeline.events[0], title=f"edit {edits + 1}"))
        edits += 1
        say(f"edit {edits}")
        if edits % SAVE_EVERY == 0 and file_ops.save(window):
            say(f"saved {edits}")

    def loaded(_: object) -> None:
        say("loaded")
        timer.timeout.connect(edit)
        timer.start()

    window.loader.finished.connect(loaded)
    window.open_path(path)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
