"""The proposals tree of the article review: its columns, what each row keeps, and the
delegate that decides which cells can be edited.

An event proposal that matches an event of the document has an Into choice: its claims go
into that event (whose title and date are the document's and cannot be edited here), or
into a new event (whose title and date the user may correct). A claim's Kind and Country
are editable only for a source the article introduces; a source of the document is changed
in Edit > Sources…, never by an import.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from timeline_app.ui.safe_text import elide

COLUMNS = ("Decision", "Proposal", "Into", "Date", "Source", "Stance", "Figure", "Unit",
           "Kind", "Country")
(DECISION_COL, TEXT, INTO, DATE, SOURCE, STANCE, FIGURE, UNIT, KIND,
 COUNTRY) = range(len(COLUMNS))

ROLE = Qt.ItemDataRole.UserRole             # ("event", EventProposal) or ("claim", Claim…)
DECISION = Qt.ItemDataRole.UserRole + 1     # pending / accepted / rejected
TARGET = Qt.ItemDataRole.UserRole + 2       # an event row: EXISTING or NEW
KEPT = Qt.ItemDataRole.UserRole + 3         # an event row: the new event's (title, date)
SOURCE_ID = Qt.ItemDataRole.UserRole + 4    # a claim row: the id of the source it cites
NEW_SOURCE = Qt.ItemDataRole.UserRole + 5   # a claim row: True when that source is new
MATCHED = Qt.ItemDataRole.UserRole + 6      # an event row: the document event's (title, date)

EXISTING, NEW = "existing", "new"
NEW_EVENT = "new event"

CLAIM_EDITABLE = {DATE, SOURCE, STANCE, FIGURE, UNIT}
SOURCE_FIELDS = (KIND, COUNTRY)


def existing_label(title: str) -> str:
    return f"existing event “{elide(title, 60)}”"


def is_event(index: QModelIndex | QPersistentModelIndex) -> bool:
    return not index.parent().isValid()


def editable(index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether the cell at `index` may be edited, by the rules in the module's docstring."""
    column = index.column()
    row = index.siblingAtColumn(0)
    if is_event(index):
        if column == INTO:
            return row.data(TARGET) is not None  # a choice only where there is a match
        return column in (TEXT, DATE) and row.data(TARGET) != EXISTING
    if column in SOURCE_FIELDS:
        return bool(row.data(NEW_SOURCE))
    return column in CLAIM_EDITABLE


class ReviewDelegate(QStyledItemDelegate):
    """No editor where a cell is read-only; a combo box for Into."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget | None:
        if not editable(index):
            return None
        if index.column() != INTO:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("intoChoice")
        combo.setAccessibleName("Into")
        title, _date = index.siblingAtColumn(0).data(MATCHED)
        combo.addItems([existing_label(title), NEW_EVENT])
        combo.activated.connect(lambda _i: self._done(combo))
        return combo

    def _done(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(1 if index.siblingAtColumn(0).data(TARGET) == NEW else 0)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
            return
        super().setModelData(editor, model, index)
