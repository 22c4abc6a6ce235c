"""Accessibility for the timeline canvas: to assistive technology it is a list of events.

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
from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from timeline_app.core.model.dates import Precision, format_instant
from timeline_app.core.model.grades import grade_text
from timeline_app.core.model.timeline import Status
from timeline_app.core.model.zoned import UTC_CLOCK, Clock, is_timed
from timeline_app.ui.disagreements import status_word
from timeline_app.ui.i18n import tr

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


class EventItem(QAccessibleInterface):
    def __init__(self, list_iface: TimelineAccessible, doc: int) -> None:
        super().__init__()
        self._list = list_iface
        self.doc = doc

    def _event(self) -> Any:
        view = self._list.widget().doc_view()
        return view.timeline.events[self.doc] if view and self.doc < len(view) else None

    def isValid(self) -> bool:
        return self._event() is not None

    def object(self) -> Any:
        return None

    def window(self) -> Any:
        return self._list.window()

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

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass

    def state(self) -> QAccessible.State:
        st = State()
        st.selectable = True
        st.focusable = True
        w = self._list.widget()
        st.selected = self.doc in w._selected
        st.focused = w.hasFocus() and w._current == self.doc
        return st

    def rect(self) -> QRect:
        return QRect()

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


class TimelineAccessible(QAccessibleWidget):
    """The canvas as a list of events in time order."""

    def __init__(self, widget: Any) -> None:
        super().__init__(widget, Role.List, tr("Timeline"))
        self._items: dict[int, EventItem] = {}
        self._view: Any = None

    def _doc_view(self) -> Any:
        view = self.widget().doc_view()
        if view is not self._view:
            self._view, self._items = view, {}
        return view

    def item(self, doc: int) -> EventItem:
        self._doc_view()
        it = self._items.get(doc)
        if it is None:
            it = self._items[doc] = EventItem(self, doc)
        return it

    def childCount(self) -> int:
        view = self._doc_view()
        return len(_rows(view)[0]) if view is not None else 0

    def child(self, index: int) -> Any:
        view = self._doc_view()
        doc = doc_at(view, index) if view is not None and index >= 0 else None
        return self.item(doc) if doc is not None else None

    def indexOfChild(self, child: Any) -> int:
        view = self._doc_view()
        if view is None or not isinstance(child, EventItem):
            return -1
        return row_of(view, child.doc)

    def focusChild(self) -> Any:
        cur = self.widget()._current
        return self.item(cur) if cur is not None else None

    def text(self, t: QAccessible.Text) -> str:
        if t == Text.Name:
            return self.widget().accessibleName() or tr("Timeline")
        if t == Text.Description:
            return tr("%Ln event(s) in time order (those the filter shows)", "",
                      self.childCount())
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
