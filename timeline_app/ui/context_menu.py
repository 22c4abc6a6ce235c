"""The context menu of events, in the timeline and in the Events table.

A right-click on an event that is not highlighted highlights it first (as file managers
do), so the menu always acts on exactly the highlighted events: Edit, Duplicate and
Delete are the Edit menu's own actions; the rest are defined here. The citation copied is
plain text: title, the date as written, and the sources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from timeline_app.core.model.timeline import Event, Timeline
from timeline_app.ui import safe_text
from timeline_app.ui.i18n import tr
from timeline_app.ui.models.events import EVENT_ID_ROLE, date_text
from timeline_app.ui.safe_text import elide

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

MAX_LINKS = 12  # links listed in the Open Source Link submenu


def install(w: MainWindow) -> None:
    """Context menus on the timeline and the table, and Edit > Copy as Citation: Ctrl+C
    there (only there: text boxes keep their own Copy)."""
    w.copy_citation_action = QAction(tr("&Copy as Citation"), w)
    w.copy_citation_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Copy))
    w.copy_citation_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    w.copy_citation_action.triggered.connect(lambda: copy_citations(w))
    w.edit_menu.insertAction(w.delete_action, w.copy_citation_action)
    for widget in (w.timeline, w.table):
        widget.addAction(w.copy_citation_action)
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    w.timeline.customContextMenuRequested.connect(lambda pos: _on_timeline(w, pos))
    w.table.customContextMenuRequested.connect(lambda pos: _on_table(w, pos))


def _on_timeline(w: MainWindow, pos: QPoint) -> None:
    item = w.timeline._item_at(QPointF(pos))
    if item is None:
        return
    event_id = w.timeline.doc_view().timeline.events[item.doc].id
    if event_id not in w.timeline.selected_ids():
        w.timeline.select_ids([event_id])
    popup(event_menu(w), w.timeline.mapToGlobal(pos))


def _on_table(w: MainWindow, pos: QPoint) -> None:
    index = w.table.indexAt(pos)
    if not index.isValid():
        return
    event_id = index.siblingAtColumn(0).data(EVENT_ID_ROLE)
    if event_id not in w.table.selected_ids():
        w.table.selectRow(index.row())
    popup(event_menu(w), w.table.viewport().mapToGlobal(pos))


def popup(menu: QMenu, where: QPoint) -> None:
    """Show the menu (tests replace this function to act on it instead)."""
    menu.exec(where)
    menu.deleteLater()


def event_menu(w: MainWindow) -> QMenu:
    """The menu for the highlighted events."""
    timeline = w.document.timeline
    events = [e for e in map(w.document.event_by_id, w.timeline.selected_ids()) if e]
    menu = QMenu(w)
    menu.setObjectName("eventMenu")
    menu.addAction(w.edit_event_action)
    menu.addAction(w.duplicate_action)
    menu.addAction(w.delete_action)
    menu.addSeparator()
    sources = sorted({sid for e in events for sid in e.source_ids()})
    only = menu.addAction(tr("Show Only Its &Sources") if len(events) == 1
                          else tr("Show Only Their &Sources"))
    only.setEnabled(bool(sources))
    only.triggered.connect(lambda: show_only_sources(w, sources))
    menu.addAction(w.copy_citation_action)
    links = source_links(timeline, events) if timeline is not None else []
    if len(links) <= 1:
        link = menu.addAction(tr("Open Source &Link"))
        link.setEnabled(bool(links))
        if links:
            link.setToolTip(links[0][1])
            link.triggered.connect(lambda: safe_text.open_url(links[0][1]))
    else:
        sub = menu.addMenu(tr("Open Source &Link"))
        for label, url in links[:MAX_LINKS]:
            action = QAction(elide(f"{label} — {url}", 120).replace("&", "&&"), sub)
            action.triggered.connect(lambda _=False, u=url: safe_text.open_url(u))
            sub.addAction(action)
    return menu


def copy_citations(w: MainWindow) -> None:
    """The highlighted events as plain-text citations, one a line, on the clipboard."""
    timeline = w.document.timeline
    events = [e for e in map(w.document.event_by_id, w.timeline.selected_ids()) if e]
    if timeline is not None and events:
        QApplication.clipboard().setText(citations(timeline, events))
        w.statusBar().showMessage(tr("Copied %Ln citation(s)", "", len(events)), 5_000)


def show_only_sources(w: MainWindow, sources: list[str]) -> None:
    ids = w.sources_model.source_ids()
    w.document.update_filter(hidden_sources=frozenset(s for s in ids if s not in sources))


def citation(timeline: Timeline, event: Event) -> str:
    """`Title (date as written). Sources: A; B.` — one line, plain text."""
    names = tr("; ", "between sources").join(
        timeline.source_name(s) for s in event.source_ids()) or tr("no source")
    return tr("{title} ({date}). Sources: {sources}.").format(
        title=event.title, date=date_text(event), sources=names)


def citations(timeline: Timeline, events: list[Event]) -> str:
    return "\n".join(citation(timeline, e) for e in events)


def source_links(timeline: Timeline, events: list[Event]) -> list[tuple[str, str]]:
    """(source name, URL) of each claim's link that can be opened safely, then each cited
    source's own link; each URL once."""
    seen: dict[str, str] = {}
    for event in events:
        for claim in event.claims:
            if safe_text.is_safe_url(claim.url):
                seen.setdefault(claim.url, timeline.source_name(claim.source))
        for sid in event.source_ids():
            source = timeline.sources.get(sid)
            if source is not None and safe_text.is_safe_url(source.url):
                seen.setdefault(source.url, source.name)
    return [(name, url) for url, name in seen.items()]
