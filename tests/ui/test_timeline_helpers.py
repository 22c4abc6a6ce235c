"""Shared helpers for the timeline UI tests: small documents and real input events."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from timeline_app.core.model.dates import parse_date, parse_interval
from timeline_app.core.model.timeline import Claim, Event, Source, Stance, Timeline


def make_timeline(specs, sources=("a",)) -> Timeline:
    """specs: (id, date or interval text, title[, source ids[, deny]])."""
    events = []
    for spec in specs:
        eid, when, title = spec[:3]
        srcs = spec[3] if len(spec) > 3 else (sources[0],)
        deny = spec[4] if len(spec) > 4 else False
        start, end = parse_interval(when) if "/" in when else (parse_date(when), None)
        claims = [Claim(s, stance=Stance.DENIES if deny and k else Stance.AFFIRMS)
                  for k, s in enumerate(srcs)]
        events.append(Event(eid, title, start, end, claims=claims))
    return Timeline(title="Test", sources=[Source(s, s.upper()) for s in sources],
                    events=events)


def wheel(widget, x: float, y: float, dy: int = 0, dx: int = 0,
          mods=Qt.KeyboardModifier.NoModifier) -> None:
    pos = QPointF(x, y)
    ev = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(), QPoint(dx, dy),
                     Qt.MouseButton.NoButton, mods, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, ev)


def mouse(widget, kind, x: float, y: float, button=Qt.MouseButton.LeftButton,
          buttons=Qt.MouseButton.LeftButton, mods=Qt.KeyboardModifier.NoModifier) -> None:
    pos = QPointF(x, y)
    ev = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, mods)
    QApplication.sendEvent(widget, ev)
