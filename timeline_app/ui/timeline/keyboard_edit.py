"""Keyboard moves and resizes of the current event (issue 16 §4): what a drag does, by keys.

Alt+Left/Right moves the current event by one tick unit of the current zoom; Alt+Shift+
Left/Right moves its end. The result goes out as `eventMoved`, the same edit a drag makes
(editing.move_event), whose merge key folds a run of presses on one event into one undo step.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt

from timeline_app.core.model.shift import move_dates, resize_end
from timeline_app.ui.i18n import tr


def tick_unit(widget: Any) -> float:
    """Seconds between two axis ticks at the current zoom (a tenth of the view without)."""
    scene = widget.scene()
    ts = sorted({t.t for t in scene.ticks}) if scene is not None else []
    gaps = [b - a for a, b in pairwise(ts) if b > a]
    return min(gaps) if gaps else widget.viewport().span / 10


def handle_key(widget: Any, key: int, mods: Qt.KeyboardModifier) -> bool:
    """Alt(+Shift)+Left/Right on the current event; True when the key was used."""
    if not mods & Qt.KeyboardModifier.AltModifier or key not in (Qt.Key.Key_Left,
                                                                  Qt.Key.Key_Right):
        return False
    doc, view = widget._current, widget._doc
    if doc is None or view is None or widget.editing_locked():
        return True
    event = view.timeline.events[doc]
    delta = tick_unit(widget) * (-1 if key == Qt.Key.Key_Left else 1)
    if mods & Qt.KeyboardModifier.ShiftModifier:
        if event.end is None:
            widget.hint.emit(tr("This event has no end to resize"))
            return True
        got = resize_end(event.start, event.end, delta)
        new = (event.start, got) if got is not None else None
    else:
        new = move_dates(event.start, event.end, delta)
    if new is None:
        return True
    start, end = new
    widget.eventMoved.emit(event.id, start.text, end.text if end is not None else None)
    return True
