"""The events table: every event of the current filter, sortable, in step with the timeline."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from timeline_app.ui.i18n import tr
from timeline_app.ui.models.events import (
    DATE,
    EVENT_ID_ROLE,
    SOURCES,
    STATUS,
    TITLE,
    EventsModel,
    EventsProxy,
)


class EventsTable(QTableView):
    """Emits the selected event ids; `select_ids` follows a selection made elsewhere."""

    selectionChangedIds = Signal(list)
    activatedId = Signal(str)

    def __init__(self, model: EventsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events_model = model
        self.proxy = EventsProxy(model)
        self.setModel(self.proxy)
        self.setAccessibleName(tr("Events"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SOURCES, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(DATE, 170)
        self.setColumnWidth(SOURCES, 260)
        self.setColumnWidth(STATUS, 130)
        self._quiet = False
        self.selectionModel().selectionChanged.connect(self._selection_changed)
        self.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.activated.connect(self._activated)

    def selected_ids(self) -> list[str]:
        """The highlighted events, in the table's row order."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(EVENT_ID_ROLE) for r in rows]

    def current_id(self) -> str | None:
        """The one current event: the focused row when it is highlighted, else the last
        highlighted row (a Ctrl+click that un-highlights the focused row)."""
        index = self.currentIndex()
        if index.isValid() and self.selectionModel().isRowSelected(index.row()):
            return self.proxy.index(index.row(), 0).data(EVENT_ID_ROLE)
        ids = self.selected_ids()
        return ids[-1] if ids else None

    def _proxy_row(self, event_id: str) -> int | None:
        row = self.events_model.row_of(event_id)
        if row is None:
            return None
        index = self.proxy.mapFromSource(self.events_model.index(row, 0))
        return index.row() if index.isValid() else None

    def select_ids(self, ids: list[str], current: str | None = None) -> None:
        """Highlight these events' rows (those the filter shows), `current` (default: the
        last) as the focused row, without echoing a signal."""
        selection = QItemSelection()
        last = focus = None
        for event_id in ids:
            row = self._proxy_row(event_id)
            if row is not None:
                left = self.proxy.index(row, 0)
                selection.select(left, self.proxy.index(row, self.proxy.columnCount() - 1))
                last = left
                if event_id == current:
                    focus = left
        last = focus or last
        self._quiet = True
        try:
            self.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if last is not None:
                self.selectionModel().setCurrentIndex(
                    last, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.scrollTo(last, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._quiet = False

    def _selection_changed(self) -> None:
        if not self._quiet:
            self.selectionChangedIds.emit(self.selected_ids())

    def _activated(self, index) -> None:
        event_id = self.proxy.index(index.row(), 0).data(EVENT_ID_ROLE)
        if event_id:
            self.activatedId.emit(event_id)
