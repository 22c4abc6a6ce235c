"""The source registry dialog: add, edit, merge and delete sources, each one undo step.

It edits live rather than on OK: each action pushes its own edit on the document, so it shows
in the undo history and Ctrl+Z in here takes it back; the list refreshes from
`Document.edited`, so an undo made anywhere shows at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.formats.ids import unique_slug
from timeline_app.core.model.edits import (
    AddSource,
    Edit,
    EditError,
    MergeSources,
    RemoveSource,
    SetSourceFields,
)
from timeline_app.core.model.timeline import Source
from timeline_app.ui.document import Document
from timeline_app.ui.form_fields import row_table
from timeline_app.ui.i18n import number, tr
from timeline_app.ui.models.base import FlatTableModel, Index
from timeline_app.ui.safe_text import elide, escape_tooltip
from timeline_app.ui.source_forms import MergeForm, SourceForm, citations, claims_in_events, swatch
from timeline_app.ui.sources_panel import source_colors

NAME, KIND, COUNTRY, CLAIMS = range(4)
SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RegistryModel(FlatTableModel):
    """The registry in file order: name, kind, country and how many claims cite each."""

    HEADERS = ("Source", "Kind", "Country", "Claims")  # their number; shown: headerData

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Source"), tr("Kind"), tr("Country"), tr("Claims"))[section]
        return None

    def __init__(self, document: Document) -> None:
        super().__init__(document)
        self._doc = document
        self.ids: list[str] = []
        self._claims: Counter[str] = Counter()
        self._colors: dict[str, str] = {}
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        t = self._doc.timeline
        self.ids = list(t.sources) if t is not None else []
        self._claims = citations(t)[0] if t is not None else Counter()
        self._colors = source_colors(t) if t is not None else {}
        self.endResetModel()

    def source(self, row: int) -> Source | None:
        t = self._doc.timeline
        return t.sources.get(self.ids[row]) if t is not None and 0 <= row < len(self.ids) \
            else None

    def _row_count(self) -> int:
        return len(self.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        source = self.source(index.row()) if index.isValid() else None
        if source is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == CLAIMS:
                return number(self._claims[source.id])
            return elide((source.name, source.kind, source.country)[col], 200)
        if role == SOURCE_ID_ROLE:
            return source.id
        if role == Qt.ItemDataRole.DecorationRole and col == NAME:
            return swatch(self._colors.get(source.id))  # as the timeline draws its lane
        if role == Qt.ItemDataRole.ToolTipRole and col == NAME:
            return escape_tooltip(elide(f"{source.name} ({source.id})\n{source.notes}".strip(),
                                        1_000))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == CLAIMS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SourcesEditor(QDialog):
    """The document's sources: a table with Add, Edit, Merge into… and Delete."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._asking = False
        self.setWindowTitle(tr("Sources"))
        self.model = RegistryModel(document)
        self.table = row_table(self, self.model, tr("Sources"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CLAIMS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(KIND, 140)
        self.table.setColumnWidth(COUNTRY, 120)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        side = QVBoxLayout()
        self.add_button, self.edit_button, self.merge_button, self.delete_button = (
            self._button(side, text, slot) for text, slot in (
                (tr("&Add…"), self.add), (tr("&Edit…"), self.edit_selected),
                (tr("&Merge Into…"), self.merge_selected), (tr("&Delete"), self.delete_selected)))
        for key, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),
                          (QKeySequence.StandardKey.InsertParagraphSeparator, self.edit_selected)):
            action = QAction(self.table)
            action.setShortcuts(key)  # all bindings: Enter is two keys, Delete may be more
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        stack = document.undo_stack
        self.undo_action = stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.addActions([self.undo_action, self.redo_action])
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)

        side.addSpacing(12)
        # The buttons' text follows the stack ("Undo Rename Source"): as wide as the longest
        # this dialog makes, in the window's language, so the table beside them never jumps.
        edits = [tr("Add Source"), tr("Edit Source"), tr("Rename Source"),
                 tr("Delete Source"), tr("Merge Sources")]
        for action, prefix in ((self.undo_action, tr("&Undo")), (self.redo_action, tr("&Redo"))):
            tool = QToolButton(self)
            tool.setDefaultAction(action)
            tool.setSizePolicy(self.add_button.sizePolicy())
            words = [f"{prefix.replace('&', '')} {e}" for e in edits]
            tool.setMinimumWidth(max(150, *(tool.fontMetrics().horizontalAdvance(w) + 24
                                            for w in words)))
            side.addWidget(tool)
        side.addStretch(1)
        label = QLabel(tr("&Sources of this document"), self)
        label.setBuddy(self.table)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(body, 1)
        layout.addWidget(self.close_box)

        document.edited.connect(self._refresh)
        document.loaded.connect(self._refresh)
        self.resize(820, 440)
        if self.model.ids:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._enable()

    # -- what the buttons do --------------------------------------------------------------------
    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.ids[rows[0].row()] if rows and not self._asking else None

    def add(self) -> None:
        t = self.document.timeline
        if t is None or self._asking:
            return
        form = SourceForm(t.sources, None, self)
        if self._ask(form):
            values = form.values()
            source = Source(id=unique_slug(str(values["name"]), t.sources), **values)
            if self._push(AddSource(source)):
                self.select(source.id)

    def edit_selected(self) -> None:
        t, sid = self.document.timeline, self.selected_id()
        if t is None or sid is None:
            return
        source = t.sources[sid]
        form = SourceForm(t.sources, source, self)
        if self._ask(form):
            changed = {k: v for k, v in form.values().items() if getattr(source, k) != v}
            if changed:
                text = tr("Rename Source") if set(changed) == {"name"} else tr("Edit Source")
                self._push(SetSourceFields(source, text=text, **changed))

    def merge_selected(self) -> None:
        t, sid = self.document.timeline, self.selected_id()
        if t is None or sid is None or len(t.sources) < 2:
            return
        form = MergeForm(t, sid, self)
        if self._ask(form) and self._push(MergeSources(t, sid, form.into())):
            self.select(form.into())

    def delete_selected(self) -> None:
        t, sid = self.document.timeline, self.selected_id()
        if t is None or sid is None:
            return
        claims, events = citations(t)
        if not claims[sid]:
            row = self.model.ids.index(sid)
            if self._push(RemoveSource(t, sid)) and self.model.ids:
                self.table.selectRow(min(row, len(self.model.ids) - 1))
            return
        name = elide(t.sources[sid].name, 80)
        text = tr("{name} is cited by {claims_in_events}. Merge it into another source first, "
                  "or remove those claims.").format(
            name=name, claims_in_events=claims_in_events(claims[sid], events[sid]))
        box = QMessageBox(QMessageBox.Icon.Information, tr("Delete Source"), text,
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from the file
        merge = box.addButton(tr("&Merge Into…"), QMessageBox.ButtonRole.AcceptRole)
        merge.setEnabled(len(t.sources) > 1)
        box.setDefaultButton(merge)
        self._ask(box)
        if box.clickedButton() is merge:
            self.merge_selected()

    def select(self, source_id: str) -> None:
        if source_id in self.model.ids:
            self.table.selectRow(self.model.ids.index(source_id))

    # -- internals ------------------------------------------------------------------------------
    def _button(self, layout: QVBoxLayout, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumWidth(150)
        button.setAutoDefault(False)  # Enter in the table edits the selected source
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def _ask(self, dialog: QDialog) -> bool:
        self._asking = True  # keys that reach the table meanwhile must not open another
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._asking = False
            dialog.deleteLater()

    def _push(self, edit: Edit) -> bool:
        try:
            self.document.push(edit)
        except EditError as err:
            box = QMessageBox(QMessageBox.Icon.Warning, tr("Cannot Change the Sources"), str(err),
                              QMessageBox.StandardButton.Close, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            self._ask(box)
            return False
        return True

    def _refresh(self, *_args: object) -> None:
        """Rebuild the list after any edit or undo, keeping the selected source."""
        keep = self.selected_id()
        self.model.refresh()
        if keep in self.model.ids:
            self.select(keep)
        elif self.model.ids:
            self.table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        one = self.selected_id() is not None
        many = len(self.model.ids) > 1
        self.edit_button.setEnabled(one)
        self.delete_button.setEnabled(one)
        self.merge_button.setEnabled(one and many)

