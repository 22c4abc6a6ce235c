"""Mouse, keyboard, wheel and gesture input for `TimelineWidget`, as a mixin.

Split out of the widget so its Qt event handlers (panning, zooming, band and click
selection, dragging the header grip or an event, tooltips, key navigation) sit together
and the widget module keeps to state, layout caching and painting. The mixin relies on the
widget's state and helpers (`_doc`, `_vp`, `_drag`, `_band`, `_hover`, `_cursor`,
`_scrollbar`, `header_width`, `_ensure_scene`, `_item_at`, `_canvas_pos`, `_set_vp`) and on
`SelectionMixin`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QToolTip

from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.drag import EventDrag, handle_at
from timeline_app.ui.timeline.scene import LaneGeom

ZOOM_STEP = 1.25  # per wheel notch or key press
PAN_NOTCH_PX = 60.0
KEY_PAN_FRACTION = 0.125
DRAG_THRESHOLD = 4.0
HEADER_GRIP_PX = 4.0  # either side of the header's right edge: drag to resize


class InputMixin:
    """Qt input handlers of the timeline widget (put before QWidget in the bases)."""

    def _on_grip(self, x: float) -> bool:
        return abs(x - self.header_width()) <= HEADER_GRIP_PX

    def _zoom(self, factor: float, anchor_x: float) -> None:
        self._set_vp(self._vp.zoomed(factor, anchor_x))

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
                tip = self.said_tooltip_html(pos) if self._said else None
                item = self._item_at(pos) if tip is None else None
                tip = self.tooltip_html(item.doc) if item is not None else tip
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
        if self._lane_press(pos) is not None:
            return
        item = self._item_at(pos)
        plain = not mods & (Qt.KeyboardModifier.ControlModifier
                            | Qt.KeyboardModifier.ShiftModifier)
        if item is not None and not plain:
            self._click_item(item.doc, mods)
            self._drag = None
        elif item is not None and self._movable(item.doc):
            # Only an event already selected moves or resizes: a drag that starts on any
            # other event pans, so evidence is never moved by accident (vis-timeline's rule).
            e = self._doc.timeline.events[item.doc]
            part = handle_at(self._ensure_scene(), item, *self._canvas_pos(pos)) or "move"
            self._drag = ("event", EventDrag(item.doc, e.id, part, pos, item, e.start, e.end,
                                             clock=self._doc.clock))
        elif item is None and mods & Qt.KeyboardModifier.ShiftModifier:
            self._drag = ("band", pos, mods)
        else:  # a click (no movement) on an event selects it on release
            self._drag = ("pan", pos, self._vp, False, item.doc if item is not None else None)

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
            _, origin, vp, moved, doc = self._drag
            dx = pos.x() - origin.x()
            if moved or abs(dx) >= DRAG_THRESHOLD or abs(pos.y() - origin.y()) >= DRAG_THRESHOLD:
                self._drag = ("pan", origin, vp, True, doc)
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

    def _more_at(self, pos: QPointF) -> LaneGeom | None:
        """The lane whose "+N more" strip is under `pos`, if any."""
        scene = self._ensure_scene()
        if scene is None or pos.x() < self.header_width() or pos.y() < scene.axis_h:
            return None
        lane = scene.lane_at(pos.y())
        if lane is None or lane.more_box is None:
            return None
        a, b, c, d = lane.more_box
        x = pos.x() - self.header_width()
        return lane if a - 2 <= x <= c + 2 and b - 2 <= pos.y() <= d + 2 else None

    def _lane_press(self, pos: QPointF) -> LaneGeom | None:
        """A press on a lane's note: "+N more" grows the lane to show every event (it may
        scroll), a band's zooms in where clicked, a collapsed lane's opens it."""
        lane = self._more_at(pos)
        if lane is None:
            return None
        if lane.collapsed:
            self.set_lane_collapsed(lane.key, False)
        elif lane.density is not None:  # too many to list here: zoom in where clicked
            self._zoom(4.0, pos.x() - self.header_width())
        else:
            self._expanded.add(lane.key)
            self._scene_key = None
            self.update()
        return lane

    def _movable(self, doc: int) -> bool:
        return self._doc is not None and not self._locked and doc in self._selected

    def _cursor_at(self, pos: QPointF) -> Qt.CursorShape | None:
        """The hover cursor: the header's grip, or a selected bar's resize handle."""
        if self._on_grip(pos.x()):
            return Qt.CursorShape.SplitHCursor
        item = self._item_at(pos)
        scene = self._scene
        if item is not None and scene is not None and self._movable(item.doc) \
                and handle_at(scene, item, *self._canvas_pos(pos)) is not None:
            return Qt.CursorShape.SizeHorCursor
        if self._more_at(pos) is not None:
            return Qt.CursorShape.PointingHandCursor
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
        QToolTip.showText(self.mapToGlobal(pos.toPoint()), drag.preview_text(), self)

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
            QToolTip.hideText()
            result = drag[1].result()
            if result is not None:
                self.eventMoved.emit(drag[1].event_id, *result, "")  # one step a drag
            elif not drag[1].active:  # a click on a selected event: select just it
                self._click_item(drag[1].doc, event.modifiers())
            return
        if drag[0] == "pan" and not drag[3]:
            if drag[4] is not None:
                self._click_item(drag[4], event.modifiers())
            else:
                self._set_selection(set(), None)  # a click on empty space clears it
        elif drag[0] == "pan" and drag[4] is not None and not self._locked:
            self.hint.emit(tr("Dragging pans the view. To move an event, click it first, "
                              "then drag it."))
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
        elif self._doc is not None and event.position().x() >= self.header_width() \
                and not self._locked and self._more_at(event.position()) is None:
            # Empty space: the instant under the pointer and the lane's source (in lanes by
            # source), for "new event here, reported by this source".
            x = event.position().x() - self.header_width()
            scene = self._ensure_scene()
            lane = scene.lane_at(event.position().y()) if scene is not None else None
            source = lane.key if lane is not None and scene.mode is LaneMode.SOURCE \
                and lane.key in self._doc.timeline.sources else ""
            self.emptyActivated.emit(self._vp.t_of(x), self._vp.span, source)

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
        from timeline_app.ui.timeline.keyboard_edit import handle_key, lane_key, menu_key
        if handle_key(self, key, mods) or menu_key(self, key, mods) or lane_key(self, key, mods):
            pass
        elif key in (K.Key_Plus, K.Key_Equal):
            self._zoom(ZOOM_STEP, centre)
        elif key in (K.Key_Minus, K.Key_Underscore):
            self._zoom(1 / ZOOM_STEP, centre)
        elif key == K.Key_0 and ctrl:
            self.fit_all()
        elif key in (K.Key_Left, K.Key_Right):
            step = -1 if key == K.Key_Left else 1
            if self._current is not None and self._doc is not None:
                nxt = self._doc.step(self._current, step)
                if nxt is not None:  # Shift extends the selection, as a rubber band does
                    keep = mods & Qt.KeyboardModifier.ShiftModifier
                    self._set_selection({*self._selected, nxt} if keep else {nxt}, nxt)
                    self._ensure_visible(nxt)
            else:
                self._set_vp(self._vp.panned(-step * self._vp.width * KEY_PAN_FRACTION))
        elif key in (K.Key_Home, K.Key_End) and self._doc is not None:
            doc = self._doc.end_event(last=key == K.Key_End)
            if doc is not None:
                self._center_on_doc(doc)
        elif key in (K.Key_PageUp, K.Key_PageDown) and self._scrollbar.isVisible():
            sb = self._scrollbar
            sb.setValue(sb.value() + (sb.pageStep() if key == K.Key_PageDown else -sb.pageStep()))
        elif key in (K.Key_Return, K.Key_Enter):
            if (current := self.current_id()) is not None:
                self.activated.emit(current)
        elif key == K.Key_Escape:
            if not self.cancel_drag():
                self._set_selection(set(), None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
