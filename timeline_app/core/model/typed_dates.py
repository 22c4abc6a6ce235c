"""Dates as people type them ("28 April 2025", "Apr 2025", "spring 2025", "about 2024"),
turned into the EDTF text the file stores.

Only unambiguous English forms are read: day-month order is taken from the month's name,
never from digits ("04/05/2025" is left alone). Seasons use EDTF's codes 21–24. A
qualifier in words ("about", "circa", "c.") becomes EDTF's "~"; a trailing "?" stays.
"""

from __future__ import annotations

import re

MONTHS = {name: n for n, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
    ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")), start=1) for name in names}
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_APPROX = re.compile(r"^(?:about|around|approx\.?|approximately|circa|ca\.?|c\.)\s*", re.I)
_MONTH = r"(?P<month>[a-z]+)\.?"
_YEAR = r"(?P<year>\d{1,4})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_FORMS = [re.compile(p, re.I) for p in (
    rf"^{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}$",  # 28 April 2025, 28th of Apr 2025
    rf"^{_MONTH}\s+{_DAY},?\s+{_YEAR}$",  # April 28, 2025
    rf"^{_MONTH},?\s+{_YEAR}$",  # April 2025, Apr. 2025
    rf"^(?P<season>[a-z]+)\s+{_YEAR}$",  # spring 2025
)]
_DAYS_IN = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # the parser checks leap years


def to_edtf(text: str) -> str | None:
    """The EDTF for a date typed in words, or None when `text` is not such a form (it may
    already be EDTF, or not a date at all: the caller's parser says which)."""
    s = " ".join(text.split())
    approx = bool(_APPROX.match(s))
    s = _APPROX.sub("", s)
    uncertain = s.endswith("?")
    s = s.rstrip("?").strip()
    for form in _FORMS:
        m = form.match(s)
        if m is None:
            continue
        groups = m.groupdict()
        year = int(groups["year"])
        if "season" in groups:
            season = SEASONS.get(groups["season"].casefold())
            if season is None:
                continue
            body = f"{year:04d}-{season}"
        else:
            month = MONTHS.get(groups["month"].casefold())
            if month is None:
                continue  # "spring 2025" is the next form's
            body = f"{year:04d}-{month:02d}"
            if groups.get("day"):
                day = int(groups["day"])
                if not 1 <= day <= _DAYS_IN[month - 1]:
                    return None
                body += f"-{day:02d}"
        return body + ("%" if approx and uncertain else "~" if approx else
                       "?" if uncertain else "")
    if (approx or uncertain) and re.fullmatch(r"-?\d{4}(?:-\d{2}){0,2}", s):
        return s + ("%" if approx and uncertain else "~" if approx else "?")
    return None
