"""The sources of a document as a Qt table model: colour, name, kind, reliability, event
count, shown?

The check box of a row is the source filter: unchecking a source hides the events only it
claims. Counts follow every other part of the filter, so a hidden source still tells how
many events it would bring back. The model sorts itself (by name, kind, reliability or
count) and a proxy filters by the search box: a sorting proxy compares through `data()`,
two Python calls a comparison, which with 100,000 sources froze the window for seconds on
open and on every filter change. Rows are kept as the filter index's source codes, so counts
and their sort are numpy arrays rather than 100k-entry dicts built on every change.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from timeline_app.core.model.grades import RELIABILITY as WORDING
from timeline_app.core.model.timeline import Source
from timeline_app.core.query.filtering import NO_SOURCE
from timeline_app.ui.document import Document
from timeline_app.ui.grade_fields import reliability_words
from timeline_app.ui.i18n import number, tr
from timeline_app.ui.models.base import FlatTableModel, Index
from timeline_app.ui.safe_text import elide, escape_tooltip

NAME, KIND, RELIABILITY, COUNT = range(4)
# "#" and "Rel.": narrow columns leave names their room
HEADERS = ("Source", "Kind", "Rel.", "#")  # in English; the view shows headers()
UNGRADED_KEY = "~"  # sorts after F: ungraded sources come after the graded ones
SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
          | Qt.ItemFlag.ItemNeverHasChildren)
_NAME_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsUserCheckable


class SourcesModel(FlatTableModel):
    """One row per source of the open document (plus "(no source)" when events lack one)."""

    HEADERS = HEADERS

    def __init__(self, document: Document, colors: Mapping[str, str] | None = None) -> None:
        super().__init__(document)
        self._doc = document
        self._ids: list[str] = []  # in the shown order
        self._codes = np.zeros(0, dtype=np.int64)  # their codes in the index (-1: not in it)
        self._order: list[str] = []  # in the document's order (ties keep it)
        self._order_codes = np.zeros(0, dtype=np.int64)
        self._coded_by: object = None  # the FilterIndex the codes are of
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._counts = np.zeros(1, dtype=np.int64)  # by code, and a 0 last for code -1
        self._colors: Mapping[str, str] = colors or {}
        self._widest: dict[int, list[int]] = {}  # widest_rows by column, for these rows
        document.loaded.connect(self._reset)
        document.filterChanged.connect(self._refresh_counts)
        self._reset()

    def set_colors(self, colors: Mapping[str, str]) -> None:
        """Lane colours by source id, as the timeline draws them (so the swatches match); a
        mapping that works them out when asked will do (only rows in sight ask)."""
        self._colors = colors
        if self._ids:
            self.dataChanged.emit(self.index(0, NAME), self.index(len(self._ids) - 1, NAME),
                                  [Qt.ItemDataRole.DecorationRole])

    # -- model -----------------------------------------------------------------------------
    def _row_count(self) -> int:
        return len(self._ids)

    def headers(self) -> tuple[str, ...]:
        return (tr("Source"), tr("Kind"), tr("Rel.", "reliability column"),
                tr("#", "events column"))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and section == COUNT:
            return tr("Events per source")
        if role == Qt.ItemDataRole.ToolTipRole and section == RELIABILITY:
            return tr("Reliability of the source (Admiralty grade A–F)")
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every row when the view lays out: constants, and no children to ask for.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _NAME_FLAGS if index.column() == NAME else _FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        sid = self._ids[index.row()]
        col = index.column()
        if role == SOURCE_ID_ROLE:
            return sid
        if role == SORT_ROLE:
            return self._sort_value(index.row(), col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return self._name(sid)
            if col == KIND:
                return self._kind(sid)
            if col == RELIABILITY:
                return self._reliability(sid) or ""
            if col == COUNT:
                return number(self._count(index.row()))
        if role == Qt.ItemDataRole.CheckStateRole and col == NAME:
            hidden = sid in self._doc.filter.hidden_sources
            return Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.DecorationRole and col == NAME:
            return QColor(self._colors.get(sid, "#888888"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == RELIABILITY:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == RELIABILITY:
            return self._reliability_words(sid)
        if role == Qt.ItemDataRole.ToolTipRole and col == NAME:
            source = self._source(sid)
            name = self._name(sid)
            if source is not None and source.kind:
                name = tr("{name} ({kind})", "source and its kind").format(name=name,
                                                                            kind=source.kind)
            count = self._count(index.row())
            text = (tr("{source}: %Ln event(s), reliability {grade}", "", count)
                    if self._reliability(sid) else tr("{source}: %Ln event(s)", "", count))
            return escape_tooltip(text.format(source=elide(name, 500),
                                              grade=self._reliability_words(sid)))
        if role == Qt.ItemDataRole.AccessibleTextRole and col == NAME:
            state = (tr("hidden", "source") if sid in self._doc.filter.hidden_sources
                     else tr("shown", "source"))
            count = self._count(index.row())
            text = (tr("{source}, %Ln event(s), reliability {grade}, {state}", "", count)
                    if self._reliability(sid)
                    else tr("{source}, %Ln event(s), {state}", "", count))
            return text.format(source=self._name(sid), grade=self._reliability_words(sid),
                               state=state)
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in one stable sort (ties keep the document's order)."""
        self._sort = (column, order)
        if not self._ids:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._ids[i.row()] for i in old]
        self._show(self._sorted())
        if old:
            row = {sid: r for r, sid in enumerate(self._ids)}
            self.changePersistentIndexList(old, [self.index(row[sid], i.column())
                                                 for sid, i in zip(old_ids, old, strict=True)])
        self.layoutChanged.emit()

    def _sorted(self) -> np.ndarray:
        """Positions in the document's order, sorted as asked (all of them, unsorted, when no
        sort is set)."""
        n = len(self._order)
        if self._sort is None or not 0 <= self._sort[0] < len(HEADERS):
            return np.arange(n)
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        if column == COUNT:  # numpy's stable sort; negated, ties still keep their order
            keys = self._counts[self._order_codes]
            return np.argsort(-keys if descending else keys, kind="stable")
        # Keys made in one comprehension and compared in C: a key function a row took a
        # fifth of a second with 100k sources.
        keys = self._sort_keys(self._order, column)
        return np.array(sorted(range(n), key=keys.__getitem__, reverse=descending),
                        dtype=np.int64)

    def _show(self, positions: np.ndarray) -> None:
        """Show the rows of these positions in the document's order, in this order."""
        order = self._order
        self._ids = [order[p] for p in positions.tolist()]
        self._codes = self._order_codes[positions]
        self._widest = {}

    def _sort_keys(self, ids: list[str], column: int) -> list[str]:
        timeline = self._doc.timeline
        sources = timeline.sources if timeline is not None else {}
        if column == KIND:
            return [sources[sid].kind if sid in sources else "" for sid in ids]
        if column == RELIABILITY:
            return [(sources[sid].reliability or UNGRADED_KEY) if sid in sources
                    else UNGRADED_KEY for sid in ids]
        return [(sources[sid].name if sid in sources else sid).casefold()
                if sid != NO_SOURCE else tr("(no source)").casefold() for sid in ids]

    def _count(self, row: int) -> int:
        return int(self._counts[self._codes[row]])

    def _sort_value(self, row: int, column: int) -> str | int:
        sid = self._ids[row]
        if column == NAME:
            return self._name(sid).casefold()
        if column == KIND:
            return self._kind(sid)
        if column == RELIABILITY:
            return self._reliability(sid) or UNGRADED_KEY
        return self._count(row)

    def _kind(self, sid: str) -> str:
        source = self._source(sid)
        return source.kind if source is not None else ""

    def _reliability(self, sid: str) -> str | None:
        source = self._source(sid)
        return source.reliability if source is not None else None

    def _reliability_words(self, sid: str) -> str:
        """"B (usually reliable)", or "not graded"."""
        grade = self._reliability(sid)
        return f"{grade} ({reliability_words()[grade]})" if grade in WORDING \
            else tr("not graded")

    def any_graded(self) -> bool:
        """True when some source of the document has a reliability grade."""
        timeline = self._doc.timeline
        return timeline is not None and any(
            s.reliability is not None for s in timeline.sources.values())

    def names(self, most: int) -> list[str]:
        """The names of the first `most` rows, as shown."""
        return [self._name(sid) for sid in self._ids[:most]]

    def widest_rows(self, column: int) -> list[int]:
        """Rows whose cells in `column` are as wide as any: the view measures these and the
        rows in sight instead of a thousand rows (eight calls into Python each)."""
        if not self._ids:
            return []
        if column == COUNT:  # the largest number has the most digits
            return [int(np.argmax(self._counts[self._codes]))]
        if column not in self._widest:  # kept until the rows move
            if column == RELIABILITY:  # one row of each grade there is
                first: dict[str | None, int] = {}
                for row, sid in enumerate(self._ids):
                    first.setdefault(self._reliability(sid), row)
                    if len(first) > len(WORDING):
                        break
                self._widest[column] = list(first.values())
            else:
                texts = self._sort_keys(self._ids, column)  # names (folded) or kinds
                self._widest[column] = [max(range(len(texts)), key=lambda r: len(texts[r]))]
        return self._widest[column]

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
            return tr("(no source)")
        source = self._source(sid)
        return source.name if source is not None else sid

    def reload(self) -> None:
        """The registry changed (a source added, renamed, merged or deleted)."""
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        index = self._doc.index
        ids = list(index.source_ids) if index is not None else []
        codes = np.arange(len(ids), dtype=np.int64)
        # "(no source)" only when some event has no claim at all.
        if index is not None and not index.cites_no_source():
            ids, codes = ids[1:], codes[1:]  # NO_SOURCE is code 0
        self._order, self._order_codes, self._coded_by = ids, codes, index
        self._counts = self._count_array()
        self._show(self._sorted())
        self.endResetModel()

    def _count_array(self) -> np.ndarray:
        """Events per source code as the document counts them, and a 0 for code -1."""
        return np.append(self._doc.source_count_array(), 0)

    def _recode(self) -> None:
        """After an edit the document has a new filter index: the same sources, codes
        looked up again (a source it lacks counts 0)."""
        index = self._doc.index
        if index is self._coded_by:
            return
        self._coded_by = index
        if index is None:
            self._codes = self._order_codes = np.full(len(self._order), -1, dtype=np.int64)
            return
        self._order_codes = index.source_codes(self._order)
        self._codes = index.source_codes(self._ids)

    def _refresh_counts(self) -> None:
        self._recode()
        counts, self._counts = self._counts, self._count_array()
        if (self._sort is not None and self._sort[0] == COUNT
                and not np.array_equal(counts, self._counts)):
            self.sort(*self._sort)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COUNT),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole,
                                   SORT_ROLE])


class SourcesProxy(QSortFilterProxyModel):
    """Filters rows by a search text; sorting is passed on to the model (see above)."""

    def __init__(self, model: SourcesModel) -> None:
        super().__init__(model)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(NAME)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        assert isinstance(model, SourcesModel)
        model.sort(column, order)
