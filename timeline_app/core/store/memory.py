"""The store seam answered by a document in memory: its filter index and time index.

This is what the window has always asked of a document, put in the protocol's terms; the
table store (`duck.py`) is held equal to it by a property test, so both read alike.
"""

from __future__ import annotations

import numpy as np

from timeline_app.core.model.timeline import Event, Status, Timeline
from timeline_app.core.query.filtering import NO_SOURCE, Filter, FilterIndex
from timeline_app.core.query.index import TimeIndex
from timeline_app.core.store.protocol import (
    ALL,
    CountBy,
    LaneSpec,
    Order,
    Rows,
    coverage,
    overlapping,
)


class MemoryStore:
    """An `EventStore` over a `Timeline`; keys are document indices."""

    def __init__(self, timeline: Timeline, filters: FilterIndex | None = None) -> None:
        self.timeline = timeline
        self.filters = filters if filters is not None else FilterIndex(timeline)
        n = len(timeline.events)
        index = TimeIndex(timeline.events, self.filters.clock,
                          (self.filters.lo, self.filters.hi))
        self.lo = np.full(n, np.inf)
        self.hi = np.full(n, np.inf)
        self.lo[index.order] = index.lo
        self.hi[index.order] = index.hi
        self.dated = np.isfinite(self.lo)

    def _mask(self, f: Filter, lane: LaneSpec = ALL) -> np.ndarray:
        keep = self.filters.mask(f)
        if not lane.everything:
            fi = self.filters
            codes = fi.source_codes(sorted(lane.sources))
            member = np.isin(fi.pair_source, codes[codes >= 0])
            if lane.other:
                member = ~member
            keep &= np.bincount(fi.pair_event[member], minlength=fi.n) > 0
        return keep

    def count(self, f: Filter) -> int:
        return int(self._mask(f).sum())

    def bounds(self, f: Filter) -> tuple[float, float] | None:
        keep = self._mask(f) & self.dated
        if not keep.any():
            return None
        return float(self.lo[keep].min()), float(self.hi[keep].max())

    def _in(self, start: float, end: float, f: Filter, lane: LaneSpec) -> np.ndarray:
        keep = self._mask(f, lane) & self.dated
        keep &= overlapping(self.lo, self.hi, start, end)
        docs = np.flatnonzero(keep)
        return docs[np.lexsort((docs, self.lo[docs]))]

    def in_range(self, start: float, end: float, f: Filter, lane: LaneSpec = ALL,
                 limit: int | None = None) -> Rows:
        docs = self._in(start, end, f, lane)
        return self._rows(docs if limit is None else docs[:limit])

    def count_in(self, start: float, end: float, f: Filter, lane: LaneSpec = ALL) -> int:
        return len(self._in(start, end, f, lane))

    def density(self, start: float, end: float, bins: int, f: Filter,
                lane: LaneSpec = ALL) -> np.ndarray:
        docs = self._in(start, end, f, lane)
        return coverage(self.lo[docs], self.hi[docs], start, end, bins)

    def counts(self, f: Filter, by: CountBy = CountBy.SOURCE) -> dict[str, int]:
        keep = self._mask(f)
        fi = self.filters
        if by is CountBy.SOURCE:
            counts = fi.count_array(keep)
            return {s: int(c) for s, c in zip(fi.source_ids, counts.tolist(), strict=False)
                    if c}
        if by is CountBy.TAG:
            hit = keep[fi.tag_event]
            counts = np.bincount(fi.tag_of[hit], minlength=len(fi.tag_names))
            return {t: int(c) for t, c in zip(fi.tag_names, counts.tolist(), strict=False) if c}
        counts = np.bincount(fi.status[keep], minlength=len(Status))
        return {s.value: int(c) for s, c in zip(Status, counts.tolist(), strict=True) if c}

    def rows(self, f: Filter, order: Order = Order.DATE, descending: bool = False,
             offset: int = 0, limit: int = 100) -> Rows:
        docs = np.flatnonzero(self._mask(f))
        events = self.timeline.events
        if order is Order.DATE:
            keys: list = [self.lo[docs], self.hi[docs]]
        elif order is Order.TITLE:
            keys = [_rank([events[d].title for d in docs.tolist()])]
        else:
            keys = [_rank([_first_source(events[d]) for d in docs.tolist()])]
        if descending:
            keys = [-np.asarray(k, dtype=np.float64) for k in keys]
        docs = docs[np.lexsort((docs, *reversed(keys)))]
        return self._rows(docs[offset:offset + limit])

    def event(self, key: int) -> Event | None:
        events = self.timeline.events
        return events[key] if 0 <= key < len(events) else None

    def _rows(self, docs: np.ndarray) -> Rows:
        events = self.timeline.events
        picked = [events[d] for d in docs.tolist()]
        return Rows(docs.astype(np.int64), self.lo[docs], self.hi[docs],
                    [e.title for e in picked],
                    [tuple(e.source_ids()) or (NO_SOURCE,) for e in picked])


def _first_source(event: Event) -> str:
    ids = event.source_ids()
    return ids[0] if ids else NO_SOURCE


def _rank(values: list[str]) -> np.ndarray:
    """Each string's place in code-point order (equal strings share it), for lexsort: the
    order DuckDB's binary collation gives too."""
    if not values:
        return np.zeros(0, dtype=np.int64)
    _, inverse = np.unique(np.array(values, dtype=object), return_inverse=True)
    return inverse.astype(np.int64)
