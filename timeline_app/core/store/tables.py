"""Reading an event table (Parquet, CSV, a DuckDB database) in place, through DuckDB.

A table is never loaded into Python: `inspect` reads its column names and types, `guess`
maps them to an event's parts as the CSV importer does (a date, maybe an end, a title, a
source or a link whose site names the source, a tag), and `prepare` has DuckDB write, once,
a database of its own in the cache folder (`table_cache.py` says where): the events as
numbers sorted by time with their titles, the sources ranked by how many rows cite them,
and per-day counts per source for the zoomed-out picture. The table itself is opened
read-only and never written. Every problem is a `TableError` that names the file and the
column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb

from timeline_app.core.formats.sources_from_urls import source_of_link

TABLE_SUFFIXES = (".parquet", ".duckdb", ".csv", ".tsv")
DAY = 86400.0

_NAMES = {
    "start": ("date", "start", "startdate", "day", "eventdate", "sqldate", "timestamp", "time",
              "datetime", "when", "published", "dateadded", "begin"),
    "end": ("end", "enddate", "until", "finish", "stop"),
    "title": ("title", "headline", "name", "event", "summary", "actor", "actor1name",
              "description", "text"),
    "source": ("source", "outlet", "publisher", "sourcename", "site", "domain", "author"),
    "url": ("url", "sourceurl", "link", "href", "sourcelink"),
    "tag": ("tag", "tags", "type", "category", "eventtype", "eventcode", "label", "kind"),
}
_INTEGER = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
            "UINTEGER", "UBIGINT"}
_SOCIAL_HOSTS = ("twitter.com", "x.com", "t.me", "telegram.me", "facebook.com", "fb.com",
                 "instagram.com", "vk.com", "youtube.com")
_HOST = r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//(?:[^/?#@]*@)?([^/?#:]+)"
_SEGMENT = r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^/?#]+/([^/?#]*)"


class TableError(Exception):
    """A table that cannot be opened, said for people: the file, the column, what is wrong."""


class Cancelled(Exception):
    """The user stopped preparing a table."""


@dataclass(frozen=True)
class ColumnMap:
    """Which column holds which part of an event (None: the table has none)."""

    start: str
    title: str | None = None
    end: str | None = None
    source: str | None = None
    url: str | None = None
    tag: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


@dataclass(frozen=True)
class Table:
    """A table to read: its file, the table inside a DuckDB file, its columns and types."""

    path: Path
    name: str | None
    columns: dict[str, str]

    @property
    def label(self) -> str:
        return f"{self.path.name} ({self.name})" if self.name else self.path.name


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def tables_in(path: Path) -> list[str]:
    """The tables and views of a DuckDB file (to choose from)."""
    con = connect_source(path)
    try:
        rows = con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = 'src' "
                           "UNION SELECT view_name FROM duckdb_views() WHERE database_name = 'src'"
                           " AND NOT internal ORDER BY 1").fetchall()
    finally:
        con.close()
    return [r[0] for r in rows]


def connect_source(path: Path) -> duckdb.DuckDBPyConnection:
    """A connection in memory with the table's file attached read-only where it is a
    database (a file another program holds open for writing is said to be in use)."""
    con = duckdb.connect()
    if path.suffix.lower() == ".duckdb":
        try:
            con.execute(f"ATTACH {_literal(str(path))} AS src (READ_ONLY)")
        except duckdb.Error as exc:
            con.close()
            raise TableError(_why(path, exc)) from None
    return con


def relation_sql(table: Table) -> str:
    """The table as a FROM clause with a stable row number `__rid`."""
    path, suffix = table.path, table.path.suffix.lower()
    if suffix == ".parquet":
        return (f"(SELECT *, file_row_number AS __rid FROM read_parquet("
                f"{_literal(str(path))}, file_row_number = true))")
    if suffix == ".duckdb":
        if not table.name:
            raise TableError(f"{path.name}: choose a table of the database.")
        return f"(SELECT *, rowid AS __rid FROM src.main.{_quote(table.name)})"
    delim = ", delim = '\\t'" if suffix == ".tsv" else ""
    return (f"(SELECT *, row_number() OVER () - 1 AS __rid FROM read_csv("
            f"{_literal(str(path))}{delim}, header = true, all_varchar = false, "
            f"sample_size = 20480))")


def inspect(path: Path, name: str | None = None) -> Table:
    """The columns of a table and their types, or a `TableError` saying why there are none."""
    path = Path(path)
    if not path.is_file():
        raise TableError(f"{path}: no such file.")
    con = connect_source(path)
    try:
        if path.suffix.lower() == ".duckdb" and name is None:
            names = tables_in(path)
            if not names:
                raise TableError(f"{path.name}: the database holds no table.")
            name = names[0]
        table = Table(path, name, {})
        rows = con.execute(f"DESCRIBE SELECT * FROM {relation_sql(table)}").fetchall()
    except duckdb.Error as exc:
        raise TableError(_why(path, exc)) from None
    finally:
        con.close()
    columns = {r[0]: str(r[1]) for r in rows if r[0] not in ("__rid", "file_row_number")}
    if not columns:
        raise TableError(f"{path.name}: the table has no columns.")
    return Table(path, name, columns)


def guess(table: Table) -> ColumnMap:
    """Columns for each part of an event by their names (as the CSV importer names them),
    the date also by its type; a table without any date column is refused."""
    by_norm = {_norm(c): c for c in table.columns}
    found: dict[str, str | None] = {}
    taken: set[str] = set()
    for part, names in _NAMES.items():
        found[part] = next((by_norm[n] for n in names if n in by_norm
                            and by_norm[n] not in taken), None)
        if found[part] is not None:
            taken.add(str(found[part]))
    if found["start"] is None:
        found["start"] = next((c for c, t in table.columns.items()
                               if t == "DATE" or t.startswith("TIMESTAMP")), None)
    if found["start"] is None:
        listed = ", ".join(list(table.columns)[:8])
        raise TableError(f"{table.label}: no column holds dates (columns: {listed}). "
                         "Name the date column in the table's mapping.")
    return ColumnMap(**found)  # type: ignore[arg-type]  # start is a str by now


def check(table: Table, mapping: ColumnMap) -> None:
    """Refuse a mapping naming a missing column or a column of the wrong type."""
    for part, column in mapping.as_dict().items():
        if column is not None and column not in table.columns:
            raise TableError(f"{table.label}: there is no column “{column}” (for the {part}).")
    for part in ("start", "end"):
        column = mapping.as_dict()[part]
        if column is None:
            continue
        kind = table.columns[column]
        if not (kind == "DATE" or kind.startswith("TIMESTAMP") or kind in _INTEGER
                or kind == "VARCHAR"):
            raise TableError(f"{table.label}: column “{column}” holds {kind}, not dates; the "
                             f"{part} must be a date, a timestamp, a YYYYMMDD number or text.")


def _bounds_sql(column: str, kind: str) -> tuple[str, str]:
    """SQL for the earliest and latest second a cell allows: a day for a date, a second
    for a timestamp; NULL where the cell is empty or not a date."""
    q = _quote(column)
    if kind == "DATE":
        lo = f"epoch({q})::DOUBLE"
        return lo, f"({lo} + {DAY})"
    if kind.startswith("TIMESTAMP"):
        lo = f"floor(epoch({q}))"
        return lo, f"({lo} + 1)"
    if kind in _INTEGER:  # GDELT's SQLDATE: 20241018
        lo = f"epoch(try_strptime(CAST({q} AS VARCHAR), '%Y%m%d')::DATE)::DOUBLE"
        return lo, f"({lo} + {DAY})"
    text = f"trim({q})"
    day = f"epoch(try_cast({text} AS DATE))::DOUBLE"
    stamp = f"floor(epoch(try_cast({text} AS TIMESTAMPTZ)))"
    is_day = f"regexp_full_match({text}, '\\d{{4}}-\\d{{2}}-\\d{{2}}')"
    return (f"(CASE WHEN {is_day} THEN {day} ELSE {stamp} END)",
            f"(CASE WHEN {is_day} THEN {day} + {DAY} ELSE {stamp} + 1 END)")


def prepare(con: duckdb.DuckDBPyConnection, table: Table, mapping: ColumnMap,
            step: Callable[[str, float], None] = lambda what, done: None) -> None:
    """Write the prepared tables into `con`'s database (`ev`, `sources`, `daily`: rows
    per source, first and last day), each
    step announced through `step` (which may raise `Cancelled`)."""
    check(table, mapping)
    rel = relation_sql(table)
    lo, hi = _bounds_sql(mapping.start, table.columns[mapping.start])
    if mapping.end is not None:
        end_lo, end_hi = _bounds_sql(mapping.end, table.columns[mapping.end])
        hi = f"coalesce(greatest({end_hi}, {hi}), {hi})"
        del end_lo
    title = f"coalesce(CAST({_quote(mapping.title)} AS VARCHAR), '')" if mapping.title \
        else "''"
    tag = f"nullif(trim(CAST({_quote(mapping.tag)} AS VARCHAR)), '')" if mapping.tag \
        else "NULL"
    url = f"CAST({_quote(mapping.url)} AS VARCHAR)" if mapping.url else "NULL"
    named = (f"nullif(trim(CAST({_quote(mapping.source)} AS VARCHAR)), '')"
             if mapping.source else "NULL")
    con.execute(f"CREATE TEMP VIEW mapped AS SELECT __rid AS rid, {lo} AS lo, {hi} AS hi, "
                f"{title} AS title, {named} AS named, {url} AS url, {tag} AS tag FROM {rel}")
    step("naming sources by their links", 0.05)
    host, seg = _link_sql()
    if mapping.url is not None:
        pairs = con.execute(f"SELECT {host}, {seg}, any_value(url) FROM mapped WHERE named "
                            "IS NULL AND nullif(trim(url), '') IS NOT NULL GROUP BY 1, 2"
                            ).fetchall()
    else:
        pairs = []
    names = [source_of_link(u) if h else u.strip()[:200] for h, _, u in pairs]
    con.execute("CREATE TEMP TABLE hostmap AS SELECT unnest(?::VARCHAR[]) AS host, "
                "unnest(?::VARCHAR[]) AS seg, unnest(?::VARCHAR[]) AS source",
                [[p[0] for p in pairs], [p[1] for p in pairs], names])
    step("reading the table", 0.3)
    con.execute("CREATE TABLE stage AS SELECT m.rid, m.lo, m.hi, m.title, m.tag, "
                "coalesce(m.named, h.source, '') AS source FROM "
                f"(SELECT *, {host} AS host, {seg} AS seg FROM mapped) m "
                "LEFT JOIN hostmap h ON h.host = m.host AND h.seg = m.seg")
    step("ranking sources", 0.55)
    con.execute("CREATE TABLE sources AS SELECT (row_number() OVER (ORDER BY n DESC, id) - 1)"
                "::INTEGER AS code, id, n FROM (SELECT source AS id, count(*) AS n "
                "FROM stage GROUP BY 1)")
    step("sorting events by time", 0.6)
    con.execute("CREATE TABLE ev AS SELECT m.rid, CASE WHEN m.hi >= m.lo THEN m.lo END AS lo,"
                " CASE WHEN m.hi >= m.lo THEN m.hi END AS hi, m.title, s.code AS src, m.tag "
                "FROM stage m JOIN sources s ON s.id = m.source "
                "ORDER BY lo NULLS LAST, m.rid")
    con.execute("DROP TABLE stage")
    step("counting per day", 0.9)
    con.execute(f"CREATE TABLE daily AS SELECT src, floor(lo / {DAY})::INTEGER AS d0, "
                f"ceil(hi / {DAY})::INTEGER AS d1, count(*) AS n FROM ev GROUP BY ALL "
                "ORDER BY ALL")
    con.execute("CREATE TABLE meta AS SELECT coalesce(max(hi - lo), 0) AS max_len, "
                "count(*) AS n, count(lo) AS dated FROM ev")
    con.execute("DROP TABLE hostmap")
    con.execute("DROP VIEW mapped")


def _link_sql() -> tuple[str, str]:
    """SQL for a link's host and, on a social platform, its first path segment (the
    account): the pair `source_of_link` names a source from."""
    social = ", ".join(_literal(h) for h in _SOCIAL_HOSTS)
    host = f"lower(regexp_extract(url, {_literal(_HOST)}, 1))"
    bare = f"regexp_replace({host}, '^(www\\.|m\\.|mobile\\.)', '')"
    seg = (f"CASE WHEN {bare} IN ({social}) THEN regexp_extract(url, {_literal(_SEGMENT)}, 1)"
           " ELSE '' END")
    return host, seg


def _why(path: Path, exc: Exception) -> str:
    """DuckDB's error said for people, with the file's name."""
    text = str(exc)
    low = text.lower()
    if "lock" in low:
        return (f"{path.name}: the database is in use by another program (it holds the file "
                "open for writing). Close it there, or open a copy.")
    if "parquet" in low and ("magic" in low or "not a parquet" in low or "invalid" in low
                             or "too small" in low):
        return f"{path.name}: this is not a readable Parquet file ({_first_line(text)})."
    if "not a valid duckdb" in low or "database file" in low:
        return f"{path.name}: this is not a DuckDB database ({_first_line(text)})."
    return f"{path.name}: cannot be read as a table: {_first_line(text)}"


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else "unknown error"
    return line[:300]


def describe_error(path: Path, exc: Exception) -> str:
    return _why(path, exc)
