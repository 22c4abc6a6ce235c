"""The store seam answered by DuckDB over a prepared table (`tables.prepare`).

Every question becomes one SQL query on the table `ev` (sorted by time, so a time range
reads only the row groups it covers), with the filter pushed down as a WHERE clause. Sources
are numbered by how many rows cite them (code 0 the most cited), so lanes for the top N are
`src < N`. Text is searched in titles and tags by DuckDB, and in source names (a few
thousand) by Python with the same folding as the document's search.
"""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb
import numpy as np

from timeline_app.core.model.dates import parse_date, parse_interval
from timeline_app.core.model.timeline import Claim, Event, Status
from timeline_app.core.query.filtering import Filter
from timeline_app.core.query.text_search import fold
from timeline_app.core.store.protocol import (
    ALL,
    CountBy,
    LaneSpec,
    Order,
    Rows,
    coverage,
)
from timeline_app.core.store.tables import DAY

_FALSE = "FALSE"


class DuckStore:
    """An `EventStore` over a prepared DuckDB database, opened read-only; keys are row
    numbers of the original table."""

    def __init__(self, database: Path, threads: int = 2, memory: str = "512MB") -> None:
        self.database = Path(database)
        self.con = duckdb.connect(str(database), read_only=True)
        self.con.execute(f"SET threads = {int(threads)}")
        self.con.execute(f"SET memory_limit = '{memory}'")
        self._lock = threading.Lock()  # one query at a time per connection
        self.max_len, self.n, self.n_dated = self.con.execute(
            "SELECT max_len, n, dated FROM meta").fetchone() or (0.0, 0, 0)
        self.max_len = float(self.max_len or 0.0)
        src = self.con.execute("SELECT code, id, n FROM sources ORDER BY code").fetchall()
        self.source_ids: list[str] = [r[1] for r in src]
        self.source_rows = np.array([r[2] for r in src], dtype=np.int64)
        self._code = {sid: i for i, sid in enumerate(self.source_ids)}
        self._folded = [fold(s) for s in self.source_ids]
        order = sorted(range(len(self.source_ids)), key=self.source_ids.__getitem__)
        self._by_name = np.empty(len(order), dtype=np.int64)
        self._by_name[order] = np.arange(len(order))
        self.con.execute("CREATE TEMP TABLE source_order AS SELECT unnest(?::INTEGER[]) AS code,"
                         " unnest(?::BIGINT[]) AS ord",
                         [list(range(len(order))), self._by_name.tolist()])

    def close(self) -> None:
        self.con.close()

    def interrupt(self) -> None:
        """Stop the query running now (from another thread: Cancel)."""
        self.con.interrupt()

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        with self._lock:
            return self.con.execute(sql, params or []).fetchall()

    def numpy(self, sql: str, params: list | None = None) -> dict[str, np.ndarray]:
        with self._lock:
            got = self.con.execute(sql, params or []).fetchnumpy()
        # A column with NULLs comes as a masked array: kept, so they can be told apart.
        return {k: v if isinstance(v, np.ma.MaskedArray) else np.asarray(v)
                for k, v in got.items()}

    # -- the filter as SQL -----------------------------------------------------------------
    def codes(self, ids: frozenset[str] | set[str]) -> list[int]:
        return sorted(self._code[s] for s in ids if s in self._code)

    def where(self, f: Filter, lane: LaneSpec = ALL) -> tuple[str, list]:
        """The filter (and lane) as a WHERE condition with its parameters."""
        parts: list[str] = []
        params: list = []
        if f.hidden_sources:
            hidden = self.codes(f.hidden_sources)
            if hidden:
                parts.append("NOT list_contains(?, src)")
                params.append(hidden)
        if f.tags:
            parts.append("list_contains(?, tag)")
            params.append(sorted(f.tags))
        if f.statuses and Status.REPORTED not in f.statuses:
            parts.append(_FALSE)  # a row of a table is one report, never graded or disputed
        if f.min_reliability is not None or f.min_credibility is not None:
            parts.append(_FALSE)
        if f.start is not None:
            parts.append("(lo IS NULL OR hi > ?)")
            params.append(float(f.start))
        if f.end is not None:
            parts.append("(lo IS NULL OR lo < ?)")
            params.append(float(f.end))
        for word in set(fold(f.text).split()):
            named = [i for i, name in enumerate(self._folded) if word in name]
            parts.append("(contains(strip_accents(lower(title)), ?) OR "
                         "contains(strip_accents(lower(coalesce(tag, ''))), ?)"
                         + (" OR list_contains(?, src))" if named else ")"))
            params += [word, word] + ([named] if named else [])
        if not lane.everything:
            codes = self.codes(lane.sources)
            parts.append(("NOT " if lane.other else "") + "list_contains(?, src)")
            params.append(codes)
        return (" AND ".join(parts) or "TRUE"), params

    def _range(self, start: float, end: float) -> tuple[str, list]:
        """Dated rows overlapping [start, end); the first bound lets DuckDB skip every
        row group that ends before the range (the table is sorted by `lo`)."""
        return ("lo IS NOT NULL AND lo >= ? AND lo < ? AND (hi > ? OR (hi = ? AND lo = ?))",
                [float(start) - self.max_len, float(end), float(start), float(start),
                 float(start)])

    # -- the protocol ----------------------------------------------------------------------
    def count(self, f: Filter) -> int:
        cond, params = self.where(f)
        if cond == "TRUE":
            return self.n
        return int(self.query(f"SELECT count(*) FROM ev WHERE {cond}", params)[0][0])

    def bounds(self, f: Filter) -> tuple[float, float] | None:
        cond, params = self.where(f)
        lo, hi = self.query(f"SELECT min(lo), max(hi) FROM ev WHERE lo IS NOT NULL AND {cond}",
                            params)[0]
        return None if lo is None else (float(lo), float(hi))

    def in_range(self, start: float, end: float, f: Filter, lane: LaneSpec = ALL,
                 limit: int | None = None) -> Rows:
        cond, params = self.where(f, lane)
        rng, rparams = self._range(start, end)
        tail = f" LIMIT {int(limit)}" if limit is not None else ""
        return self._rows(f"SELECT rid, lo, hi, title, src FROM ev WHERE {rng} AND {cond} "
                          f"ORDER BY lo, rid{tail}", rparams + params)

    def in_range_records(self, start: float, end: float, f: Filter, lane: LaneSpec = ALL,
                         limit: int | None = None) -> list[tuple]:
        """`in_range` as (rid, lo, hi, title, src, tag) tuples: what `make_event` takes."""
        cond, params = self.where(f, lane)
        rng, rparams = self._range(start, end)
        tail = f" LIMIT {int(limit)}" if limit is not None else ""
        return self.query(f"SELECT rid, lo, hi, title, src, tag FROM ev WHERE {rng} AND {cond} "
                          f"ORDER BY lo, rid{tail}", rparams + params)

    def count_in(self, start: float, end: float, f: Filter, lane: LaneSpec = ALL) -> int:
        cond, params = self.where(f, lane)
        rng, rparams = self._range(start, end)
        return int(self.query(f"SELECT count(*) FROM ev WHERE {rng} AND {cond}",
                              rparams + params)[0][0])

    def extents(self, start: float, end: float, f: Filter, lane: LaneSpec = ALL
                ) -> dict[str, np.ndarray]:
        """lo, hi and src of every row in range (numbers only: for densities)."""
        cond, params = self.where(f, lane)
        rng, rparams = self._range(start, end)
        return self.numpy(f"SELECT lo, hi, src FROM ev WHERE {rng} AND {cond}",
                          rparams + params)

    def density(self, start: float, end: float, bins: int, f: Filter,
                lane: LaneSpec = ALL) -> np.ndarray:
        got = self.extents(start, end, f, lane)
        return coverage(got["lo"], got["hi"], start, end, bins)

    def counts(self, f: Filter, by: CountBy = CountBy.SOURCE) -> dict[str, int]:
        cond, params = self.where(f)
        if by is CountBy.SOURCE:
            rows = self.query(f"SELECT src, count(*) FROM ev WHERE {cond} GROUP BY 1 "
                              "ORDER BY 1", params)
            return {self.source_ids[c]: int(n) for c, n in rows}
        if by is CountBy.TAG:
            rows = self.query(f"SELECT tag, count(*) FROM ev WHERE tag IS NOT NULL AND {cond} "
                              "GROUP BY 1 ORDER BY 2 DESC, 1", params)
            return {t: int(n) for t, n in rows}
        n = self.count(f)
        return {Status.REPORTED.value: n} if n else {}

    def rows(self, f: Filter, order: Order = Order.DATE, descending: bool = False,
             offset: int = 0, limit: int = 100) -> Rows:
        cond, params = self.where(f)
        way = " DESC NULLS FIRST" if descending else " NULLS LAST"
        if order is Order.DATE:
            by = f"lo{way}, hi{way}, rid"
        elif order is Order.TITLE:
            by = f"title{way}, rid"
        else:
            by = f"(SELECT ord FROM source_order o WHERE o.code = ev.src){way}, rid"
        return self._rows(f"SELECT rid, lo, hi, title, src FROM ev WHERE {cond} ORDER BY {by} "
                          f"LIMIT {int(limit)} OFFSET {int(offset)}", params)

    def event(self, key: int) -> Event | None:
        got = self.query("SELECT rid, lo, hi, title, src, tag FROM ev WHERE rid = ?",
                         [int(key)])
        if not got:
            return None
        rid, lo, hi, title, src, tag = got[0]
        return make_event(rid, lo, hi, title, self.source_ids[src], tag)

    def events(self, keys: list[int]) -> list[Event]:
        """Many events at once (copying a filter into a document), in the order given."""
        if not keys:
            return []
        got = self.query("SELECT rid, lo, hi, title, src, tag FROM ev WHERE "
                         "list_contains(?, rid)", [list(map(int, keys))])
        made = {r[0]: make_event(r[0], r[1], r[2], r[3], self.source_ids[r[4]], r[5])
                for r in got}
        return [made[k] for k in keys if k in made]

    def _rows(self, sql: str, params: list) -> Rows:
        with self._lock:
            got = self.con.execute(sql, params).fetchnumpy()
        src = np.asarray(got["src"], dtype=np.int64)
        ids = self.source_ids
        # Undated rows: NULL in SQL (a masked value), infinite in the protocol.
        lo = np.ma.filled(np.ma.asarray(got["lo"], dtype=np.float64), np.inf)
        hi = np.ma.filled(np.ma.asarray(got["hi"], dtype=np.float64), np.inf)
        return Rows(np.asarray(got["rid"], dtype=np.int64), lo, hi,
                    [str(t) for t in got["title"]], [(ids[c],) for c in src.tolist()])


def _stamp(seconds: float) -> str:
    import datetime as dt
    t = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=seconds)
    if seconds % DAY == 0:
        return t.strftime("%Y-%m-%d")
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def make_event(rid: int, lo: float | None, hi: float | None, title: str, source: str,
               tag: str | None) -> Event:
    """A row as an event of a document: its dates as precise as the table's (a day, or a
    second), its source as one claim, its row number as its id (`row-1` is the first)."""
    if lo is None or hi is None:
        start, end = parse_date(".."), None
    elif hi - lo in (DAY, 1.0):
        start, end = parse_date(_stamp(lo)), None
    else:
        unit = DAY if lo % DAY == 0 and hi % DAY == 0 else 1.0
        start, end = parse_interval(f"{_stamp(lo)}/{_stamp(hi - unit)}")
    claims = [Claim(source)] if source else []
    return Event(f"row-{int(rid) + 1}", str(title), start, end,
                 tags=(tag,) if tag else (), claims=claims)
