"""Dragging an event on the timeline: which part a press grabs, the live preview, the ghost.

The drag never touches the document: it keeps the dates the event would get (computed by
`core.shift`, snapped to their precision) and paints them as a ghost over the frame. The
widget reports the result once, on release, so the whole drag is one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from timeline_app.core.geometry.viewport import Viewport
from timeline_app.core.model.dates import EDate
from timeline_app.core.model.shift import move_dates, resize_end, resize_start
from timeline_app.core.model.zoned import UTC_CLOCK, Clock
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.docview import END_OPEN, RANGED, START_OPEN
from timeline_app.ui.timeline.packing import BAR_H, MARKER_R, POINT_PX
from timeline_app.ui.timeline.scene import Item, Scene
from timeline_app.ui.timeline.style import Fonts, Theme

HANDLE_PX = 6.0  # the last pixels of a ranged bar resize its end (the first: its start)
_FAR = 1e6


def dates_text(start: EDate, end: EDate | None) -> str:
    """Dates as the file will hold them: "2024-10 – 2025-04~"."""
    return start.text + (f" – {end.text}" if end is not None else "")


def handle_at(scene: Scene, item: Item, x: float, y: float) -> str | None:
    """"start" or "end" when canvas point (x, y) is on a resize handle of a ranged bar."""
    if item.point or not item.flags & RANGED:
        return None
    top, bottom = scene.bar_y(item) - BAR_H / 2 - 3, scene.bar_y(item) + BAR_H / 2 + 3
    if not top <= y <= bottom:
        return None
    grip = min(HANDLE_PX, (item.x1 - item.x0) / 3)
    if not item.flags & END_OPEN and item.x1 - grip <= x <= item.x1 + 2:
        return "end"
    if not item.flags & START_OPEN and item.x0 - 2 <= x <= item.x0 + grip:
        return "start"
    return None


@dataclass(slots=True)
class EventDrag:
    """A press on an event, possibly becoming a move ("move") or a resize ("start", "end")."""

    doc: int
    event_id: str
    part: str
    origin: QPointF
    item: Item
    start: EDate
    end: EDate | None
    active: bool = False  # past the drag threshold
    preview: tuple[EDate, EDate | None] | None = None
    clock: Clock = UTC_CLOCK  # where the ghost is drawn: the axis's wall clock

    def update(self, delta: float) -> None:
        """The dates the event would get after moving `delta` seconds (None: no change)."""
        start, end = self.start, self.end
        new: tuple[EDate, EDate | None] | None = None
        if self.part == "move":
            new = move_dates(start, end, delta)
        elif self.part == "end" and end is not None:
            got = resize_end(start, end, delta)
            new = (start, got) if got is not None else None
        elif self.part == "start" and end is not None:
            got = resize_start(start, end, delta)
            new = (got, end) if got is not None else None
        if new is not None and new[0].text == start.text and \
                (new[1].text if new[1] else None) == (end.text if end else None):
            new = None
        self.preview = new

    def preview_text(self) -> str:
        """The dates as they will be written, for the tooltip that follows the pointer."""
        if self.preview is None:
            return tr("Unchanged: {dates}").format(dates=dates_text(self.start, self.end))
        text = {"move": tr("Move to {dates}"), "start": tr("New start: {dates}"),
                "end": tr("New end: {dates}")}[self.part]
        return text.format(dates=dates_text(*self.preview))

    def result(self) -> tuple[str, str | None] | None:
        """(start text, end text) to store, or None when the drag changes nothing."""
        if not self.active or self.preview is None:
            return None
        start, end = self.preview
        return start.text, end.text if end is not None else None


def paint_ghost(p: QPainter, scene: Scene, drag: EventDrag, theme: Theme,
                fonts: Fonts) -> None:
    """The event at its previewed dates: a translucent outline in the highlight colour and
    the new date text above it. Canvas coordinates (the caller translates)."""
    if drag.preview is None:
        return
    start, end = drag.preview
    vp: Viewport = scene.vp
    it = drag.item
    clock = drag.clock
    x0 = it.x0 if start.is_open else vp.x_of(clock.span(start)[0])
    last = end if end is not None else start
    x1 = it.x1 if last.is_open else vp.x_of(clock.span(last)[1])
    x0, x1 = max(-_FAR, min(_FAR, x0)), max(-_FAR, min(_FAR, x1))
    cy = scene.bar_y(it)
    fill = QColor(theme.highlight)
    fill.setAlpha(90)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(theme.highlight, 1.5, Qt.PenStyle.DashLine))
    p.setBrush(fill)
    if x1 - x0 < POINT_PX:
        cx = (x0 + x1) / 2
        p.drawEllipse(QPointF(cx, cy), MARKER_R + 1, MARKER_R + 1)
    else:
        p.drawRect(QRectF(x0, cy - BAR_H / 2, x1 - x0, BAR_H))
    text = dates_text(start, end)
    p.setFont(fonts.label)
    width = fonts.measure.metrics.horizontalAdvance(text) + 8
    box = QRectF(max(0.0, min(x0, scene.canvas_w - width)), it.y, width, scene.text_h + 2)
    p.fillRect(box, theme.highlight)
    p.setPen(theme.highlight_text)
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    p.restore()
