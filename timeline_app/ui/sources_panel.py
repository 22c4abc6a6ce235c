"""The Sources panel: every source with its colour, kind, reliability and event count, as
check boxes.

Checking and unchecking is filtering by source; "Only this" (context menu or double-click)
shows one source alone; a search box narrows long registries; the header sorts.
The list is a table view, which lays out only the rows in sight: a tree view walks every
row (three calls into Python each) whenever the list is reset or re-sorted, which with
100,000 sources held the window up for a second each time. Columns sized to their contents
measure the rows in sight and the widest the model knows of, not Qt's thousand rows (with
100k sources, a tenth of a second each time the counts change).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Mapping

from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.model.timeline import Timeline
from timeline_app.ui.i18n import tr
from timeline_app.ui.models.sources import (
    COUNT,
    KIND,
    NAME,
    RELIABILITY,
    SOURCE_ID_ROLE,
    SourcesModel,
    SourcesProxy,
)
from timeline_app.ui.timeline.colors import CATEGORICAL

SIZED_ROWS = 64  # rows a column sized to its contents measures, besides the widest ones


class SourcesView(QTableView):
    """A one-level list as a table: no grid, no row numbers, whole rows selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)

    def sizeHintForColumn(self, column: int) -> int:
        """Qt's measure of the rows in sight (SIZED_ROWS at most), widened to the rows the
        model says are widest in that column (the largest count, the longest name)."""
        hint = super().sizeHintForColumn(column)
        proxy = self.model()
        model = proxy.sourceModel() if isinstance(proxy, QSortFilterProxyModel) else None
        if not isinstance(model, SourcesModel):
            return hint
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        delegate = self.itemDelegate()
        grid = 1 if self.showGrid() else 0
        for row in model.widest_rows(column):
            index = proxy.mapFromSource(model.index(row, column))
            if index.isValid():
                hint = max(hint, delegate.sizeHint(option, index).width() + grid)
        return hint

    def header(self) -> QHeaderView:
        """The column header, named as on a tree view."""
        return self.horizontalHeader()


def source_colors(timeline: Timeline) -> dict[str, str]:
    """The colour each source's lane is drawn in: its own, else the palette in order."""
    return {s.id: s.color or CATEGORICAL[i % len(CATEGORICAL)]
            for i, s in enumerate(timeline.sources.values())}


class SourceColors(Mapping[str, str]):
    """`source_colors` worked out per source when asked, from a view's colour keys (made
    by the loading thread): the panel asks only for the rows in sight, so opening 100k
    sources makes no dict of them in the window's thread."""

    def __init__(self, keys: Mapping[str, tuple[str | None, int]]) -> None:
        self._keys = keys

    def __getitem__(self, sid: str) -> str:
        spec, i = self._keys[sid]
        return spec or CATEGORICAL[i % len(CATEGORICAL)]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class SourcesPanel(QWidget):
    def __init__(self, model: SourcesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = SourcesProxy(model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search sources"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search sources"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.all_button = QPushButton(tr("&All", "sources"), self)
        self.none_button = QPushButton(tr("&None", "sources"), self)
        self.all_button.setAccessibleName(tr("Show all sources"))
        self.none_button.setAccessibleName(tr("Hide all sources"))
        self.all_button.clicked.connect(model.show_all)
        self.none_button.clicked.connect(model.show_none)

        self.view = SourcesView(self)
        self.view.setModel(self.proxy)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COUNT, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(tr("Sources"))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._only)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(KIND, 100)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        # Kind is in each name's tooltip; as a column it cut names to "Yonhap News…".
        header.setSectionHidden(KIND, True)
        header.setSectionResizeMode(RELIABILITY, QHeaderView.ResizeMode.ResizeToContents)
        # Reliability shows itself when the document grades a source, unless the user chose.
        self._reliability_chosen: bool | None = None
        model.modelReset.connect(self._reliability_default)
        self._reliability_default()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.setMinimumWidth(160)

    def names_width(self, most: int = 5000) -> int | None:
        """The panel width that shows every source's name unelided (the first `most`
        sources, so a huge registry costs no more), or None with no sources."""
        names = self.model.names(most)
        if not names:
            return None
        fm = self.view.fontMetrics()
        # Only the longest few hundred are measured: width follows length closely enough,
        # and measuring 5,000 names held up the opening of a big registry.
        text = max(fm.horizontalAdvance(name) for name in heapq.nlargest(300, names, key=len))
        # check box, colour swatch and their gaps; the count column; frame and margins
        chrome = 2 * self.view.iconSize().width() + 3 * fm.height() + 26
        grades = 0 if self.view.header().isSectionHidden(RELIABILITY) else \
            self.view.columnWidth(RELIABILITY)
        return text + chrome + self.view.columnWidth(COUNT) + grades

    def _source_at(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        return self.proxy.index(index.row(), NAME).data(SOURCE_ID_ROLE)

    def _only(self, index: QModelIndex) -> None:
        sid = self._source_at(index)
        if sid is not None:
            self.model.show_only(sid)

    def _context_menu(self, pos: QPoint) -> None:
        sid = self._source_at(self.view.indexAt(pos))
        menu = QMenu(self)
        only = QAction(tr("Show &only this source"), menu)
        only.setEnabled(sid is not None)
        only.triggered.connect(lambda: sid is not None and self.model.show_only(sid))
        menu.addAction(only)
        menu.addAction(tr("Show &all sources"), self.model.show_all)
        menu.addAction(tr("&Hide all sources"), self.model.show_none)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def show_kind_column(self, shown: bool) -> None:
        self.view.header().setSectionHidden(KIND, not shown)
        if shown:
            self.view.setColumnWidth(KIND, 100)

    def show_reliability_column(self, shown: bool) -> None:
        self._reliability_chosen = shown
        self.view.header().setSectionHidden(RELIABILITY, not shown)

    def _reliability_default(self) -> None:
        shown = (self._reliability_chosen if self._reliability_chosen is not None
                 else self.model.any_graded())
        self.view.header().setSectionHidden(RELIABILITY, not shown)

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        kind = QAction(tr("Show &Kind column"), menu, checkable=True)
        kind.setChecked(not self.view.header().isSectionHidden(KIND))
        kind.toggled.connect(self.show_kind_column)
        menu.addAction(kind)
        grade = QAction(tr("Show &Reliability column"), menu, checkable=True)
        grade.setChecked(not self.view.header().isSectionHidden(RELIABILITY))
        grade.toggled.connect(self.show_reliability_column)
        menu.addAction(grade)
        menu.exec(self.view.header().mapToGlobal(pos))
