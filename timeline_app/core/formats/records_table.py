"""A JSON list of records as a table, so it can be read through a mapping like a CSV file.

`--map` (and the import of any list whose fields are not event fields) works on columns: here
the columns are the records' keys, in the order they first appear, and each record is a row.
Values become cells as a spreadsheet would show them: numbers as written, a list of names
joined with "; ", anything nested as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from timeline_app.core.formats.csv_table import MAX_COLUMNS, Table
from timeline_app.core.formats.json_text import decode, parse_json
from timeline_app.core.formats.list_records import find_records
from timeline_app.core.formats.problems import LoadError, Problem
from timeline_app.core.formats.timelinejs import looks_like_timelinejs
from timeline_app.core.text import tr


@dataclass
class RecordsTable(Table):
    """Records (dicts) as rows; `rows()` numbers them from 1, like the records' positions."""

    records: list[Any] = field(default_factory=list)
    stopped: bool = False  # only the first records are here (a preview)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        for i, record in enumerate(self.records):
            if isinstance(record, dict):
                yield i + 1, [_cell(record.get(k)) for k in self.header]


def json_records(data: bytes, name: str) -> tuple[str, list[Any]] | None:
    """("", records) for a JSON list, ("timeBins[].data", records) for one found in a
    wrapper object, None for other JSON; LoadError when it is not JSON."""
    value = parse_json(decode(data, name), name)
    if isinstance(value, dict) and ("events" in value or looks_like_timelinejs(value)):
        return None  # a timeline document: its events are read as they are
    return ("", value) if isinstance(value, list) else find_records(value)


def records_table(records: list[Any], name: str) -> RecordsTable:
    """The table of a list of records; LoadError when the list holds no objects."""
    header: dict[str, None] = {}
    for record in records:
        if isinstance(record, dict):
            header.update(dict.fromkeys(str(k) for k in record))
    if not header:
        raise LoadError(name, [Problem(tr("the list holds no objects with fields to map"))])
    if len(header) > MAX_COLUMNS:
        raise LoadError(name, [Problem(tr("the records have {fields} different fields; "
                                          "Timeline App maps at most {most}").format(
            fields=f"{len(header):,}", most=f"{MAX_COLUMNS:,}"))])
    return RecordsTable(name, "", list(header), ",", "utf-8", False, records=records)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return json.dumps(value, ensure_ascii=False)
