"""The open document as the window sees it: the timeline, its file, indexes and the filter.

Panels, the table and the timeline all listen to this one object, so a filter set anywhere
(source panel, filter bar) reaches every view in the same way and in the same order.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from timeline_app.core.model.edits import Changes, Edit, EditError
from timeline_app.core.model.positions import EventPositions
from timeline_app.core.model.timeline import Event, Timeline
from timeline_app.core.model.zoned import UTC_CLOCK, Clock
from timeline_app.core.query.delta import Delta, delta_of
from timeline_app.core.query.filter_update import update_filter_index
from timeline_app.core.query.filtering import Filter, FilterIndex
from timeline_app.ui.i18n import tr
from timeline_app.ui.undo import EditCommand


class Document(QObject):
    """Holds the timeline, its undo stack and the current filter; emits when they change."""

    loaded = Signal()          # a (new) timeline replaced the old one
    filterChanged = Signal()   # the filter, and so the mask and counts, changed
    aboutToEdit = Signal()     # an edit is about to be applied or undone
    edited = Signal(object)    # Changes: an edit was applied or undone
    saved = Signal()           # written to `path`

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.path: Path | None = None
        self.index: FilterIndex | None = None
        self.filter = Filter()
        self.mask: np.ndarray = np.zeros(0, dtype=bool)
        self._positions: EventPositions | None = None  # None: made again when next asked
        self._n_before = 0  # events before the edit being applied
        # While `edited` is emitted: how the edit changed the positions, when the indexes
        # followed it in place (views then follow it too), else None.
        self.delta: Delta | None = None
        self.undo_stack = QUndoStack(self)
        self.kind = "timeline-app"
        self.disk_state: object = None
        self.clock: Clock = UTC_CLOCK  # the zone times are shown in (View > Time zone)
        self.locked_reason = ""  # set while View > Lock Editing is on: every edit is refused
        # The text index is built while the window is idle, a slice a tick, so the first
        # search of a big file does not stall on it.
        self._text_timer = QTimer(self)
        self._text_timer.setInterval(0)
        self._text_timer.timeout.connect(self._build_text_slice)

    # -- document --------------------------------------------------------------------------
    def set_timeline(self, timeline: Timeline, path: Path | None,
                     index: FilterIndex | None = None, keep_filter: Filter | None = None,
                     kind: str = "timeline-app", disk_state: object = None) -> None:
        """Adopt a loaded timeline (its FilterIndex may be built in a worker thread).

        `kind` is the format it was read from: only a native file is saved over in place.
        `disk_state` is what the file looked like when read, to notice others' changes."""
        self.timeline = timeline
        self.path = path
        self.kind = kind
        self.disk_state = disk_state
        self.index = index if index is not None else FilterIndex(timeline, self.clock)
        self.index.set_clock(self.clock)
        self._positions = None  # not needed for the first paint
        self.filter = keep_filter if keep_filter is not None else Filter()
        self.mask = self.index.mask(self.filter)
        self._text_timer.start()
        self.undo_stack.clear()
        self.loaded.emit()
        self.filterChanged.emit()

    def set_clock(self, clock: Clock) -> None:
        """Show times in another zone: the date-range filter reads that zone's clocks."""
        self.clock = clock
        if self.index is not None:
            self.index.set_clock(clock)
            self.mask = self.index.mask(self.filter)
            self.filterChanged.emit()

    # -- editing ---------------------------------------------------------------------------
    def push(self, edit: Edit) -> None:
        """Apply an edit as one undo step (raises EditError, changing nothing, if it can't)."""
        if self.timeline is None:
            return
        if self.locked_reason:
            raise EditError(self.locked_reason)
        edit.use_positions(self.position)
        self._n_before = len(self.timeline.events)
        self.undo_stack.push(EditCommand(edit, self.timeline, self._after_edit,
                                         self._before_edit))

    def _before_edit(self) -> None:
        self._n_before = len(self.timeline.events) if self.timeline is not None else 0
        self.aboutToEdit.emit()

    def _after_edit(self, changes: Changes) -> None:
        """Bring what depends on the events (filter index, positions) up to date, in place
        when the edit says where it changed few events (`delta`, for the views too), else
        made again; then tell views."""
        timeline = self.timeline
        assert timeline is not None
        self.delta = self._follow(changes)
        if self.delta is None:
            self.index = FilterIndex(timeline, self.clock)
            if changes.structure:
                self._positions = None
        self._text_timer.start()
        self.mask = self.index.mask(self.filter)
        self.edited.emit(changes)
        self.filterChanged.emit()
        self.delta = None

    def _follow(self, changes: Changes) -> Delta | None:
        """The delta of an edit once the filter index and positions follow it, or None."""
        index, timeline = self.index, self.timeline
        if (index is None or timeline is None or changes.registry_changed()
                or not changes.positions_known()):
            return None
        positions = self._positions
        if positions is not None and changes.structure:
            removed = sorted(changes.events) if changes.removed else []
            positions.moved(removed, changes.removed or (), changes.inserted or ())
        inserted = set(changes.inserted or ())
        changed = []
        for event_id in changes.events:
            p = self.position(event_id)
            if p is not None and p not in inserted:
                changed.append(p)
        delta = delta_of(self._n_before, len(timeline.events), changes.removed,
                         changes.inserted, changed, changes.fields)
        if delta is None or not update_filter_index(index, delta):
            return None
        return delta

    def _build_text_slice(self, slice_s: float = 0.008, step: int = 2000) -> None:
        """Fold events into the text index for about `slice_s` seconds, then yield."""
        index = self.index
        if index is None:
            self._text_timer.stop()
            return
        deadline = time.perf_counter() + slice_s
        while time.perf_counter() < deadline:
            if index.text.build(step):
                self._text_timer.stop()
                return

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self, path: Path, disk_state: object) -> None:
        self.path = path
        self.kind = "timeline-app"
        self.disk_state = disk_state
        self.undo_stack.setClean()
        self.saved.emit()

    def event_by_id(self, event_id: str) -> Event | None:
        i = self.position(event_id)
        return self.timeline.events[i] if i is not None and self.timeline else None

    def position(self, event_id: str) -> int | None:
        if self.timeline is None:
            return None
        if self._positions is None:
            self._positions = EventPositions(self.timeline.events)
        return self._positions.get(event_id)

    @property
    def title(self) -> str:
        if self.timeline is not None and self.timeline.title:
            return self.timeline.title
        return self.path.name if self.path is not None else tr("Untitled")

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
        return dict(zip(self.index.source_ids, self.source_count_array().tolist(),
                        strict=False))

    def source_count_array(self) -> np.ndarray:
        """`source_counts` by source code (positions in the index's `source_ids`)."""
        if self.index is None:
            return np.zeros(0, dtype=np.int64)
        if not self.filter.hidden_sources:
            return self.index.count_array(self.mask)
        mask = self.index.mask(replace(self.filter, hidden_sources=frozenset()))
        return self.index.count_array(mask)
