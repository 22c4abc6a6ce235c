"""Dates as data sets write them: compact GDELT dates, Wikidata's midnights, precision codes,
and which of several date columns to read.

Event tables written by others rarely write EDTF. GDELT writes `20170701` (SQLDATE) and
`20170701093000` (DATEADDED); Wikidata writes every day- or year-precision value as midnight
UTC (`+1950-06-25T00:00:00Z`); UCDP and ACLED say how precise a date is in a column of its
own. This module turns those into our date text, and says in a note what it did.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from timeline_app.core.model.dates import DateError, EDate, Precision, parse_date
from timeline_app.core.model.timeline import Event
from timeline_app.core.text import tr

__all__ = ["PRECISION_CODES", "apply_precision", "choose_date_column", "compact_date",
           "is_undated", "midnight_note", "midnight_to_days", "precision_scheme"]

_COMPACT = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})(?:([0-9]{2})([0-9]{2})([0-9]{2}))?")
_HOUR = int(Precision.HOUR)  # compared as an int: an IntEnum's comparison is slower
_MIDNIGHT = re.compile(r"T00:00(?::00(?:\.0+)?)?(?:Z|\+00:?00)$")
_DATE_WORD = re.compile(r"date|time|when|timestamp|day|year")
# Names of columns that date the record, not the event: never read as the event's date.
_NOT_EVENT_DATE = re.compile(r"added|created|updated|modified|retrieved|accessed|published|"
                             r"source|claim|pub|end|until|finish|stop|birth|death|prec")
SAMPLE_ROWS = 200

# What a precision code means, as (precision to keep, approximate). See docs/format.md.
PRECISION_CODES: dict[str, dict[str, tuple[Precision, bool]]] = {
    # UCDP GED date_prec: 1 exact day; 2 within 2-6 days; 3 within a week; 4 within a month;
    # 5 within a year or worse.
    "ucdp": {"1": (Precision.DAY, False), "2": (Precision.DAY, True),
             "3": (Precision.DAY, True), "4": (Precision.MONTH, False),
             "5": (Precision.YEAR, True)},
    # ACLED time_precision: 1 the day; 2 the week (the date is approximate); 3 the month.
    "acled": {"1": (Precision.DAY, False), "2": (Precision.DAY, True),
              "3": (Precision.MONTH, False)},
}


def is_undated(event: Event) -> bool:
    """An event with no date at all (start "..", no end): kept and listed, but not placed."""
    return event.start.is_open and (event.end is None or event.end.is_open)


def compact_date(text: str) -> str:
    """"20170701" -> "2017-07-01", "20170701093000" -> "2017-07-01T09:30:00", a Wikidata
    "+1950-06-25T00:00:00Z" loses its "+"; anything else is returned as it is."""
    s = text.strip()
    if s[:1] == "+" and s[1:5].isdigit():
        return s[1:]
    m = _COMPACT.fullmatch(s)
    if m is None:
        return s
    y, mo, d, h, mi, sec = m.groups()
    if not (0 < int(mo) < 13 and 0 < int(d) < 32):
        return s
    return f"{y}-{mo}-{d}" + (f"T{h}:{mi}:{sec}" if h is not None else "")


def _precision_of(text: str) -> Precision | None:
    try:
        return parse_date(compact_date(text)).precision
    except DateError:
        return None


def choose_date_column(header: Sequence[str], rows: Iterable[Sequence[str]],
                       mapping: Mapping[str, str]) -> tuple[str | None, list[str]]:
    """The column whose dates are the most precise, among those named like dates, and a note
    saying which was used and which were not. A year-only column wins only when nothing finer
    is there; a lone column named like a date (GDELT's `SQLDATE`) is the date when no column
    is named as one and its values read as dates. Returns (None, []) when there is nothing to
    choose."""
    current = mapping.get("start")
    year = mapping.get("year")
    names = [c for c in header if c in (current, year) or (
        _DATE_WORD.search(c.casefold()) and not _NOT_EVENT_DATE.search(c.casefold())
        and c not in mapping.values())]
    if not names or (len(names) < 2 and (current or year)):
        return None, []  # nothing to choose from (one date-like column, already the date)
    index = {c: header.index(c) for c in names}
    samples: dict[str, list[str]] = {c: [] for c in names}
    for n, cells in enumerate(rows):
        if n >= SAMPLE_ROWS:
            break
        for c, i in index.items():
            if i < len(cells) and cells[i].strip():
                samples[c].append(cells[i])
    found: dict[str, Precision] = {}
    for c, values in samples.items():
        if not values:
            continue
        got = [_precision_of(v) for v in values]
        ok = [p for p in got if p is not None]
        if len(ok) * 10 >= len(values) * 9:  # nine in ten read as dates
            found[c] = Counter(ok).most_common(1)[0][0]
    if year in found:  # year, month, day … columns: as precise as the finest part mapped
        parts = [p for p, f in ((Precision.DAY, "day"), (Precision.MONTH, "month")) if f in mapping]
        found[year] = max([found[year], *parts])
    if not found:
        return None, []
    # Finest first; among equals the column detection chose, then the header's order.
    best = max(found, key=lambda c: (found[c], c == current, -header.index(c)))
    others = [f'"{c}" ({_precision(found[c])})' for c in found if c != best]
    if not others and best == current:
        return None, []
    note = (tr('dates read from column "{column}" ({precision} precision; not used: {others})')
            if others else tr('dates read from column "{column}" ({precision} precision)'))
    return (None if best == year else best), [note.format(
        column=best, precision=_precision(found[best]), others=", ".join(others))]


def _precision(p: Precision) -> str:
    """"day" for Precision.DAY, in the window's language."""
    return {Precision.YEAR: tr("year", "a precision"), Precision.SEASON: tr("season"),
            Precision.MONTH: tr("month", "a precision"), Precision.DAY: tr("day", "a precision"),
            Precision.HOUR: tr("hour", "a precision"),
            Precision.MINUTE: tr("minute", "a precision"),
            Precision.SECOND: tr("second", "a precision")}[p]


def precision_scheme(column: str) -> str:
    """Which data set's codes a precision column holds: ACLED's "time_precision", else
    UCDP's "date_prec"."""
    return "acled" if "time" in column.casefold() else "ucdp"


def apply_precision(scheme: str, code: str, start: str, end: str | None
                    ) -> tuple[str, str | None]:
    """Start and end date text at the precision a code gives (raises ValueError for an
    unknown code). A date already coarser than the code says is left as it is."""
    value = code.strip()
    if value.endswith(".0"):
        value = value[:-2]
    codes = PRECISION_CODES[scheme]
    if value not in codes:
        raise ValueError(tr("{code} is not a precision code ({codes})").format(
            code=repr(code.strip()), codes=", ".join(codes)))
    precision, approximate = codes[value]
    first = _at(start, precision, approximate)
    last = _at(end, precision, approximate) if end else end
    if last is not None and last == first:
        last = None  # 2017-01-01 … 2017-01-31 at month precision: January 2017
    return first, last


def _at(text: str, precision: Precision, approximate: bool) -> str:
    try:
        date = parse_date(text)
    except DateError:
        return text  # the date reader reports it
    if date.is_open or date.precision is None:
        return text
    body = text.rstrip("~?%")
    if date.precision > precision and body[:1] not in "Yy-" and len(body) >= 10:
        body = body[:{Precision.YEAR: 4, Precision.MONTH: 7}.get(precision, 10)]
    if approximate and not date.approximate:
        return body + ("%" if date.uncertain else "~")
    return body + text[len(text.rstrip("~?%")):]


def midnight_note(days: int) -> str:
    """What `midnight_to_days` did, for the import's notes."""
    return tr("every time of day is midnight UTC (T00:00:00Z): %Ln date(s) read at day "
              "precision", "", days)


def midnight_to_days(events: Sequence[Event],
                     changed: list[tuple[Event, str, str | None]] | None = None) -> int:
    """When every time of day in the events' dates is midnight UTC (as Wikidata writes day-
    and year-precision values), read the dates at day precision; returns how many changed
    (and adds each, with its old start and end text, to `changed`)."""
    timed = False
    for e in events:  # stops at the first time that is not midnight
        for d in (e.start, e.end):
            if d is not None and d.precision is not None and d.precision >= _HOUR:
                if not _MIDNIGHT.search(d.text.rstrip("~?%")):
                    return 0
                timed = True
    if not timed:
        return 0
    count = 0
    for event in events:
        start = _day(event.start)
        end = _day(event.end) if event.end is not None else None
        if start is not event.start or end is not event.end:
            if changed is not None:
                changed.append((event, event.start.text,
                                event.end.text if event.end is not None else None))
            count += 1
            event.start = start
            event.end = end if end is None or end.latest > start.earliest else None
    return count


def _day(date: EDate) -> EDate:
    if date.precision is None or date.precision < Precision.HOUR:
        return date
    qualifier = date.text[len(date.text.rstrip("~?%")):]
    return parse_date(date.text.split("T")[0] + qualifier)
