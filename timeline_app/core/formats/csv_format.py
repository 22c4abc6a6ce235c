"""The CSV format: recognising a CSV file, reading it as a table of events, writing one.

Below it: `csv_text` (bytes to text, delimiter), `csv_import` (tables, column mappings),
`csv_rows` (a row to an event) and `csv_export` (events to rows).
"""

from __future__ import annotations

import codecs

from timeline_app.core.formats.base import Format, WriteOptions
from timeline_app.core.formats.csv_export import to_csv
from timeline_app.core.formats.csv_import import import_csv
from timeline_app.core.formats.result import LoadResult, Progress
from timeline_app.core.model.timeline import Timeline

CSV_SUFFIXES = (".csv", ".tsv", ".tab")


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


def _read(data: bytes, name: str, progress: Progress | None = None) -> LoadResult:
    result: LoadResult = import_csv(data, name)
    return result


def _write(timeline: Timeline, options: WriteOptions) -> tuple[bytes, list[str]]:
    return to_csv(timeline, raw=options.raw)


FORMAT = Format("csv", "CSV", suffixes=(".csv",), sniff=is_csv, read_bytes=_read, write=_write)
