"""The open document as the window sees it: the timeline, its file, indexes and the filter.

Panels, the table and the timeline all listen to this one object, so a filter set anywhere
(source panel, filter bar) reaches every view in the same way and in the same order.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from timeline_app.core.filtering import Filter, FilterIndex
from timeline_app.core.model import Event, Timeline


class Document(QObject):
    """Holds the timeline and the current filter; emits when either changes."""

    loaded = Signal()          # a (new) timeline replaced the old one
    filterChanged = Signal()   # the filter, and so the mask and counts, changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.path: Path | None = None
        self.index: FilterIndex | None = None
        self.filter = Filter()
        self.mask: np.ndarray = np.zeros(0, dtype=bool)
        self._positions: dict[str, int] = {}

    # -- document --------------------------------------------------------------------------
    def set_timeline(self, timeline: Timeline, path: Path | None,
                     index: FilterIndex | None = None, keep_filter: Filter | None = None
                     ) -> None:
        """Adopt a loaded timeline (its FilterIndex may be built in a worker thread)."""
        self.timeline = timeline
        self.path = path
        self.index = index if index is not None else FilterIndex(timeline)
        self._positions = {e.id: i for i, e in enumerate(timeline.events)}
        self.filter = keep_filter if keep_filter is not None else Filter()
        self.mask = self.index.mask(self.filter)
        self.loaded.emit()
        self.filterChanged.emit()

    def event_by_id(self, event_id: str) -> Event | None:
        i = self._positions.get(event_id)
        return self.timeline.events[i] if i is not None and self.timeline else None

    def position(self, event_id: str) -> int | None:
        return self._positions.get(event_id)

    @property
    def title(self) -> str:
        if self.timeline is not None and self.timeline.title:
            return self.timeline.title
        return self.path.name if self.path is not None else "Untitled"

    # -- filter ----------------------------------------------------------------------------
    def set_filter(self, f: Filter) -> None:
        if f == self.filter or self.index is None:
            return
        self.filter = f
        self.mask = self.index.mask(f)
        self.filterChanged.emit()

    def update_filter(self, **changes: object) -> None:
        self.set_filter(replace(self.filter, **changes))

    def visible_count(self) -> int:
        return int(self.mask.sum())

    def source_counts(self) -> dict[str, int]:
        """Events per source under every part of the filter except the source checkboxes,
        so a hidden source still shows how many events it would bring back."""
        if self.index is None:
            return {}
        if not self.filter.hidden_sources:
            return self.index.counts(self.mask)
        mask = self.index.mask(replace(self.filter, hidden_sources=frozenset()))
        return self.index.counts(mask)
