"""A table of any size seen through the timeline view (issue 15; no Qt here).

`TableDocView` answers what the scene, the painter and the overview ask of a `DocView`
from a `DuckStore` and its `DayCounts` instead of arrays over a whole document: lanes are
the top N sources under the filter and one lane for the others; a band's counts come from
the day counts (or, when few enough rows are in view, from their exact extents); only the
events a frame draws one by one are read from the table, each made an `Event` once and kept
in a small local document (`timeline`) that Details, tooltips and the selection use.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

import numpy as np

from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.core.model.timeline import Event, Source, Timeline
from timeline_app.core.model.zoned import UTC_CLOCK
from timeline_app.core.query.filtering import Filter
from timeline_app.core.store.aggregates import DayCounts, LaneDays, sql_part
from timeline_app.core.store.duck import DuckStore, make_event
from timeline_app.core.store.protocol import LaneSpec, coverage
from timeline_app.ui.timeline.docview import DocView

OTHER_KEY = "\x00other"  # the lane of every source outside the top N
DEFAULT_TOP = 12
EXACT_ROWS = 100_000  # up to this many rows in view, bands are counted from their extents
DETAIL_CAP = 4000  # rows read for one lane drawn one by one (the scene draws far fewer)
LOCAL_CAP = 100_000  # events kept made; beyond, the local document starts again


class StoreLane:
    """One lane of a table view: counts from the day counts or the view's extents, and the
    rows drawn one by one in `doc`/`lo`/`hi` (local document indices)."""

    color: str | None = None

    def __init__(self, view: TableDocView, number: int, key: str, title: str,
                 member: np.ndarray, days: LaneDays, undated: int) -> None:
        self.view, self.number, self.key, self.title = view, number, key, title
        self.member, self.days, self.undated = member, days, undated
        self.spec = (LaneSpec(frozenset({key})) if key != OTHER_KEY
                     else LaneSpec(frozenset(view.top_ids), other=True))
        self.doc = np.zeros(0, dtype=np.int64)
        self.lo = np.zeros(0)
        self.hi = np.zeros(0)
        self.hi_sorted = np.zeros(0)

    def __len__(self) -> int:
        return self.view.lane_total(self)

    @property
    def nbytes(self) -> int:
        return self.doc.nbytes + self.lo.nbytes + self.hi.nbytes

    def _exact(self, start: float, end: float) -> tuple[np.ndarray, np.ndarray] | None:
        got = self.view.extents(start, end)
        if got is None:
            return None
        keep = self.member[got["src"]]
        return got["lo"][keep], got["hi"][keep]

    def count_starts(self, start: float, end: float) -> int:
        exact = self._exact(start, end)
        if exact is not None:
            return int(((exact[0] >= start) & (exact[0] < end)).sum())
        a, b = self.view.clamp(start, end)
        if not a < b:
            return 0
        got = self.days.begun_before(np.array([b, a]))
        return max(0, round(float(got[0] - got[1])))

    def count_overlapping(self, start: float, end: float) -> int:
        exact = self._exact(start, end)
        if exact is not None:
            lo, hi = exact
            return int(((lo < end) & (hi > start)).sum())
        f = self.view.filter
        got = self.view.counts.overlapping(self.member, start, end, f.start, f.end)
        if got is None:
            got = self.view.store.count_in(start, end, f, self.spec)
        return got

    def density(self, start: float, end: float, bins: int) -> np.ndarray:
        exact = self._exact(start, end)
        if exact is not None:
            return coverage(exact[0], exact[1], start, end, bins)
        f = self.view.filter
        return self.days.density(start, end, bins, f.start, f.end)

    def in_range(self, start: float, end: float) -> np.ndarray:
        """The lane's rows overlapping [start, end), read from the table and made events."""
        rows = self.view.store.in_range_records(start, end, self.view.filter, self.spec,
                                                DETAIL_CAP)
        docs = self.view.materialise(rows)
        self.doc = np.asarray(docs, dtype=np.int64)
        self.lo = self.view.rank[self.doc] if len(docs) else np.zeros(0)
        self.hi = self.view.local_hi[self.doc] if len(docs) else np.zeros(0)
        self.hi_sorted = np.sort(self.hi)
        return np.arange(len(docs), dtype=np.int64)


class TableLanes(Sequence[StoreLane]):
    """The lanes as the scene reads a `LaneList`: a sequence with keys and titles."""

    def __init__(self, lanes: list[StoreLane]) -> None:
        self._lanes = lanes
        self.keys = [lane.key for lane in lanes]
        self.titles = [lane.title for lane in lanes]
        self.sizes = np.array([len(lane) for lane in lanes], dtype=np.int64)
        self.undated = np.array([lane.undated for lane in lanes], dtype=np.int64)

    def __len__(self) -> int:
        return len(self._lanes)

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]  # int or slice
        return self._lanes[i]

    def __iter__(self) -> Iterator[StoreLane]:
        return iter(self._lanes)

    def lanes_of(self, doc: int) -> list[int]:
        return [i for i, lane in enumerate(self._lanes) if doc in set(lane.doc.tolist())]

    @property
    def nbytes(self) -> int:
        return sum(lane.nbytes for lane in self._lanes)


class _LocalIndex:
    """What the accessibility tree and the overview read of a view's index."""

    def __init__(self, view: TableDocView) -> None:
        self._view = view

    @property
    def order(self) -> np.ndarray:
        return np.argsort(self._view.rank, kind="stable")

    @property
    def lo(self) -> np.ndarray:
        return self._view.rank


class TableDocView(DocView):
    """A prepared table as the timeline view sees a document (read-only by nature)."""

    def __init__(self, store: DuckStore, title: str = "", top: int = DEFAULT_TOP) -> None:
        # Not DocView.__init__: nothing here is indexed over a whole document.
        self.store = store
        self.timeline = Timeline(title=title)
        self.clock = UTC_CLOCK
        self.filters = None
        self.mode = LaneMode.SOURCE
        self.mask = None
        self.hidden: frozenset[str] = frozenset()
        self.by_reliability = False
        self._graded = False
        self.generation = 0
        self._eras = []
        self._era_arrays = None
        self._colors = None
        self._reuse = None
        self._ids = None
        self.top = max(1, int(top))
        self._bounds: tuple[float, float] | None = None
        self._bounds_of = -1
        self.filter = Filter()
        self.counts = DayCounts(store)
        self.index = _LocalIndex(self)  # type: ignore[assignment]
        self.lane_index = self.index  # type: ignore[assignment]  # .lo: the overview's marks
        self._forget()
        self.relane()

    # -- the local document of the rows drawn ----------------------------------------------
    def _forget(self) -> None:
        self.timeline.events = []
        self.timeline.sources = {}
        self._rid_doc: dict[int, int] = {}
        self.rids: list[int] = []
        self.rank = np.zeros(0)
        self.local_hi = np.zeros(0)
        self._flags = np.zeros(0, dtype=np.uint16)
        self._ids = None
        self._extents_key: tuple | None = None
        self._extents: dict[str, np.ndarray] | None = None

    def materialise(self, rows: list[tuple]) -> list[int]:
        """Local document indices of these table rows (rid, lo, hi, title, src, tag),
        making events of those not made before."""
        out, new = [], []
        made = self._rid_doc
        for row in rows:
            d = made.get(row[0])
            if d is None:
                new.append(row)
                d = made[row[0]] = len(self.rids) + len(new) - 1
            out.append(d)
        if new:
            ids = self.store.source_ids
            events: list[Event] = self.timeline.events
            for rid, lo, hi, title, src, tag in new:
                sid = ids[src]
                events.append(make_event(rid, lo, hi, title, sid, tag))
                self.rids.append(rid)
                if sid and sid not in self.timeline.sources:
                    self.timeline.sources[sid] = Source(sid, sid)
            self.rank = np.concatenate((self.rank, [r[1] for r in new]))
            self.local_hi = np.concatenate((self.local_hi, [r[2] for r in new]))
            self._flags = np.concatenate((self._flags, np.zeros(len(new), np.uint16)))
            self._ids = None
        return out

    def doc_of(self, event_id: str) -> int | None:
        if self._ids is None:
            self._ids = {e.id: i for i, e in enumerate(self.timeline.events)}
        return self._ids.get(event_id)

    # -- filter and lanes ------------------------------------------------------------------
    @property
    def dated_filter(self) -> bool:
        return self.filter.start is not None or self.filter.end is not None

    def clamp(self, start: float, end: float) -> tuple[float, float]:
        f = self.filter
        return (start if f.start is None else max(start, f.start),
                end if f.end is None else min(end, f.end))

    def set_filter(self, f: Filter) -> None:
        """Show what `f` lets through: its text and tags are asked of the table (new day
        counts), its sources and dates are worked out from them."""
        if sql_part(f) != self.counts.filter:
            self.counts = DayCounts(self.store, f)
        if len(self.rids) > LOCAL_CAP:  # the window clears its selection with a filter
            self._forget()
        self.filter = f
        self.relane(hidden=f.hidden_sources)

    def set_top(self, top: int) -> None:
        self.top = max(1, int(top))
        self.relane()

    def source_counts(self) -> np.ndarray:
        """Rows per source code passing the whole filter but its hidden sources."""
        return self.counts.per_source(self.filter.start, self.filter.end)

    def relane(self, mode: LaneMode | str | None = None, mask: np.ndarray | None = None,
               keep_mask: bool = True, hidden: frozenset[str] | None = None,
               by_reliability: bool | None = None) -> None:
        if hidden is not None:
            self.hidden = frozenset(hidden)
            self.filter = replace(self.filter, hidden_sources=self.hidden)
        per = self.source_counts()
        n_codes = len(self.store.source_ids)
        shown = np.ones(n_codes, dtype=bool)
        shown[self.store.codes(self.hidden)] = False
        ranked = [int(c) for c in np.argsort(-per, kind="stable") if shown[c] and per[c] > 0]
        top = ranked[:self.top]
        rest = ranked[self.top:]
        self.top_ids = [self.store.source_ids[c] for c in top]
        lanes: list[StoreLane] = []
        for code in top:
            member = np.zeros(n_codes, dtype=bool)
            member[code] = True
            sid = self.store.source_ids[code]
            lanes.append(StoreLane(self, len(lanes), sid, sid or "(no source)", member,
                                   self.counts.lane(member), int(self.counts.undated[code])))
        if rest:
            member = np.zeros(n_codes, dtype=bool)
            member[rest] = True
            lanes.append(StoreLane(self, len(lanes), OTHER_KEY,
                                   f"{len(rest):,} other sources", member,
                                   self.counts.lane(member),
                                   int(self.counts.undated[member].sum())))
        self._per = per
        self.lanes = TableLanes(lanes)  # type: ignore[assignment]
        self._extents_key = None
        self._colors = None
        self.generation += 1

    def lane_total(self, lane: StoreLane) -> int:
        return int(self._per[lane.member].sum()) - lane.undated

    def color_keys(self) -> Mapping[str, tuple[str | None, int]]:
        if self._colors is None:
            self._colors = {lane.key: (None, i) for i, lane in enumerate(self.lanes)}
        return self._colors

    def extents(self, start: float, end: float) -> dict[str, np.ndarray] | None:
        """lo, hi and src of the rows in view passing the filter, when few enough to read
        (one query a frame for every lane); None when the day counts must do."""
        key = (start, end, self.generation)
        if key != self._extents_key:
            self._extents_key = key
            everything = np.ones(len(self.store.source_ids), dtype=bool)
            estimate = self.counts.lane(everything).count(*self.clamp(start, end))
            self._extents = (self.store.extents(start, end, self.filter)
                             if estimate <= EXACT_ROWS else None)
            if self._extents is not None:
                self._extents["src"] = np.asarray(self._extents["src"], dtype=np.int64)
        return self._extents

    # -- what the view asks ----------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.timeline.events)

    def shown_count(self) -> int:
        """Rows passing the filter, undated ones included."""
        per = self._per.copy()
        per[self.store.codes(self.hidden)] = 0
        return int(per.sum())

    def total_count(self) -> int:
        return int(self.store.n)

    def undated_count(self) -> int:
        return sum(lane.undated for lane in self.lanes)

    def starts_in(self, edges: np.ndarray) -> np.ndarray:
        """Rows passing the filter that begin in each slice between `edges` (the overview)."""
        member = np.ones(len(self.store.source_ids), dtype=bool)
        member[self.store.codes(self.hidden)] = False
        days = self.counts.lane(member)
        a, b = self.filter.start, self.filter.end
        e = np.clip(np.asarray(edges, dtype=np.float64), -np.inf if a is None else a,
                    np.inf if b is None else b)
        got = np.diff(days.begun_before(e))
        return np.maximum(np.rint(got), 0).astype(np.int64)

    def any_in(self, start: float, end: float) -> bool:
        return any(lane.count_overlapping(start, end) for lane in self.lanes)

    def visible(self, doc: int) -> bool:
        return True

    def placed(self, doc: int) -> bool:
        return bool(np.isfinite(self.rank[doc]))

    def undated_docs(self) -> np.ndarray:
        return np.zeros(0, dtype=np.int64)

    def filtered_lo(self) -> np.ndarray:
        return np.sort(self.rank[np.isfinite(self.rank)])

    def bounds(self) -> tuple[float, float] | None:
        """Asked by the overview on every paint: one query per filter, not per frame."""
        if self._bounds_of != self.generation:
            self._bounds, self._bounds_of = self.store.bounds(self.filter), self.generation
        return self._bounds

    def eras(self) -> list[tuple[str, float, float]]:
        return []

    def step(self, doc: int, direction: int) -> int | None:
        order = self.index.order
        where = int(np.flatnonzero(order == doc)[0]) + (1 if direction > 0 else -1)
        return int(order[where]) if 0 <= where < len(order) else None

    def end_event(self, last: bool) -> int | None:
        order = self.index.order
        return int(order[-1] if last else order[0]) if len(order) else None

    def docs_between(self, a: int, b: int) -> list[int]:
        order = self.index.order.tolist()
        i, j = sorted((order.index(a), order.index(b)))
        return order[i:j + 1]

    @property
    def nbytes(self) -> int:
        return self.rank.nbytes * 2 + self._flags.nbytes + self.lanes.nbytes
