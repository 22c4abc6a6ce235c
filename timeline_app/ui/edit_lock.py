"""View > Lock Editing for the whole window, not only the canvas.

A reviewer's lock must hold for every way of changing the evidence: each action that changes
the document (new, duplicate, delete, sources, undo and redo, an article or a re-read CSV into
the open document) is disabled with its shortcut, the History cannot be clicked back, and the
Document itself refuses an edit pushed by any other path. Viewing, finding, filtering,
exporting and saving stay. A key of a locked action says why in the status bar rather than
doing nothing silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel

from timeline_app.ui.i18n import tr

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow



def locked_text() -> str:
    """Why an edit is refused, in the window's language."""
    return tr("Editing is locked (View > Lock Editing)")


class EditLock(QObject):
    """Disables the window's document-changing actions while View > Lock Editing is on."""

    def __init__(self, w: MainWindow) -> None:
        super().__init__(w)
        self._w = w
        self._tips: dict[QAction, str] = {}
        self.badge = QLabel(tr("Locked for review"), w)
        self.badge.setToolTip(locked_text())
        self.badge.hide()
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        w.statusBar().addPermanentWidget(self.badge)
        stack = w.document.undo_stack
        # The stack re-enables its own Undo and Redo when it changes; take them back.
        stack.canUndoChanged.connect(self._reassert)
        stack.canRedoChanged.connect(self._reassert)
        w.menu.lock.toggled.connect(self.apply)
        for widget in (w, w.table, w.timeline):
            widget.installEventFilter(self)

    def actions(self) -> list[QAction]:
        """Every action of the window that changes the open document."""
        w = self._w
        return [w.undo_action, w.redo_action, w.new_event_action, w.duplicate_action,
                w.delete_action, w.sources_action, w.import_article_action, w.reopen_action]

    def locked(self) -> bool:
        return self._w.timeline.editing_locked()

    def apply(self, locked: bool) -> None:
        w, why = self._w, locked_text()
        w.timeline.set_editing_locked(locked)
        w.document.locked_reason = why if locked else ""
        for action in self.actions():
            if locked:
                self._tips.setdefault(action, action.statusTip())
                action.setStatusTip(why)
                action.setToolTip(why)
            else:
                action.setStatusTip(self._tips.pop(action, action.statusTip()))
                action.setToolTip("")  # back to the text, which the undo stack keeps current
        self._set_enabled(not locked)
        # The editor opens read-only when locked.
        w.edit_event_action.setText(tr("&View Event…") if locked else tr("&Edit Event…"))
        w.history_dock.widget().setEnabled(not locked)
        self.badge.setVisible(locked)
        w.statusBar().showMessage(
            tr("Editing is locked (View > Lock Editing): the document can be read, filtered, "
               "exported and saved, not changed") if locked else tr("Editing unlocked"), 8_000)

    def refused(self) -> bool:
        """True (and the status bar says why) when the document may not be changed now."""
        if self.locked():
            self._w.statusBar().showMessage(locked_text(), 8_000)
            return True
        return False

    def _set_enabled(self, on: bool) -> None:
        stack = self._w.document.undo_stack
        for action in self.actions():
            action.setEnabled(on)
        if on:
            self._w.undo_action.setEnabled(stack.canUndo())
            self._w.redo_action.setEnabled(stack.canRedo())

    def _reassert(self, *_args: object) -> None:
        if self.locked():
            self._set_enabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.locked() and self._is_locked_key(event):
            self.refused()
            return True
        return False

    def _is_locked_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                           Qt.Key.Key_Meta):
            return False
        pressed = QKeySequence(event.keyCombination())
        return any(pressed == key for action in self.actions() for key in action.shortcuts())


def refused(w: MainWindow) -> bool:
    """For paths that change the open document outside the actions (a dropped article, the
    status bar's Reopen button): True, with the reason shown, while editing is locked."""
    lock = getattr(w, "edit_lock", None)
    return lock is not None and lock.refused()
