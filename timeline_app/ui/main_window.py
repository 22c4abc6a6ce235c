"""The main window: the timeline in the centre, sources, details and events in docks.

This module wires panels to the Document and to each other (selection sync, find, status
bar); each panel knows only the Document and its own widgets. Menus live in `actions`,
opening files in `loader`, remembered state in `settings`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.model.dates import Precision
from timeline_app.core.model.edits import Changes
from timeline_app.ui import (
    actions,
    article_import,
    context_menu,
    csv_dialog,
    editing,
    file_ops,
    opened_cache,
    time_zone,
    window_dialogs,
)
from timeline_app.ui.autosave import Autosaver, Recovery, pending_recoveries
from timeline_app.ui.csv_preview import CSV_SUFFIXES, needs_mapping
from timeline_app.ui.details import DetailsPanel
from timeline_app.ui.document import Document
from timeline_app.ui.events_table import EventsTable
from timeline_app.ui.filter_bar import FilterBar
from timeline_app.ui.filter_words import summary
from timeline_app.ui.i18n import number, tr
from timeline_app.ui.loader import FileLoader, Loaded
from timeline_app.ui.models.events import EventsModel
from timeline_app.ui.models.sources import SourcesModel
from timeline_app.ui.settings import (
    AppSettings,
    FileState,
    SettingsStore,
    file_state,
    set_file_state,
)
from timeline_app.ui.sources_panel import SourceColors, SourcesPanel
from timeline_app.ui.timeline.docview import DocView
from timeline_app.ui.timeline.overview import TimelinePanel
from timeline_app.ui.undated_strip import UndatedStrip
from timeline_app.ui.window_find import FindInWindow
from timeline_app.ui.window_layout import WindowLayout
from timeline_app.ui.window_state import (
    apply_view_state,
    default_size,
    filter_from_state,
    precision_for_span,
    view_state,
)

log = logging.getLogger(__name__)
OPENABLE_SUFFIXES = (".json", ".timeline", *CSV_SUFFIXES)  # .timeline: The Timeline Project
# Dropped files: what opens, and articles (read through the review dialog).
DROPPABLE = (*OPENABLE_SUFFIXES, *article_import.ARTICLE_SUFFIXES)


class MainWindow(FindInWindow, WindowLayout):
    def __init__(self, store: SettingsStore | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store or SettingsStore()
        self.settings: AppSettings = self.store.load()
        self.document = Document(self)
        self.loader = FileLoader(self)
        self.loader.finished.connect(self._loaded)
        self.loader.failed.connect(self._load_failed)
        self._syncing = False
        self._prepared_view: DocView | None = None
        self._recovering: Recovery | None = None
        self.keeper: opened_cache.Keeper | None = None  # the open cache's entry being written
        self._matches: list[str] = []
        self._match_pos: int | None = None

        self.panel = TimelinePanel(self)
        self.timeline = self.panel.timeline
        self.undated = UndatedStrip(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.panel, 1)
        column.addWidget(self.undated)
        self.setCentralWidget(central)
        self.filter_bar = FilterBar(self.document, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.filter_bar)

        self.sources_model = SourcesModel(self.document)
        self.sources_panel = SourcesPanel(self.sources_model, self)
        self.details = DetailsPanel(self)
        self.events_model = EventsModel(self.document)
        self.table = EventsTable(self.events_model, self)
        self.sources_dock = self._dock(tr("Sources"), "sourcesDock", self.sources_panel,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.details_dock = self._dock(tr("Details"), "detailsDock", self.details,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.events_dock = self._dock(tr("Events"), "eventsDock", self.table,
                                      Qt.DockWidgetArea.BottomDockWidgetArea)

        self.status_count = QLabel(self)
        self.status_range = QLabel(self)
        self.status_filter = QLabel(self)
        for label in (self.status_count, self.status_range, self.status_filter):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.status_count)
        self.statusBar().addWidget(self.status_range)
        self.statusBar().addPermanentWidget(self.status_filter)

        self.autosaver = Autosaver(self.document, self.settings.autosave_seconds)
        self.autosaver.report_to(self.statusBar())
        self.menu = actions.build_menus(self)
        self.edit_menu = editing.build_edit_menu(self, self.menu.view.menuAction())
        actions.settle_shortcuts(self)
        context_menu.install(self)
        self._connect()
        self.setAcceptDrops(True)
        self.resize(*default_size(_available_area(self)))
        self._default_layout_pending = not self._restore_layout()
        self._update_title()
        self._update_status()

    def _dock(self, title: str, name: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        doc = self.document
        doc.loaded.connect(self._document_loaded)
        doc.filterChanged.connect(self._filter_changed)
        self.timeline.selectionChanged.connect(self._timeline_selected)
        self.timeline.viewportChanged.connect(lambda *_: self.update_range())
        self.table.selectionChangedIds.connect(self._table_selected)
        self.table.activatedId.connect(self._activate)
        self.timeline.activated.connect(self._activate)
        self.filter_bar.searchChanged.connect(self._search_changed)
        self.filter_bar.findNext.connect(self.find_next)
        self.filter_bar.escaped.connect(self._close_search)
        doc.aboutToEdit.connect(self.timeline.prepare_reload)
        self.undated.follow(doc, self._undated_activated)
        doc.edited.connect(self._document_edited)
        doc.undo_stack.cleanChanged.connect(self._clean_changed)
        doc.saved.connect(self._update_title)
        self.timeline.emptyActivated.connect(
            lambda t, span, source: editing.new_event(
                self, editing.date_text_at(t, span, self.document.clock), source))
        self.timeline.hint.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.timeline.eventMoved.connect(
            lambda event_id, start, end, gesture: editing.move_event(self, event_id, start,
                                                                      end, gesture))

    # -- opening ---------------------------------------------------------------------------
    def open_path(self, path: str | Path, ask_to_save: bool = True,
                  ask_mapping: bool = False) -> None:
        """Open a file in the background; the current document stays until it succeeds.
        A spreadsheet (or, with `ask_mapping`, a JSON list) first goes through the CSV dialog."""
        path = Path(path).resolve()
        choice = None
        if ask_mapping or needs_mapping(path):
            choice = csv_dialog.choose_mapping(self, path)
            if choice is None:
                return  # the import was cancelled
        if ask_to_save and not file_ops.maybe_save(self):
            return
        self._remember_file_state()
        if choice is not None and choice.mapping is not None:
            self.loader.load(path, mapping=choice.mapping, encoding=choice.encoding)
        else:
            self.loader.load(path)

    def recover(self, recovery: Recovery) -> None:
        """Open a crashed session's autosave as the unsaved document it was."""
        self._recovering = recovery
        self.loader.load(recovery.data, as_path=recovery.original or recovery.data)

    def offer_recoveries(self, found: list[Recovery] | None = None) -> None:
        """At start-up: offer back the work of sessions that crashed before saving."""
        for recovery in found if found is not None else pending_recoveries():
            choice = file_ops.ask(self._recovery_question(recovery))
            if choice == QMessageBox.StandardButton.Yes:
                self.recover(recovery)
                return  # one window, one document: the rest are offered next time
            if choice == QMessageBox.StandardButton.Discard:
                recovery.discard()

    def _recovery_question(self, recovery: Recovery) -> QMessageBox:
        return window_dialogs.recovery_question(self, recovery)

    @property
    def is_recovering(self) -> bool:
        return self._recovering is not None

    def after_save(self) -> None:
        self.autosaver.discard()
        if self.document.path is not None:
            actions.add_recent(self, self.document.path)
        self._update_title()

    def _loaded(self, loaded: Loaded) -> None:
        state = file_state(self.settings, loaded.path) if self._known(loaded.path) else None
        self._prepared_view = loaded.view
        self.document.clock = self.details.clock = time_zone.clock_from_state(state)
        self.document.set_timeline(loaded.timeline, loaded.path, loaded.index,
                                   keep_filter=filter_from_state(state), kind=loaded.kind,
                                   disk_state=loaded.disk_state)
        self.keeper = opened_cache.keep(self.document, loaded)
        recovery, self._recovering = self._recovering, None
        if loaded.recovered_from is not None and recovery is not None:
            self.autosaver.adopt(recovery)
            if recovery.original is None:
                self.document.path = None
            self.document.undo_stack.resetClean()  # recovered work is unsaved work
            self._update_title()
            return
        self.filter_bar.show_state(state)
        self._apply_view_state(state)
        actions.add_recent(self, loaded.path)
        self.statusBar().clearMessage()  # the last file's warnings are not about this one
        for warning in loaded.warnings:
            text, about_encoding = csv_dialog.window_warning(warning)
            if about_encoding:
                csv_dialog.offer_encoding(self, text)
            else:
                self.statusBar().showMessage(text, 10_000)

    def _load_failed(self, error: object) -> None:
        self._error_box = window_dialogs.load_error_box(self, error)  # kept while shown
        self._error_box.open()

    def _document_loaded(self) -> None:
        timeline = self.document.timeline
        view, self._prepared_view = self._prepared_view, None
        self.timeline.set_clock(self.document.clock, relayout=False)
        self.timeline.set_document(timeline, view)
        self.menu.lock.setChecked(False)  # a file's own lock comes with its view state
        if timeline is not None:
            self._set_source_colors()
            QTimer.singleShot(0, self._fit_sources_dock)
        self.details.set_event(timeline, None)
        self._update_title()

    def _set_source_colors(self) -> None:
        """The swatches in Sources, as the timeline's view colours the lanes."""
        view = self.timeline.doc_view()
        if view is not None:
            self.sources_model.set_colors(SourceColors(view.color_keys()))

    # -- filter, selection, find -----------------------------------------------------------
    def _filter_changed(self) -> None:
        mask = self.document.mask
        self.timeline.set_filter_mask(None if mask.all() else mask,
                                      self.document.filter.hidden_sources)
        self._search_changed(self.filter_bar.search.text())
        self.table.select_ids(self.timeline.selected_ids(), self.timeline.current_id())
        self._update_status()

    def _timeline_selected(self, ids: list[str]) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.table.select_ids(ids, self.timeline.current_id())
        finally:
            self._syncing = False
        self._show_details(self.timeline.current_id())

    def _table_selected(self, ids: list[str]) -> None:
        """The table is the one place where a hidden-by-sort order is chosen: the timeline
        takes both its highlighted rows and its focused row, so all three show one event."""
        if self._syncing:
            return
        self._syncing = True
        current = self.table.current_id()
        try:
            self.timeline.select_ids(ids, current)
            if current is not None:
                self.timeline.center_on_event(current)
        finally:
            self._syncing = False
        self._show_details(current)

    def current_id(self) -> str | None:
        """The event Enter edits and Details shows, the same in the timeline and table."""
        return self.timeline.current_id()

    def _undated_activated(self, event_id: str) -> None:
        self.table.select_ids([event_id])
        self.timeline.select_ids([event_id])
        self._show_details(event_id)

    def _show_details(self, event_id: str | None) -> None:
        event = self.document.event_by_id(event_id) if event_id else None
        self.details.set_event(self.document.timeline, event)

    def _activate(self, event_id: str) -> None:
        """Enter or double-click on an event, in the timeline or the table: edit it."""
        self._show_details(event_id)
        editing.edit_event(self, event_id)

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _document_edited(self, changes: Changes) -> None:
        doc = self.document  # the view follows the edit when the document's index did
        self.timeline.reload_document(doc.delta, doc.index, None if doc.mask.all() else doc.mask)
        if changes.sources or changes.structure:
            self.sources_model.reload()
            if self.document.timeline is not None:
                self._set_source_colors()
        if changes.structure:
            self.filter_bar.reload_tags()
        self._show_details(self.timeline.current_id())
        self._update_title()

    def _close_search(self) -> None:
        self.timeline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.filter_bar.focus_search()

    # -- status and title ------------------------------------------------------------------
    def _update_title(self) -> None:
        path = self.document.path
        self.setWindowFilePath(str(path) if path else "")
        if path is not None:
            name = path.name
        elif self.document.timeline is not None:
            name = self.document.timeline.title or tr("Untitled")
        else:
            self.setWindowTitle(tr("Timeline App"))
            return
        self.setWindowTitle(tr("{name}[*] — Timeline App").format(name=name))
        self.setWindowModified(self.document.modified)

    def _update_status(self) -> None:
        timeline = self.document.timeline
        total = len(timeline.events) if timeline is not None else 0
        shown = self.document.visible_count() if timeline is not None else 0
        view = self.timeline.doc_view()
        undated = len(view.undated_docs()) if view is not None else 0
        # Counted but not on the axis: they are in the Undated strip under the timeline.
        note = tr(" (%Ln undated, listed below)", "", undated) if undated else ""
        self.status_count.setText(tr("Showing {shown} of %Ln event(s)", "", total).format(
            shown=number(shown)) + note)
        self.update_range()
        f = self.document.filter
        # Names only when the filter hides sources: 100k sources made every call cost 60 ms.
        names = ({sid: s.name for sid, s in timeline.sources.items()}
                 if timeline is not None and f.hidden_sources else {})
        self.status_filter.setText(summary(f, names) or tr("No filter"))

    def update_range(self) -> None:
        """The status bar's time range: all that changes when the view pans or zooms."""
        vp, clock = self.timeline.viewport(), self.document.clock
        precision = precision_for_span(vp.span)
        zone = ""  # a time of day names its zone; days of another zone than UTC say so
        if not clock.is_utc and precision < Precision.HOUR:
            zone = " " + clock.abbreviation(vp.end - clock.offset(vp.end))
        self.status_range.setText(f"{clock.label(vp.start, precision)} – "
                                  f"{clock.label(vp.end, precision)}{zone}")

    # -- state -----------------------------------------------------------------------------
    def _apply_view_state(self, state: FileState | None) -> None:
        apply_view_state(self, state)

    def _remember_file_state(self) -> None:
        if self.document.path is not None:
            set_file_state(self.settings, self.document.path, view_state(self))

    def _known(self, path: Path) -> bool:
        return any(Path(p) == path for p in self.settings.files)

    def save_settings(self) -> None:
        self._remember_file_state()
        self._save_layout()
        self.store.save(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not file_ops.maybe_save(self):
            event.ignore()
            return
        self.loader.cancel(silent=True)
        self.save_settings()
        self.autosaver.discard()  # a clean exit leaves nothing to recover
        self.loader.wait(5_000)
        event.accept()

    # -- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if window_dialogs.dropped_file(event, DROPPABLE) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = window_dialogs.dropped_file(event, DROPPABLE)
        if path is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: article_import.dropped(self, path)
                              or self.open_path(path))


def _available_area(w: QWidget) -> tuple[int, int] | None:
    """The free area of the window's screen; None offscreen, where there is no real screen."""
    screen = w.screen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        return None
    area = screen.availableGeometry()
    return area.width(), area.height()
