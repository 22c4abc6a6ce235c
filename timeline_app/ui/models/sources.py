"""The sources of a document as a Qt table model: colour, name, kind, event count, shown?

The check box of a row is the source filter: unchecking a source hides the events only it
claims. Counts follow every other part of the filter, so a hidden source still tells how
many events it would bring back. A proxy sorts by name or count and filters by the search box.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from timeline_app.core.model.timeline import Source
from timeline_app.core.query.filtering import NO_SOURCE
from timeline_app.ui.document import Document
from timeline_app.ui.models.base import FlatTableModel, Index

NAME, KIND, COUNT = range(3)
HEADERS = ("Source", "Kind", "Events")
SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NO_SOURCE_LABEL = "(no source)"


class SourcesModel(FlatTableModel):
    """One row per source of the open document (plus "(no source)" when events lack one)."""

    HEADERS = HEADERS

    def __init__(self, document: Document, colors: dict[str, str] | None = None) -> None:
        super().__init__(document)
        self._doc = document
        self._ids: list[str] = []
        self._counts: dict[str, int] = {}
        self._colors = colors or {}
        document.loaded.connect(self._reset)
        document.filterChanged.connect(self._refresh_counts)
        self._reset()

    def set_colors(self, colors: dict[str, str]) -> None:
        """Lane colours by source id, as the timeline draws them (so the swatches match)."""
        self._colors = colors
        if self._ids:
            self.dataChanged.emit(self.index(0, NAME), self.index(len(self._ids) - 1, NAME),
                                  [Qt.ItemDataRole.DecorationRole])

    # -- model -----------------------------------------------------------------------------
    def _row_count(self) -> int:
        return len(self._ids)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        sid = self._ids[index.row()]
        col = index.column()
        if role == SOURCE_ID_ROLE:
            return sid
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == NAME:
                name = self._name(sid)
                return name.casefold() if role == SORT_ROLE else name
            if col == KIND:
                source = self._source(sid)
                return source.kind if source is not None else ""
            if col == COUNT:
                count = self._counts.get(sid, 0)
                return count if role == SORT_ROLE else f"{count:,}"
        if role == Qt.ItemDataRole.CheckStateRole and col == NAME:
            hidden = sid in self._doc.filter.hidden_sources
            return Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.DecorationRole and col == NAME:
            return QColor(self._colors.get(sid, "#888888"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == NAME:
            shown = sid not in self._doc.filter.hidden_sources
            return f"{self._name(sid)}, {self._counts.get(sid, 0)} events, " + \
                ("shown" if shown else "hidden")
        return None

    def setData(self, index: Index, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != NAME:
            return False
        sid = self._ids[index.row()]
        shown = Qt.CheckState(value) == Qt.CheckState.Checked  # type: ignore[arg-type]
        hidden = set(self._doc.filter.hidden_sources)
        (hidden.discard if shown else hidden.add)(sid)
        self._doc.update_filter(hidden_sources=frozenset(hidden))
        return True

    # -- actions the panel offers ----------------------------------------------------------
    def source_ids(self) -> list[str]:
        return list(self._ids)

    def show_all(self) -> None:
        self._doc.update_filter(hidden_sources=frozenset())

    def show_none(self) -> None:
        self._doc.update_filter(hidden_sources=frozenset(self._ids))

    def show_only(self, source_id: str) -> None:
        self._doc.update_filter(hidden_sources=frozenset(s for s in self._ids if s != source_id))

    # -- internals -------------------------------------------------------------------------
    def _source(self, sid: str) -> Source | None:
        timeline = self._doc.timeline
        return timeline.sources.get(sid) if timeline is not None else None

    def _name(self, sid: str) -> str:
        if sid == NO_SOURCE:
            return NO_SOURCE_LABEL
        source = self._source(sid)
        return source.name if source is not None else sid

    def reload(self) -> None:
        """The registry changed (a source added, renamed, merged or deleted)."""
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        index = self._doc.index
        self._counts = self._doc.source_counts()
        ids = list(index.source_ids) if index is not None else []
        # "(no source)" only when some event has no claim at all.
        self._ids = [s for s in ids if s != NO_SOURCE or index.counts().get(NO_SOURCE, 0)]
        self.endResetModel()

    def _refresh_counts(self) -> None:
        self._counts = self._doc.source_counts()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COUNT),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole,
                                   SORT_ROLE])


class SourcesProxy(QSortFilterProxyModel):
    """Sorts by the name or the count column and filters rows by a search text."""

    def __init__(self, model: SourcesModel) -> None:
        super().__init__(model)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(NAME)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
