"""Rows per source and day: what lets a table of tens of millions of rows be drawn as
density bands and counted at a glance without reading it again for every frame.

`DayCounts` holds, for the part of a filter that needs SQL (text, tags, statuses, grades),
how many rows of each source start on each day and end by each day. The rest of the filter
is arithmetic on it: a hidden source drops out of the sums, and a date range [a, b) clamps
the instants asked about, since an event overlaps [x, y) and [a, b) exactly when it begins
before min(y, b) and ends after max(x, a). Between two midnights the counts are spread
evenly (for the shape of a band); exact counts inside a day come from `edge_counts`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from timeline_app.core.query.filtering import Filter
from timeline_app.core.store.duck import DuckStore
from timeline_app.core.store.tables import DAY


def sql_part(f: Filter) -> Filter:
    """The part of a filter the day counts are made under (the rest they answer)."""
    return replace(f, hidden_sources=frozenset(), start=None, end=None)


@dataclass
class LaneDays:
    """One lane's cumulative counts at the midnights from `day0`: `begun[k]` rows began
    before day0 + k, `ended[k]` had ended by it (`k` from 0 to `days`)."""

    day0: int
    begun: np.ndarray
    ended: np.ndarray
    total: int  # dated rows of the lane

    def _at(self, cum: np.ndarray, t: np.ndarray) -> np.ndarray:
        u = np.clip(np.asarray(t, dtype=np.float64) / DAY - self.day0, 0, len(cum) - 1)
        k = np.minimum(np.floor(u).astype(np.int64), len(cum) - 2) if len(cum) > 1 \
            else np.zeros(np.shape(u), dtype=np.int64)
        if len(cum) == 1:
            return np.full(np.shape(u), float(cum[0]))
        frac = u - k
        return cum[k] + frac * (cum[k + 1] - cum[k])

    def begun_before(self, t: np.ndarray) -> np.ndarray:
        return self._at(self.begun, t)

    def ended_by(self, t: np.ndarray) -> np.ndarray:
        return self._at(self.ended, t)

    def density(self, start: float, end: float, bins: int,
                a: float | None = None, b: float | None = None) -> np.ndarray:
        """Rows overlapping each of `bins` slices of [start, end) (evenly spread within a
        day), under a date range [a, b)."""
        edges = np.linspace(start, end, max(1, int(bins)) + 1)
        right, left = edges[1:], edges[:-1]
        if b is not None:
            right = np.minimum(right, b)
        if a is not None:
            left = np.maximum(left, a)
        got = self.begun_before(right) - self.ended_by(left)
        got[left >= right] = 0
        return np.maximum(np.rint(got), 0).astype(np.int64)

    def count(self, start: float, end: float) -> int:
        """Rows overlapping [start, end), exact when both are midnights."""
        if not end > start:
            return 0
        got = self.begun_before(np.array([end])) - self.ended_by(np.array([start]))
        return max(0, round(float(got[0])))


class DayCounts:
    """Day counts of a prepared table under the SQL part of a filter."""

    def __init__(self, store: DuckStore, f: Filter | None = None) -> None:
        self.store = store
        self.filter = sql_part(f if f is not None else Filter())
        cond, params = store.where(self.filter)
        table = "daily" if cond == "TRUE" else (
            f"(SELECT src, floor(lo / {DAY})::INTEGER AS d0, ceil(hi / {DAY})::INTEGER AS d1, "
            f"count(*) AS n FROM ev WHERE {cond} GROUP BY ALL)")
        got = store.numpy(f"SELECT src, d0, d1, n FROM {table}", params)
        src = np.asarray(got["src"], dtype=np.int64)
        d0 = np.ma.asarray(got["d0"])
        dated = ~np.ma.getmaskarray(d0)
        n = np.asarray(got["n"], dtype=np.int64)
        n_codes = len(store.source_ids)
        self.undated = np.bincount(src[~dated], weights=n[~dated], minlength=n_codes
                                   ).astype(np.int64)
        self.src = src[dated]
        self.d0 = np.asarray(np.ma.filled(d0, 0), dtype=np.int64)[dated]
        self.d1 = np.asarray(np.ma.filled(np.ma.asarray(got["d1"]), 0), dtype=np.int64)[dated]
        self.n = n[dated]
        self.dated = np.bincount(self.src, weights=self.n, minlength=n_codes).astype(np.int64)
        self.day0 = int(self.d0.min()) if len(self.d0) else 0
        self.days = int(self.d1.max()) - self.day0 + 1 if len(self.d1) else 1
        self._lanes: dict[bytes, LaneDays] = {}
        self._edges: dict[float, tuple[np.ndarray, np.ndarray]] = {}

    def lane(self, member: np.ndarray) -> LaneDays:
        """The counts of the sources whose codes are True in `member`."""
        key = np.packbits(member).tobytes()
        got = self._lanes.get(key)
        if got is None:
            keep = member[self.src]
            n = self.n[keep]
            starts = np.bincount(self.d0[keep] - self.day0, weights=n, minlength=self.days + 1)
            ends = np.bincount(self.d1[keep] - self.day0, weights=n, minlength=self.days + 1)
            begun = np.concatenate(([0.0], np.cumsum(starts)[:-1]))
            got = LaneDays(self.day0, begun, np.cumsum(ends), int(n.sum()))
            if len(self._lanes) > 256:
                self._lanes.clear()
            self._lanes[key] = got
        return got

    def edges(self, t: float) -> tuple[np.ndarray, np.ndarray]:
        got = self._edges.get(t)
        if got is None:
            if len(self._edges) > 64:
                self._edges.clear()
            got = self._edges[t] = edge_counts(self.store, self.filter, t)
        return got

    def overlapping(self, member: np.ndarray, start: float, end: float,
                    a: float | None = None, b: float | None = None) -> int | None:
        """Exactly how many rows of these sources overlap [start, end) and the date range
        [a, b); None when the two do not meet (ask the table: rows may span both)."""
        right = end if b is None else min(end, b)
        left = start if a is None else max(start, a)
        if not left < right:
            return None if left > start or right < end else 0
        lane = self.lane(member)
        m_right = math.floor(right / DAY) * DAY
        m_left = math.floor(left / DAY) * DAY
        begun = float(lane.begun_before(np.array([m_right]))[0])
        ended = float(lane.ended_by(np.array([m_left]))[0])
        begun += int(self.edges(right)[0][member].sum())
        ended += int(self.edges(left)[1][member].sum())
        return max(0, round(begun - ended))

    def per_source(self, a: float | None, b: float | None) -> np.ndarray:
        """Rows of each source (by code) overlapping [a, b), undated ones included (the
        filter lets those through); exact when a and b are midnights or open."""
        if a is None and b is None:
            return self.dated + self.undated
        lo_day = -math.inf if a is None else a / DAY
        hi_day = math.inf if b is None else b / DAY
        if not hi_day > lo_day:
            return self.undated.copy()
        # Both are midnights: a row overlaps [a, b) when its first day is before b and
        # its last one (the midnight it has ended by) after a, as in `Filter`.
        keep = (self.d0 < hi_day) & (self.d1 > lo_day)
        got = np.bincount(self.src[keep], weights=self.n[keep], minlength=len(self.dated))
        return np.rint(got).astype(np.int64) + self.undated


def edge_counts(store: DuckStore, f: Filter, t: float) -> tuple[np.ndarray, np.ndarray]:
    """Per source code, the rows that began since the midnight before `t` and before it,
    and those that ended after that midnight and by `t`: what the even spread of a day
    guesses, counted (two bisections of the sorted table)."""
    n_codes = len(store.source_ids)
    began, ended = np.zeros(n_codes, np.int64), np.zeros(n_codes, np.int64)
    midnight = math.floor(t / DAY) * DAY
    if t == midnight:
        return began, ended
    cond, params = store.where(sql_part(f))
    rows = store.query(
        "SELECT src, count(*) FILTER (WHERE lo >= ?), count(*) FILTER (WHERE hi > ? AND hi <= ?)"
        f" FROM ev WHERE lo IS NOT NULL AND lo >= ? AND lo < ? AND {cond} GROUP BY src",
        [midnight, midnight, t, midnight - store.max_len, t, *params])
    for code, b, e in rows:
        began[code], ended[code] = b, e
    return began, ended
