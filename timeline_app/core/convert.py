"""Which format a file is in, and writing a timeline in the format a file name asks for.

Input: JSON (native documents, event lists, TimelineJS) or CSV, told apart by the file name
and, when the name says nothing, by the first characters (JSON starts with { or [).
Output, chosen by suffix: `.timelinejs.json` TimelineJS3, `.json` native, `.csv` CSV.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from timeline_app.core.formats import sniff
from timeline_app.core.formats.records_table import json_records, records_table
from timeline_app.core.formats.saving import to_bytes, write_atomic
from timeline_app.core.model.timeline import Timeline

FORMATS = {"json": "native JSON", "csv": "CSV", "timelinejs": "TimelineJS JSON"}
CSV_SUFFIXES = (".csv", ".tsv", ".tab")


def output_format(path: str | os.PathLike[str]) -> str | None:
    """"timelinejs", "json" or "csv" from an output file name, or None."""
    name = Path(path).name.lower()
    if name.endswith(".timelinejs.json"):
        return "timelinejs"
    if name.endswith(".json"):
        return "json"
    if name.endswith(".csv"):
        return "csv"
    return None


def is_csv(data: bytes, name: str) -> bool:
    """True for CSV input: by suffix, or (no telling suffix) unless it starts like JSON."""
    lower = name.lower()
    if lower.endswith(CSV_SUFFIXES):
        return True
    if lower.endswith(".json"):
        return False
    head = data[:4096]
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"),
                       (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            head = head[len(bom):].decode(codec, "ignore").encode("utf-8", "ignore")
            break
    text = head.decode("utf-8", "ignore").lstrip()
    if not text or text[0] in "{[" or "\x00" in text:  # NULs: binary, or UTF-16 w/o BOM
        return False
    first_line = text.splitlines()[0] if text.splitlines() else ""
    return any(d in first_line for d in ",;\t")


def load_any(path: str | os.PathLike[str], mapping: Mapping[str, str] | None = None,
             encoding: str | None = None) -> Any:
    """Load any supported file; `mapping` and `encoding` are for CSV input (ValueError
    otherwise). Raises LoadError / UnreadableError like `loading.load_path`."""
    from timeline_app.core.formats import loading
    from timeline_app.core.formats.csv_import import import_csv

    if not mapping and not encoding:
        return loading.load_path(path)
    data = loading.read_bytes(path)
    if not is_csv(data, str(path)):
        if encoding or sniff.is_xml(data):
            raise ValueError("--encoding applies to CSV input only; --map to CSV input and "
                             "JSON lists of records")
        return _mapped_records(data, str(path), mapping or {})
    with loading.paused_gc():
        return import_csv(data, str(path), mapping, encoding)


def _mapped_records(data: bytes, name: str, mapping: Mapping[str, str]) -> Any:
    """A JSON list of records (or one found in a wrapper object) read through a mapping,
    as a CSV file's rows would be."""
    from timeline_app.core.formats import loading
    from timeline_app.core.formats.csv_import import import_table

    found = json_records(data, name)
    if found is None:
        raise ValueError("--map applies to CSV input only, and to JSON lists of records")
    with loading.paused_gc():
        result = import_table(records_table(found[1], name), mapping)
    result.kind = "event list, mapped"
    if found[0]:
        result.warnings.insert(0, f"{name}: found {len(found[1]):,} records at {found[0]}")
    return result


def export_bytes(timeline: Timeline, fmt: str, app_data: bool = True
                 ) -> tuple[bytes, list[str]]:
    """The timeline in a format ("json", "csv", "timelinejs") and warnings about losses."""
    if fmt == "json":
        return to_bytes(timeline), []
    if fmt == "csv":
        from timeline_app.core.formats.csv_export import to_csv

        return to_csv(timeline)
    if fmt == "timelinejs":
        from timeline_app.core.formats import timelinejs_out

        return timelinejs_out.to_bytes(timeline, app_data)
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


def export_path(timeline: Timeline, path: str | os.PathLike[str], fmt: str | None = None,
                app_data: bool = True) -> list[str]:
    """Write atomically in the format the name (or `fmt`) says; returns warnings.
    Raises ValueError for an unknown format and SaveError if writing fails."""
    fmt = fmt or output_format(path)
    if fmt is None:
        raise ValueError(f"cannot tell the format of {os.fspath(path)!r}: name it .json, "
                         f".timelinejs.json or .csv")
    data, warnings = export_bytes(timeline, fmt, app_data)
    write_atomic(path, data)
    return warnings
