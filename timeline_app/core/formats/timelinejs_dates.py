"""TimelineJS's dates: an object of parts (year, month, day …) to our date text and back,
shared by the JSON reader, the spreadsheet template and the writer."""

from __future__ import annotations

import re
from typing import Any

from timeline_app.core.formats.problems import json_type, missing, short
from timeline_app.core.model.calendar import from_seconds
from timeline_app.core.model.date_errors import no_such
from timeline_app.core.model.dates import DateError, EDate, Precision, parse_date
from timeline_app.core.text import tr

PARTS = ("year", "month", "day", "hour", "minute", "second", "millisecond")
_LIMITS = {"month": 12, "day": 31, "hour": 23, "minute": 59, "second": 59, "millisecond": 999}
_INTEGER = re.compile(r"[+-]?[0-9]{1,16}")


def date_text(parts: Any) -> str:
    """TimelineJS date parts -> our date text, at the precision of the finest part given.

    Parts may be numbers, strings or empty strings (= not given); missing coarser parts take
    TimelineJS's defaults (month 1, day 1, hour 0 …). Raises DateError with a short message.
    """
    if not isinstance(parts, dict):
        raise DateError(tr("expected an object with year, month, day …, got {value}").format(
            value=json_type(parts)))
    values: dict[str, int] = {}
    for key in PARTS:
        raw = parts.get(key)
        if raw is None:
            continue
        if isinstance(raw, str):
            cleaned = raw.strip().replace(",", "").replace(" ", "")
            if not cleaned:
                continue
            if not _INTEGER.fullmatch(cleaned):
                raise DateError(tr('{key} "{value}" is not a whole number').format(
                    key=key, value=short(raw)), key)
            values[key] = int(cleaned)
        elif isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) < 10**16:
            values[key] = raw
        elif isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e16:
            values[key] = int(raw)
        else:
            raise DateError(tr("{key}: expected a whole number, got {value}").format(
                key=key, value=json_type(raw)), key)
    if "year" not in values:
        raise DateError(f"year: {missing()}", "year")
    for key, limit in _LIMITS.items():
        value = values.get(key)
        lowest = 1 if key in ("month", "day") else 0
        if value is not None and not lowest <= value <= limit:
            raise no_such(key, value)
    year = values["year"]
    if not -9999 <= year <= 9999:
        return f"Y{year}"  # deep time: the year alone, as TimelineJS's cosmological scale does
    astro = year + 1 if year < 0 else year  # "-44" is shown as 44 BCE, which is -0043
    text = f"{astro:04d}" if astro >= 0 else f"-{-astro:04d}"
    finest = max((PARTS.index(k) for k in values), default=0)
    defaults = {"month": 1, "day": 1}
    for i, key in enumerate(PARTS[1:finest + 1], start=1):
        value = values.get(key, defaults.get(key, 0))
        sep = "-" if i <= 2 else "T" if i == 3 else ":" if i <= 5 else "."
        text += f"{sep}{value:03d}" if key == "millisecond" else f"{sep}{value:02d}"
    parse_date(text)  # day 31 in April, 29 February …: the date parser says which
    return text


def tl_year(astro: int) -> int:
    """Our astronomical year as TimelineJS writes it (the inverse of `date_text`)."""
    return astro - 1 if -9998 <= astro <= 0 else astro


def date_parts(date: EDate) -> dict[str, str] | None:
    """A date as TimelineJS parts at its precision (None for an open date). A season gives
    its first month, X digits their first value, an offset the UTC time; qualifiers are
    dropped (the exporter says them in `display_date`)."""
    if date.is_open:
        return None
    body = date.text.rstrip("~?%")
    if body[0] in "Yy":
        return {"year": str(tl_year(int(body[1:])))}
    y, mo, d, h, mi, sec = from_seconds(date.earliest)
    precision = date.precision or Precision.YEAR
    out = {"year": str(tl_year(y))}
    for key, value, needed in (("month", mo, Precision.SEASON), ("day", d, Precision.DAY),
                               ("hour", h, Precision.HOUR), ("minute", mi, Precision.MINUTE),
                               ("second", int(sec), Precision.SECOND)):
        if precision >= needed:
            out[key] = str(value)
    if precision >= Precision.SECOND and "." in body:
        out["millisecond"] = str(min(999, round((sec - int(sec)) * 1000)))
    return out
