"""Reading CSV files (any spreadsheet export) into a timeline.

The columns are found by name (`detect_mapping`), or chosen by the user (`--map` on the command
line, a dialog in the window), and each data row becomes an event. A row that cannot be read,
for example because of a bad date, is skipped with a warning that gives its line number, so
one typo does not stop a thousand-row sheet from opening; a file where no row loads is an
error. The dialog can show what a mapping gives before importing: `preview` reads the first
rows and `dry_run` says how many rows will fail and why.

The TimelineJS spreadsheet template (Year, Month, Day, Time, …, Headline, Text, Media, …) is
recognised; its rows are read as TimelineJS slides (HTML text, media credit as source).

Columns that are not mapped are kept on each event as extra fields named after the column.
The layout (columns, mapping, delimiter) is kept in the document's `csv` field, so exporting
to CSV again gives the same columns.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from timeline_app.core.formats.csv_grades import conflict_note
from timeline_app.core.formats.csv_rows import RowProblem, RowReader, RowResult
from timeline_app.core.formats.csv_table import Table, read_table
from timeline_app.core.formats.date_hints import (
    choose_date_column,
    midnight_note,
    midnight_to_days,
)
from timeline_app.core.formats.problems import (
    MAX_PROBLEMS,
    LoadError,
    Problem,
    more_problems,
    short,
)
from timeline_app.core.formats.result import LoadResult, title_from_name
from timeline_app.core.formats.sources_from_urls import describe_link_sources
from timeline_app.core.formats.timelinejs_slides import EXTRA_KEY, finish_ids
from timeline_app.core.model.timeline import Event, Timeline
from timeline_app.core.text import tr

KIND = "CSV"
LAYOUT_KEY = "csv"

# Field -> column names that mean it (compared lower-case, with _ - and spaces alike and a
# trailing "(…)" dropped). Earlier names win; a column serves one field.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "event id", "uid", "unique id", "key"),
    "start": ("start", "date", "start date", "event date", "date start", "begin", "begins",
              "from", "when", "start time", "datetime", "timestamp", "first date"),
    "end": ("end", "end date", "date end", "until", "to", "finish", "ends", "end time",
            "stop", "last date"),
    "title": ("title", "headline", "event", "name", "event name", "event title", "label",
              "subject", "what", "heading", "itemlabel", "eventlabel", "item label",
              "conflict name", "dyad name"),
    "description": ("description", "text", "notes", "note", "details", "summary", "body",
                    "content", "comments", "comment", "desc"),
    "sources": ("sources", "source", "source name", "source names", "source office", "outlet",
                "publisher", "reported by", "attribution", "media credit", "credit"),
    "claim": ("claim", "quote", "claim text", "source headline", "media caption", "caption"),
    "claim_date": ("claim date", "source date", "published", "publication date",
                   "date published"),
    "url": ("url", "link", "links", "source url", "sourceurl", "media", "media url", "href",
            "reference", "citation", "article", "source link"),
    "source_url": ("source from url",),
    "date_precision": ("date prec", "date precision", "time precision"),
    "tags": ("tags", "tag", "category", "categories", "topic", "topics", "keywords", "group",
             "labels"),
    "status": ("status", "state", "verification"),
    "location": ("location", "place", "where", "city"),
    "grade": ("grade", "admiralty", "admiralty grade", "nato grade", "evaluation"),
    "reliability": ("reliability", "source reliability", "source grade"),
    "credibility": ("credibility", "claim credibility", "information credibility"),
    "year": ("year",), "month": ("month",), "day": ("day",), "time": ("time",),
    "end_year": ("end year",), "end_month": ("end month",), "end_day": ("end day",),
    "end_time": ("end time",),
}
TEMPLATE_ONLY: dict[str, tuple[str, ...]] = {
    "display_date": ("display date",), "thumbnail": ("media thumbnail",),
    "type": ("type",), "background": ("background",),
}
FIELDS = (*SYNONYMS, *TEMPLATE_ONLY)
_TEMPLATE_SIGNATURE = ("year", "month", "day", "headline", "text")
def normalise_name(name: str) -> str:
    """How column names are compared: "Start_Date (UTC)" -> "start date"."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name.strip().lstrip("\ufeff"))
    return " ".join(re.sub(r"[_\-\s]+", " ", name.casefold()).split())


def is_template(header: Sequence[str]) -> bool:
    """The TimelineJS spreadsheet template (Year, Month, Day, …, Headline, Text, …)."""
    names = {normalise_name(h) for h in header}
    return all(n in names for n in _TEMPLATE_SIGNATURE)


def detect_mapping(header: Sequence[str]) -> dict[str, str]:
    """Field -> column found by name; fields without a column are absent."""
    by_name: dict[str, str] = {}
    for h in header:
        by_name.setdefault(normalise_name(h), h)
    template = is_template(header)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    synonyms = {**SYNONYMS, **TEMPLATE_ONLY} if template else SYNONYMS
    if template:  # the template's own meaning of its columns comes first
        synonyms = {**synonyms, "start": (), "end": (), "title": ("headline",),
                    "description": ("text",), "url": ("media",), "sources": ("media credit",),
                    "claim": ("media caption",), "tags": ("group",)}
    for field_, names in synonyms.items():
        for n in names:
            column = by_name.get(n)
            if column is not None and column not in used:
                mapping[field_] = column
                used.add(column)
                break
    if "start" in mapping and "year" in mapping and not template:
        del mapping["year"]  # "Date" and "Year" columns: the date is the finer one
    return mapping


def resolve_mapping(header: Sequence[str], overrides: Mapping[str, str]) -> dict[str, str]:
    """The detected mapping with the user's choices applied ("field": "" unmaps a field).
    Column names are matched case-insensitively; raises ValueError naming what is wrong."""
    mapping = detect_mapping(header)
    exact = {normalise_name(h): h for h in reversed(header)}
    for field_, column in overrides.items():
        if field_ not in FIELDS:
            raise ValueError(tr('unknown field "{field}" (fields: {fields})').format(
                field=field_, fields=", ".join(FIELDS)))
        if not column:
            mapping.pop(field_, None)
            continue
        found = column if column in header else exact.get(normalise_name(column))
        if found is None:
            raise ValueError(tr('no column "{column}" in the header (columns: {columns})').format(
                column=column, columns=short(", ".join(header), 300)))
        for other, col in list(mapping.items()):
            if col == found:
                del mapping[other]
        mapping[field_] = found
    return mapping


def table_mapping(table: Table, overrides: Mapping[str, str] | None = None
                  ) -> tuple[dict[str, str], list[str]]:
    """The mapping for a table, and notes: with several date columns and no choice made, the
    most precise one is read (a year-only column never wins over a full date)."""
    chosen = resolve_mapping(table.header, overrides or {})
    if overrides and any(overrides.get(f) for f in ("start", "year")):
        return chosen, []
    rows = (cells for _, cells in table.rows())
    column, notes = choose_date_column(table.header, rows, chosen)
    if column is not None and column != chosen.get("start"):
        for other, col in list(chosen.items()):
            if col == column:
                del chosen[other]
        for part in ("year", "month", "day", "time"):
            chosen.pop(part, None)
        chosen["start"] = column
    return chosen, notes


@dataclass
class DryRun:
    """What importing with a mapping would do: rows read, rows failing and why."""

    rows: int
    ok: int
    failed: list[tuple[int, str]]  # (line, reason), in file order
    reasons: Counter[str]          # how often each reason (without the value) occurs
    sources: Counter[str] = field(default_factory=Counter)  # source name -> events citing it
    undated: int = 0               # rows that load as undated events


def import_csv(data: bytes, name: str = "<data>", mapping: Mapping[str, str] | None = None,
               encoding: str | None = None, delimiter: str | None = None) -> Any:
    """A LoadResult from CSV bytes. `mapping` overrides detection field by field."""
    return import_table(read_table(data, name, encoding, delimiter), mapping)


def import_table(table: Table, mapping: Mapping[str, str] | None = None) -> Any:
    """A LoadResult from a table (a CSV file's, or a JSON list's records as rows)."""

    name = table.name
    try:
        chosen, notes = (resolve_mapping(table.header, mapping or {}), []) if is_template(
            table.header) else table_mapping(table, mapping)
    except ValueError as err:
        raise LoadError(name, [Problem(str(err))]) from None
    rows = RowReader(table, chosen, is_template(table.header))
    events: list[Event] = []
    failed: list[tuple[int, str]] = []
    title, description = "", ""
    eras: list[dict[str, Any]] = []
    title_left: dict[str, Any] = {}
    plain = rows.plain_event
    for line, cells in table.rows():
        event = plain(cells)
        if event is not None:
            events.append(event)
            continue
        result = rows.read(line, cells, plain=False)
        if result.kind == "title" and not title:
            raw = rows.template_slide(result.values, [])
            before = len(rows.slides.problems)
            title, description, title_left = rows.slides.title_slide(raw, {})
            failed.extend((line, f"{p.where}: {p.message}")
                          for p in rows.slides.problems[before:])
        elif result.kind == "era":
            era = rows.slides.era(len(eras), rows.template_slide(result.values, []))
            if era is not None:
                eras.append(era)
        elif result.event is not None:
            events.append(result.event)
        else:
            failed.extend((line, p) for p in result.problems)
    skipped = len({line for line, _ in failed})
    if not events and failed:
        raise LoadError(name, [RowProblem(p, line=line) for line, p in failed[:MAX_PROBLEMS]],
                        total=len(failed))
    finish_ids(events)
    rows.slides.prune(events)
    notes += _notes(rows, events, name)
    extra: dict[str, Any] = {LAYOUT_KEY: rows.layout()}
    kept = rows.cells_layout()
    if kept:
        extra[LAYOUT_KEY]["cells"] = kept
    if eras:
        extra["eras"] = eras
    if rows.template:
        extra[EXTRA_KEY] = {"title": title_left} if title_left else {}
    timeline = Timeline(title=title or title_from_name(name), description=description,
                        events=events, extra=extra)
    timeline.sources = rows.slides.registry
    describe_link_sources(timeline.sources, events)
    warnings = list(table.warnings) + [f"{name}: {n}" for n in notes]
    warnings += [tr("{problem} (row not loaded)").format(problem=f"{name}:{line}: {p}")
                 for line, p in failed[:MAX_PROBLEMS]]
    if len(failed) > MAX_PROBLEMS:
        warnings.append(more_problems(name, len(failed) - MAX_PROBLEMS))
    kind = f"{KIND}, TimelineJS template" if rows.template else KIND
    return LoadResult(timeline, kind, warnings, skipped=skipped)


def _notes(rows: RowReader, events: list[Event], name: str) -> list[str]:
    notes = []
    if rows.undated:
        notes.append(tr("1 row has no date: kept as undated events") if rows.undated == 1 else
                     tr("%Ln rows have no date: kept as undated events", "", rows.undated))
    conflicts = conflict_note(rows.conflicts, rows.slides.registry)
    if conflicts:
        notes.append(conflicts)
    changed: list[tuple[Event, str, str | None]] = []
    days = midnight_to_days(events, changed)
    rows.dates_changed(changed)
    if days:
        notes.append(midnight_note(days))
    return notes


def preview(data: bytes | Table, mapping: Mapping[str, str] | None = None,
            rows: int = 20, name: str = "<data>") -> list[RowResult]:
    """What the first `rows` data rows give under a mapping (for the import dialog)."""
    table = data if isinstance(data, Table) else read_table(data, name)
    reader = RowReader(table, resolve_mapping(table.header, mapping or {}),
                       is_template(table.header))
    out: list[RowResult] = []
    for line, cells in table.rows():
        if len(out) >= rows:
            break
        out.append(reader.read(line, cells))
    return out


def dry_run(data: bytes | Table, mapping: Mapping[str, str] | None = None,
            name: str = "<data>") -> DryRun:
    """How many rows a mapping reads, and which fail and why, without building a document."""
    table = data if isinstance(data, Table) else read_table(data, name)
    reader = RowReader(table, resolve_mapping(table.header, mapping or {}),
                       is_template(table.header))
    total = ok = 0
    failed: list[tuple[int, str]] = []
    reasons: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    registry = reader.slides.registry
    for line, cells in table.rows():
        total += 1
        result = reader.read(line, cells)
        if result.problems:
            failed.extend((line, p) for p in result.problems)
            reasons.update(re.sub(r'"[^"]*"$|[0-9]+', "…", p) for p in result.problems)
        else:
            ok += 1
            if result.event is not None:
                sources.update(registry[s].name if s in registry else s
                               for s in result.event.source_ids())
    return DryRun(total, ok, failed, reasons, sources, reader.undated)
