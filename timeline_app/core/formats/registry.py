"""The one table of formats, and the two things done with it: loading a file, writing one.

Input is told apart by the bytes first (CSV, by name or by its first line), then by the shape of
the parsed JSON (TimelineJS, a native document, a bare list); output by the file name's suffix.
No format module imports this one: they are listed here, and know nothing of each other's
recognising.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from timeline_app.core.formats import (
    csv_format,
    event_list,
    native,
    open_cache,
    sniff,
    thetimelineproj,
    timelinejs,
)
from timeline_app.core.formats.base import Format, WriteOptions
from timeline_app.core.formats.csv_import import import_csv, import_table
from timeline_app.core.formats.files import read_bytes
from timeline_app.core.formats.json_text import decode, parse_json
from timeline_app.core.formats.list_records import what_json
from timeline_app.core.formats.native_stream import read_streaming
from timeline_app.core.formats.nesting import refuse_deep
from timeline_app.core.formats.problems import LoadError, Problem
from timeline_app.core.formats.records_table import json_records, records_table
from timeline_app.core.formats.result import LoadResult, Progress, paused_gc
from timeline_app.core.formats.saving import write_atomic
from timeline_app.core.model.timeline import Timeline
from timeline_app.core.model.zoned import Clock
from timeline_app.core.text import tr

# Tried in order: formats told by their bytes, then formats told by their parsed JSON.
BYTE_FORMATS: tuple[Format, ...] = (thetimelineproj.FORMAT, csv_format.FORMAT)
JSON_FORMATS: tuple[Format, ...] = (timelinejs.FORMAT, native.FORMAT, event_list.FORMAT,
                                    event_list.WRAPPED)
WRITERS: dict[str, Format] = {f.name: f for f in (native.FORMAT, csv_format.FORMAT,
                                                   timelinejs.FORMAT)}
FORMATS = {name: f.label for name, f in WRITERS.items()}
is_csv = csv_format.is_csv


def load_path(path: str | os.PathLike[str], progress: Progress | None = None) -> LoadResult:
    """Load a file; raises LoadError (or UnreadableError) listing what is wrong.

    `progress(fraction)` is called now and then from the loading thread (it may raise
    LoadCancelled); with it, large files are parsed in steps so other threads keep running.
    """
    return load_bytes(read_bytes(path), str(path), progress)


def load_path_cached(path: Path, folder: Path, progress: Progress | None = None
                     ) -> tuple[LoadResult, open_cache.Key | None]:
    """`load_path`, from the open cache in `folder` when it holds this very file (see
    `open_cache`). The key comes back when the result was read afresh and is large enough
    to keep: the caller writes the entry (`open_cache.pack`, `store`) before editing it."""
    data = read_bytes(path)
    key = open_cache.Key.of(path, data)
    with paused_gc():
        hit = open_cache.lookup(folder, key)
        if hit is not None:
            gc.freeze()  # as a fresh load does (see load_bytes)
            return hit, None
    box = [data]
    del data  # load_bytes lets go of the text as soon as it has parsed it
    result = load_bytes(box.pop(), str(path), progress)
    return result, key if open_cache.worth_keeping(result) else None


def load_bytes(data: bytes, name: str = "<data>", progress: Progress | None = None
               ) -> LoadResult:
    sniff.refuse_foreign(data, name)  # a PDF, a spreadsheet, an image: say so
    for fmt in BYTE_FORMATS:
        assert fmt.sniff is not None and fmt.read_bytes is not None
        if fmt.sniff(data, name):
            with paused_gc():
                result = fmt.read_bytes(data, name, progress)
                gc.freeze()
            return result
    text = decode(data, name)
    del data  # (the caller's bytes, when it keeps none): hundreds of MB for a large file
    with paused_gc():
        # The usual native document is read as it is parsed; anything else (or any doubt)
        # is parsed whole, then read.
        streamed = read_streaming(text, name, progress)
        if streamed is None:
            value = parse_json(text, name, progress)
            del text
            result = build(value, name, progress)
            del value
        else:
            del text
            result = streamed
        refuse_deep(result.timeline, name)
        # The document is long-lived and acyclic: move it out of the collector's sight so
        # later collections do not walk a million objects (which stalls a GUI for a second).
        gc.freeze()
    return result


def build(value: Any, name: str, progress: Progress | None = None) -> LoadResult:
    """Turn parsed JSON into a Timeline, whichever supported shape it has."""
    for fmt in JSON_FORMATS:
        assert fmt.recognise is not None and fmt.read_json is not None
        if fmt.recognise(value):
            return fmt.read_json(value, name, progress)
    raise LoadError(name, [Problem(tr(
        'expected a timeline document (an object with "events") or a JSON list of events, '
        "got {value}").format(value=what_json(value)))])


def output_format(path: str | os.PathLike[str]) -> str | None:
    """The name of the format an output file name asks for ("timelinejs", "json", "csv")."""
    name = Path(path).name.lower()
    suffixes = sorted(((s, f.name) for f in WRITERS.values() for s in f.suffixes),
                      key=lambda pair: -len(pair[0]))  # ".timelinejs.json" before ".json"
    return next((fmt for suffix, fmt in suffixes if name.endswith(suffix)), None)


def load_any(path: str | os.PathLike[str], mapping: Mapping[str, str] | None = None,
             encoding: str | None = None) -> LoadResult:
    """Load any supported file; `mapping` and `encoding` are for CSV input (ValueError
    otherwise). Raises LoadError / UnreadableError like `load_path`."""
    if not mapping and not encoding:
        return load_path(path)
    data = read_bytes(path)
    if not is_csv(data, str(path)):
        if encoding or sniff.is_xml(data, str(path)):
            raise ValueError("--encoding applies to CSV input only; --map to CSV input and "
                             "JSON lists of records")
        return _mapped_records(data, str(path), mapping or {})
    with paused_gc():
        result: LoadResult = import_csv(data, str(path), mapping, encoding)
        return result


def _mapped_records(data: bytes, name: str, mapping: Mapping[str, str]) -> LoadResult:
    """A JSON list of records (or one found in a wrapper object) read through a mapping,
    as a CSV file's rows would be."""
    found = json_records(data, name)
    if found is None:
        raise ValueError("--map applies to CSV input only, and to JSON lists of records")
    with paused_gc():
        result: LoadResult = import_table(records_table(found[1], name), mapping)
    result.kind = "event list, mapped"
    if found[0]:
        result.warnings.insert(0, f"{name}: found {len(found[1]):,} records at {found[0]}")
    return result


def export_bytes(timeline: Timeline, fmt: str, app_data: bool = True, raw: bool = False,
                 clock: Clock | None = None) -> tuple[bytes, list[str]]:
    """The timeline in a format ("json", "csv", "timelinejs") and warnings about losses.
    `raw`: CSV cells as they are, without the formula-escaping '; `clock`: the zone a
    published page spells times of day in (the dates themselves are kept as written)."""
    writer = WRITERS.get(fmt)
    if writer is None or writer.write is None:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    return writer.write(timeline, WriteOptions(app_data=app_data, raw=raw, clock=clock))


def export_path(timeline: Timeline, path: str | os.PathLike[str], fmt: str | None = None,
                app_data: bool = True, raw: bool = False, clock: Clock | None = None
                ) -> list[str]:
    """Write atomically in the format the name (or `fmt`) says; returns warnings.
    Raises ValueError for an unknown format and SaveError if writing fails."""
    fmt = fmt or output_format(path)
    if fmt is None:
        raise ValueError(f"cannot tell the format of {os.fspath(path)!r}: name it .json, "
                         f".timelinejs.json or .csv")
    data, warnings = export_bytes(timeline, fmt, app_data, raw, clock)
    return warnings + write_atomic(path, data)
