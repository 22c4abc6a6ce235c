"""The overview strip under the timeline: the whole (filtered) document at a glance.

A histogram of event density across the document's full range, with the timeline's visible
window as a rectangle: drag it to pan, drag its edges to zoom, click elsewhere to jump there.
The strip lines its time axis up with the timeline's canvas (it leaves the lane-header width
empty on the left), so the two read as one picture.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from timeline_app.core.ticks import ticks
from timeline_app.core.viewport import Viewport
from timeline_app.ui.timeline.style import Fonts, Theme
from timeline_app.ui.timeline.widget import TimelineWidget

EDGE_GRAB_PX = 5.0
MIN_WINDOW_PX = 4.0


class OverviewStrip(QWidget):
    """Density of the whole document with the visible window; drives `timeline`."""

    def __init__(self, timeline: TimelineWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.setMinimumHeight(44)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setToolTip("Drag the window to pan, its edges to zoom; click to jump")
        self._bins: np.ndarray | None = None
        self._bins_key: tuple | None = None
        self._drag: tuple | None = None
        self._fonts: Fonts | None = None
        timeline.viewportChanged.connect(lambda *_: self.update())
        timeline.contentChanged.connect(self._invalidate)

    def sizeHint(self) -> QSize:
        return QSize(600, 52)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fonts = None
        super().changeEvent(event)

    def _invalidate(self) -> None:
        self._bins_key = None
        self.update()

    # --- geometry ------------------------------------------------------------------------

    def canvas_left(self) -> float:
        return self.timeline.header_width()

    def full_range(self) -> tuple[float, float]:
        """The document's range with a margin (or the visible window if there is none)."""
        doc = self.timeline.doc_view()
        bounds = doc.bounds() if doc is not None else None
        if bounds is None:
            vp = self.timeline.viewport()
            return vp.start, vp.end
        fit = Viewport.fit(bounds[0], bounds[1], max(1.0, self.width() - self.canvas_left()))
        return fit.start, fit.end

    def x_of(self, t: float) -> float:
        lo, hi = self.full_range()
        w = max(1.0, self.width() - self.canvas_left())
        x = (t - lo) / (hi - lo) * w
        return self.canvas_left() + min(max(x, -1e6), 1e6)

    def t_of(self, x: float) -> float:
        lo, hi = self.full_range()
        w = max(1.0, self.width() - self.canvas_left())
        return lo + (x - self.canvas_left()) / w * (hi - lo)

    def window_rect(self) -> QRectF:
        vp = self.timeline.viewport()
        left = self.canvas_left()
        x0 = min(max(self.x_of(vp.start), left), self.width() - MIN_WINDOW_PX)
        x1 = max(min(self.x_of(vp.end), float(self.width())), x0 + MIN_WINDOW_PX)
        return QRectF(x0, 1, x1 - x0, self.height() - 2)

    def _density(self) -> np.ndarray:
        doc = self.timeline.doc_view()
        w = max(1, int(self.width() - self.canvas_left()))
        lo, hi = self.full_range()
        key = (doc.generation if doc is not None else -1, w, lo, hi)
        if key != self._bins_key:
            if doc is None:
                self._bins = np.zeros(w, dtype=np.int64)
            else:
                starts = doc.filtered_lo()
                edges = np.linspace(lo, hi, w + 1)
                self._bins = np.diff(np.searchsorted(starts, edges))
            self._bins_key = key
        assert self._bins is not None
        return self._bins

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        theme = Theme.from_palette(self.palette())
        if self._fonts is None:
            self._fonts = Fonts.from_font(self.font())
        fonts = self._fonts
        p = QPainter(self)
        try:
            w, h = float(self.width()), float(self.height())
            left = self.canvas_left()
            p.fillRect(QRectF(0, 0, w, h), theme.window)
            p.fillRect(QRectF(left, 0, w - left, h), theme.base)
            counts = self._density()
            peak = int(counts.max()) if len(counts) else 0
            if peak:
                heights = np.sqrt(counts / peak) * (h - 16)
                color = theme.lane_color(None, 0)
                color.setAlpha(150)
                p.setPen(QPen(color, 1))
                xs = np.flatnonzero(counts)
                p.drawLines([QLineF(left + x + 0.5, h - 2, left + x + 0.5,
                                    h - 2 - max(1.0, float(heights[x]))) for x in xs.tolist()])
            lo, hi = self.full_range()
            p.setFont(fonts.small)
            p.setPen(theme.muted)
            for tick in ticks(lo, hi, max(1.0, w - left), fonts.measure.width, 24):
                if tick.major and tick.label:
                    x = self.x_of(tick.t)
                    p.drawText(QRectF(x - 60, 1, 120, 12),
                               Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                               tick.label)
            rect = self.window_rect()
            fill = QColor(theme.highlight)
            fill.setAlpha(60)
            p.fillRect(rect, fill)
            p.setPen(QPen(theme.highlight, 1.5))
            p.drawRect(rect)
            p.setPen(QPen(theme.grid_major, 1))
            p.drawLine(QPointF(0, 0.5), QPointF(w, 0.5))
        finally:
            p.end()

    # --- input ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = event.position().x()
        rect = self.window_rect()
        vp = self.timeline.viewport()
        if abs(x - rect.left()) <= EDGE_GRAB_PX and rect.width() > 2 * EDGE_GRAB_PX:
            self._drag = ("left", x, vp)
        elif abs(x - rect.right()) <= EDGE_GRAB_PX:
            self._drag = ("right", x, vp)
        elif rect.left() < x < rect.right():
            self._drag = ("move", x, vp)
        else:  # jump: centre the window on the click, then keep dragging it
            self.timeline.set_viewport(vp.centered_on(self.t_of(x)))
            self._drag = ("move", x, self.timeline.viewport())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._drag is None:
            rect = self.window_rect()
            near = min(abs(x - rect.left()), abs(x - rect.right())) <= EDGE_GRAB_PX
            self.setCursor(Qt.CursorShape.SizeHorCursor if near else
                           Qt.CursorShape.OpenHandCursor if rect.left() < x < rect.right()
                           else Qt.CursorShape.PointingHandCursor)
            return
        kind, origin, vp = self._drag
        dt = self.t_of(x) - self.t_of(origin)
        if not math.isfinite(dt):
            return
        if kind == "move":
            self.timeline.set_viewport(vp.start + dt, vp.end + dt)
        elif kind == "left":
            self.timeline.set_viewport(min(vp.start + dt, vp.end - 60.0), vp.end)
        else:
            self.timeline.set_viewport(vp.start, max(vp.end + dt, vp.start + 60.0))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None


class TimelinePanel(QWidget):
    """The timeline with its overview strip underneath, as the main window embeds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = TimelineWidget(self)
        self.overview = OverviewStrip(self.timeline, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.overview, 0)
