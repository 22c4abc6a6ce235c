"""What the timeline view knows about a document beyond the document itself (no Qt here).

One `DocView` per loaded document: the time index, the lanes for the current mode and
filter, and small lazily filled per-event caches (draw flags, label widths). Everything is
numpy arrays over document indices, so the view's memory stays well under 200 bytes an event
(`nbytes`) and painting never walks the whole document.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping

import numpy as np

from timeline_app.core.formats.timelinejs import eras_of
from timeline_app.core.geometry.follow import follow_lanes, follow_time_index
from timeline_app.core.geometry.lanes import LaneIndex, LaneList, LaneMode
from timeline_app.core.model.grades import is_graded
from timeline_app.core.model.timeline import Event, Source, Status, Timeline
from timeline_app.core.model.zoned import UTC_CLOCK, Clock
from timeline_app.core.query.delta import Delta
from timeline_app.core.query.filtering import FilterIndex
from timeline_app.core.query.index import TimeIndex

# Draw flags, one uint16 per event, filled on first use.
RANGED = 1 << 0
START_FUZZY = 1 << 1
END_FUZZY = 1 << 2
START_OPEN = 1 << 3
END_OPEN = 1 << 4
DISPUTED = 1 << 5
DENIED = 1 << 6
CONFIRMED = 1 << 7
MULTI = 1 << 8  # claimed by several sources: shown in several source lanes
_KNOWN = 1 << 15

MAX_LABEL_CHARS = 160
# Control characters would break a label into lines; bidi overrides could disguise it.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]+")


def clean_label(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    """A title as one safe line of plain text: no control or bidi-override characters, at
    most `limit` characters (an ellipsis ends a longer one)."""
    if len(text) <= limit and text.isprintable():  # the common case, in C
        return text
    text = _UNSAFE.sub(" ", text[: limit * 2]).strip()
    return text[:limit] + ("…" if len(text) > limit else "")


def event_flags(event: Event) -> int:
    start, end = event.start, event.end
    f = _KNOWN
    if end is not None:
        f |= RANGED
        if end.is_fuzzy:
            f |= END_FUZZY
        if end.is_open:
            f |= END_OPEN
    if start.is_fuzzy:
        f |= START_FUZZY
    if start.is_open:
        f |= START_OPEN
    status = event.status
    if status is Status.DISPUTED:
        f |= DISPUTED
    elif status is Status.DENIED:
        f |= DENIED
    elif status is Status.CONFIRMED:
        f |= CONFIRMED
    if len(event.claims) > 1 and len(event.source_ids()) > 1:
        f |= MULTI
    return f


class ColorKeys(Mapping[str, tuple[str | None, int]]):
    """`DocView.color_keys` read from the registry and the filter index's source codes
    (code - 1 is a source's place in the registry) when asked: opening 100k sources makes
    no dict of them (25 ms)."""

    def __init__(self, sources: Mapping[str, Source], codes: Mapping[str, int]) -> None:
        self._sources, self._codes = sources, codes

    def __getitem__(self, sid: str) -> tuple[str | None, int]:
        return self._sources[sid].color, self._codes[sid] - 1

    def __contains__(self, sid: object) -> bool:
        return sid in self._sources

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


class DocView:
    """A document prepared for viewing: index, lanes for a mode and mask, caches."""

    def __init__(self, timeline: Timeline, clock: Clock = UTC_CLOCK,
                 filters: FilterIndex | None = None) -> None:
        """`filters`: the document's filter index, if made (the loader's): the view takes
        its extents (if on the same clock), its grading, its (event, source) pairs for the
        lanes and its source codes for the colours instead of working them out again."""
        self.timeline = timeline
        self.clock = clock  # the axis is this zone's wall clock (View > Time zone)
        same_clock = filters is not None and (filters.clock or UTC_CLOCK) == clock
        bounds = (filters.lo, filters.hi) if filters is not None and same_clock else None
        self.index = TimeIndex(timeline.events, clock, bounds)
        self.lane_index = LaneIndex(timeline, self.index,
                                    filters.source_pairs() if filters is not None else None)
        self.filters = filters
        n = len(timeline.events)
        # Position of each document index in the time-sorted index: steps to next/previous.
        # Undated events are not in it; they rank after the last dated one.
        placed = len(self.index)
        self.rank = np.full(n, placed, dtype=np.int32)
        self.rank[self.index.order] = np.arange(placed, dtype=np.int32)
        self._flags = np.zeros(n, dtype=np.uint16)
        self._ids: dict[str, int] | None = None
        self.mode = LaneMode.SOURCE
        self.mask: np.ndarray | None = None
        self.hidden: frozenset[str] = frozenset()
        self.by_reliability = False  # lanes by source ordered A … F, then the ungraded
        self._graded = filters.graded if filters is not None else None
        self.lanes: LaneList
        self.generation = 0
        self._filtered_lo: np.ndarray | None = None
        self._eras: list[tuple[str, float, float]] | None = None
        self._era_arrays: tuple[list[str], np.ndarray, np.ndarray] | None = None
        self._colors: Mapping[str, tuple[str | None, int]] | None = None
        # Set by `follow` for the next `relane`: the lanes before and the numbers changed.
        self._reuse: tuple[LaneList, set[int]] | None = None
        self.relane()

    @property
    def graded(self) -> bool:
        """Whether the document grades anything (asked once, and again after an edit of
        claims: the filter index knows)."""
        if self._graded is None:
            self._graded = (self.filters.graded if self.filters is not None
                            else is_graded(self.timeline))
        return self._graded

    def follow(self, delta: Delta, filters: FilterIndex) -> bool:
        """Take in an edit of a few events in place (issue 14), from the document's filter
        index already brought up to date; False, changing nothing, when the view has to be
        made again. The lanes are made again by the next `relane` (with the new mask)."""
        if (filters.clock or UTC_CLOCK) != self.clock or len(self) != delta.n_after:
            return False
        clipped = follow_time_index(self.index, delta, filters.lo, filters.hi)
        if clipped is None:
            return False
        follow_lanes(self.lane_index, delta, self.mode, *clipped, filters.source_pairs())
        affected = self.lane_index.affected
        self._reuse = (self.lanes, affected) if affected is not None and not delta.structural \
            else None
        placed = len(self.index)
        self.rank = np.full(delta.n_after, placed, dtype=np.int32)
        self.rank[self.index.order] = np.arange(placed, dtype=np.int32)
        self._flags = delta.resized(self._flags)
        self._flags[delta.touched] = 0
        if delta.structural:
            self._ids = None
        self.filters = filters
        if delta.touches("claims"):
            self._graded = None
        self.mask = None
        self._filtered_lo = None
        return True

    def color_keys(self) -> Mapping[str, tuple[str | None, int]]:
        """Colour spec and palette number of every declared source, in document order (a
        view is made anew after every edit, so this cache cannot go stale). Do not change."""
        if self._colors is None:
            codes = self.filters.source_codes_of() if self.filters is not None else None
            if codes is not None:  # worked out when asked: only lanes in sight ask
                self._colors = ColorKeys(self.timeline.sources, codes)
            else:
                self._colors = {s.id: (s.color, i)
                                for i, s in enumerate(self.timeline.sources.values())}
        return self._colors

    def __len__(self) -> int:
        return len(self.timeline.events)

    def relane(self, mode: LaneMode | str | None = None, mask: np.ndarray | None = None,
               keep_mask: bool = True, hidden: frozenset[str] | None = None,
               by_reliability: bool | None = None) -> None:
        """Rebuild the lanes after a change of mode, order or filter (`hidden`: unchecked
        sources, whose lanes go; None keeps the current ones)."""
        if mode is not None:
            self.mode = LaneMode(mode)
        if by_reliability is not None:
            self.by_reliability = by_reliability
        if hidden is not None:
            self.hidden = frozenset(hidden)
        if not keep_mask:
            if mask is not None:
                mask = np.asarray(mask, dtype=bool)
                if mask.shape != (len(self),):
                    raise ValueError(f"mask must have shape ({len(self)},), not {mask.shape}")
            self.mask = mask
            self._filtered_lo = None
        before = self.lanes if hasattr(self, "lanes") else None
        self.lanes = self.lane_index.lanes(self.mode, self.mask, self.hidden,
                                           self.by_reliability)
        reuse, self._reuse = self._reuse, None
        if reuse is not None and reuse[0] is before and mode is None and hidden is None \
                and by_reliability is None:
            self.lanes.adopt(reuse[0], reuse[1])  # right after `follow`: the same lanes
        self.generation += 1

    @property
    def nbytes(self) -> int:
        """Memory held for the view beyond the document itself."""
        idx = self.index
        return (idx.lo.nbytes + idx.hi.nbytes + idx.order.nbytes + self.lane_index.nbytes
                + self.lanes.nbytes + self.rank.nbytes
                + self._flags.nbytes + (self.mask.nbytes if self.mask is not None else 0))

    def doc_of(self, event_id: str) -> int | None:
        if self._ids is None:
            self._ids = {e.id: i for i, e in enumerate(self.timeline.events)}
        return self._ids.get(event_id)

    def flags(self, doc: int) -> int:
        f = int(self._flags[doc])
        if not f:
            f = event_flags(self.timeline.events[doc])
            self._flags[doc] = f
        return f

    def flags_of(self, docs: np.ndarray) -> np.ndarray:
        """Flags of many events at once, computing only those not seen before."""
        f = self._flags[docs]
        missing = np.flatnonzero(f == 0)
        if len(missing):
            events = self.timeline.events
            for k in missing.tolist():
                f[k] = self._flags[docs[k]] = event_flags(events[int(docs[k])])
        return f

    def eras(self) -> list[tuple[str, float, float]]:
        """The document's eras as (title, start, end) seconds, parsed once per view. An era
        runs from its start to the beginning of its end date, as TimelineJS reads them, so
        eras that share a year abut instead of overlapping (unless that leaves it empty)."""
        if self._eras is None:
            self._eras = []
            for era in eras_of(self.timeline):
                (lo, _), (hi, end) = self.clock.span(era.start), self.clock.span(era.end)
                if not hi > lo:
                    hi = end
                if math.isfinite(lo) and math.isfinite(hi) and hi > lo:
                    self._eras.append((clean_label(era.title), lo, hi))
        return self._eras

    def era_arrays(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        """`eras()` as titles and start/end arrays, for selecting the visible ones a frame."""
        if self._era_arrays is None:
            eras = self.eras()
            self._era_arrays = ([t for t, _, _ in eras],
                                np.fromiter((e[1] for e in eras), np.float64, len(eras)),
                                np.fromiter((e[2] for e in eras), np.float64, len(eras)))
        return self._era_arrays

    def any_in(self, start: float, end: float) -> bool:
        """Whether any event passing the filter overlaps [start, end)."""
        pos = self.index.in_range(start, end)
        if self.mask is None:
            return len(pos) > 0
        return bool(self.mask[self.index.order[pos]].any())

    def visible(self, doc: int) -> bool:
        return self.mask is None or bool(self.mask[doc])

    def placed(self, doc: int) -> bool:
        """Whether the event has a place on the time axis (an undated one has none)."""
        return not self.lane_index.undated[doc]

    def undated_docs(self) -> np.ndarray:
        """The undated events passing the filter (document order): counted and listed in
        the Undated strip, never drawn on the axis."""
        docs = self.index.undated
        return docs if self.mask is None else docs[self.mask[docs]]

    def filtered_lo(self) -> np.ndarray:
        """Sorted start instants of the events passing the filter (for the overview)."""
        if self._filtered_lo is None:
            idx = self.index
            self._filtered_lo = idx.lo if self.mask is None else idx.lo[self.mask[idx.order]]
        return self._filtered_lo

    def starts_in(self, edges: np.ndarray) -> np.ndarray:
        """Events passing the filter that begin in each slice between `edges` (the
        overview's histogram; a table's view answers it from its day counts)."""
        return np.diff(np.searchsorted(self.filtered_lo(), edges))

    def shown_count(self) -> int:
        """Events passing the filter, undated ones included."""
        return len(self.filtered_lo()) + len(self.undated_docs())

    def total_count(self) -> int:
        return len(self)

    def undated_count(self) -> int:
        return len(self.undated_docs())

    def bounds(self) -> tuple[float, float] | None:
        """Earliest and latest instant of the dated events passing the filter (None if
        there are none: Fit All then shows a default range)."""
        idx = self.index
        if self.mask is None:
            return idx.bounds
        keep = self.mask[idx.order]
        if not keep.any():
            return None
        return float(idx.lo[keep][0]), float(idx.hi[keep].max())

    def step(self, doc: int, direction: int) -> int | None:
        """The next (direction > 0) or previous event in time order passing the filter."""
        order = self.index.order
        r = int(self.rank[doc])
        if self.mask is None:
            r += 1 if direction > 0 else -1
            return int(order[r]) if 0 <= r < len(order) else None
        keep = self.mask[order[r + 1:]] if direction > 0 else self.mask[order[:r]]
        hits = np.flatnonzero(keep)
        if not len(hits):
            return None
        return int(order[r + 1 + hits[0]]) if direction > 0 else int(order[hits[-1]])

    def end_event(self, last: bool) -> int | None:
        """The first (or last) event in time order passing the filter."""
        order = self.index.order
        if not len(order):
            return None
        if self.mask is None:
            return int(order[-1] if last else order[0])
        hits = np.flatnonzero(self.mask[order])
        if not len(hits):
            return None
        return int(order[hits[-1] if last else hits[0]])

    def docs_between(self, a: int, b: int) -> list[int]:
        """Events passing the filter from `a` to `b` inclusive, in time order (an undated
        end counts as after the last dated event, and is itself included)."""
        ra, rb = sorted((int(self.rank[a]), int(self.rank[b])))
        docs = self.index.order[ra:rb + 1]
        if self.mask is not None:
            docs = docs[self.mask[docs]]
        out = docs.tolist()
        return out + [d for d in dict.fromkeys((a, b)) if not self.placed(d)]
