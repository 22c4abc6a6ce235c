"""Lanes: the timeline's horizontal bands, one per source (or tag, or status, or just one).

An event claimed by several sources belongs to each of their lanes, so a lane is a list of
*occurrences*. Each lane keeps its own time-sorted numpy arrays so the view can ask, per lane,
"which events overlap [a, b)" and "how many start in these bins" in O(log n + k), whatever the
size of the document. Per occurrence a lane costs 28 bytes (int32 document index, float64
start and end, and the ends sorted on their own for coverage counts); there are no per-event
Python objects.

Memberships (which lane each event goes to) are computed once per mode with one pass over
the events; applying a filter mask afterwards is pure numpy, so the filter panel can change
the mask on every keystroke. The lanes come as a `LaneList` that makes each `Lane` when it
is first asked for: a document with a million tags has a million lanes by tag, of which a
view lays out the few it shows (made eagerly they took gigabytes).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from timeline_app.core.model.grades import RELIABILITY
from timeline_app.core.model.timeline import Status, Timeline
from timeline_app.core.query.index import TimeIndex, unique_pairs
from timeline_app.core.text import tr

# Keys of the lanes of events without a source or a tag (titled in the window's language).
NO_SOURCE = "(no source)"
NO_TAG = "(no tag)"
# Events longer than the shortest of the `_long_count` longest are scanned separately, so
# one open-ended or century-long event does not make every range query scan everything.
_MIN_LONG = 64


_RANK = {grade: i for i, grade in enumerate(RELIABILITY)}  # A 0 … F 5; ungraded after


class LaneMode(StrEnum):
    SOURCE = "source"
    TAG = "tag"
    STATUS = "status"
    NONE = "none"


@dataclass(eq=False, slots=True)
class Lane:
    """One lane's occurrences, sorted by start instant.

    `doc` holds document indices into `Timeline.events`; `lo`/`hi` their (clipped) extents.
    `key` is the source id, tag, status value, or "" for the single lane; `color` is the
    source's own colour if it sets one. `undated` counts the lane's events that have no date:
    they are not in the arrays (nothing to place), but the lane says it has them.
    """

    key: str
    title: str
    color: str | None
    doc: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    max_short: float
    long_pos: np.ndarray
    hi_sorted: np.ndarray
    undated: int = 0

    def __len__(self) -> int:
        return len(self.doc)

    @property
    def nbytes(self) -> int:
        return (self.doc.nbytes + self.lo.nbytes + self.hi.nbytes + self.long_pos.nbytes
                + self.hi_sorted.nbytes)

    def in_range(self, start: float, end: float) -> np.ndarray:
        """Positions (sorted, into this lane's arrays) of occurrences overlapping [start, end).

        Zero-length occurrences exactly at `start` count as visible.
        """
        a = int(np.searchsorted(self.lo, start - self.max_short, side="left"))
        b = int(np.searchsorted(self.lo, end, side="left"))
        parts = []
        if len(self.long_pos):
            early = self.long_pos[self.long_pos < a]
            if len(early):
                parts.append(early[self.hi[early] > start])
        if b > a:
            hi = self.hi[a:b]
            hit = (hi > start) | ((hi == start) & (self.lo[a:b] == start))
            parts.append(np.nonzero(hit)[0] + a)
        if not parts:
            return np.empty(0, dtype=np.int64)
        return parts[0] if len(parts) == 1 else np.concatenate(parts)

    def count_starts(self, start: float, end: float) -> int:
        return int(np.searchsorted(self.lo, end) - np.searchsorted(self.lo, start))

    def count_overlapping(self, start: float, end: float) -> int:
        """How many occurrences overlap [start, end), in O(log n): begun before the end
        and not ended by the start (what a lane's note says is "in view")."""
        begun = int(np.searchsorted(self.lo, end, side="left"))
        ended = int(np.searchsorted(self.hi_sorted, start, side="right"))
        return max(0, begun - ended)

    def density(self, start: float, end: float, bins: int) -> np.ndarray:
        """How many occurrences overlap each of `bins` equal slices of [start, end).

        Coverage rather than starts: at a fine zoom a year-long event is present in every
        bin, which is what the band should say. Two bisections per bin edge.
        """
        bins = max(1, int(bins))
        edges = np.linspace(start, end, bins + 1)
        begun = np.searchsorted(self.lo, edges[1:], side="left")  # lo < right edge
        ended = np.searchsorted(self.hi_sorted, edges[:-1], side="right")  # hi <= left edge
        return begun - ended


def _make_lane(key: str, title: str, color: str | None, doc: np.ndarray, lo: np.ndarray,
               hi: np.ndarray) -> Lane:
    """Sort one lane's occurrences by start and split off the long ones for range queries."""
    order = np.argsort(lo, kind="stable")
    doc, lo, hi = doc[order].astype(np.int32), lo[order], hi[order]
    return _sorted_lane(key, title, color, doc, lo, hi, np.sort(hi))


def _sorted_lane(key: str, title: str, color: str | None, doc: np.ndarray, lo: np.ndarray,
                 hi: np.ndarray, hi_sorted: np.ndarray, undated: int = 0) -> Lane:
    """A lane from occurrences already sorted by start (and their ends sorted on their
    own): only the long ones are split off, with one O(n) partition."""
    lengths = hi - lo
    n = len(doc)
    n_long = min(n, _MIN_LONG + math.isqrt(n))
    if n > n_long:
        cut = float(np.partition(lengths, n - n_long - 1)[n - n_long - 1])
        long_pos = np.nonzero(lengths > cut)[0].astype(np.int32)
        max_short = cut
    else:
        long_pos = np.arange(n, dtype=np.int32)
        max_short = 0.0
    return Lane(key, title, color, doc, lo, hi, max_short, long_pos, hi_sorted, undated)


class LaneList(Sequence[Lane]):
    """The lanes of one mode and mask, each made (and kept) on first access.

    `keys`, `titles`, `sizes` (occurrences per lane) and `undated` (undated occurrences per
    lane) are there without making any lane,
    so code that needs one figure per lane (header widths, colours) stays cheap."""

    def __init__(self, lo: np.ndarray, hi: np.ndarray, m: _Membership, doc: np.ndarray,
                 by_hi: np.ndarray, bounds: np.ndarray, numbers: np.ndarray,
                 undated: np.ndarray) -> None:
        self._lo, self._hi, self._m = lo, hi, m
        self._doc, self._by_hi, self._bounds, self._numbers = doc, by_hi, bounds, numbers
        # Lanes may be shown in another order than their numbers (by reliability):
        # `lanes_of` looks numbers up in sorted order and maps them back to positions.
        self._by_number = np.argsort(numbers, kind="stable")
        self._sorted_numbers = numbers[self._by_number]
        self._made: dict[int, Lane] = {}
        every = len(numbers) == len(m.keys) and bool((numbers[1:] > numbers[:-1]).all())
        # All lanes in their own order (a file as opened): the membership's lists, shared
        # (100k sources: two list copies fewer); read-only either way.
        self.keys: list[str] = m.keys if every else [m.keys[i] for i in numbers.tolist()]
        self.titles: list[str] = m.titles if every else [m.titles[i] for i in numbers.tolist()]
        self.sizes: np.ndarray = (bounds[numbers + 1] - bounds[numbers]).astype(np.int64)
        self.undated: np.ndarray = undated[numbers]  # undated events per lane: counted only

    def __len__(self) -> int:
        return len(self._numbers)

    def __getitem__(self, i):  # type: ignore[no-untyped-def]  # int -> Lane, slice -> list
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        lane = self._made.get(i)
        if lane is None:
            n = int(self._numbers[i])
            a, b = int(self._bounds[n]), int(self._bounds[n + 1])
            d = self._doc[a:b]
            lane = _sorted_lane(self._m.keys[n], self._m.titles[n], self._m.colors[n], d,
                                self._lo[d], self._hi[d], self._hi[self._by_hi[a:b]],
                                int(self.undated[i]))
            self._made[i] = lane
        return lane

    def __iter__(self) -> Iterator[Lane]:
        return (self[i] for i in range(len(self)))

    def lanes_of(self, doc: int) -> list[int]:
        """Positions of the lanes holding document index `doc`, without making a lane."""
        numbers = np.searchsorted(self._bounds, np.flatnonzero(self._doc == doc), side="right")
        found, pos = self._sorted_numbers, np.searchsorted(self._sorted_numbers, numbers - 1)
        return sorted(int(self._by_number[p]) for p, n in
                      zip(pos.tolist(), (numbers - 1).tolist(), strict=True)
                      if p < len(found) and found[p] == n)

    def adopt(self, old: LaneList, changed: set[int]) -> None:
        """Take the lanes `old` made that an edit did not change (lane numbers not in
        `changed`; same mode, document positions and filter elsewhere), so a lane of a
        million events is not sorted again after an edit of another lane's event."""
        for i, lane in old._made.items():
            n = int(old._numbers[i])
            if n in changed:
                continue
            p = int(np.searchsorted(self._sorted_numbers, n))
            if p < len(self._sorted_numbers) and int(self._sorted_numbers[p]) == n:
                self._made.setdefault(int(self._by_number[p]), lane)

    @property
    def nbytes(self) -> int:
        """Bytes of the lanes made so far, and 28 an occurrence for the others."""
        made = sum(lane.nbytes for lane in self._made.values())
        rest = int(self.sizes.sum()) - sum(len(lane) for lane in self._made.values())
        return made + 28 * rest


@dataclass(slots=True)
class _Membership:
    keys: list[str]
    titles: list[str]
    colors: list[str | None]
    pair_doc: np.ndarray  # int32: document index of each occurrence
    pair_lane: np.ndarray  # int32: lane number of each occurrence
    keep_empty: bool  # show lanes with no events when nothing is filtered
    # Filled by `LaneIndex._membership`: pair_doc and pair_lane are then sorted by (lane,
    # start); `by_hi` holds the same documents sorted by (lane, end), `bounds` where each
    # lane begins. A mask then only selects, which keeps both orders: no sort per filter.
    by_hi: np.ndarray | None = None
    bounds: np.ndarray | None = None
    # The occurrences of undated events, set apart: only counted per lane.
    undated_doc: np.ndarray | None = None
    undated_lane: np.ndarray | None = None
    number: dict[str, int] | None = None  # key -> lane number, made when an edit asks


class LaneIndex:
    """Builds lanes for a document in any mode, with or without a filter mask.

    The document-order extents are taken from the `TimeIndex` (open ends already clipped to
    the data), so lanes and the index agree on where every event is; an undated event's
    extent is NaN, and lanes only count it (`Lane.undated`).
    """

    def __init__(self, timeline: Timeline, index: TimeIndex,
                 source_pairs: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        """`source_pairs`: the filter index's (event, source code) pairs, if already made
        with code 0 for no source and then the registry in order (`FilterIndex.source_pairs`);
        lanes by source are then made from them instead of from every claim again."""
        self.timeline = timeline
        self._source_pairs = source_pairs
        n = index.n_events
        self.lo = np.full(n, np.nan, dtype=np.float64)
        self.hi = np.full(n, np.nan, dtype=np.float64)
        self.lo[index.order] = index.lo
        self.hi[index.order] = index.hi
        self.undated = np.zeros(n, dtype=bool)
        self.undated[index.undated] = True
        self._members: dict[LaneMode, _Membership] = {}
        # After an edit was followed (geometry/follow.py): the numbers of the lanes it
        # changed, in its mode; None when not known.
        self.affected: set[int] | None = None

    @property
    def nbytes(self) -> int:
        extra = sum(m.pair_doc.nbytes + m.pair_lane.nbytes
                    + (m.by_hi.nbytes if m.by_hi is not None else 0)
                    + (m.undated_lane.nbytes * 2 if m.undated_lane is not None else 0)
                    for m in self._members.values())
        return self.lo.nbytes + self.hi.nbytes + self.undated.nbytes + extra

    def lanes(self, mode: LaneMode | str, mask: np.ndarray | None = None,
              hidden: frozenset[str] = frozenset(), by_reliability: bool = False) -> LaneList:
        """The lanes for `mode`, each holding only events where `mask` (over document
        indices) is True. Lanes left empty by a mask are dropped (a lane holding only undated
        events stays, to count them), and so are the lanes of `hidden` sources (in lanes by
        source: an unchecked source has no lane, even for events another source also
        claims). `by_reliability` orders lanes by source A to F, then the ungraded (ties
        keep the document's order)."""
        m = self._membership(LaneMode(mode))
        doc, by_hi, bounds = m.pair_doc, m.by_hi, m.bounds
        und_doc, und_lane = m.undated_doc, m.undated_lane
        assert by_hi is not None and bounds is not None
        assert und_doc is not None and und_lane is not None
        if mask is not None:
            mask = np.asarray(mask, dtype=bool)
            if mask.shape != (len(self.lo),):
                raise ValueError(f"mask must have shape ({len(self.lo)},), not {mask.shape}")
            keep = mask[doc]
            kept = np.concatenate(([0], np.cumsum(keep)))
            doc, by_hi, bounds = doc[keep], by_hi[mask[by_hi]], kept[bounds]
            und_lane = und_lane[mask[und_doc]]
        undated = np.bincount(und_lane, minlength=len(m.keys)).astype(np.int64)
        sizes = np.diff(bounds)
        keep = ((sizes > 0) | (undated > 0)) if (mask is not None or not m.keep_empty) \
            else np.ones(len(m.keys), dtype=bool)
        if hidden and LaneMode(mode) is LaneMode.SOURCE:
            keep &= np.fromiter((k not in hidden for k in m.keys), dtype=bool,
                                count=len(m.keys))
        numbers = np.flatnonzero(keep)
        if by_reliability and LaneMode(mode) is LaneMode.SOURCE:
            sources = self.timeline.sources  # asked now: a grade may have been edited
            keys = m.keys
            rank = np.array([_RANK.get(sources[keys[i]].reliability or "", len(_RANK))
                             if keys[i] in sources else len(_RANK) + 1
                             for i in numbers.tolist()], dtype=np.int8)
            numbers = numbers[np.argsort(rank, kind="stable")]
        return LaneList(self.lo, self.hi, m, doc, by_hi, bounds, numbers, undated)

    def _membership(self, mode: LaneMode) -> _Membership:
        if mode not in self._members:
            pairs = self._source_pairs if mode is LaneMode.SOURCE else None
            m = _BUILDERS[mode](self.timeline) if pairs is None else _by_code(self.timeline, *pairs)
            doc, lane = m.pair_doc, m.pair_lane
            apart = self.undated[doc]
            m.undated_doc, m.undated_lane = doc[apart], lane[apart]
            if apart.any():
                doc, lane = doc[~apart], lane[~apart]
            # lexsort is stable: ties keep document order, as a per-lane stable sort would.
            by_lo = np.lexsort((self.lo[doc], lane))
            by_hi = np.lexsort((self.hi[doc], lane))
            m.pair_doc, m.pair_lane = doc[by_lo].astype(np.int32), lane[by_lo]
            m.by_hi = doc[by_hi].astype(np.int32)
            m.bounds = np.searchsorted(m.pair_lane,  # same dtypes: the lanes not copied
                                       np.arange(len(m.keys) + 1, dtype=m.pair_lane.dtype))
            self._members[mode] = m
        return self._members[mode]


def _pairs(groups: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Flatten per-event lists of lane numbers into (doc, lane) occurrence arrays."""
    counts = np.fromiter((len(g) for g in groups), dtype=np.int64, count=len(groups))
    doc = np.repeat(np.arange(len(groups), dtype=np.int32), counts)
    lane = np.fromiter((k for g in groups for k in g), dtype=np.int32, count=int(counts.sum()))
    return doc, lane


def _by_source(t: Timeline) -> _Membership:
    """Lanes by source: the declared ones in document order, then any cited but undeclared
    (in order of first citation) and "(no source)". Vectorised for the common case where
    every claim names a declared source (100k sources took half a second in a loop)."""
    keys = list(t.sources)
    number = {k: i for i, k in enumerate(keys)}
    events = t.events
    try:
        codes = np.array([number[c.source] for e in events for c in e.claims], dtype=np.int64)
    except KeyError:
        return _by_source_cited(t)
    per_event = np.fromiter((len(e.claims) for e in events), dtype=np.int64, count=len(events))
    doc = np.repeat(np.arange(len(events), dtype=np.int64), per_event)
    none = np.flatnonzero(per_event == 0)
    if len(none):
        keys.append(NO_SOURCE)
        doc = np.concatenate([doc, none])
        codes = np.concatenate([codes, np.full(len(none), len(keys) - 1, dtype=np.int64)])
    doc32, lane = unique_pairs(doc, codes, max(1, len(keys)))
    sources = t.sources.values()
    titles = [s.name for s in sources] + [tr("(no source)")] * (len(keys) - len(t.sources))
    colors = [s.color for s in sources] + [None] * (len(keys) - len(t.sources))
    return _Membership(keys, titles, colors, doc32, lane, keep_empty=True)


def _by_code(t: Timeline, doc: np.ndarray, code: np.ndarray) -> _Membership:
    """`_by_source` from pairs already made (see LaneIndex): lane = code - 1, and code 0
    ("no source", only there when an event has no claim) the last lane. Both are sorted by
    event and then lane, an event having either no claim or claims."""
    keys = list(t.sources)
    lane = code.astype(np.int32) - 1
    none = lane < 0
    if none.any():
        keys.append(NO_SOURCE)
        lane[none] = len(keys) - 1
    sources = t.sources.values()
    titles = [s.name for s in sources] + [NO_SOURCE] * (len(keys) - len(t.sources))
    colors = [s.color for s in sources] + [None] * (len(keys) - len(t.sources))
    return _Membership(keys, titles, colors, doc.astype(np.int32), lane, keep_empty=True)


def _by_source_cited(t: Timeline) -> _Membership:
    """`_by_source` when claims cite sources the registry lacks: a loop, in citation order."""
    keys = list(t.sources)
    number = {k: i for i, k in enumerate(keys)}
    groups: list[list[int]] = []
    for event in t.events:
        ids = event.source_ids()
        if not ids:
            ids = [NO_SOURCE]
        row = []
        for sid in ids:
            if sid not in number:  # cited but never declared, or no source at all
                number[sid] = len(keys)
                keys.append(sid)
            row.append(number[sid])
        groups.append(row)
    titles = [t.source_name(k) if k != NO_SOURCE else tr("(no source)") for k in keys]
    colors = [t.sources[k].color if k in t.sources else None for k in keys]
    doc, lane = _pairs(groups)
    return _Membership(keys, titles, colors, doc, lane, keep_empty=True)


def _by_tag(t: Timeline) -> _Membership:
    # Ordered by (casefold, text), in two sorts of strings: tuple keys took seconds for 1M tags.
    names = sorted({tag for e in t.events for tag in e.tags})
    names.sort(key=str.casefold)
    keys = [*names, NO_TAG]
    number = {k: i for i, k in enumerate(keys)}
    untagged = [number[NO_TAG]]
    groups = [[number[tag] for tag in dict.fromkeys(e.tags)] or untagged for e in t.events]
    doc, lane = _pairs(groups)
    return _Membership(keys, [*names, tr("(no tag)")], [None] * len(keys), doc, lane,
                       keep_empty=False)


def _by_status(t: Timeline) -> _Membership:
    keys = [s.value for s in Status]
    number = {s: i for i, s in enumerate(Status)}
    lane = np.fromiter((number[e.status] for e in t.events), dtype=np.int32,
                       count=len(t.events))
    doc = np.arange(len(t.events), dtype=np.int32)
    names = {Status.REPORTED: tr("Reported"), Status.CONFIRMED: tr("Confirmed"),
             Status.DISPUTED: tr("Disputed"), Status.DENIED: tr("Denied")}
    titles = [names[s] for s in Status]
    return _Membership(keys, titles, [None] * len(keys), doc, lane, keep_empty=False)


def _single(t: Timeline) -> _Membership:
    n = len(t.events)
    return _Membership([""], [tr("All events")], [None], np.arange(n, dtype=np.int32),
                       np.zeros(n, dtype=np.int32), keep_empty=True)


_BUILDERS = {LaneMode.SOURCE: _by_source, LaneMode.TAG: _by_tag,
             LaneMode.STATUS: _by_status, LaneMode.NONE: _single}
