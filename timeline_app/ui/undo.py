"""One QUndoCommand class adapts every core edit to Qt's undo stack.

`QUndoStack.push()` calls `redo()` at once, so nothing is changed before pushing; the
document is told what changed after each redo and undo, and views refresh from that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from timeline_app.core.model.edits import Changes, Edit, SetEventFields
from timeline_app.core.model.timeline import Timeline

MERGE_ID = 1001


class EditCommand(QUndoCommand):
    def __init__(self, edit: Edit, timeline: Timeline, notify: Callable[[Changes], None],
                 before: Callable[[], None] = lambda: None) -> None:
        super().__init__(edit.text)
        self.edit = edit
        self._timeline = timeline
        self._notify = notify
        self._before = before  # lets views note what they show (by id) before it moves

    def redo(self) -> None:
        self._before()
        self._notify(self.edit.apply(self._timeline))

    def undo(self) -> None:
        self._before()
        self._notify(self.edit.revert(self._timeline))

    def id(self) -> int:
        if isinstance(self.edit, SetEventFields) and self.edit.merge_key:
            return MERGE_ID
        return -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, EditCommand) and self.edit.merge(other.edit)
