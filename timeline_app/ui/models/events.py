"""The events of the current filter as a Qt table model, sorted with numpy.

A QSortFilterProxyModel would sort by calling `data()` from C++ a few million times for a
large document (minutes at a million rows); here the proxy hands sorting to this model,
which sorts the visible rows with numpy on precomputed keys in milliseconds. Date order is
by interval: earliest instant, then latest, so "Oct 2024" sorts before "Oct 2024 – Jan 2025"
and both before "18 Oct 2024" only where their intervals say so.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from timeline_app.core.model.timeline import Event, Status, Timeline
from timeline_app.core.query.delta import Delta
from timeline_app.ui.document import Document
from timeline_app.ui.filter_words import status_words
from timeline_app.ui.i18n import tr
from timeline_app.ui.models.base import FlatTableModel, Index
from timeline_app.ui.models.follow import follow_ranking, follow_rows

DATE, TITLE, SOURCES, STATUS = range(4)
HEADERS = ("Date", "Title", "Sources", "Status")  # in English; the view shows headers()
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ORDER = {s: i for i, s in enumerate(Status)}


def date_text(event: Event) -> str:
    """The date as written: "2024-10", or "2024-10 – 2025-04~" for a range."""
    if event.end is None:
        return event.start.text
    return f"{event.start.text} – {event.end.text}"


class EventsModel(FlatTableModel):
    """Rows are the document indices of the events the filter keeps, in the chosen order."""

    HEADERS = HEADERS

    def __init__(self, document: Document) -> None:
        super().__init__(document)
        self._doc = document
        self._rows = np.zeros(0, dtype=np.int64)
        self._row_of = np.zeros(0, dtype=np.int64)  # document index -> row (or -1)
        self._sort = (DATE, Qt.SortOrder.AscendingOrder)
        self._cache_owner: object = None
        self._rankings: dict[int, np.ndarray] = {}
        self._status_words = status_words()  # made once: data() is asked on every repaint
        self._derived = tr("{status} (derived)")
        document.filterChanged.connect(self._refilter)
        if document.timeline is not None:
            self._refilter()

    # -- model -----------------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (tr("Date"), tr("Title"), tr("Sources"), tr("Status"))

    def _row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._doc.timeline is None:
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        events = self._doc.timeline.events
        doc = int(self._rows[row])
        if doc >= len(events):  # a row being removed after an edit
            return None
        event = events[doc]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == DATE:
                return date_text(event)
            if col == TITLE:
                return event.title  # item views paint DisplayRole as plain text
            if col == SOURCES:
                return sources_text(self._doc.timeline, event.source_ids())
            if col == STATUS:
                status = self._status_words[event.status]
                return status if event.status_set is not None else \
                    self._derived.format(status=status)
        elif role == EVENT_ID_ROLE:
            return event.id
        return None

    # -- rows and order --------------------------------------------------------------------
    def event_id(self, row: int) -> str | None:
        if self._doc.timeline is None or not 0 <= row < len(self._rows):
            return None
        return self._doc.timeline.events[int(self._rows[row])].id

    def row_of(self, event_id: str) -> int | None:
        """The row showing an event, or None when the filter hides it."""
        pos = self._doc.position(event_id)
        if pos is None or pos >= len(self._row_of):
            return None
        row = int(self._row_of[pos])
        return row if row >= 0 else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows; persistent indices (a view's selection and current row) follow
        their events to the new rows, so a re-sort never moves the highlight to another."""
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        docs = [int(self._rows[i.row()]) if 0 <= i.row() < len(self._rows) else -1
                for i in kept]
        self._sort = (column, order)
        self._rows = self._sorted(self._rows)
        self._update_row_of()
        moved = [self.index(int(self._row_of[d]), i.column()) if d >= 0 else QModelIndex()
                 for d, i in zip(docs, kept, strict=True)]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def _sorted(self, rows: np.ndarray) -> np.ndarray:
        """`rows` in the chosen order. The whole document is sorted once per column (and
        again only after an edit); a filter then just picks from that order, in O(n)."""
        index = self._doc.index
        if index is None or not len(rows):
            return rows
        column, order = self._sort
        ranking = self._ranking(column)
        keep = np.zeros(len(ranking), dtype=bool)
        keep[rows] = True
        keyed = ranking[keep[ranking]]
        return keyed[::-1].copy() if order == Qt.SortOrder.DescendingOrder else keyed

    def _ranking(self, column: int) -> np.ndarray:
        """Every document index in ascending order of `column`, cached per filter index
        (the Document builds a new one after each edit)."""
        index, timeline = self._doc.index, self._doc.timeline
        assert index is not None and timeline is not None
        if self._cache_owner is not index:
            self._cache_owner, self._rankings = index, {}
        if column not in self._rankings:
            if column == DATE:
                ranking = np.lexsort((index.hi, index.lo))
            elif column == STATUS:
                ranking = np.lexsort((index.lo, index.status))
            else:
                events = timeline.events
                if column == TITLE:
                    keys = [e.title.casefold() for e in events]
                else:
                    keys = [", ".join(timeline.source_name(s) for s in e.source_ids())
                            .casefold() for e in events]
                ranking = np.array(sorted(range(len(keys)), key=keys.__getitem__),
                                   dtype=np.int64)
            self._rankings[column] = ranking
        return self._rankings[column]

    def _refilter(self) -> None:
        if self._doc.delta is not None and self._follow(self._doc.delta):
            return  # after an edit (the timeline, told first, already follows it)
        self.beginResetModel()
        self._rows = self._sorted(np.flatnonzero(self._doc.mask))
        self._update_row_of()
        self.endResetModel()

    def _update_row_of(self) -> None:
        n = len(self._doc.timeline.events) if self._doc.timeline is not None else 0
        self._row_of = np.full(n, -1, dtype=np.int64)
        self._row_of[self._rows] = np.arange(len(self._rows))


    # -- following an edit -----------------------------------------------------------------
    def _follow(self, delta: Delta) -> bool:
        """An edit the document's index followed: the rankings and rows follow it too, row
        by row (the table keeps its place and selection), instead of a reset; False when
        they cannot (a reset then)."""
        if self._cache_owner is not self._doc.index or len(self._row_of) != delta.n_before:
            return False
        column = self._sort[0]
        ranking = self._rankings.get(column)
        self._rankings = {}
        if ranking is not None:
            self._rankings[column] = follow_ranking(ranking, delta, self._key(column))
        return follow_rows(self, delta, self._sorted(np.flatnonzero(self._doc.mask)))

    def _key(self, column: int) -> Callable[[int], object]:
        """The sort key of one document index in `column` (as `_ranking` sorts by)."""
        index, timeline = self._doc.index, self._doc.timeline
        assert index is not None and timeline is not None
        if column == DATE:
            return lambda d: (float(index.lo[d]), float(index.hi[d]))
        if column == STATUS:
            return lambda d: (int(index.status[d]), float(index.lo[d]))
        events = timeline.events
        if column == TITLE:
            return lambda d: events[d].title.casefold()
        return lambda d: ", ".join(timeline.source_name(s)
                                   for s in events[d].source_ids()).casefold()

    def set_rows(self, rows: np.ndarray) -> None:
        """The rows as they are at one step of following an edit (see `follow_rows`)."""
        self._rows = rows


class EventsProxy(QSortFilterProxyModel):
    """The table's model: passes sorting to EventsModel (numpy) instead of sorting itself."""

    def __init__(self, model: EventsModel) -> None:
        super().__init__(model)
        self.setSourceModel(model)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, EventsModel):
            source.sort(column, order)


SOURCES_SHOWN = 50  # names in a row's Sources cell; an event cited by 10,000 says "… more"


def sources_text(timeline: Timeline, ids: list[str]) -> str:
    """The Sources cell: the names, or the first SOURCES_SHOWN and how many more (joining
    ten thousand names on every repaint of the row held the window up)."""
    names = tr(", ", "between names").join(timeline.source_name(s) for s in ids[:SOURCES_SHOWN])
    more = len(ids) - SOURCES_SHOWN
    return names if more <= 0 else tr("{names}, … %Ln more", "", more).format(names=names)
