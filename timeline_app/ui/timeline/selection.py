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
        lo, hi = d.lane_index.lo[doc], d.lane_index.hi[doc]
        self._set_vp(self._vp.centered_on((lo + hi) / 2))

    def _ensure_visible(self, doc: int) -> None:
        d = self._doc
        assert d is not None
        lo, hi = float(d.lane_index.lo[doc]), float(d.lane_index.hi[doc])
        if hi < self._vp.start or lo > self._vp.end:
            self._center_on_doc(doc)
