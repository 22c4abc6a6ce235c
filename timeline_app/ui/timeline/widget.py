"""The timeline widget: a thin QWidget that turns input into viewport and selection changes.

Layout lives in `scene`, drawing in `painter`, input in `input` (InputMixin), selection and
navigation in `selection` (SelectionMixin), tooltip text in `tooltips`; so this class only
keeps state (document view, viewport, selection, collapsed lanes, display zone), caches the
scene per (viewport, size, lanes, scroll, font) and paints it. The filter, lane mode, search
highlight and selection are set from outside (the main window's panels); the view reports
selection, activation and viewport. The lane-header column is as wide as the longest lane
name needs until the user drags its edge (`set_header_width`, `headerWidthChanged`).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QScrollBar, QWidget

from timeline_app.core.geometry.viewport import Viewport
from timeline_app.core.model.timeline import Timeline
from timeline_app.core.model.zoned import UTC_CLOCK, Clock
from timeline_app.core.query.delta import Delta
from timeline_app.core.query.filtering import FilterIndex
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.docview import DocView
from timeline_app.ui.timeline.drag import paint_ghost
from timeline_app.ui.timeline.frame import (
    HEADER_FLOOR_PX,
    HEADER_MIN_PX,
    fit_header,
    fit_viewport,
    lanes_header_need,
)
from timeline_app.ui.timeline.grade_marks import badge_room
from timeline_app.ui.timeline.input import InputMixin
from timeline_app.ui.timeline.legend import paint_corner_legend
from timeline_app.ui.timeline.painter import Marks, paint_band, paint_scene
from timeline_app.ui.timeline.said_marks import ROOM as SAID_ROOM
from timeline_app.ui.timeline.said_marks import mark_at, mark_tooltip_html
from timeline_app.ui.timeline.scene import Item, Scene, build_scene
from timeline_app.ui.timeline.selection import SelectionMixin
from timeline_app.ui.timeline.style import Fonts, Theme
from timeline_app.ui.timeline.tooltips import event_tooltip_html, lane_tooltip_html
from timeline_app.ui.timeline.view_options import ViewOptionsMixin

MIN_CANVAS_PX = 120.0  # a dragged header always leaves this much canvas
SCROLLBAR_W = 12  # the lanes' scroll bar, over the canvas's right edge; labels keep off it


class TimelineWidget(InputMixin, SelectionMixin, ViewOptionsMixin, QWidget):
    """Lanes of events on a zoomable time axis."""

    selectionChanged = Signal(list)  # event ids
    activated = Signal(str)  # event id (double-click or Enter)
    viewportChanged = Signal(float, float)  # visible start, end (epoch seconds)
    contentChanged = Signal()  # document, filter or lanes changed
    headerWidthChanged = Signal(float)  # the lane-header column's width, in pixels
    # Double-click on empty space: instant, visible span, the lane's source id (or "").
    emptyActivated = Signal(float, float, str)
    # A drag or Alt+arrows moved an event: id, start text, end text (None: no end).
    eventMoved = Signal(str, str, object, str)  # id, start, end, gesture ('' for a drag)
    hint = Signal(str)  # a word for the status bar (e.g. how to move an event after a pan)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from timeline_app.ui.timeline.accessible import install
        install()
        self.setAccessibleName(tr("Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(240, 120)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._doc: DocView | None = None
        self._clock = UTC_CLOCK  # the zone whose wall clock the axis shows
        self._fonts: Fonts | None = None
        self._theme: Theme | None = None
        self._header_need: float | None = None  # from the lane names; None: measure again
        self._header_user: float | None = None  # dragged by the user (or set by the window)
        self._header_shown = -1.0  # last width reported by headerWidthChanged
        self._cursor: Qt.CursorShape | None = None  # set by hovering a grip or handle
        self._vp = Viewport.fit(float("nan"), float("nan"), self._canvas_width())
        self._fitted = True
        # A view restored before the first paint keeps its time range, not its scale, as the
        # final width is still to come (else it grew each session, once to 3226 BC - 4272).
        self._keep_range = False
        self._collapsed: set[str] = set()
        self._expanded: set[str] = set()  # lanes whose "+N more" was clicked
        self._pins: np.ndarray | None = None
        self._pins_of: tuple | None = None
        self._scroll_y = 0.0
        self._selected: set[int] = set()
        self._current: int | None = None
        self._highlight: set[int] = set()
        self._hover: int | None = None
        self._said = False  # claims by date said (said_marks)
        self._by_reliability = False  # View > Lanes > Order by Reliability
        self._drag: tuple | None = None
        self._locked = False  # View > Lock editing: no drags, no double-click creation
        self._legend = False  # View > Legend: the marks explained, bottom right
        self._band: QRectF | None = None
        self._scene: Scene | None = None
        self._scene_key: tuple | None = None
        self._scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self._scrollbar.hide()
        self._scrollbar.valueChanged.connect(self._on_scroll)

    # --- public API ----------------------------------------------------------------------

    def set_document(self, timeline: Timeline | None, view: DocView | None = None) -> None:
        """Show a document (or nothing) and fit it into view; clears selection and filter.

        `view` may be prepared beforehand (it is Qt-free), e.g. by the loader's thread, so a
        large document does not stall the window while its index is built."""
        if timeline is None:
            self._doc = None
        else:
            ours = view if view is not None and view.timeline is timeline else None
            # On another clock (the file's remembered zone), the view's filter index still
            # gives the lanes and colours, and its extents once the document moved it.
            self._doc = ours if ours is not None and ours.clock == self._clock else \
                DocView(timeline, self._clock, ours.filters if ours is not None else None)
            if self._by_reliability:
                self._doc.relane(by_reliability=True)
        self._selected.clear()
        self._highlight.clear()
        self._current = self._hover = None
        self._collapsed.clear()
        self._expanded.clear()
        self._scroll_y = 0.0
        self._header_need = None
        self.fit_all()
        self._header_changed()
        self.contentChanged.emit()

    def prepare_reload(self) -> None:
        """Note the selection by event id before an edit moves events around."""
        if self._doc is None:
            self._pending = None
            return
        events = self._doc.timeline.events
        current = events[self._current].id if self._current is not None else None
        self._pending = (self.selected_ids(), current)
        self._pending_docs = (sorted(self._selected), self._current, sorted(self._highlight))

    def reload_document(self, delta: Delta | None = None, filters: FilterIndex | None = None,
                        mask: np.ndarray | None = None) -> None:
        """Re-index the same document after an edit, keeping viewport, lanes, filter,
        collapsed lanes and the selection (of events that still exist). Call
        `prepare_reload()` before the edit so the selection can follow its events.
        With the edit's `delta` (and the document's filter index, already up to date, and
        its mask: None shows all) the view follows the edit in place instead (issue 14)."""
        old = self._doc
        if old is None:
            return
        pending, self._pending = getattr(self, "_pending", None), None
        docs, self._pending_docs = getattr(self, "_pending_docs", None), None
        if (delta is not None and filters is not None and docs is not None
                and old.follow(delta, filters)):
            self._followed(old, delta, docs, mask)
            return
        selected, current = pending if pending is not None else ([], None)
        view = DocView(old.timeline, self._clock)
        mask = old.mask if old.mask is not None and len(old.mask) == len(view) else None
        view.relane(mode=old.mode, mask=mask, keep_mask=False, hidden=old.hidden,
                    by_reliability=old.by_reliability)
        self._doc = view
        self._selected = set(self._docs_of(selected))
        self._current = view.doc_of(current) if current is not None else None
        self._hover = None
        self._highlight = {d for d in self._highlight if d < len(view)}
        self._header_need = None  # an edit may have renamed or added a lane
        self._changed_content()
        self._header_changed()

    def _followed(self, view: DocView, delta: Delta,
                  docs: tuple[list[int], int | None, list[int]], mask: np.ndarray | None) -> None:
        """After `DocView.follow`: new lanes for the mask, the selection renumbered."""
        view.relane(mask=mask, keep_mask=False)
        selected, current, highlight = docs
        moved = delta.new_of_old(np.array([*selected, -1 if current is None else current,
                                           *highlight], dtype=np.int64)).tolist()
        self._selected = {d for d in moved[:len(selected)] if d >= 0}
        now = moved[len(selected)]
        self._current = now if now >= 0 else None
        self._highlight = {d for d in moved[len(selected) + 1:] if d >= 0}
        self._hover = None
        self._header_need = None  # an edit may have renamed or added a lane
        self._changed_content()
        self._header_changed()

    def set_clock(self, clock: Clock, relayout: bool = True) -> None:
        """Lay out on another zone's clocks (View > Time zone): times of day move; without
        `relayout`, from the next document on (one being opened is laid out once)."""
        self._clock = clock
        if relayout:
            self.prepare_reload()
            self.reload_document()

    def doc_view(self) -> DocView | None:
        return self._doc

    def viewport(self) -> Viewport:
        self._sync_width()
        return self._vp

    def set_viewport(self, vp: Viewport | float, end: float | None = None) -> None:
        """Set the visible window, as a Viewport or as (start, end) seconds."""
        if not isinstance(vp, Viewport):
            start = float(vp)
            stop = start + 1.0 if end is None else float(end)
            vp = Viewport(start, stop - start, self._canvas_width())
        self._set_vp(vp.resized(self._canvas_width()) if vp.width != self._canvas_width()
                     else vp.clamped(), fitted=False)
        self._keep_range = not self.isVisible()

    def fit_all(self) -> None:
        bounds = self._doc.bounds() if self._doc is not None else None
        lo, hi = bounds if bounds is not None else (float("nan"), float("nan"))
        self._set_vp(fit_viewport(lo, hi, self._canvas_width()), fitted=True)

    def scene(self) -> Scene | None:
        """The current frame's layout (for tests and hit testing)."""
        return self._ensure_scene()

    def header_width(self) -> float:
        """Width of the lane-header column: the user's, if they dragged it (leaving MIN_CANVAS_PX
        of canvas), else what the longest lane name needs, in [120, 260] px, ≤ 35% of the view."""
        width = self.width()
        if self._header_user is not None:
            return float(max(HEADER_FLOOR_PX, min(round(self._header_user),
                                                  math.floor(width - MIN_CANVAS_PX))))
        if self._header_need is None:
            if self._doc is None:
                self._header_need = HEADER_MIN_PX
            else:
                fonts = self._style()[0]
                self._header_need = lanes_header_need(self._doc.lanes, fonts.measure.widths,
                                                      badge_room(self._doc, fonts))
        return fit_header(self._header_need, width)

    def set_header_width(self, px: float | None) -> None:
        """Size the lane-header column as if dragged to `px`; None: back to the default."""
        self._header_user = None if px is None or not math.isfinite(px) else float(px)
        self._header_changed()

    def user_header_width(self) -> float | None:
        """The width the header was dragged (or set) to, or None when it follows the lanes."""
        return self._header_user

    def x_of(self, t: float) -> float:
        """Widget x of an instant."""
        return self.header_width() + self.viewport().x_of(t)

    # --- state helpers -------------------------------------------------------------------

    def _canvas_width(self) -> float:
        return max(1.0, self.width() - self.header_width())

    def _header_changed(self) -> None:
        """Follow a new header width: the canvas narrows or widens (a fitted view refits)."""
        self._scene_key = None
        self._sync_width()
        self.update()
        hw = self.header_width()
        if hw != self._header_shown:
            self._header_shown = hw
            self.headerWidthChanged.emit(hw)

    def _set_vp(self, vp: Viewport, fitted: bool = False) -> None:
        self._fitted = fitted
        if vp != self._vp:
            self._vp = vp
            self.update()
            self.viewportChanged.emit(vp.start, vp.end)

    def _changed_content(self) -> None:
        if self._doc is not None and self._doc.mask is not None:
            self._selected = {d for d in self._selected if self._doc.mask[d]}
        self._scene_key = None
        self.update()
        self.contentChanged.emit()

    def _style(self) -> tuple[Fonts, Theme]:
        if self._fonts is None:
            self._fonts = Fonts.from_font(self.font())
        if self._theme is None:
            self._theme = Theme.from_palette(self.palette())
        return self._fonts, self._theme

    def _ensure_scene(self) -> Scene | None:
        if self._doc is None:
            return None
        fonts, _ = self._style()
        self._sync_width()
        pins = self._pinned()
        key = (self._doc.generation, self._vp, self.width(), self.height(),
               self.header_width(), frozenset(self._collapsed), self._scroll_y, id(fonts),
               frozenset(self._expanded), id(pins))
        if key != self._scene_key:
            m = fonts.measure
            self._scene = build_scene(self._doc, self._vp, self.width(), self.height(),
                                      m.widths, m.height, self.header_width(),
                                      frozenset(self._collapsed), self._scroll_y,
                                      label_inset=SCROLLBAR_W,
                                      expanded=frozenset(self._expanded), pinned=pins,
                                      row_room=SAID_ROOM if self._said else 0.0)
            self._scene_key = key
            self._update_scrollbar(self._scene)
        return self._scene

    def _pinned(self) -> np.ndarray:
        """Selected and matching events, sorted: the scene never reduces them to a tick."""
        if self._pins is None or self._pins_of != (self._selected, self._highlight):
            self._pins = np.array(sorted(self._selected | self._highlight), dtype=np.int64)
            self._pins_of = (set(self._selected), set(self._highlight))
        return self._pins

    def _update_scrollbar(self, scene: Scene) -> None:
        room = self.height() - scene.axis_h
        excess = int(scene.content_h - room)
        sb = self._scrollbar
        sb.blockSignals(True)
        sb.setVisible(excess > 0)
        sb.setRange(0, max(0, excess))
        sb.setPageStep(max(1, int(room)))
        sb.setValue(int(self._scroll_y))
        sb.setGeometry(self.width() - SCROLLBAR_W, int(scene.axis_h), SCROLLBAR_W,
                       max(1, int(room)))
        sb.blockSignals(False)
        if self._scroll_y > max(0, excess):
            self._scroll_y = float(max(0, excess))
            self._scene_key = None

    def _on_scroll(self, value: int) -> None:
        self._scroll_y = float(value)
        self.update()

    def _canvas_pos(self, pos: QPointF) -> tuple[float, float]:
        return pos.x() - self.header_width(), pos.y()

    def _item_at(self, pos: QPointF) -> Item | None:
        scene = self._ensure_scene()
        if scene is None or pos.x() < self.header_width():
            return None
        return scene.item_at(*self._canvas_pos(pos))

    # --- Qt events -----------------------------------------------------------------------

    def paintEvent(self, event: QEvent) -> None:
        self._keep_range = False
        fonts, theme = self._style()
        p = QPainter(self)
        try:
            scene = self._ensure_scene()
            if scene is None:
                p.fillRect(self.rect(), theme.base)
                p.setPen(theme.muted)
                p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No timeline open"))
                return
            marks = Marks(self._selected, self._highlight, self._hover, said=self._said)
            paint_scene(p, scene, self._doc, theme, fonts, marks)
            if self._drag is not None and self._drag[0] == "event":
                p.save()
                p.setClipRect(QRectF(self.header_width(), scene.axis_h, scene.canvas_w,
                                     self.height() - scene.axis_h))
                p.translate(self.header_width(), 0)
                paint_ghost(p, scene, self._drag[1], theme, fonts)
                p.restore()
            if self._legend:  # in the corner, as an export's: the document's marks
                paint_corner_legend(p, QRectF(self.rect()).adjusted(0, 0, -SCROLLBAR_W, 0),
                                    scene.canvas_w, theme, fonts, self._said, self._doc.graded)
            if self._band is not None:
                paint_band(p, self._band, theme)
        finally:
            p.end()

    def resizeEvent(self, event: QEvent) -> None:
        self._header_changed()
        super().resizeEvent(event)

    def _sync_width(self) -> None:
        """Follow the widget's width (a hidden widget gets no resize event until shown)."""
        if self._vp.width == self._canvas_width():
            return
        if self._fitted:
            self.fit_all()
        elif self._keep_range:
            self._set_vp(Viewport(self._vp.start, self._vp.span, self._canvas_width()).clamped())
        else:
            self._set_vp(self._vp.resized(self._canvas_width()))

    def restyle(self) -> None:
        """Draw with a fresh theme (View > High Contrast changed)."""
        self._theme = None
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fonts = None
            self._scene_key = None
            self._header_need = None
            self._header_changed()
            if self._fitted:
                self.fit_all()
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._theme = None
        super().changeEvent(event)

    def tooltip_html(self, doc: int) -> str:
        """Title, date as written and as resolved, sources; every piece escaped."""
        assert self._doc is not None
        return event_tooltip_html(self._doc, doc)

    def said_tooltip_html(self, pos: QPointF) -> str | None:
        """The quote of the claims-by-date-said mark under `pos`, if any."""
        scene = self._ensure_scene()
        if scene is None or self._doc is None:
            return None
        mark = mark_at(scene, self._doc, *self._canvas_pos(pos))
        return mark_tooltip_html(self._doc, mark) if mark is not None else None

    def lane_tooltip_html(self, number: int) -> str:
        """A lane's full name and event count (its header may elide the name); escaped."""
        assert self._doc is not None
        return lane_tooltip_html(self._doc, number)
