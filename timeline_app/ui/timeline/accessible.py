"""Accessibility for the timeline canvas: to assistive technology it is a list of events.

The list's children are the events shown, in time order, then the lane headers (row
headers named by the lane, described by its count, collapsed or not and, by source, its
reliability). Each child reports where it is on the screen while it is laid out, so a
magnifier or a screen reader's highlight follows it; an event out of view is offscreen.

PySide6 6.12 lets Python subclass QAccessibleWidget / QAccessibleInterface and install a
factory with QAccessible.installFactory (checked: queryAccessibleInterface returns the Python
interface). Children are answered lazily: index i -> i-th event in time order via the
document's time index (undated events last); no Python object is built per event up front,
only for children a client asks for (cached by document index while the document lasts).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.core.model.dates import Precision, format_instant
from timeline_app.core.model.grades import grade_text
from timeline_app.core.model.timeline import Status
from timeline_app.core.model.zoned import UTC_CLOCK, Clock, is_timed
from timeline_app.ui.disagreements import status_word
from timeline_app.ui.grade_fields import reliability_words
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.docview import clean_label
from timeline_app.ui.timeline.keyboard_edit import drawn_box

Role, Text, State = QAccessible.Role, QAccessible.Text, QAccessible.State


def _date_text(d: Any, clock: Clock = UTC_CLOCK) -> str:
    """"2024-10 (1 Oct 2024 – 31 Oct 2024)": as written, and what it resolves to, in words
    a screen reader can say (never raw seconds); a time of day as reported and shown."""
    if d is None:
        return ""
    if is_timed(d):
        return f"{d.text} ({clock.describe(d)})"
    lo, hi = d.earliest, d.latest
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return tr("{date} (open)").format(date=d.text)
    precision = max(d.precision, Precision.DAY)  # "1920": 1 Jan 1920 – 31 Dec 1920
    first = format_instant(lo, precision)
    last = format_instant(max(lo, hi - 1e-3), precision)
    return f"{d.text} ({first})" if first == last else f"{d.text} ({first} – {last})"


def describe(event: Any, timeline: Any = None, clock: Clock = UTC_CLOCK) -> str:
    """Date as written and resolved, sources (by name), status, grades."""
    parts = [tr("Start: {date}").format(date=_date_text(event.start, clock))]
    if event.end is not None:
        parts.append(tr("End: {date}").format(date=_date_text(event.end, clock)))
    ids = event.source_ids()
    if ids:
        names = [timeline.source_name(s) if timeline is not None else s for s in ids]
        parts.append(tr("Sources: {sources}").format(sources=", ".join(names)))
    if event.status is not None:
        word = status_word(event.status) if isinstance(event.status, Status) else event.status
        parts.append(tr("Status: {status}").format(status=word))
    sources = timeline.sources if timeline is not None else {}
    grades = [f"{timeline.source_name(c.source) if timeline is not None else c.source} {g}"
              for c in event.claims
              if (g := grade_text(sources[c.source].reliability if c.source in sources
                                  else None, c.credibility))]
    if grades:  # "Grades: KCNA E5, NIS B2", as Details shows them
        parts.append(tr("Grades: {grades}").format(grades=", ".join(dict.fromkeys(grades))))
    return "; ".join(parts)


_rows_cache: dict[str, Any] = {}


def _rows(view: Any) -> tuple[np.ndarray, np.ndarray]:
    """(document index of each row, row of each document index or -1): the events passing
    the filter, dated ones in time order, then the undated ones, as the canvas and the
    Undated strip show them. Made once per view and filter, not per question."""
    key = (id(view), view.generation, id(view.mask))
    if _rows_cache.get("key") != key:
        order = view.index.order
        if view.mask is not None:
            order = order[view.mask[order]]
        rows = np.concatenate([order, view.undated_docs()]).astype(np.int64)
        inverse = np.full(len(view), -1, dtype=np.int64)
        inverse[rows] = np.arange(len(rows))
        _rows_cache.update(key=key, rows=rows, inverse=inverse, view=view)
    return _rows_cache["rows"], _rows_cache["inverse"]


def doc_at(view: Any, row: int) -> int | None:
    """Document index of the row-th event shown (time order, undated after dated)."""
    rows, _ = _rows(view)
    return int(rows[row]) if 0 <= row < len(rows) else None


def row_of(view: Any, doc: int) -> int:
    """The row of a document index among the events shown, or -1 (filtered out)."""
    _, inverse = _rows(view)
    return int(inverse[doc]) if 0 <= doc < len(inverse) else -1


class _Child(QAccessibleInterface):
    """What the canvas's children share: no object or children of their own, read-only."""

    def __init__(self, list_iface: TimelineAccessible) -> None:
        super().__init__()
        self._list = list_iface

    def object(self) -> Any:
        return None

    def window(self) -> Any:
        return self._list.window()

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass

    def parent(self) -> QAccessibleInterface:
        return self._list

    def child(self, index: int) -> Any:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> Any:
        return None


class EventItem(_Child):
    def __init__(self, list_iface: TimelineAccessible, doc: int) -> None:
        super().__init__(list_iface)
        self.doc = doc

    def _event(self) -> Any:
        view = self._list.widget().doc_view()
        return view.timeline.events[self.doc] if view and self.doc < len(view) else None

    def isValid(self) -> bool:
        return self._event() is not None


    def role(self) -> QAccessible.Role:
        return Role.ListItem

    def text(self, t: QAccessible.Text) -> str:
        ev = self._event()
        if ev is None:
            return ""
        if t == Text.Name:
            return ev.title or tr("(untitled)")
        if t == Text.Description:
            view = self._list.widget().doc_view()
            if view is None:
                return describe(ev)
            return describe(ev, view.timeline, view.clock)
        return ""

    def state(self) -> QAccessible.State:
        st = State()
        st.selectable = True
        st.focusable = True
        w = self._list.widget()
        st.selected = self.doc in w._selected
        st.focused = w.hasFocus() and w._current == self.doc
        st.offscreen = self.rect().isEmpty()
        return st

    def rect(self) -> QRect:
        """The event's mark and label on the screen (the first lane showing it)."""
        w = self._list.widget()
        box = drawn_box(w, self.doc)
        return _on_screen(w, *box) if box is not None else QRect()



def _on_screen(widget: Any, x0: float, y0: float, x1: float, y1: float) -> QRect:
    """Widget pixels to a screen rectangle, cut to the widget (parts scrolled away are not
    on the screen)."""
    box = QRect(QPoint(int(x0), int(y0)), QPoint(int(x1), int(y1))) & widget.rect()
    if box.isEmpty():
        return QRect()
    return QRect(widget.mapToGlobal(box.topLeft()), box.size())


class LaneHeader(_Child):
    """One lane's header: its name, what it holds and whether it is collapsed."""

    def __init__(self, list_iface: TimelineAccessible, number: int) -> None:
        super().__init__(list_iface)
        self.number = number

    def _lanes(self) -> Any:
        view = self._list.widget().doc_view()
        return view.lanes if view is not None and self.number < len(view.lanes) else None

    def isValid(self) -> bool:
        return self._lanes() is not None


    def role(self) -> QAccessible.Role:
        return Role.RowHeader

    def _collapsed(self) -> bool:
        lanes = self._lanes()
        return lanes is not None and lanes.keys[self.number] in self._list.widget()._collapsed

    def text(self, t: QAccessible.Text) -> str:
        lanes = self._lanes()
        if lanes is None:
            return ""
        if t == Text.Name:
            return tr("Lane: {name}").format(name=clean_label(lanes.titles[self.number]))
        if t != Text.Description:
            return ""
        n, undated = int(lanes.sizes[self.number]), int(lanes.undated[self.number])
        parts = [tr("%Ln event(s)", "", n)]
        if undated:
            parts.append(tr("%Ln undated, listed in the Undated strip", "", undated))
        view = self._list.widget().doc_view()
        source = view.timeline.sources.get(lanes.keys[self.number]) \
            if view.mode is LaneMode.SOURCE else None
        if source is not None and source.reliability:
            grade = source.reliability
            parts.append(tr("Reliability: {grade}").format(grade=tr("{grade} — {words}").format(
                grade=grade, words=reliability_words().get(grade, grade))))
        if self._collapsed():
            parts.append(tr("collapsed"))
        return "; ".join(parts)

    def state(self) -> QAccessible.State:
        st = State()
        st.expandable = True
        st.collapsed = self._collapsed()
        st.expanded = not st.collapsed
        st.offscreen = self.rect().isEmpty()
        return st

    def rect(self) -> QRect:
        w = self._list.widget()
        scene = w.scene()
        for lane in scene.lanes if scene is not None else ():
            if lane.number == self.number:
                return _on_screen(w, 0, max(lane.y, scene.axis_h), scene.header_w,
                                  lane.y + lane.h)
        return QRect()



class TimelineAccessible(QAccessibleWidget):
    """The canvas as a list of events in time order."""

    def __init__(self, widget: Any) -> None:
        super().__init__(widget, Role.List, tr("Timeline"))
        self._items: dict[int, EventItem] = {}
        self._headers: dict[int, LaneHeader] = {}
        self._view: Any = None

    def _doc_view(self) -> Any:
        view = self.widget().doc_view()
        if view is not self._view:
            self._view, self._items, self._headers = view, {}, {}
        return view

    def _n_events(self) -> int:
        view = self._doc_view()
        return len(_rows(view)[0]) if view is not None else 0

    def header(self, number: int) -> LaneHeader:
        self._doc_view()
        it = self._headers.get(number)
        if it is None:
            it = self._headers[number] = LaneHeader(self, number)
        return it

    def item(self, doc: int) -> EventItem:
        self._doc_view()
        it = self._items.get(doc)
        if it is None:
            it = self._items[doc] = EventItem(self, doc)
        return it

    def childCount(self) -> int:
        view = self._doc_view()
        return self._n_events() + len(view.lanes) if view is not None else 0

    def child(self, index: int) -> Any:
        view = self._doc_view()
        if view is None or index < 0:
            return None
        n = self._n_events()
        if index >= n:
            return self.header(index - n) if index - n < len(view.lanes) else None
        doc = doc_at(view, index)
        return self.item(doc) if doc is not None else None

    def indexOfChild(self, child: Any) -> int:
        view = self._doc_view()
        if view is None:
            return -1
        if isinstance(child, LaneHeader):
            return self._n_events() + child.number if child.isValid() else -1
        return row_of(view, child.doc) if isinstance(child, EventItem) else -1

    def childAt(self, x: int, y: int) -> Any:
        """The event or lane header at a screen point (what a pointer-reading tool asks)."""
        w = self.widget()
        pos = w.mapFromGlobal(QPoint(x, y))
        scene = w.scene()
        if scene is None or not w.rect().contains(pos):
            return None
        if pos.x() < scene.header_w:
            lane = scene.lane_at(pos.y())
            return self.header(lane.number) if lane is not None else None
        item = scene.item_at(pos.x() - scene.header_w, pos.y())
        return self.item(item.doc) if item is not None else None

    def focusChild(self) -> Any:
        cur = self.widget()._current
        return self.item(cur) if cur is not None else None

    def text(self, t: QAccessible.Text) -> str:
        if t == Text.Name:
            return self.widget().accessibleName() or tr("Timeline")
        if t == Text.Description:
            return tr("%Ln event(s) in time order (those the filter shows)", "",
                      self._n_events())
        return super().text(t)


def _factory(key: str, obj: Any) -> Any:
    from timeline_app.ui.timeline.widget import TimelineWidget
    if isinstance(obj, TimelineWidget):
        return TimelineAccessible(obj)
    return None


_installed = False


def install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def notify_current(widget: Any) -> None:
    """Tell assistive technology the current event moved (Focus and Selection events)."""
    if not QAccessible.isActive() or widget._current is None or widget._doc is None:
        return
    row = row_of(widget._doc, widget._current)
    for kind in (QAccessible.Event.Selection, QAccessible.Event.Focus):
        ev = QAccessibleEvent(widget, kind)
        ev.setChild(row)
        QAccessible.updateAccessibility(ev)
