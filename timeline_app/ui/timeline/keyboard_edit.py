"""Keyboard moves and resizes of the current event (issue 16 §4): what a drag does, by keys.

Alt+Left/Right moves the current event by one tick unit of the current zoom; Alt+Shift+
Left/Right moves its end, Ctrl+Alt+Left/Right its start. The result goes out as `eventMoved`,
the same edit a drag makes (editing.move_event), with a gesture key: presses on one event and
one part that follow each other within BURST_S make one undo step (a burst), as one drag does;
a pause, another event or another part starts a new step. The Menu key and Shift+F10 open
the current event's context menu where the event is drawn, as a right-click on it does;
Alt+Up collapses the current event's lane and Alt+Down opens it again or, when the lane is
cut short ("+N more"), shows all its rows, as clicks on the header and the note do.
"""

from __future__ import annotations

import time
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QPoint, Qt

from timeline_app.core.model.shift import move_dates, resize_end, resize_start
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.docview import clean_label

BURST_S = 1.0  # seconds between presses that still belong to one undo step


def burst_key(widget: Any, event_id: str, part: str, now: float | None = None) -> str:
    """The gesture key of a press: the same as the previous press's while the burst lasts."""
    now = time.monotonic() if now is None else now
    last = getattr(widget, "_key_burst", None)
    serial = 1 if last is None else last[2]
    if last is None or last[0] != (event_id, part) or now - last[1] > BURST_S:
        serial += last is not None
    widget._key_burst = ((event_id, part), now, serial)
    return f"key:{serial}:{part}:{event_id}"


def tick_unit(widget: Any) -> float:
    """Seconds between two axis ticks at the current zoom (a tenth of the view without)."""
    scene = widget.scene()
    ts = sorted({t.t for t in scene.ticks}) if scene is not None else []
    gaps = [b - a for a, b in pairwise(ts) if b > a]
    return min(gaps) if gaps else widget.viewport().span / 10


def handle_key(widget: Any, key: int, mods: Qt.KeyboardModifier) -> bool:
    """Alt(+Shift or +Ctrl)+Left/Right on the current event; True when the key was used."""
    M = Qt.KeyboardModifier
    if not mods & M.AltModifier or key not in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        return False
    doc, view = widget._current, widget._doc
    if doc is None or view is None or widget.editing_locked():
        return True
    event = view.timeline.events[doc]
    delta = tick_unit(widget) * (-1 if key == Qt.Key.Key_Left else 1)
    part = ("end" if mods & M.ShiftModifier else "start" if mods & M.ControlModifier
            else "move")
    if part != "move" and event.end is None:
        widget.hint.emit(tr("This event has no end to resize"))
        return True
    new = None
    if part == "end":
        got = resize_end(event.start, event.end, delta)
        new = (event.start, got) if got is not None else None
    elif part == "start":
        got = resize_start(event.start, event.end, delta)
        new = (got, event.end) if got is not None else None
    else:
        new = move_dates(event.start, event.end, delta)
    if new is None:
        return True
    start, end = new
    widget.eventMoved.emit(event.id, start.text, end.text if end is not None else None,
                           burst_key(widget, event.id, part))
    return True


def drawn_box(widget: Any, doc: int) -> tuple[float, float, float, float] | None:
    """(left, top, right, bottom) in widget pixels of the first drawn copy of an event,
    its mark and label together; None when it is not drawn in this frame."""
    scene = widget.scene()
    for lane in scene.lanes if scene is not None else ():
        for it in lane.items:
            if it.doc == doc:
                a, b, c, d = scene.mark_rect(it)
                e, f, g, h = scene.label_rect(it)
                return (min(a, e) + scene.header_w, min(b, f), max(c, g) + scene.header_w,
                        max(d, h))
    return None


def menu_key(widget: Any, key: int, mods: Qt.KeyboardModifier) -> bool:
    """Menu or Shift+F10: the context menu of the current event; True when used."""
    if not (key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10
                                       and mods & Qt.KeyboardModifier.ShiftModifier)):
        return False
    doc = widget._current
    box = drawn_box(widget, doc) if doc is not None else None
    if box is None:
        widget.hint.emit(tr("Select a drawn event first (Left/Right step through them)"))
        return True
    a, b, c, d = box
    inside = widget.rect().adjusted(1, 1, -1, -1)
    x = int(min(max((a + min(c, a + 40)) / 2, inside.left()), inside.right()))
    y = int(min(max((b + d) / 2, inside.top()), inside.bottom()))
    widget.customContextMenuRequested.emit(QPoint(x, y))
    return True


def lane_key(widget: Any, key: int, mods: Qt.KeyboardModifier) -> bool:
    """Alt+Up / Alt+Down on the current event's lane; True when the key was used."""
    if not mods & Qt.KeyboardModifier.AltModifier or key not in (Qt.Key.Key_Up,
                                                                  Qt.Key.Key_Down):
        return False
    view, doc = widget._doc, widget._current
    numbers = view.lanes.lanes_of(doc) if view is not None and doc is not None else []
    if not numbers:
        widget.hint.emit(tr("Select an event first: Alt+Up and Alt+Down fold its lane"))
        return True
    lane_id, title = view.lanes.keys[numbers[0]], clean_label(view.lanes.titles[numbers[0]])
    if key == Qt.Key.Key_Up:
        widget.set_lane_collapsed(lane_id, True)
        widget.hint.emit(tr("Lane {name} collapsed (Alt+Down opens it)").format(name=title))
    elif lane_id in widget._collapsed:
        widget.set_lane_collapsed(lane_id, False)
        widget.hint.emit(tr("Lane {name} opened").format(name=title))
    else:
        widget._expanded.add(lane_id)
        widget._scene_key = None
        widget.update()
        widget.hint.emit(tr("Lane {name} shows all its rows").format(name=title))
    return True
