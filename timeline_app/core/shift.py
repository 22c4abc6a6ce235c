"""Moving and resizing written dates by a time delta, snapped to what the text can say.

A drag on the timeline gives a delta in seconds, but a document stores dates as written: a
month-precision `2024-06` can only become another month, never "June plus 41 days". So the
delta is rounded to whole units of the date's precision (calendar months and years, not
30-day blocks) and the text is rewritten in the same form: qualifiers (`~ ? %`), the `Y`
prefix, a time zone offset and written seconds are kept. Pure functions, no Qt.

Dates with unspecified digits (`202X`, `2024-XX`) are refused (None): moving them would
have to invent or shift digits the author deliberately left out. An open end (`..`) stays
open. A result that cannot be written (a month beyond year 9999) is refused too, so the
caller never gets an invalid date.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline_app.core.model.calendar import (
    SECONDS_PER_YEAR,
    civil_from_days,
    days_from_civil,
    days_in_month,
)
from timeline_app.core.model.dates import DateError, EDate, Precision, parse_date

__all__ = ["move_dates", "resize_end", "resize_start", "shift_date", "snap_units"]

_MONTH_S = SECONDS_PER_YEAR / 12
# Every precision's step as (months, minutes); exactly one is non-zero.
_STEP = {
    Precision.YEAR: (12, 0),
    Precision.SEASON: (3, 0),
    Precision.MONTH: (1, 0),
    Precision.DAY: (0, 1440),
    Precision.HOUR: (0, 60),
    Precision.MINUTE: (0, 1),
    Precision.SECOND: (0, 1),  # seconds are kept as written; drags move by minutes
}
_TEXT = re.compile(
    r"(?P<y>-?\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:(?P<t>[Tt])(?P<h>\d{2})(?::(?P<mi>\d{2}))?(?P<rest>.*))?)?)?", re.ASCII)
_LONG = re.compile(r"(?P<p>[Yy])(?P<y>-?\d+)", re.ASCII)


def _step(precision: Precision | None) -> tuple[int, int]:
    return _STEP[precision or Precision.YEAR]


def snap_units(delta: float, precision: Precision | None) -> int:
    """How many whole steps of `precision` (years, seasons, months, days, hours or minutes)
    a delta in seconds rounds to."""
    months, minutes = _step(precision)
    unit = months * _MONTH_S if months else minutes * 60.0
    return round(delta / unit)


def _year_text(y: int) -> str:
    return f"-{-y:04d}" if y < 0 else f"{y:04d}"


def _add(d: EDate, months: int, minutes: int) -> EDate | None:
    """`d` moved by whole calendar months and/or minutes of local (written) time."""
    if d.is_open:
        return d
    if d.unspecified:
        return None
    text = d.text.strip()
    qual = text[-1] if text[-1] in "~?%" else ""
    body = text[: len(text) - len(qual)]
    long = _LONG.fullmatch(body)
    if long is not None:  # deep time is year precision: months are whole years here
        if minutes or months % 12:
            return None
        return _parse(f"{long['p']}{int(long['y']) + months // 12}{qual}")
    g = _TEXT.fullmatch(body)
    if g is None:
        return None
    y, m = int(g["y"]), g["m"]
    if m is None:
        if minutes or months % 12:
            return None
        y += months // 12
        return _parse((_year_text(y) if -9999 <= y <= 9999 else f"Y{y}") + qual)
    mo = int(m)
    if mo > 12:  # a season, 21..24: step through them as quarters of a year
        if minutes or months % 3:
            return None
        k = y * 4 + (mo - 21) + months // 3
        y, season = divmod(k, 4)
        return _parse(f"{_year_text(y)}-{21 + season}{qual}") if -9999 <= y <= 9999 else None
    k = y * 12 + (mo - 1) + months
    y, mo = divmod(k, 12)
    mo += 1
    if not -9999 <= y <= 9999:
        return None
    if g["d"] is None:
        if minutes:
            return None
        return _parse(f"{_year_text(y)}-{mo:02d}{qual}")
    day = min(int(g["d"]), days_in_month(y, mo))  # 31 Jan + 1 month: 29 Feb, not 2 Mar
    days = days_from_civil(y, mo, day)
    if g["t"] is None:
        if minutes % 1440:
            return None
        y, mo, day = civil_from_days(days + minutes // 1440)
        if not -9999 <= y <= 9999:
            return None
        return _parse(f"{_year_text(y)}-{mo:02d}-{day:02d}{qual}")
    total = days * 1440 + int(g["h"]) * 60 + int(g["mi"] or 0) + minutes
    if g["mi"] is None and total % 60:
        return None
    days, rem = divmod(total, 1440)
    y, mo, day = civil_from_days(days)
    if not -9999 <= y <= 9999:
        return None
    clock = f"{rem // 60:02d}" + (f":{rem % 60:02d}" if g["mi"] is not None else "")
    return _parse(f"{_year_text(y)}-{mo:02d}-{day:02d}{g['t']}{clock}{g['rest']}{qual}")


def _parse(text: str) -> EDate | None:
    try:
        return parse_date(text)
    except DateError:
        return None


def shift_date(d: EDate, delta: float, precision: Precision | None = None) -> EDate | None:
    """`d` moved by `delta` seconds rounded to whole steps of `precision` (default: its
    own). None when it cannot be moved (unspecified digits, beyond what can be written)."""
    months, minutes = _step(precision if precision is not None else d.precision)
    k = snap_units(delta, precision if precision is not None else d.precision)
    return _add(d, months * k, minutes * k)


def move_dates(start: EDate, end: EDate | None,
               delta: float) -> tuple[EDate, EDate | None] | None:
    """Both ends of an event moved by the same snapped delta: the step is the coarser of
    the two precisions, so a month-to-day range moves by whole months and keeps its
    length. None when either end refuses to move."""
    ends = [d for d in (start, end) if d is not None and not d.is_open]
    if not ends:
        return None
    coarse = min(d.precision or Precision.YEAR for d in ends)
    new_start = shift_date(start, delta, coarse)
    new_end = shift_date(end, delta, coarse) if end is not None else None
    if new_start is None or (end is not None and new_end is None):
        return None
    return new_start, new_end


def _resize(moving: EDate, delta: float, ok: Callable[[EDate], bool]) -> EDate | None:
    """Move `moving` by the snapped delta, backing off towards no change until `ok`."""
    if moving.is_open or moving.unspecified:
        return None
    months, minutes = _step(moving.precision)
    k = snap_units(delta, moving.precision)
    lo, hi = (k, 0) if k < 0 else (0, k)  # ok() holds at 0 and is monotonic in k
    if k < 0:
        while lo < hi:  # the most negative k that is still fine
            mid = (lo + hi) // 2
            d = _add(moving, months * mid, minutes * mid)
            if d is not None and ok(d):
                hi = mid
            else:
                lo = mid + 1
        k = lo
    else:
        while lo < hi:
            mid = (lo + hi + 1) // 2
            d = _add(moving, months * mid, minutes * mid)
            if d is not None and ok(d):
                lo = mid
            else:
                hi = mid - 1
        k = lo
    return _add(moving, months * k, minutes * k)


def resize_end(start: EDate, end: EDate, delta: float) -> EDate | None:
    """The end moved by `delta` snapped to its own precision, never before the start (its
    period still ends after the start's begins). None for an open or unspecified end."""
    return _resize(end, delta, lambda d: d.latest > start.earliest)


def resize_start(start: EDate, end: EDate, delta: float) -> EDate | None:
    """The start moved by `delta` snapped to its own precision, never after the end."""
    return _resize(start, delta, lambda d: d.earliest < end.latest)
