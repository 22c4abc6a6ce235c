"""The Edit menu and what it does: undo and redo, new, edit, duplicate and delete events,
the source registry, and the undo history.

Every change becomes one edit pushed on the document's undo stack, whichever way the user
made it (editor dialog, Delete key, drag on the timeline).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QUndoView

from timeline_app.core.formats.ids import generated_id
from timeline_app.core.model.dates import Precision, parse_date
from timeline_app.core.model.edits import AddEvents, EditError, RemoveEvents, SetEventFields
from timeline_app.core.model.timeline import Claim, Event
from timeline_app.core.model.zoned import UTC_CLOCK, Clock
from timeline_app.ui import file_ops
from timeline_app.ui.edit_lock import EditLock
from timeline_app.ui.filter_words import name_list
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.docview import clean_label

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


def build_edit_menu(w: MainWindow, before: QAction) -> QMenu:
    stack: QUndoStack = w.document.undo_stack
    menu = QMenu(tr("&Edit"), w)
    w.menuBar().insertMenu(before, menu)
    undo = stack.createUndoAction(w, tr("&Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    redo = stack.createRedoAction(w, tr("&Redo"))
    redo.setShortcuts([*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                       QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    _dedupe_shortcuts(redo)
    menu.addAction(undo)
    menu.addAction(redo)
    menu.addSeparator()
    w.new_event_action = _add(w, menu, tr("&New Event…"), lambda: new_event(w), ["Ctrl+E"])
    w.edit_event_action = _add(w, menu, tr("&Edit Event…"), lambda: edit_selected(w), [])
    w.duplicate_action = _add(w, menu, tr("D&uplicate Event"), lambda: duplicate_selected(w),
                              ["Ctrl+D"])
    w.delete_action = _add(w, menu, tr("&Delete"), lambda: delete_selected(w),
                           QKeySequence.keyBindings(QKeySequence.StandardKey.Delete))
    menu.addSeparator()
    w.sources_action = _add(w, menu, tr("&Sources…"), lambda: edit_sources(w), [])
    w.history_dock = _history_dock(w, stack)
    menu.addAction(w.history_dock.toggleViewAction())
    w.undo_action, w.redo_action = undo, redo
    w.edit_lock = EditLock(w)  # View > Lock Editing holds for all of the above
    return menu


def _dedupe_shortcuts(action: QAction) -> None:
    seen: list[QKeySequence] = []
    for key in action.shortcuts():
        if all(key != k for k in seen):
            seen.append(key)
    action.setShortcuts(seen)


def _add(w: MainWindow, menu: QMenu, text: str, slot, keys) -> QAction:
    action = QAction(text, w)
    action.setShortcuts([QKeySequence(k) if isinstance(k, str) else k for k in keys])
    # Delete and friends belong to the timeline and the table, not to text boxes.
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _history_dock(w: MainWindow, stack: QUndoStack) -> QDockWidget:
    view = QUndoView(stack)
    view.setEmptyLabel(tr("Opened", "undo history"))
    view.setAccessibleName(tr("Undo history"))
    dock = QDockWidget(tr("History"), w)
    dock.setObjectName("historyDock")
    dock.setWidget(view)
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    w.tabifyDockWidget(w.details_dock, dock)
    w.details_dock.raise_()
    dock.toggleViewAction().setText(tr("&History"))
    return dock


# -- actions ------------------------------------------------------------------------------
def push(w: MainWindow, edit) -> bool:
    try:
        w.document.push(edit)
    except EditError as err:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Cannot change the document"), str(err),
                          QMessageBox.StandardButton.Close, w)
        box.setTextFormat(Qt.TextFormat.PlainText)
        file_ops.ask(box)
        return False
    return True


def _selected_events(w: MainWindow) -> list[Event]:
    ids = w.timeline.selected_ids()
    found = (w.document.event_by_id(i) for i in ids)
    return [e for e in found if e is not None]


def _say(w: MainWindow, text: str) -> None:
    """What an edit just did, and how to take it back, in the status bar."""
    w.statusBar().showMessage(text, 15000)


def _undo_keys() -> str:
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    return keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else tr("Undo")


def _titles(events: list[Event], limit: int = 3) -> str:
    names = [f"“{clean_label(e.title, 60)}”" for e in events[:limit]]
    more = len(events) - limit
    return name_list(names, more)


def new_event(w: MainWindow, default_start: str = "", source: str = "") -> None:
    """A new event in the editor; `source` (a lane's) starts it with that source's claim."""
    from timeline_app.ui.event_editor import EventEditor

    timeline = w.document.timeline
    if timeline is None:
        return
    if not default_start:
        vp = w.timeline.viewport()
        default_start = date_text_at(vp.start + vp.span / 2, vp.span, w.document.clock)
    claims = [Claim(source)] if source in timeline.sources else []
    editor = EventEditor(timeline, None, w, default_start=default_start,
                         known_tags=_known_tags(w), default_claims=claims,
                         clock=w.document.clock)
    try:
        if editor.exec() and (edit := editor.edit()) is not None and push(w, edit):
            new_ids = [e.id for _, e in getattr(edit, "items", [])]
            w.timeline.select_ids(new_ids)
    finally:
        editor.deleteLater()


def _known_tags(w: MainWindow) -> list[str]:
    index = w.document.index
    return list(index.tag_names) if index is not None else []


def edit_event(w: MainWindow, event_id: str) -> None:
    from timeline_app.ui.event_editor import EventEditor

    timeline = w.document.timeline
    event = w.document.event_by_id(event_id)
    if timeline is None or event is None:
        return
    editor = EventEditor(timeline, event, w, known_tags=_known_tags(w),
                         read_only=w.timeline.editing_locked(), clock=w.document.clock)
    try:
        if editor.exec() and (edit := editor.edit()) is not None:
            push(w, edit)
    finally:
        editor.deleteLater()


def edit_selected(w: MainWindow) -> None:
    current = w.timeline.current_id()
    if current is not None:
        edit_event(w, current)


def duplicate_selected(w: MainWindow) -> None:
    timeline = w.document.timeline
    events = _selected_events(w)
    if timeline is None or not events:
        return
    taken = {e.id for e in timeline.events}
    items = []
    for event in events:
        twin = copy.copy(event)
        twin.claims = [copy.copy(c) for c in event.claims]
        twin.title = f"{event.title} (copy)"  # not translated: the document's own text
        twin.id = generated_id(twin.title, twin.start.text, taken)
        taken.add(twin.id)
        at = w.document.position(event.id)  # not list.index: Event.__eq__ on each of 1M
        assert at is not None
        items.append((at + 1 + len(items), twin))
    text = (tr("Duplicate Event") if len(items) == 1
            else tr("Duplicate %Ln Event(s)", "", len(items)))
    if push(w, AddEvents(items, text=text)):
        w.timeline.select_ids([twin.id for _, twin in items])


def delete_selected(w: MainWindow) -> None:
    timeline = w.document.timeline
    events = _selected_events(w)
    if timeline is None or not events:
        return
    edit = RemoveEvents(timeline, [e.id for e in events], w.document.position)
    edit.text = (tr("Delete Event") if len(events) == 1  # the Edit menu's Undo names it
                 else tr("Delete %Ln Event(s)", "", len(events)))
    if push(w, edit):
        text = (tr("Deleted event: {titles} ({keys} undoes)") if len(events) == 1
                else tr("Deleted %Ln event(s): {titles} ({keys} undoes)", "", len(events)))
        _say(w, text.format(titles=_titles(events), keys=_undo_keys()))


def move_event(w: MainWindow, event_id: str, start: str, end: str | None,
               gesture: str = "") -> None:
    """A drag or a keyboard move on the timeline. Edits of one `gesture` (a burst of key
    presses) merge into one undo step; a drag ('') is a step of its own."""
    event = w.document.event_by_id(event_id)
    if event is None:
        return
    fields = {"start": parse_date(start)}
    if event.end is not None or end is not None:
        fields["end"] = parse_date(end) if end is not None else None
    before = (event.start.text, event.end.text if event.end is not None else None)
    edit = SetEventFields(event, text=tr("Move Event"), merge_key=gesture, **fields)
    if not edit.is_noop() and push(w, edit):
        old, new = (before[0], start) if before[0] != start else (before[1], end)
        no_end = tr("no end")
        _say(w, tr("Moved {title}: {old} → {new} ({keys} undoes)").format(
            title=_titles([event]), old=old or no_end, new=new or no_end, keys=_undo_keys()))


def edit_sources(w: MainWindow) -> None:
    from timeline_app.ui.sources_editor import SourcesEditor

    if w.document.timeline is not None:
        dialog = SourcesEditor(w.document, w)
        dialog.exec()
        dialog.deleteLater()


def date_text_at(t: float, span: float, clock: Clock = UTC_CLOCK) -> str:
    """A date for a new event at the axis's second `t`, as precise as the zoom makes
    sensible; a time of day is written with the display zone's offset (t is its wall
    clock), so the event is where it was asked for."""
    from timeline_app.core.model.calendar import from_seconds
    from timeline_app.core.model.zones import offset_text

    year, month, day, hour, minute, _ = from_seconds(t)
    day_s = 86400.0
    precision = (Precision.MINUTE if span < 2 * day_s else Precision.DAY if span < 180 * day_s
                 else Precision.MONTH if span < 8 * 365 * day_s else Precision.YEAR)
    sign = "-" if year < 0 else ""
    y = f"{sign}{abs(year):04d}" if abs(year) < 10_000 else f"Y{year}"
    if precision is Precision.YEAR or abs(year) >= 10_000:
        return y
    if precision is Precision.MONTH:
        return f"{y}-{month:02d}"
    if precision is Precision.DAY:
        return f"{y}-{month:02d}-{day:02d}"
    zone = "" if clock.is_utc else offset_text(clock.offset(t - clock.offset(t)))
    return f"{y}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}{zone}"
