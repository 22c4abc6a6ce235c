"""The timeline widget: a thin QWidget that turns input into viewport and selection changes.

Layout lives in `scene`, drawing in `painter`, so this class only keeps state (document view,
viewport, selection, collapsed lanes), caches the scene per (viewport, size, lanes, scroll,
font) and paints it. The filter, lane mode, search highlight and selection are set from
outside (the main window's panels); the view reports selection, activation and viewport.

The lane-header column is as wide as the longest lane name needs (within bounds) until the
user drags its right edge; the width chosen is not remembered here (`set_header_width` lets
the window restore one, `headerWidthChanged` tells it when it changes).
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QScrollBar, QToolTip, QWidget

from timeline_app.core.lanes import LaneMode
from timeline_app.core.model import Status, Timeline
from timeline_app.core.viewport import Viewport
from timeline_app.ui.timeline.docview import DocView, clean_label
from timeline_app.ui.timeline.drag import EventDrag, handle_at, paint_ghost
from timeline_app.ui.timeline.painter import Marks, paint_scene
from timeline_app.ui.timeline.scene import (
    FIT_RIGHT_PX,
    HEADER_FLOOR_PX,
    HEADER_MIN_PX,
    Item,
    Scene,
    build_scene,
    fit_header,
    fit_margin,
    fit_viewport,
    header_need,
)
from timeline_app.ui.timeline.style import Fonts, Theme

TOOLTIP_CHARS = 600  # a tooltip shows more of a long title than a label does
ZOOM_STEP = 1.25  # per wheel notch or key press
PAN_NOTCH_PX = 60.0
KEY_PAN_FRACTION = 0.125
DRAG_THRESHOLD = 4.0
HEADER_GRIP_PX = 4.0  # either side of the header's right edge: drag to resize
MIN_CANVAS_PX = 120.0  # a dragged header always leaves this much canvas
SCROLLBAR_W = 12  # the lanes' scroll bar, over the canvas's right edge; labels keep off it


class TimelineWidget(QWidget):
    """Lanes of events on a zoomable time axis."""

    selectionChanged = Signal(list)  # event ids
    activated = Signal(str)  # event id (double-click or Enter)
    viewportChanged = Signal(float, float)  # visible start, end (epoch seconds)
    contentChanged = Signal()  # document, filter or lanes changed
    headerWidthChanged = Signal(float)  # the lane-header column's width, in pixels
    emptyActivated = Signal(float, float)  # double-click on empty space: instant, visible span
    # A drag released an event at new dates: id, start text, end text (None: no end).
    eventMoved = Signal(str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(240, 120)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._doc: DocView | None = None
        self._fonts: Fonts | None = None
        self._theme: Theme | None = None
        self._header_need: float | None = None  # from the lane names; None: measure again
        self._header_user: float | None = None  # dragged by the user (or set by the window)
        self._header_shown = -1.0  # last width reported by headerWidthChanged
        self._cursor: Qt.CursorShape | None = None  # set by hovering a grip or handle
        self._vp = Viewport.fit(float("nan"), float("nan"), self._canvas_width())
        self._fitted = True
        self._collapsed: set[str] = set()
        self._scroll_y = 0.0
        self._selected: set[int] = set()
        self._current: int | None = None
        self._highlight: set[int] = set()
        self._hover: int | None = None
        self._drag: tuple | None = None
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
            self._doc = view if view is not None and view.timeline is timeline \
                else DocView(timeline)
        self._selected.clear()
        self._highlight.clear()
        self._current = self._hover = None
        self._collapsed.clear()
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

    def reload_document(self) -> None:
        """Re-index the same document after an edit, keeping viewport, lanes, filter,
        collapsed lanes and the selection (of events that still exist). Call
        `prepare_reload()` before the edit so the selection can follow its events."""
        old = self._doc
        if old is None:
            return
        pending, self._pending = getattr(self, "_pending", None), None
        selected, current = pending if pending is not None else ([], None)
        view = DocView(old.timeline)
        mask = old.mask if old.mask is not None and len(old.mask) == len(view) else None
        view.relane(mode=old.mode, mask=mask, keep_mask=False)
        self._doc = view
        self._selected = set(self._docs_of(selected))
        self._current = view.doc_of(current) if current is not None else None
        self._hover = None
        self._highlight = {d for d in self._highlight if d < len(view)}
        self._header_need = None  # an edit may have renamed or added a lane
        self._changed_content()
        self._header_changed()

    def doc_view(self) -> DocView | None:
        return self._doc

    def set_filter_mask(self, mask: np.ndarray | None) -> None:
        """Show only events whose entry in `mask` (over document indices) is True."""
        if self._doc is None:
            return
        self._doc.relane(mask=mask, keep_mask=False)
        self._changed_content()

    def set_lane_mode(self, mode: LaneMode | str) -> None:
        if self._doc is None:
            return
        self._doc.relane(mode=LaneMode(mode))
        self._collapsed.clear()
        self._header_need = None
        self._changed_content()
        self._header_changed()

    def lane_mode(self) -> LaneMode:
        return self._doc.mode if self._doc is not None else LaneMode.SOURCE

    def set_lane_collapsed(self, key: str, collapsed: bool) -> None:
        (self._collapsed.add if collapsed else self._collapsed.discard)(key)
        self.update()

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

    def fit_all(self) -> None:
        bounds = self._doc.bounds() if self._doc is not None else None
        lo, hi = bounds if bounds is not None else (float("nan"), float("nan"))
        right = FIT_RIGHT_PX
        if self._doc is not None:
            right = fit_margin(self._doc, self._style()[0].measure.widths)
        self._set_vp(fit_viewport(lo, hi, self._canvas_width(), right), fitted=True)

    def select_ids(self, ids: Iterable[str]) -> None:
        docs = self._docs_of(ids)
        self._set_selection(set(docs), docs[-1] if docs else None)

    def selected_ids(self) -> list[str]:
        if self._doc is None:
            return []
        events = self._doc.timeline.events
        return [events[d].id for d in sorted(self._selected, key=lambda d: self._doc.rank[d])]

    def selected_docs(self) -> list[int]:
        """Document indices of the selected events, in time order."""
        if self._doc is None:
            return []
        return sorted(self._selected, key=lambda d: self._doc.rank[d])

    def set_highlight(self, ids: Iterable[str]) -> None:
        """Emphasise these events (search matches)."""
        self._highlight = set(self._docs_of(ids))
        self.update()

    def center_on_event(self, event_id: str) -> None:
        doc = self._doc.doc_of(event_id) if self._doc is not None else None
        if doc is not None:
            self._center_on_doc(doc)

    def scene(self) -> Scene | None:
        """The current frame's layout (for tests and hit testing)."""
        return self._ensure_scene()

    def header_width(self) -> float:
        """Width of the lane-header column: the user's, if they dragged it (leaving the
        canvas at least MIN_CANVAS_PX), else what the longest lane name needs, within
        [120, 260] px and at most 35% of the view."""
        width = self.width()
        if self._header_user is not None:
            return float(max(HEADER_FLOOR_PX, min(round(self._header_user),
                                                  math.floor(width - MIN_CANVAS_PX))))
        if self._header_need is None:
            if self._doc is None:
                self._header_need = HEADER_MIN_PX
            else:
                lanes = self._doc.lanes
                self._header_need = header_need([lane.title for lane in lanes],
                                                [len(lane) for lane in lanes],
                                                self._style()[0].measure.widths)
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

    def _on_grip(self, x: float) -> bool:
        return abs(x - self.header_width()) <= HEADER_GRIP_PX

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

    def _docs_of(self, ids: Iterable[str]) -> list[int]:
        if self._doc is None:
            return []
        found = (self._doc.doc_of(i) for i in ids)
        return [d for d in found if d is not None]

    def _set_selection(self, docs: set[int], current: int | None) -> None:
        self._current = current
        if docs != self._selected:
            self._selected = docs
            self.selectionChanged.emit(self.selected_ids())
        self.update()

    def _center_on_doc(self, doc: int) -> None:
        d = self._doc
        assert d is not None
        lo, hi = d.lane_index.lo[doc], d.lane_index.hi[doc]
        self._set_vp(self._vp.centered_on((lo + hi) / 2))

    def _ensure_visible(self, doc: int) -> None:
        d = self._doc
        assert d is not None
        lo, hi = float(d.lane_index.lo[doc]), float(d.lane_index.hi[doc])
        if hi < self._vp.start or lo > self._vp.end:
            self._center_on_doc(doc)

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
        key = (self._doc.generation, self._vp, self.width(), self.height(),
               self.header_width(), frozenset(self._collapsed), self._scroll_y, id(fonts))
        if key != self._scene_key:
            m = fonts.measure
            self._scene = build_scene(self._doc, self._vp, self.width(), self.height(),
                                      m.widths, m.height, self.header_width(),
                                      frozenset(self._collapsed), self._scroll_y,
                                      label_inset=SCROLLBAR_W)
            self._scene_key = key
            self._update_scrollbar(self._scene)
        return self._scene

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
        fonts, theme = self._style()
        p = QPainter(self)
        try:
            scene = self._ensure_scene()
            if scene is None:
                p.fillRect(self.rect(), theme.base)
                p.setPen(theme.muted)
                p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No timeline open")
                return
            marks = Marks(self._selected, self._highlight, self._hover)
            paint_scene(p, scene, self._doc, theme, fonts, marks)
            if self._drag is not None and self._drag[0] == "event":
                p.save()
                p.setClipRect(QRectF(self.header_width(), scene.axis_h, scene.canvas_w,
                                     self.height() - scene.axis_h))
                p.translate(self.header_width(), 0)
                paint_ghost(p, scene, self._drag[1], theme, fonts)
                p.restore()
            if self._band is not None:
                color = QColor(theme.highlight)
                color.setAlpha(50)
                p.fillRect(self._band, color)
                p.setPen(QPen(theme.highlight, 1))
                p.drawRect(self._band)
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
        else:
            self._set_vp(self._vp.resized(self._canvas_width()))

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

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip:
            pos = QPointF(event.pos())
            tip = None
            if pos.x() < self.header_width() - HEADER_GRIP_PX:
                scene = self._ensure_scene()
                lane = scene.lane_at(pos.y()) if scene is not None else None
                if lane is not None and pos.y() >= scene.axis_h:
                    tip = self.lane_tooltip_html(lane.number)
            else:
                item = self._item_at(pos)
                tip = self.tooltip_html(item.doc) if item is not None else None
            if tip is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), tip, self)
            return True
        if (kind == QEvent.Type.NativeGesture
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            self._zoom(1.0 + event.value(), event.position().x() - self.header_width())
            return True
        if kind == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                centre = self.mapFromGlobal(pinch.centerPoint().toPoint())
                self._zoom(pinch.scaleFactor(), centre.x() - self.header_width())
                event.accept()
                return True
        return super().event(event)

    def tooltip_html(self, doc: int) -> str:
        """Title, date as written and as resolved, sources; every piece escaped."""
        d = self._doc
        assert d is not None
        e = d.timeline.events[doc]
        written = clean_label(e.start.text + (f" / {e.end.text}" if e.end is not None else ""))
        resolved = e.start.describe() + (f" – {e.end.describe()}" if e.end is not None else "")
        sources = clean_label(", ".join(d.timeline.source_name(s) for s in e.source_ids())
                              or "none", TOOLTIP_CHARS)
        lines = [f"<b>{html.escape(clean_label(e.title, TOOLTIP_CHARS))}</b>",
                 f"Date: {html.escape(written)}", f"Resolved: {html.escape(resolved)}",
                 f"Sources: {html.escape(sources)}"]
        if e.status in (Status.DISPUTED, Status.DENIED):
            lines.append(f"<i>{e.status.value.capitalize()}</i>")
        return "<br>".join(lines)

    def lane_tooltip_html(self, number: int) -> str:
        """A lane's full name and event count (its header may elide the name); escaped."""
        d = self._doc
        assert d is not None
        lane = d.lanes[number]
        n = len(lane)
        return (f"<b>{html.escape(clean_label(lane.title, TOOLTIP_CHARS))}</b><br>"
                f"{n:,} event{'s' if n != 1 else ''}")

    def wheelEvent(self, event: QWheelEvent) -> None:
        pos = event.position()
        delta, pixels = event.angleDelta(), event.pixelDelta()
        dx, dy = delta.x(), delta.y()
        if pos.x() < self.header_width() and dy:  # over the lane headers: scroll lanes
            self._scrollbar.setValue(self._scrollbar.value() - int(dy / 120 * 40))
            event.accept()
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if shift or (dx and abs(dx) > abs(dy)):
            px = pixels.x() or pixels.y() if not pixels.isNull() else 0
            amount = px if px else (dx or dy) / 120 * PAN_NOTCH_PX
            self._set_vp(self._vp.panned(amount))
        elif dy:
            self._zoom(ZOOM_STEP ** (dy / 120), pos.x() - self.header_width())
        event.accept()

    def _zoom(self, factor: float, anchor_x: float) -> None:
        self._set_vp(self._vp.zoomed(factor, anchor_x))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self._on_grip(pos.x()):
            self._drag = ("header", pos.x() - self.header_width())
            self._set_cursor(Qt.CursorShape.SplitHCursor)
            return
        if pos.x() < self.header_width():
            scene = self._ensure_scene()
            lane = scene.lane_at(pos.y()) if scene is not None else None
            if lane is not None:
                self.set_lane_collapsed(lane.key, not lane.collapsed)
            return
        mods = event.modifiers()
        item = self._item_at(pos)
        if item is not None:
            self._click_item(item.doc, mods)
            self._drag = None
            plain = not mods & (Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.ShiftModifier)
            if plain and self._doc is not None:
                e = self._doc.timeline.events[item.doc]
                part = handle_at(self._ensure_scene(), item, *self._canvas_pos(pos)) or "move"
                self._drag = ("event", EventDrag(item.doc, e.id, part, pos, item, e.start,
                                                 e.end))
        elif mods & Qt.KeyboardModifier.ShiftModifier:
            self._drag = ("band", pos, mods)
        else:
            self._drag = ("pan", pos, self._vp, False)

    def _click_item(self, doc: int, mods: Qt.KeyboardModifier) -> None:
        if mods & Qt.KeyboardModifier.ControlModifier:
            docs = set(self._selected) ^ {doc}
            self._set_selection(docs, doc if doc in docs else None)
        elif mods & Qt.KeyboardModifier.ShiftModifier and self._current is not None:
            assert self._doc is not None
            between = self._doc.docs_between(self._current, doc)
            self._set_selection(set(self._selected) | set(between), self._current)
        else:
            self._set_selection({doc}, doc)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is not None and self._drag[0] == "header":
            self.set_header_width(pos.x() - self._drag[1])
            return
        if self._drag is None:
            self._set_cursor(self._cursor_at(pos))
        if self._drag is not None and self._drag[0] == "event":
            self._drag_event(self._drag[1], pos)
            return
        if self._drag is not None and self._drag[0] == "pan":
            _, origin, vp, moved = self._drag
            dx = pos.x() - origin.x()
            if moved or abs(dx) >= DRAG_THRESHOLD or abs(pos.y() - origin.y()) >= DRAG_THRESHOLD:
                self._drag = ("pan", origin, vp, True)
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._set_vp(vp.panned(dx))
            return
        if self._drag is not None and self._drag[0] == "band":
            self._band = QRectF(self._drag[1], pos).normalized()
            self.update()
            return
        item = self._item_at(pos)
        hover = item.doc if item is not None else None
        if hover != self._hover:
            self._hover = hover
            self.update()

    def _cursor_at(self, pos: QPointF) -> Qt.CursorShape | None:
        """The hover cursor: the header's grip, or a ranged bar's resize handle."""
        if self._on_grip(pos.x()):
            return Qt.CursorShape.SplitHCursor
        item = self._item_at(pos)
        scene = self._scene
        if item is not None and scene is not None \
                and handle_at(scene, item, *self._canvas_pos(pos)) is not None:
            return Qt.CursorShape.SizeHorCursor
        return None

    def _set_cursor(self, shape: Qt.CursorShape | None) -> None:
        if shape != self._cursor:
            self._cursor = shape
            if shape is None:
                self.unsetCursor()
            else:
                self.setCursor(shape)

    def _drag_event(self, drag: EventDrag, pos: QPointF) -> None:
        """Preview an event drag (the document is untouched until release)."""
        dx = pos.x() - drag.origin.x()
        if not drag.active and abs(dx) < DRAG_THRESHOLD \
                and abs(pos.y() - drag.origin.y()) < DRAG_THRESHOLD:
            return
        if not drag.active:
            drag.active = True
            self._cursor = Qt.CursorShape.ClosedHandCursor if drag.part == "move" \
                else Qt.CursorShape.SizeHorCursor
            self.setCursor(self._cursor)
        drag.update(dx * self._vp.span / self._vp.width)
        self.update()

    def cancel_drag(self) -> bool:
        """Drop an event drag in progress (Escape): nothing is reported."""
        if self._drag is None or self._drag[0] != "event":
            return False
        self._drag = None
        self._set_cursor(None)
        self.update()
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self._set_cursor(self._cursor_at(event.position()))
        if drag is None or drag[0] == "header":
            return
        if drag[0] == "event":
            self.update()
            result = drag[1].result()
            if result is not None:
                self.eventMoved.emit(drag[1].event_id, *result)
            return
        if drag[0] == "pan" and not drag[3]:
            self._set_selection(set(), None)  # a click on empty space clears the selection
        elif drag[0] == "band" and self._band is not None:
            scene = self._ensure_scene()
            hw = self.header_width()
            b = self._band
            hits = scene.items_in(b.left() - hw, b.top(), b.right() - hw, b.bottom()) \
                if scene is not None else []
            docs = {it.doc for it in hits}
            if drag[2] & Qt.KeyboardModifier.ControlModifier:
                docs |= self._selected
            self._band = None
            self._set_selection(docs, hits[-1].doc if hits else self._current)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._on_grip(event.position().x()):  # back to the width the lane names need
            self.set_header_width(None)
            return
        item = self._item_at(event.position())
        if item is not None and self._doc is not None:
            self._set_selection({item.doc}, item.doc)
            self.activated.emit(self._doc.timeline.events[item.doc].id)
        elif self._doc is not None and event.position().x() >= self.header_width():
            # Empty space: the instant under the pointer, for "new event here".
            x = event.position().x() - self.header_width()
            self.emptyActivated.emit(self._vp.t_of(x), self._vp.span)

    def leaveEvent(self, event: QEvent) -> None:
        if self._cursor is not None and self._drag is None:
            self._set_cursor(None)
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        K = Qt.Key
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        centre = self._vp.width / 2
        if key in (K.Key_Plus, K.Key_Equal):
            self._zoom(ZOOM_STEP, centre)
        elif key in (K.Key_Minus, K.Key_Underscore):
            self._zoom(1 / ZOOM_STEP, centre)
        elif key == K.Key_0 and ctrl:
            self.fit_all()
        elif key in (K.Key_Left, K.Key_Right):
            step = -1 if key == K.Key_Left else 1
            if self._current is not None and self._doc is not None:
                nxt = self._doc.step(self._current, step)
                if nxt is not None:
                    self._set_selection({nxt}, nxt)
                    self._ensure_visible(nxt)
            else:
                self._set_vp(self._vp.panned(-step * self._vp.width * KEY_PAN_FRACTION))
        elif key in (K.Key_Home, K.Key_End) and self._doc is not None:
            doc = self._doc.end_event(last=key == K.Key_End)
            if doc is not None:
                self._center_on_doc(doc)
        elif key in (K.Key_Return, K.Key_Enter):
            if self._current is not None and self._doc is not None:
                self.activated.emit(self._doc.timeline.events[self._current].id)
        elif key == K.Key_Escape:
            if not self.cancel_drag():
                self._set_selection(set(), None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
