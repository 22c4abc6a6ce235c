"""The overview strip under the timeline: the whole (filtered) document at a glance.

A histogram of event density across the document's full range (for a small document, one
tick per event, stacked where several start together), with a time axis, the selected
events, and the timeline's visible window as an outlined rectangle (the rest dimmed): drag it
to pan, drag its edges to zoom, click elsewhere to jump there.
The strip lines its time axis up with the timeline's canvas (it leaves the lane-header width
empty on the left), so the two read as one picture.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QVBoxLayout, QWidget

from timeline_app.core.geometry.ticks import ticks
from timeline_app.core.geometry.viewport import Viewport
from timeline_app.ui.i18n import number, tr
from timeline_app.ui.timeline.style import Fonts, Theme, mix
from timeline_app.ui.timeline.widget import TimelineWidget

EDGE_GRAB_PX = 5.0
MIN_WINDOW_PX = 4.0
BIN_PX = 3  # histogram column width: a 2-px bar and a 1-px gap
STACK_BIN_PX = 5  # a small document's columns: a 4-px tick per event and a 1-px gap
MAX_UNIT_PX = 9  # height of one event's tick (and the gap above it) in a small document
STACK_MAX = 400  # up to this many events may be drawn as one stacked tick each
SELECTION_MAX = 500  # selected events marked on the strip
_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class OverviewStrip(QWidget):
    """Density of the whole document with the visible window; drives `timeline`."""

    def __init__(self, timeline: TimelineWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Timeline overview"))
        self.setAccessibleDescription(tr("The whole document in brief; the frame is the view"))
        self.timeline = timeline
        self.setMinimumHeight(44)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setToolTip(tr("Drag the window to pan, its edges to zoom; click to jump"))
        self._bins: np.ndarray | None = None
        self._bins_key: tuple | None = None
        self._bars_key: tuple | None = None
        self._bars_cache: tuple[list[QRectF], bool] = ([], False)
        self._drag: tuple | None = None
        self._fonts: Fonts | None = None
        timeline.viewportChanged.connect(lambda *_: self.update())
        timeline.contentChanged.connect(self._invalidate)
        timeline.headerWidthChanged.connect(self._invalidate)
        timeline.selectionChanged.connect(lambda *_: self.update())

    def sizeHint(self) -> QSize:
        return QSize(600, 52)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fonts = None
        super().changeEvent(event)

    def _invalidate(self) -> None:
        self._bins_key = None
        self._bars_key = None
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
        """Events starting in each column (about BIN_PX wide) of the strip's canvas."""
        doc = self.timeline.doc_view()
        w = max(1, int(self.width() - self.canvas_left()))
        lo, hi = self.full_range()
        shown = doc.shown_count() - doc.undated_count() if doc is not None else 0
        n_bins = max(1, w // (STACK_BIN_PX if shown <= STACK_MAX else BIN_PX))
        key = (doc.generation if doc is not None else -1, n_bins, lo, hi)
        if key != self._bins_key:
            if doc is None:
                self._bins = np.zeros(n_bins, dtype=np.int64)
            else:
                edges = np.linspace(lo, hi, n_bins + 1)
                self._bins = doc.starts_in(edges)
            self._bins_key = key
            self._bars_key = None
        assert self._bins is not None
        return self._bins

    def _bars(self, top: float, base: float) -> tuple[list[QRectF], bool]:
        """The histogram as rectangles standing on the baseline `base`, and whether they
        are stacked ticks (one per event, for small documents) rather than bars."""
        counts = self._density()
        key = (self._bins_key, top, base)
        if key == self._bars_key:
            return self._bars_cache
        left = self.canvas_left()
        bin_w = max(1.0, self.width() - left) / max(1, len(counts))
        room = max(2.0, base - top)
        peak = int(counts.max()) if len(counts) else 0
        rects: list[QRectF] = []
        unit = math.floor(room / peak) if peak else 0
        stacked = peak > 0 and unit >= 3 and int(counts.sum()) <= STACK_MAX
        cols = np.flatnonzero(counts).tolist()
        if stacked:  # one tick per event, stacked where several start together
            unit = min(unit, MAX_UNIT_PX)
            for c in cols:
                x = left + c * bin_w
                rects.extend(QRectF(x, base - (k + 1) * unit + 1, bin_w, unit - 1)
                             for k in range(int(counts[c])))
        elif peak:  # square-root heights, so sparse stretches still show
            heights = np.maximum(np.sqrt(counts / peak) * room, 2.0)
            rects = [QRectF(left + c * bin_w, base - float(heights[c]), bin_w - 1,
                            float(heights[c])) for c in cols]
        self._bars_cache = (rects, stacked)
        self._bars_key = key
        return self._bars_cache

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        theme = Theme.from_palette(self.palette())
        if self._fonts is None:
            self._fonts = Fonts.from_font(self.font())
        fonts = self._fonts
        p = QPainter(self)
        try:
            self._paint(p, theme, fonts)
        finally:
            p.end()

    def _paint(self, p: QPainter, theme: Theme, fonts: Fonts) -> None:
        w, h = float(self.width()), float(self.height())
        left = self.canvas_left()
        small_h = QFontMetricsF(fonts.small).height()
        top = math.ceil(small_h) + 4  # the label row, then the histogram down to `base`
        base = h - 4.5
        p.fillRect(QRectF(0, 0, w, h), theme.window)
        p.fillRect(QRectF(left, 0, w - left, h), theme.base)
        doc = self.timeline.doc_view()
        # What the strip shows, in the lane-header column's place.
        if doc is not None:
            undated = doc.undated_count()  # counted, though the strip cannot place them
            shown, total = doc.shown_count(), doc.total_count()
            caption = (tr("%Ln event(s)", "", shown) if shown == total
                       else tr("{shown} of %Ln event(s)", "", total).format(shown=number(shown)))
            if undated:
                caption = tr("{count} ({undated} undated)").format(count=caption,
                                                                  undated=number(undated))
            p.setFont(fonts.small)
            p.setPen(theme.muted)
            p.drawText(QRectF(6, 0, max(0.0, left - 12), h), _ALIGN_LEFT, caption)
        lo, hi = self.full_range()
        tick_list = ticks(lo, hi, max(1.0, w - left), fonts.measure.width, 24)
        rects, _ = self._bars(top, base)
        # The axis: faint lines up from the baseline at every tick, labels on top.
        major, minor = [], []
        for tick in tick_list:
            x = round(self.x_of(tick.t)) + 0.5
            if left <= x <= w:
                (major if tick.major else minor).append(QLineF(x, 2, x, base))
        p.setPen(QPen(theme.grid, 1))
        p.drawLines(minor)
        p.setPen(QPen(theme.grid_major, 1))
        p.drawLines(major)
        p.setFont(fonts.small)
        label_pen = mix(theme.text, theme.base, 0.2)
        for tick in tick_list:
            if not tick.label:
                continue
            x = self.x_of(tick.t)
            if x < left or x > w:
                continue
            p.setPen(label_pen if tick.major else theme.muted)
            p.drawText(QRectF(x + 3, 1, 200, small_h + 2),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, tick.label)
        # The histogram, in a muted tone, standing on its baseline.
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.overview_bar)
        p.drawRects(rects)
        p.setPen(QPen(theme.muted, 1))
        p.drawLine(QLineF(left, base + 0.5, w, base + 0.5))
        self._paint_selection(p, theme, top, base)
        self._paint_window(p, theme, left, w, h)
        p.setPen(QPen(theme.grid_major, 1))
        p.drawLine(QPointF(0, 0.5), QPointF(w, 0.5))

    def _paint_selection(self, p: QPainter, theme: Theme, top: float, base: float) -> None:
        """The timeline's selected events: a small pointer above the histogram each."""
        doc = self.timeline.doc_view()
        docs = self.timeline.selected_docs()
        if doc is None or not docs:
            return
        starts = doc.lane_index.lo[np.asarray(docs[:SELECTION_MAX], dtype=np.int64)]
        starts = starts[~np.isnan(starts)]  # an undated event has no place on the strip
        xs = sorted({round(self.x_of(float(t))) for t in starts.tolist()})
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.highlight)
        y = top - 1
        for x in xs:
            p.drawPolygon(QPolygonF([QPointF(x - 4, y), QPointF(x + 4, y),
                                     QPointF(x, y + 5)]))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_window(self, p: QPainter, theme: Theme, left: float, w: float,
                      h: float) -> None:
        """The visible window: the rest of the strip faded, the window filled lightly and
        outlined, with grips on its edges."""
        rect = self.window_rect()
        shade = QColor(theme.base)
        shade.setAlpha(120)
        if rect.left() > left:
            p.fillRect(QRectF(left, 1, rect.left() - left, h - 1), shade)
        if rect.right() < w:
            p.fillRect(QRectF(rect.right(), 1, w - rect.right(), h - 1), shade)
        fill = QColor(theme.highlight)
        fill.setAlpha(40 if theme.dark else 24)
        p.fillRect(rect, fill)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(theme.highlight, 1))
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.highlight)
        cy = rect.center().y()
        for x in (rect.left() + 0.5, rect.right() - 0.5):
            p.drawRoundedRect(QRectF(x - 2, cy - 7, 4, 14), 1.5, 1.5)

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
