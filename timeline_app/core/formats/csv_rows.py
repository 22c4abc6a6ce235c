"""One CSV data row -> one event, under a mapping of fields to columns.

Generic rows are turned into lenient event dicts (native field names) and checked by the
ordinary EventReader; rows of the TimelineJS template become TimelineJS slides and go through
the TimelineJS slide reader. Either way a problem is phrased with the column it comes from:
`column "date": month 13 does not exist`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import Any

from timeline_app.core.formats.csv_cells import derived_title, event_cells
from timeline_app.core.formats.csv_claims import row_claims, split_names
from timeline_app.core.formats.csv_fast import CELL_MAKERS, PLAIN_FIELDS, PlainRows
from timeline_app.core.formats.csv_grades import GRADE_FIELDS, grade_sources, row_grades
from timeline_app.core.formats.csv_table import MAX_COLUMNS, Table
from timeline_app.core.formats.date_hints import apply_precision, compact_date, precision_scheme
from timeline_app.core.formats.events_in import EVENT_ALIASES, EVENT_KEYS
from timeline_app.core.formats.problems import LoadError, Problem, short
from timeline_app.core.formats.timelinejs_dates import date_text
from timeline_app.core.formats.timelinejs_slides import EXTRA_KEY, SlideReader
from timeline_app.core.model.dates import DateError
from timeline_app.core.model.timeline import Event
from timeline_app.core.text import tr

# Fields the exporter writes that the import may have made from other cells (a title from the
# description, sources from links) or read differently from the cell (a compact date).
_COMPARED = ("id", "start", "end", "title", "description", "sources", "url", "claim",
             "claim_date", "tags", "status", "location", "reliability", "credibility", "grade",
             "year", "month", "day", "time")
_UNCOMPARED = ("date_precision", "source_url")  # cells the exporter cannot make again
_PARTS = {"year": "year", "month": "month", "day": "day"}
# Extra keys that a native file would read as something else when saved and opened again
# (fields, sources named on the event, aliases of fields that may be absent); such columns
# are kept as "NAME (csv)".
_RESERVED = EVENT_KEYS | {*EVENT_ALIASES["description"], *EVENT_ALIASES["end"], "source",
                          "sources", "url", "link", EXTRA_KEY, "media"}
_TIME = re.compile(r"([0-9]{1,2})(?::([0-9]{2}))?(?::([0-9]{2}))?(?:[.,]([0-9]{1,3}))?"
                   r"\s*([ap])?\.?\s*(?:m\.?)?", re.IGNORECASE)
_SLASH_DATE = re.compile(r"(-?[0-9]{4})/([0-9]{2})(?:/([0-9]{2}))?")
_SPACE_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2}) ([0-9]{2}:[0-9]{2}(?::[0-9].*)?)")


class RowProblem(Problem):
    """A problem in a data row: "FILE:LINE: column "date": …" (a row has no one column)."""

    def format(self, name: str) -> str:
        return f"{name}:{self.line}: {self.message}"


@dataclass
class RowResult:
    """What one data row gives: the event, or the reasons it cannot be read."""

    line: int
    values: dict[str, str]       # field -> cell, for the mapped fields
    event: Event | None
    problems: list[str]          # "column "date": month 13 does not exist"
    kind: str = "event"          # or "title" / "era" (TimelineJS template rows)


class RowReader:
    """Turns rows into events with one mapping; shared by import, preview and dry run."""

    def __init__(self, table: Table, mapping: Mapping[str, str], template: bool) -> None:
        self.table = table
        self.mapping = dict(mapping)
        columns = short(", ".join(table.header), 300)
        if "start" not in self.mapping and "year" not in self.mapping:
            raise LoadError(table.name, [Problem(tr(
                "no date column: name one start, date, year … or choose it with --map "
                "start=COLUMN (columns: {columns})").format(columns=columns))])
        if "title" not in self.mapping and "description" not in self.mapping:
            raise LoadError(table.name, [Problem(tr(
                "no title column: name one title, headline, event … or choose it with --map "
                "title=COLUMN (columns: {columns})").format(columns=columns))])
        self.template = template
        self.index = {name: i for i, name in enumerate(table.header)}
        self._columns = [(f, self.index[c]) for f, c in self.mapping.items()]
        self._fields = [f for f, _ in self._columns]
        self._width = max(i for _, i in self._columns) + 1  # cells a row needs for `_pick`
        self._pick = _picker([i for _, i in self._columns])
        self._header = len(table.header)
        self.slides = SlideReader(table.name)
        self.mapped = set(self.mapping.values())
        self.extras = {c: (f"{c} (csv)" if c in _RESERVED else c) for c in table.header
                       if c not in self.mapped}
        self._extras = [(self.index[c], key) for c, key in self.extras.items()]
        self._undated = 0  # rows read the general way without a date
        # (event, {field: [cell or None, what the exporter would write]}) where they differ
        self.kept: list[tuple[Event, dict[str, list[str | None]]]] = []
        self._parts = any(p in self.mapping for p in ("year", "month", "day", "time"))
        self._compared = [f for f in _COMPARED if f in self.mapping]
        self._derived = [f for f in ("title", "sources", "url") if f not in self.mapping]
        self._uncompared = [f for f in _UNCOMPARED if f in self.mapping]
        # Plain rows are built directly (see csv_fast); None: every row the general way.
        self._plain = (PlainRows(self.mapping, self.slides.reader.sources, _lenient_date)
                       if not template and self.mapping.keys() <= PLAIN_FIELDS else None)
        self.notes: list[str] = []  # what the import did that the user should know
        self._grades = any(f in self.mapping for f in GRADE_FIELDS)
        self.conflicts: dict[str, tuple[str, str]] = {}  # sources graded two ways

    @property
    def undated(self) -> int:
        """Rows without a date, kept as undated events."""
        return self._undated + (self._plain.undated if self._plain is not None else 0)

    def layout(self) -> dict[str, Any]:
        """What csv_export needs to write the same columns back."""
        out: dict[str, Any] = {"columns": self.table.header, "mapping": self.mapping}
        renamed = {c: k for c, k in self.extras.items() if c != k}
        if renamed:
            out["extras"] = renamed
        if self.table.delimiter != ",":
            out["delimiter"] = self.table.delimiter
        if self.table.bom or self.table.encoding not in ("utf-8", "utf-8-sig"):
            out["bom"] = True  # a legacy file is written back as UTF-8, marked for Excel
        if "\r\n" not in self.table.text[:1 << 16] and "\n" in self.table.text[:1 << 16]:
            out["newline"] = "\n"
        return out

    def plain_event(self, cells: list[str]) -> Event | None:
        """The event of a plain row (see csv_fast), or None: then `read` the row. The import's
        loop, which needs neither the cells by field nor a RowResult for such rows."""
        if self._plain is None or len(cells) > MAX_COLUMNS:
            return None
        plain = self._plain.read(self._picked(cells), self._extra(cells))
        if plain is None:
            return None
        if plain[1]:
            self.kept.append(plain)
        return plain[0]

    def read(self, line: int, cells: list[str], plain: bool = True) -> RowResult:
        """One row's event or problems. `plain=False`: `plain_event` has declined it."""
        picked = self._picked(cells)
        values = dict(zip(self._fields, picked, strict=True))
        if len(cells) > MAX_COLUMNS:
            return RowResult(line, values, None, [f"{len(cells):,} cells (at most "
                                                  f"{MAX_COLUMNS:,})"])
        extra = self._extra(cells)
        if plain and self._plain is not None and (
                found := self._plain.read(picked, extra)) is not None:
            if found[1]:
                self.kept.append(found)
            return RowResult(line, values, found[0], [])
        kind = values.get("type", "").strip().casefold() if self.template else ""
        problems: list[str] = []
        slide = self.template_slide(values, problems) if self.template else None
        if problems:
            return RowResult(line, values, None, problems)
        if slide is not None and kind in ("title", "era"):
            return RowResult(line, values, None, problems, kind)
        before = len(self.slides.problems)
        event = (self.slides.event(line, slide, str(line), extra) if slide is not None
                 else self._event(line, values, extra, problems))
        if event is not None and slide is None:
            self._keep(event, values)
        for p in self.slides.problems[before:]:
            problems.append(self._describe(p))
        return RowResult(line, values, event if not problems else None, problems)

    def _picked(self, cells: list[str]) -> tuple[str, ...]:
        """The mapped cells, in the mapping's order, new lines made "\\n"."""
        n = len(cells)
        if n >= self._width:  # the common row (a million of them): its cells picked in C
            picked = self._pick(cells)
            if "\r" in "".join(picked):
                picked = tuple(_newlines(x) for x in picked)
            return picked
        return tuple("" if i >= n else _newlines(cells[i]) for _, i in self._columns)

    def _extra(self, cells: list[str]) -> dict[str, Any]:
        """The unmapped cells that hold something, by extra key (columns past the header
        as "column N")."""
        n = len(cells)
        if not self._extras and n <= self._header:
            return {}
        extra = {key: _newlines(cells[i]) for i, key in self._extras
                 if i < n and cells[i].strip()}
        for i in range(self._header, n):
            if cells[i].strip():
                extra[f"column {i + 1}"] = _newlines(cells[i])
        return extra

    def _keep(self, event: Event, values: dict[str, str]) -> None:
        """Remember the cells the exporter would not write as they were, so an unedited
        event is written back exactly (see `cells_layout`)."""
        registry = self.slides.registry
        # Date parts come only whole (event_cells); other fields one at a time, so only the
        # mapped columns are made.
        parts = event_cells(event, registry, parts=True) if self._parts else {}

        def made(f: str) -> str:
            return CELL_MAKERS[f](event, registry) if f in CELL_MAKERS else parts.get(f, "")

        diff: dict[str, list[str | None]] = {}
        for f in self._compared:
            cell, made_cell = values[f], made(f)
            if cell != made_cell:
                diff[f] = [cell, made_cell]
        for f in self._derived:
            made_cell = made(f)
            if made_cell:
                diff[f] = [None, made_cell]  # made up from other cells: no column of its own
        for f in self._uncompared:
            if values[f]:
                diff[f] = [values[f], None]
        if diff:
            self.kept.append((event, diff))

    def dates_changed(self, changed: list[tuple[Event, str, str | None]]) -> None:
        """Dates read again after the rows (midnight UTC as days): the cells stay as read."""
        kept = {id(e): diff for e, diff in self.kept}
        for event, start, end in changed:
            diff = kept.get(id(event))
            if diff is None:
                diff = kept[id(event)] = {}
                self.kept.append((event, diff))
            for key, old, new in (("start", start, event.start.text),
                                  ("end", end, event.end.text if event.end else "")):
                if key in self.mapping and old is not None:
                    diff[key] = [diff[key][0] if key in diff else old, new]

    def cells_layout(self) -> dict[str, dict[str, list[str | None]]]:
        """Event id -> kept cells, for the document's `csv` layout (after ids are final)."""
        return {e.id: diff for e, diff in self.kept}

    def _event(self, line: int, v: dict[str, str], extra: dict[str, Any],
               problems: list[str]) -> Event | None:
        start = self._start(v, "", problems)
        end = self._start(v, "end_", problems) if ("end" in v or "end_year" in v) else None
        if problems:
            return None
        if start is None:
            start = ".."  # no date: an undated event, listed and kept, never dropped
            self._undated += 1
        elif v.get("date_precision", "").strip():
            try:
                start, end = apply_precision(precision_scheme(self.mapping["date_precision"]),
                                             v["date_precision"], start, end)
            except ValueError as err:
                problems.append(in_column(self.mapping["date_precision"], err))
                return None
        d: dict[str, Any] = {"start": start, "title": " ".join(v.get("title", "").split())}
        if end:
            d["end"] = end
        for key in ("id", "description", "location", "status"):
            if v.get(key, "").strip():
                d[key] = v[key].strip() if key != "description" else v[key].strip("\n ")
        tags = _split(v.get("tags", ""))
        if tags:
            d["tags"] = tags
        claims = row_claims(v, _lenient_date)
        reliability: list[str | None] = []
        if self._grades:
            try:
                reliability, credibility = row_grades(v, len(claims), self.mapping)
            except ValueError as err:
                problems.append(str(err))
                return None
            for claim, grade in zip(claims, credibility, strict=True):
                if grade is not None:
                    claim["credibility"] = grade
        if claims:
            d["claims"] = claims
        if not d["title"]:
            d["title"] = derived_title(d.get("description", ""))
        d.update({k: val for k, val in extra.items() if k not in d})
        event = self._native(line, d)
        if event is not None and any(reliability):
            grade_sources(event, reliability, self.slides.registry, self.conflicts)
        return event

    def _native(self, line: int, d: dict[str, Any]) -> Event | None:
        reader = self.slides.reader
        reader.problems = []
        # Claims name their sources; ids of sources already known let the reader take its
        # fast path (a new name still goes the slow way, which makes the source).
        resolve = reader.sources.resolve
        for claim in d.get("claims", ()):
            sid = resolve(claim["source"], create=False) if claim["source"].strip() else None
            if sid is not None:
                claim["source"] = sid
        event = reader.read(line, d)
        for p in reader.problems:
            self.slides.problems.append(replace(p, where=f"{line}: {p.where}"))
        return event if not reader.problems else None

    def _start(self, v: dict[str, str], prefix: str, problems: list[str]) -> str | None:
        """The start (or end) date text from one column or from year/month/day/time parts."""
        key = "start" if not prefix else "end"
        if key in self.mapping:
            text = _lenient_date(v.get(key, ""))
            return text or None
        parts = {p: v.get(prefix + p, "") for p in _PARTS}
        if not parts["year"].strip():
            return None
        try:
            parts.update(_time_parts(v.get(prefix + "time", "")))
            return date_text(parts)
        except DateError as err:
            column = self.mapping.get(prefix + (err.part if err.part in _PARTS else "time"),
                                      self.mapping[prefix + "year"])
            problems.append(in_column(column, err))
            return None

    def template_slide(self, v: dict[str, str], problems: list[str]) -> dict[str, Any]:
        """A template row in TimelineJS's own shape, as TimelineJS reads its spreadsheet."""
        slide: dict[str, Any] = {}
        for prefix, key in (("", "start_date"), ("end_", "end_date")):
            parts = {p: v.get(prefix + p, "") for p in _PARTS}
            if any(parts.values()) or v.get(prefix + "time"):
                slide[key] = parts
        slide["text"] = {"headline": v.get("title", ""), "text": v.get("description", "")}
        media = {"url": v.get("url", ""), "credit": v.get("sources", ""),
                 "caption": v.get("claim", ""), "thumbnail": v.get("thumbnail", "")}
        if any(media.values()):  # the cells given, as TimelineJS reads them
            slide["media"] = {k: cell for k, cell in media.items() if cell}
        if v.get("display_date"):
            slide["display_date"] = v["display_date"]
        if v.get("tags", "").strip():
            slide["group"] = v["tags"]
        background = v.get("background", "").strip()
        if background:
            is_url = re.match(r"(https?:)?//?", background)
            slide["background"] = {"url" if is_url else "color": background}
        for prefix, key in (("", "start_date"), ("end_", "end_date")):
            if key in slide:
                try:
                    slide[key].update(_time_parts(v.get(prefix + "time", "")))
                except DateError as err:
                    problems.append(in_column(self.mapping[prefix + "time"], err))
        return slide

    def _describe(self, p: Problem) -> str:
        """A slide reader's problem as 'column "Month": month 13 does not exist'."""
        _, _, rest = p.where.partition(": ")
        field_ = rest.split(".")[0].split("[")[0]
        prefix = "end_" if field_ == "end_date" else ""
        column = None
        if field_ in ("start_date", "end_date"):
            part = p.part if p.part in _PARTS else "time"
            column = self.mapping.get(prefix + part) or self.mapping.get(prefix + "year")
        elif field_ in ("start", "end", "title", "description", "tags", "status", "id",
                        "location"):
            column = self.mapping.get(field_)
        elif field_ == "claims":
            column = self.mapping.get("claim_date" if "published" in rest else "sources")
        if column:
            return in_column(column, p.message)
        return f"{rest}: {p.message}" if rest else tr("row: {problem}").format(problem=p.message)


def in_column(column: str, problem: object) -> str:
    """'column "Date": month 13 does not exist': a row's problem in the cell it is in."""
    return tr('column "{column}": {problem}').format(column=column, problem=problem)


def _newlines(cell: str) -> str:
    return cell.replace("\r\n", "\n").replace("\r", "\n") if "\r" in cell else cell


def _picker(indices: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """The cells at `indices`, as a tuple even for one index (itemgetter gives it bare)."""
    if len(indices) == 1:
        i = indices[0]
        return lambda cells: (cells[i],)
    return itemgetter(*indices)


def _lenient_date(text: str) -> str:
    """Spreadsheet habits accepted for dates: 2024/10/18 and "2024-10-18 09:30"."""
    s = compact_date(text)
    m = _SLASH_DATE.fullmatch(s)
    if m:
        return "-".join(g for g in m.groups() if g)
    m = _SPACE_TIME.fullmatch(s)
    return f"{m.group(1)}T{m.group(2)}" if m else s


def _time_parts(text: str) -> dict[str, str]:
    """"14:30", "2:30 PM", "14:30:05.250" -> hour, minute, second, millisecond."""
    s = text.strip()
    if not s:
        return {}
    m = _TIME.fullmatch(s)
    if m is None:
        raise DateError(tr('not a time: "{text}" (expected a form like 14:30 or 2:30 PM)').format(
            text=short(s)))
    hour, minute, second, milli, half = m.groups()
    h = int(hour)
    if half:
        if not 1 <= h <= 12:
            raise DateError(tr("hour {value} does not exist on a 12-hour clock").format(value=h),
                            "hour")
        h = h % 12 + (12 if half.lower() == "p" else 0)
    out = {"hour": str(h)}
    for key, value in (("minute", minute), ("second", second)):
        if value is not None:
            out[key] = value
    if milli is not None:
        out["millisecond"] = str(int(milli.ljust(3, "0")))
    return out


def _split(cell: str) -> list[str]:
    """Several tags in one cell, separated by semicolons (or bars)."""
    return list(dict.fromkeys(split_names(cell)))
