"""The store seam: a table read through DuckDB answers as the same events in memory do."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import duckdb
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core.model.timeline import Source, Status, Timeline
from timeline_app.core.query.filtering import Filter
from timeline_app.core.store import table_cache, tables
from timeline_app.core.store.aggregates import DayCounts
from timeline_app.core.store.duck import DuckStore
from timeline_app.core.store.memory import MemoryStore
from timeline_app.core.store.protocol import CountBy, LaneSpec, Order

BASE = dt.date(2024, 1, 1)
DAY = 86400.0
T0 = dt.datetime(2024, 1, 1, tzinfo=dt.UTC).timestamp()
WORDS = ["kursk", "troops", "Treaty", "nis", "Zé", "report"]
SOURCES = ["bbc.co.uk", "t.me/rybar", "", "nis.go.kr"]
TAGS = ["kursk", "deployment", None]

rows_strategy = st.lists(st.tuples(
    st.integers(0, 60),                                  # start day
    st.one_of(st.none(), st.integers(0, 20)),            # end, days after the start
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
    st.sampled_from(SOURCES),
    st.sampled_from(TAGS),
    st.booleans(),                                       # dated at all
), min_size=0, max_size=40)


def write_table(folder: Path, rows: list[tuple]) -> Path:
    """A Parquet file with these rows (start day, end days or None, title, source, tag,
    dated), written by DuckDB."""
    path = folder / "events.parquet"
    con = duckdb.connect()
    cols = list(zip(*rows, strict=True)) if rows else [[]] * 6
    starts = [str(BASE + dt.timedelta(days=d)) if dated else None
              for d, dated in zip(cols[0], cols[5], strict=True)]
    ends = [str(BASE + dt.timedelta(days=d + e)) if e is not None and dated else None
            for d, e, dated in zip(cols[0], cols[1], cols[5], strict=True)]
    con.execute(
        "COPY (SELECT unnest(?::DATE[]) AS date, unnest(?::DATE[]) AS end_date, "
        "unnest(?::VARCHAR[]) AS title, unnest(?::VARCHAR[]) AS source, "
        f"unnest(?::VARCHAR[]) AS tag) TO '{path}' (FORMAT parquet)",
        [starts, ends, list(cols[2]), list(cols[3]), list(cols[4])])
    con.close()
    return path


def open_both(folder: Path, rows: list[tuple]) -> tuple[DuckStore, MemoryStore]:
    path = write_table(folder, rows)
    table = tables.inspect(path)
    mapping = tables.ColumnMap(start="date", end="end_date", title="title", source="source",
                               tag="tag")
    duck = DuckStore(table_cache.ensure_prepared(folder / "cache", table, mapping))
    events = [duck.event(k) for k in range(len(rows))]
    assert all(e is not None for e in events)
    ids = sorted({s for s in duck.source_ids if s})
    timeline = Timeline(sources=[Source(s, s) for s in ids], events=events)  # type: ignore[arg-type]
    return duck, MemoryStore(timeline)


filters = st.builds(
    Filter,
    hidden_sources=st.frozensets(st.sampled_from(SOURCES), max_size=2),
    tags=st.frozensets(st.sampled_from(["kursk", "deployment"]), max_size=1),
    statuses=st.sampled_from([frozenset(), frozenset({Status.REPORTED}),
                              frozenset({Status.DISPUTED})]),
    start=st.one_of(st.none(), st.integers(0, 70).map(lambda d: T0 + d * DAY)),
    end=st.one_of(st.none(), st.integers(0, 90).map(lambda d: T0 + d * DAY)),
    text=st.one_of(st.just(""), st.sampled_from(["kursk", "tro", "ze", "bbc", "rybar tre"])),
)


def same_rows(a, b) -> None:  # type: ignore[no-untyped-def]
    assert a.key.tolist() == b.key.tolist()
    assert a.lo.tolist() == b.lo.tolist() and a.hi.tolist() == b.hi.tolist()
    assert a.title == b.title
    assert [s[0] for s in a.sources] == [s[0] for s in b.sources]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=rows_strategy, f=filters, span=st.tuples(st.floats(-5, 80), st.floats(0.01, 40)),
       bins=st.integers(1, 50), lane_sources=st.frozensets(st.sampled_from(SOURCES),
                                                          max_size=2),
       other=st.booleans(), page=st.tuples(st.integers(0, 30), st.integers(1, 15)))
def test_table_answers_as_the_document_does(rows, f, span, bins, lane_sources, other,
                                            page) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        duck, mem = open_both(Path(tmp), rows)
        try:
            start = T0 + span[0] * DAY
            end = start + span[1] * DAY
            lane = LaneSpec(lane_sources, other and bool(lane_sources))
            assert duck.count(f) == mem.count(f)
            assert duck.bounds(f) == mem.bounds(f)
            same_rows(duck.in_range(start, end, f, lane), mem.in_range(start, end, f, lane))
            same_rows(duck.in_range(start, end, f, lane, limit=3),
                      mem.in_range(start, end, f, lane, limit=3))
            assert duck.count_in(start, end, f, lane) == mem.count_in(start, end, f, lane)
            assert np.array_equal(duck.density(start, end, bins, f, lane),
                                  mem.density(start, end, bins, f, lane))
            for by in CountBy:
                assert duck.counts(f, by) == mem.counts(f, by), by
            for order in Order:
                for descending in (False, True):
                    same_rows(duck.rows(f, order, descending, *page),
                              mem.rows(f, order, descending, *page))
        finally:
            duck.close()


day_filters = st.builds(
    Filter,
    tags=st.frozensets(st.sampled_from(["kursk", "deployment"]), max_size=1),
    text=st.one_of(st.just(""), st.sampled_from(["kursk", "tro", "bbc"])),
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=rows_strategy, f=day_filters, first=st.integers(-5, 70), days=st.integers(1, 40),
       per_bin=st.integers(1, 5), lane_sources=st.frozensets(st.sampled_from(SOURCES),
                                                            min_size=1, max_size=3),
       cut=st.tuples(st.floats(0, 0.99), st.floats(0, 0.99)),
       window=st.tuples(st.one_of(st.none(), st.integers(0, 70)), st.integers(1, 30)))
def test_day_counts_answer_as_the_document_does(rows, f, first, days, per_bin, lane_sources,
                                               cut, window) -> None:  # type: ignore[no-untyped-def]
    """Bands of whole days and counts at any instant, from the day counts (and two counted
    edges), equal the document's; so do the source panel's counts under a date range."""
    with tempfile.TemporaryDirectory() as tmp:
        duck, mem = open_both(Path(tmp), rows)
        try:
            counts = DayCounts(duck, f)
            member = np.zeros(len(duck.source_ids), dtype=bool)
            member[duck.codes(lane_sources)] = True
            lane = counts.lane(member)
            spec = LaneSpec(frozenset(lane_sources))
            start = T0 + first * DAY
            end = start + days * per_bin * DAY
            assert lane.density(start, end, days, None, None).tolist() == \
                mem.density(start, end, days, f, spec).tolist()
            s, e = start + cut[0] * DAY, end - cut[1] * DAY
            a = None if window[0] is None else T0 + window[0] * DAY
            b = None if a is None else a + window[1] * DAY
            got = counts.overlapping(member, s, e, a, b)
            dated = Filter(tags=f.tags, text=f.text, start=a, end=b)
            if got is not None:
                assert got == mem.count_in(s, e, dated, spec)
            per = counts.per_source(a, b)
            want = mem.counts(dated)
            assert {duck.source_ids[c]: int(n) for c, n in enumerate(per) if n} == want
        finally:
            duck.close()


def test_a_table_is_read_in_place_and_named_by_its_links(tmp_path: Path) -> None:
    path = tmp_path / "gdelt.parquet"
    con = duckdb.connect()
    con.execute(f"""COPY (SELECT 20241018 + (i % 3) AS SQLDATE, 'Actor ' || i AS Actor1Name,
        CASE i % 3 WHEN 0 THEN 'https://edition.cnn.com/2024/x' WHEN 1 THEN
        'https://twitter.com/Rybar/status/' || i ELSE 'https://news.bbc.co.uk/a' END
        AS SOURCEURL, '190' AS EventCode FROM range(9) t(i)) TO '{path}' (FORMAT parquet)""")
    con.close()
    before = path.read_bytes()
    table = tables.inspect(path)
    mapping = tables.guess(table)
    assert mapping == tables.ColumnMap(start="SQLDATE", title="Actor1Name", url="SOURCEURL",
                                       tag="EventCode")
    store = DuckStore(table_cache.ensure_prepared(tmp_path / "cache", table, mapping))
    assert store.counts(Filter()) == {"cnn.com": 3, "twitter.com/Rybar": 3, "bbc.co.uk": 3}
    event = store.event(0)
    assert event is not None and event.start.text == "2024-10-18"
    assert event.title == "Actor 0" and event.tags == ("190",)
    assert [c.source for c in event.claims] == ["cnn.com"]
    assert path.read_bytes() == before  # never written
    store.close()


def test_a_prepared_table_is_reused_until_the_file_changes(tmp_path: Path) -> None:
    path = write_table(tmp_path, [(1, None, "kursk", "bbc.co.uk", None, True)])
    table = tables.inspect(path)
    mapping = tables.guess(table)
    first = table_cache.ensure_prepared(tmp_path / "cache", table, mapping)
    assert table_cache.ensure_prepared(tmp_path / "cache", table, mapping) == first
    write_table(tmp_path, [(1, None, "kursk", "bbc.co.uk", None, True)] * 2)
    table = tables.inspect(path)
    second = table_cache.ensure_prepared(tmp_path / "cache", table, mapping)
    assert second != first
    store = DuckStore(second)
    assert store.count(Filter()) == 2
    store.close()
    table_cache.remember_mapping(tmp_path / "cfg", table, mapping)
    assert table_cache.remembered_mapping(tmp_path / "cfg", table) == mapping


def test_a_table_without_dates_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "nodates.parquet"
    con = duckdb.connect()
    con.execute(f"COPY (SELECT 'x' AS title, 1.5 AS score) TO '{path}' (FORMAT parquet)")
    con.close()
    with pytest.raises(tables.TableError, match=r"nodates\.parquet: no column holds dates "
                                                r"\(columns: title, score\)"):
        tables.guess(tables.inspect(path))


def test_a_column_of_the_wrong_type_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "scores.parquet"
    con = duckdb.connect()
    con.execute(f"COPY (SELECT 1.5 AS date, 'x' AS title) TO '{path}' (FORMAT parquet)")
    con.close()
    table = tables.inspect(path)
    with pytest.raises(tables.TableError, match=r"column “date” holds DECIMAL.*not dates"):
        table_cache.ensure_prepared(tmp_path / "cache", table, tables.guess(table))


def test_an_unreadable_parquet_file_is_said_so(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 this is not parquet at all")
    with pytest.raises(tables.TableError, match=r"broken\.parquet: this is not a readable "
                                                r"Parquet file"):
        tables.inspect(path)


def test_a_locked_duckdb_file_is_said_to_be_in_use(tmp_path: Path) -> None:
    import subprocess
    import sys
    path = tmp_path / "events.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys, time\n"
         f"c = duckdb.connect({str(path)!r})\n"
         "c.execute(\"CREATE TABLE ev AS SELECT DATE '2024-01-01' AS date, 'x' AS title\")\n"
         "print('ready', flush=True)\n"
         "time.sleep(60)\n"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(tables.TableError, match=r"events\.duckdb: the database is in use "
                                                    r"by another program"):
            tables.inspect(path)
    finally:
        holder.kill()
        holder.wait()
    table = tables.inspect(path)  # released: now it opens, and the table is found
    assert table.name == "ev" and tables.guess(table).start == "date"
