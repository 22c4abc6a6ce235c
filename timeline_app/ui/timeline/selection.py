"""Selection and navigation for `TimelineWidget`, as a mixin.

Split out of the widget so the rules for which events are selected (click, ctrl/shift
click, ids from outside) and for bringing an event into view live in one place. The mixin
relies on the widget's state (`_doc`, `_vp`, `_selected`, `_current`, `_highlight`) and its
`selectionChanged` signal, `_set_vp` and `update`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from timeline_app.core.geometry.viewport import Viewport
    from timeline_app.ui.timeline.docview import DocView


class SelectionMixin:
    """Selected, current and highlighted events; moving the view to an event."""

    _doc: DocView | None
    _vp: Viewport
    _selected: set[int]
    _current: int | None
    _highlight: set[int]

    def select_ids(self, ids: Iterable[str], current: str | None = None) -> None:
        """Select these events; `current` (default: the last given) is the one that
        Enter edits and Details shows."""
        docs = self._docs_of(ids)
        focus = self._docs_of([current]) if current is not None else []
        focus = [d for d in focus if d in docs]
        self._set_selection(set(docs), focus[0] if focus else docs[-1] if docs else None)

    def current_id(self) -> str | None:
        """The one current event: the focused one when selected, else the latest selected."""
        if self._doc is None or not self._selected:
            return None
        doc = self._current if self._current in self._selected else self.selected_docs()[-1]
        return self._doc.timeline.events[doc].id

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
        """Bring an event into view: centred in time, its lane scrolled into view."""
        doc = self._doc.doc_of(event_id) if self._doc is not None else None
        if doc is not None:
            self._center_on_doc(doc)
            self.scroll_to_doc(doc)

    def _docs_of(self, ids: Iterable[str]) -> list[int]:
        if self._doc is None:
            return []
        found = (self._doc.doc_of(i) for i in ids)
        return [d for d in found if d is not None]

    def _set_selection(self, docs: set[int], current: int | None) -> None:
        changed = docs != self._selected or current != self._current
        self._current = current
        self._selected = docs
        if changed:
            self.selectionChanged.emit(self.selected_ids())
            from timeline_app.ui.timeline.accessible import notify_current
            notify_current(self)
        self.update()

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

    def _center_on_doc(self, doc: int) -> None:
        d = self._doc
        assert d is not None
        if not d.placed(doc):  # undated: nowhere on the axis to go (the strip lists it)
            return
        lo, hi = d.lane_index.lo[doc], d.lane_index.hi[doc]
        self._set_vp(self._vp.centered_on((lo + hi) / 2))

    def _ensure_visible(self, doc: int) -> None:
        d = self._doc
        assert d is not None
        if not d.placed(doc):
            return
        lo, hi = float(d.lane_index.lo[doc]), float(d.lane_index.hi[doc])
        if hi < self._vp.start or lo > self._vp.end:
            self._center_on_doc(doc)
        self.scroll_to_doc(doc)

    def scroll_to_doc(self, doc: int) -> None:
        """Scroll the lanes vertically so the event's first drawn copy is in view."""
        scene = self._ensure_scene()
        if scene is None:
            return
        room = self.height() - scene.axis_h
        found = [it for lane in scene.lanes for it in lane.items if it.doc == doc]
        if not found:  # its lanes may be below the ones laid out: scroll on until they are
            d = self._doc
            assert d is not None
            last, start, step = max(d.lanes.lanes_of(doc), default=-1), self._scroll_y, room
            while not found and len(scene.lanes) <= last < len(d.lanes):
                self._scroll_y += max(step, scene.row_h)
                step *= 2  # each scene lays out the lanes down to its bottom: O(lanes) in all
                self._scene_key = None
                scene = self._ensure_scene()
                assert scene is not None
                found = [it for lane in scene.lanes for it in lane.items if it.doc == doc]
            if not found:
                self._scroll_y, self._scene_key = start, None
                return
        it = found[0]
        if scene.axis_h <= it.y and it.y + scene.row_h <= self.height():
            return
        target = scene.scroll_y + it.y - scene.axis_h - max(0.0, (room - scene.row_h) / 2)
        self._scroll_y = max(0.0, min(target, scene.content_h - room))
        self._scene_key = None
        self._ensure_scene()
        self.update()
