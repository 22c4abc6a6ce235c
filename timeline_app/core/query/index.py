"""A sorted time index over a document's events, answering the view's two questions:
which events lie in this time range, and how dense are events in these bins.

Arrays are numpy so the index costs about 28 bytes an event and answers either question in
O(log n + k) without touching Python objects; painting then depends on what is visible, not
on the size of the document.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from timeline_app.core.model.timeline import Event
from timeline_app.core.model.zoned import Clock


def event_bounds(events: Sequence[Event],
                 clock: Clock | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Earliest and latest second of every event on the axis, as arrays (open ends stay
    infinite): as written, or on the wall clock of `clock`'s zone (times of day move).

    Reads the date objects directly rather than through Event.earliest/latest: over a
    million events the property calls alone would take most of a second.
    """
    lo = np.array([e.start.earliest for e in events], dtype=np.float64)
    hi = np.array([(e.end or e.start).latest for e in events], dtype=np.float64)
    for i in np.flatnonzero(np.isneginf(lo)).tolist():  # open start: the end's earliest
        lo[i] = events[i].earliest
    if clock is not None:
        clock.bounds(events, lo, hi)
    return lo, hi


def undated_mask(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Which events have no date at all (start "..", no end or an open one), from the
    extents `event_bounds` gives: both ends infinite. Such an event is counted and listed,
    but it has no place on a time axis."""
    return np.isneginf(lo) & np.isposinf(hi)


class TimeIndex:
    """Dated events sorted by earliest instant, with open ends clipped to finite bounds.

    Undated events (`undated`, document indices) are set apart before clipping: clipped,
    they would become bars across the whole range, and a document of only undated events
    would seem to lie at the epoch. They are in neither `order` nor the bounds.
    """

    def __init__(self, events: Sequence[Event], clock: Clock | None = None,
                 bounds: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        """`bounds`: `event_bounds(events, clock)` if already made (the FilterIndex has
        them: a second walk over a million events is a tenth of a second); not changed."""
        if bounds is None:
            lo, hi = event_bounds(events, clock)
        else:
            lo, hi = bounds[0].copy(), bounds[1].copy()  # clipped in place below
        self.n_events = len(events)
        no_date = undated_mask(lo, hi)
        self.undated: np.ndarray = np.flatnonzero(no_date)
        docs = np.flatnonzero(~no_date) if len(self.undated) else None
        if docs is not None:
            lo, hi = lo[docs], hi[docs]
        n = len(lo)
        finite_lo, finite_hi = lo[np.isfinite(lo)], hi[np.isfinite(hi)]
        lo_min = float(finite_lo.min()) if len(finite_lo) else 0.0
        hi_max = float(finite_hi.max()) if len(finite_hi) else lo_min
        # An open start or end reaches to the edge of the data, not to infinity.
        self.clip = (lo_min, hi_max)  # where open ends are clipped to
        np.nan_to_num(lo, copy=False, neginf=lo_min, posinf=hi_max)
        np.nan_to_num(hi, copy=False, neginf=lo_min, posinf=max(hi_max, lo_min))
        np.maximum(hi, lo, out=hi)
        order = np.argsort(lo, kind="stable")
        wide = self.n_events >= 2**31
        self.order: np.ndarray = (order if docs is None else docs[order]).astype(
            np.int64 if wide else np.int32)
        self.lo: np.ndarray = lo[order]
        self.hi: np.ndarray = hi[order]
        # The longest event bounds how far left of a range an overlapping event can start.
        self._max_len = float((self.hi - self.lo).max()) if n else 0.0

    def __len__(self) -> int:
        """How many events the index places on the axis (the undated ones are apart)."""
        return len(self.order)

    @property
    def bounds(self) -> tuple[float, float] | None:
        """Earliest and latest instant of the dated events, or None if there are none."""
        if not len(self.order):
            return None
        return float(self.lo[0]), float(self.hi.max())

    def in_range(self, start: float, end: float) -> np.ndarray:
        """Positions (into `order`, sorted by time) of events overlapping [start, end)."""
        a = int(np.searchsorted(self.lo, start - self._max_len, side="left"))
        b = int(np.searchsorted(self.lo, end, side="left"))
        if a >= b:
            return np.empty(0, dtype=np.int64)
        window = slice(a, b)
        hits = np.nonzero(self.hi[window] > start)[0]
        if len(hits) == 0:
            # Zero-length events exactly at `start` still count as visible.
            hits = np.nonzero(self.hi[window] >= start)[0]
        return hits + a

    def events_in_range(self, start: float, end: float) -> np.ndarray:
        """Document indices of the events overlapping [start, end), in time order."""
        return self.order[self.in_range(start, end)]

    def density(self, start: float, end: float, bins: int) -> np.ndarray:
        """How many events start in each of `bins` equal slices of [start, end)."""
        bins = max(1, int(bins))
        edges = np.linspace(start, end, bins + 1)
        return np.diff(np.searchsorted(self.lo, edges, side="left"))


def unique_pairs(events: np.ndarray, codes: np.ndarray, width: int
                 ) -> tuple[np.ndarray, np.ndarray]:
    """(event, code) pairs without repeats, sorted by event: an event claimed twice by the
    same source counts once for that source."""
    keys = events * width + codes
    keys.sort(kind="stable")  # already nearly sorted by event: much faster than np.unique
    if len(keys):
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    return (keys // width).astype(np.int32), (keys % width).astype(np.int32)
