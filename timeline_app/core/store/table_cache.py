"""The prepared databases of tables, in the cache folder, and the column mapping per file.

A table is prepared once (`tables.prepare`) into a DuckDB file named by the table's path,
size, modification time, the table inside it, the mapping and this code's format: a table
that changes, or a mapping that does, names another file, so a stale one is never read.
A database is written under a temporary name and renamed when complete, so one cut short
(Cancel, a crash, a full disk) is never taken for prepared. At most `MAX_PREPARED` are kept
(the least recently opened go); the folder is safe to delete.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import duckdb

from timeline_app.core.store.tables import Cancelled, ColumnMap, Table, TableError, prepare

FORMAT = 2
MAX_PREPARED = 4
MAPPINGS = "mappings.json"


def prepared_path(folder: Path, table: Table, mapping: ColumnMap) -> Path:
    st = table.path.stat()
    key = json.dumps([FORMAT, str(table.path.resolve()), st.st_size, st.st_mtime_ns,
                      table.name, mapping.as_dict()], sort_keys=True)
    return Path(folder) / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.duckdb"


def is_prepared(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return False
    try:
        con.execute("SELECT n FROM meta").fetchone()
        return True
    except duckdb.Error:
        return False
    finally:
        con.close()


def ensure_prepared(folder: Path, table: Table, mapping: ColumnMap,
                    step: Callable[[str, float], None] = lambda what, done: None,
                    on_connect: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
                    ) -> Path:
    """The prepared database of `table` (made now if there is none): its path. `step` is
    told each stage and may raise `Cancelled`; `on_connect` gets the connection that does
    the work (to interrupt it from another thread)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = prepared_path(folder, table, mapping)
    if is_prepared(path):
        with contextlib.suppress(OSError):
            os.utime(path)  # recently opened: kept longest
        return path
    partial = path.with_name(f"{path.stem}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    spill = folder / "spill"
    con = duckdb.connect(str(partial))
    try:
        con.execute("SET threads = 2")
        con.execute("SET memory_limit = '700MB'")
        con.execute(f"SET temp_directory = '{str(spill).replace(chr(39), chr(39) * 2)}'")
        con.execute("SET preserve_insertion_order = true")
        if table.path.suffix.lower() == ".duckdb":
            con.execute("ATTACH ? AS src (READ_ONLY)", [str(table.path)])
        if on_connect is not None:
            on_connect(con)
        prepare(con, table, mapping, step)
        con.execute("CHECKPOINT")
        con.close()
        os.replace(partial, path)
    except (duckdb.Error, Cancelled, OSError, TableError) as exc:
        with contextlib.suppress(duckdb.Error):
            con.close()
        partial.unlink(missing_ok=True)
        Path(str(partial) + ".wal").unlink(missing_ok=True)
        if isinstance(exc, duckdb.InterruptException):
            raise Cancelled() from None
        if isinstance(exc, (Cancelled, TableError)):
            raise
        from timeline_app.core.store.tables import describe_error
        raise TableError(describe_error(table.path, exc)) from None
    _prune(folder, keep=path)
    return path


def _prune(folder: Path, keep: Path) -> None:
    made = sorted(folder.glob("*.duckdb"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [p for p in made if p != keep][MAX_PREPARED - 1:]:
        with contextlib.suppress(OSError):
            old.unlink()


def remembered_mapping(folder: Path, table: Table) -> ColumnMap | None:
    """The mapping the user chose for this file before, if its columns are still there."""
    try:
        data = json.loads((Path(folder) / MAPPINGS).read_text(encoding="utf-8"))
        got = data.get(f"{table.path.resolve()}|{table.name or ''}")
        mapping = ColumnMap(**got) if isinstance(got, dict) else None
    except (OSError, ValueError, TypeError):
        return None
    if mapping is None or any(c is not None and c not in table.columns
                              for c in mapping.as_dict().values()):
        return None
    return mapping


def remember_mapping(folder: Path, table: Table, mapping: ColumnMap) -> None:
    path = Path(folder) / MAPPINGS
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data[f"{table.path.resolve()}|{table.name or ''}"] = mapping.as_dict()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
