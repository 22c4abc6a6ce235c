"""Dates as written in a timeline document: a fast parser for a subset of ISO 8601-2 / EDTF.

A date is a period, not an instant: `2024-10` covers all of October, `202X` a decade, and a
date-time covers its last written unit. `EDate` keeps the text exactly as written (so saving
never rewrites what people typed) next to the half-open range [earliest, latest) in float
seconds since 1970 that the timeline lays out. Documents hold thousands of dates that are
re-parsed on every load and edit, so the common forms take a slicing fast path and everything
is cached; the regex is only for rare forms and for explaining errors.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from functools import lru_cache

from timeline_app.core.model import date_text, zones
from timeline_app.core.model.calendar import days_from_civil, days_in_month
from timeline_app.core.model.date_errors import (
    DateError,
    explain,
    no_such,
    not_a_date,
    not_in_month,
)
from timeline_app.core.model.date_text import DateWords, format_instant
from timeline_app.core.model.precision import Precision
from timeline_app.core.text import tr

__all__ = ["OPEN", "DateError", "EDate", "Precision", "format_instant", "parse_date",
           "parse_interval"]

_DAY = 86400.0
_MAX_INPUT = 256  # longer input is rejected before doing any work on it
_MAX_LEN = 64  # the longest sensible date-time with offset and qualifier is ~45 characters
_MAX_YEAR_DIGITS = 15  # beyond this a year is shorter than one float step in seconds
_SLASH = re.compile(r"/(?![^\[]*\])")
# Days in and days before each month (index 1-12), for common [0] and leap [1] years.
_DIM = ((0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
        (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31))
_CUM = tuple(tuple(sum(dim[1:m]) for m in range(13)) for dim in _DIM)
# With p = year - 1, p*365 + p//4 - p//100 + p//400 counts the days from 0001-01-01 to 1 Jan of
# the year (floor division keeps it right for any year); this is that count for 1970.
_EPOCH = 719162


_YEAR, _SEASON, _MONTH, _DAYP = Precision.YEAR, Precision.SEASON, Precision.MONTH, Precision.DAY


@dataclass(frozen=True, slots=True)
class EDate:
    """A written date and the period it denotes, half-open: [earliest, latest)."""

    text: str
    earliest: float
    latest: float
    precision: Precision | None
    approximate: bool = False
    uncertain: bool = False
    unspecified: bool = False

    @property
    def is_open(self) -> bool:
        return self.text == ".."

    @property
    def is_fuzzy(self) -> bool:
        """True when the drawn extent is not a plain known period, so the UI should soften it."""
        return self.approximate or self.uncertain or self.unspecified or self.text == ".."

    def describe(self, clock: Callable[[EDate], str] | None = None,
                 words: DateWords | None = None) -> str:
        """The date resolved for people, e.g. "Oct 2024, approximate (1–31 Oct 2024)"; a
        time of day in UTC, or as `clock` writes it (zoned.Clock: another zone). In the
        window's language unless `words` say otherwise (a file's text: date_text.ENGLISH)."""
        return date_text.describe(self, clock, words)

    def clock_text(self, shift: float = 0.0, words: DateWords | None = None) -> str:
        """The start as a clock time, `shift` seconds ahead of UTC; written fractions of a
        second are shown (two digits, "…" if more), never rounded up: 23:59:59.99…"""
        return date_text.clock_text(self, shift, words)


OPEN = EDate("..", -math.inf, math.inf, None)

_SLOTS = [EDate.__dict__[name].__set__ for name in EDate.__slots__]


def _make(text: str, earliest: float, latest: float, precision: Precision | None,
          approximate: bool, uncertain: bool, unspecified: bool) -> EDate:
    """EDate(...) without the frozen __init__'s object.__setattr__ calls: half the parse time."""
    date = object.__new__(EDate)
    t, e, la, p, a, u, x = _SLOTS
    t(date, text)
    e(date, earliest)
    la(date, latest)
    p(date, precision)
    a(date, approximate)
    u(date, uncertain)
    x(date, unspecified)
    return date


restore_date = _make  # for readers of what was parsed before (formats.open_cache)

# Typed as what it caches: lru_cache's own wrapper takes any argument, hiding a wrong type.
_cached: Callable[[Callable[[str], EDate]], Callable[[str], EDate]] = lru_cache(maxsize=1 << 17)


@_cached
def parse_date(text: str) -> EDate:
    """Parse one date; cached because documents repeat the same strings on every reload."""
    if not isinstance(text, str):
        raise DateError(tr("a date must be text, not {type}").format(type=type(text).__name__))
    if len(text) > _MAX_INPUT:
        raise not_a_date(text)
    s = text.strip()
    if not s:
        raise DateError(tr("empty date"))
    # (a [zone] suffix is not counted: get_zone bounds its name; isascii: isdigit is 0-9)
    if (len(s) > _MAX_LEN and len(s.partition("[")[0]) > _MAX_LEN) or not s.isascii():
        raise not_a_date(s)
    q = s[-1]
    if q == "~" or q == "?" or q == "%":
        body = s[:-1]
        approx = q != "?"
        unc = q != "~"
    else:
        body = s
        approx = unc = False
    # Fast path: fixed-width positive dates, with calendar arithmetic inlined (see _EPOCH).
    n = len(body)
    if n == 4:
        if body.isdigit():
            y = int(body)
            p = y - 1
            start = p * 365 + p // 4 - p // 100 + p // 400 - _EPOCH
            end = start + 365 + (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0))
            return _make(s, start * _DAY, end * _DAY, _YEAR, approx, unc, False)
    elif n == 7:
        if body[4] == "-" and body[:4].isdigit() and body[5:].isdigit():
            m = int(body[5:])
            if 0 < m < 13:
                y = int(body[:4])
                p = y - 1
                leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
                start = p * 365 + p // 4 - p // 100 + p // 400 - _EPOCH + _CUM[leap][m]
                end = start + _DIM[leap][m]
                return _make(s, start * _DAY, end * _DAY, _MONTH, approx, unc, False)
    elif (n >= 10 and body[4] == "-" and body[7] == "-" and body[:4].isdigit()
          and body[5:7].isdigit() and body[8:10].isdigit()):
        y, m, d = int(body[:4]), int(body[5:7]), int(body[8:10])
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        if 0 < m < 13 and 0 < d <= _DIM[leap][m]:
            p = y - 1
            day = p * 365 + p // 4 - p // 100 + p // 400 - _EPOCH + _CUM[leap][m] + d - 1
            if n == 10:
                return _make(s, day * _DAY, (day + 1) * _DAY, _DAYP, approx, unc, False)
            clock = _clock(body[11:]) if body[10] in "Tt" else None
            if clock is not None:
                start = day * 86400 + clock[0]
                return _make(s, float(start), float(start + clock[1]), clock[2], approx, unc,
                             False)
    return _parse_slow(s, body, approx, unc)


def _clock(t: str) -> tuple[int, int, Precision] | None:
    """(UTC seconds into the day, period, precision) of a common "hh:mm[:ss][Z|±hh:mm]", or
    None to leave fractions, bare hours, other offsets and all errors to the slow path."""
    offset = 0
    if t[-1:] in ("Z", "z"):
        t = t[:-1]
    elif (len(t) > 6 and t[-6] in "+-" and t[-3] == ":" and t[-5:-3].isdigit()
          and t[-2:].isdigit()):
        oh, om = int(t[-5:-3]), int(t[-2:])
        if oh > 23 or om > 59:
            return None
        offset = (oh * 3600 + om * 60) * (1 if t[-6] == "+" else -1)
        t = t[:-6]
    n = len(t)
    if ((n == 5 or (n == 8 and t[5] == ":" and t[6:].isdigit())) and t[2] == ":"
            and t[:2].isdigit() and t[3:5].isdigit()):
        h, mi, sec = int(t[:2]), int(t[3:5]), int(t[6:] or 0)
        if h < 24 and mi < 60 and sec < 60:
            if n == 8:
                return h * 3600 + mi * 60 + sec - offset, 1, Precision.SECOND
            return h * 3600 + mi * 60 - offset, 60, Precision.MINUTE
    return None


_FORM = re.compile(
    r"""Y(?P<long>-?[0-9]+)
      | (?P<year>-?[0-9X]{4})
        (?:-(?P<month>[0-9X]{2})
          (?:-(?P<day>[0-9X]{2})
            (?:T(?P<hour>[0-9]{2})(?::(?P<minute>[0-9]{2})
                (?::(?P<second>[0-9]{2})(?:\.(?P<frac>[0-9]+))?)?)?
              (?P<tz>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?)?)?""",
    re.VERBOSE | re.ASCII,
)


def _parse_slow(s: str, body: str, approx: bool, unc: bool) -> EDate:
    """Rare forms: negative, Y and X years, seasons, date-times; and every error."""
    if s == "..":
        return OPEN
    zone = None
    if body[-1:] == "]" and "[" in body:  # RFC 9557: 2025-04-27T19:00-04:00[America/New_York]
        body, _, name = body[:-1].rpartition("[")
        try:
            zone = zones.get_zone(name)
        except zones.ZoneError as err:
            raise DateError(str(err)) from None
    match = _FORM.fullmatch(body.upper())
    if match is None:
        raise explain(s, body)
    g = match.groupdict()
    if zone is not None and g.get("hour") is None:
        raise DateError(tr("a time zone [..] needs a time of day before it"))
    if g["long"] is not None:
        if len(g["long"].lstrip("-")) > _MAX_YEAR_DIGITS:
            raise DateError(tr("a year can have at most %Ln digit(s)", "", _MAX_YEAR_DIGITS),
                            "year")
        y = int(g["long"])
        start, end = days_from_civil(y, 1, 1), days_from_civil(y + 1, 1, 1)
        return _make(s, start * _DAY, end * _DAY, _YEAR, approx, unc, False)
    ys = g["year"]
    y0, y1 = _digits(ys.lstrip("-"), "year", 0, 9999)
    if ys[0] == "-":
        y0, y1 = -y1, -y0
    ms, ds = g["month"], g["day"]
    unspecified = "X" in ys or "X" in (ms or "") or "X" in (ds or "")
    if ms is None:
        start, end = days_from_civil(y0, 1, 1), days_from_civil(y1 + 1, 1, 1)
        return _make(s, start * _DAY, end * _DAY, _YEAR, approx, unc, unspecified)
    m0, m1 = _digits(ms, "month", 1, 12)
    if ms.isdigit() and not 0 < m0 < 13:
        if not 20 < m0 < 25:
            raise no_such("month", ms)
        if ds is not None:
            raise DateError(tr("a season ({season}) cannot have a day").format(season=ms))
        first = 3 * (m0 - 20)  # 21 spring = Mar-May ... 24 winter = Dec-Feb of the next year
        start = days_from_civil(y0, first, 1)
        end = days_from_civil(y1, first + 3, 1) if first < 12 else days_from_civil(y1 + 1, 3, 1)
        return _make(s, start * _DAY, end * _DAY, _SEASON, approx, unc, unspecified)
    if ds is None:
        start = days_from_civil(y0, m0, 1)
        end = days_from_civil(y1, m1, 1) + days_in_month(y1, m1)
        return _make(s, start * _DAY, end * _DAY, _MONTH, approx, unc, unspecified)
    d0, d1 = _digits(ds, "day", 1, 31)
    day0: int | None = None
    day1: int | None = None
    for y in range(y0, min(y1, y0 + 9) + 1):  # a decade always holds a fitting month
        m = next((m for m in range(m0, m1 + 1) if days_in_month(y, m) >= d0), None)
        if m is not None:
            day0 = days_from_civil(y, m, d0)
            break
    for y in range(y1, max(y0, y1 - 9) - 1, -1):
        m = next((m for m in range(m1, m0 - 1, -1) if days_in_month(y, m) >= d0), None)
        if m is not None:
            day1 = days_from_civil(y, m, min(d1, days_in_month(y, m))) + 1
            break
    if day0 is None or day1 is None:
        raise not_in_month(ds, ms, m0, m1, y0 if m0 == m1 == 2 and d0 == 29 and y0 == y1
                            else None)
    start, end = day0, day1
    if g["hour"] is None:
        return _make(s, start * _DAY, end * _DAY, _DAYP, approx, unc, unspecified)
    if unspecified:
        raise DateError(tr("a date with unspecified digits (X) cannot have a time"))
    return _date_time(s, start, g, approx, unc, zone)


def _digits(text: str, what: str, lo: int, hi: int) -> tuple[int, int]:
    """The range a component covers; trailing X digits stand for any digit."""
    if "X" not in text:
        value = int(text)
        if value == 0 and lo > 0:
            raise no_such(what, text)
        if what == "day" and value > hi:
            raise no_such("day", text)
        return value, value  # month range and season are checked by the caller
    known = text.rstrip("X")
    if "X" in known:
        raise DateError({"year": tr("X can only replace the last digits of the year: {text}"),
                         "month": tr("X can only replace the last digits of the month: {text}"),
                         "day": tr("X can only replace the last digits of the day: {text}")}[
                             what].format(text=text), what)
    if not known:
        if what == "year":
            raise DateError(tr("a year needs at least one digit; write .. for an unknown date"),
                            "year")
        return lo, hi
    scale = 10 ** (len(text) - len(known))
    first, last = max(int(known) * scale, lo), min(int(known) * scale + scale - 1, hi)
    if first > last:
        raise no_such(what, text)
    return first, last


def _date_time(s: str, day: int, g: dict[str, str | None], approx: bool, unc: bool,
               zone: tzinfo | None = None) -> EDate:
    hour, minute, second = (int(g[k] or 0) for k in ("hour", "minute", "second"))
    for name, value, limit in (("hour", hour, 23), ("minute", minute, 59),
                               ("second", second, 59)):
        if value > limit:
            raise no_such(name, str(g[name]))
    offset = 0
    tz = g["tz"]
    if tz and tz != "Z":
        oh, om = int(tz[1:3]), int(tz[-2:]) if len(tz) > 3 else 0
        if oh > 23 or om > 59:
            raise DateError(tr("time zone offset {offset} does not exist").format(offset=tz))
        offset = (oh * 3600 + om * 60) * (1 if tz[0] == "+" else -1)
    base = day * 86400 + hour * 3600 + minute * 60 + second - offset
    if zone is not None and tz is None:  # the zone's own clocks: find the offset they had
        instant, gap = zones.wall_to_instant(zone, base)
        if gap:
            raise DateError(gap)
        base = round(instant)
    elif zone is not None and tz != "Z" and offset != (right := zones.offset_at(zone, base)):
        raise DateError(tr("offset {offset} is not {zone}'s on that day ({right})").format(
            offset=tz, zone=zones.zone_name(zone), right=zones.offset_text(right)))
    frac = g["frac"]
    if frac:
        earliest = base + float("0." + frac)
        latest = max(earliest + 10.0 ** -len(frac), math.nextafter(earliest, math.inf))
        return _make(s, earliest, latest, Precision.SECOND, approx, unc, False)
    precision, unit = ((Precision.HOUR, 3600) if g["minute"] is None else
                       (Precision.MINUTE, 60) if g["second"] is None else (Precision.SECOND, 1))
    return _make(s, float(base), float(base + unit), precision, approx, unc, False)


def parse_interval(text: str) -> tuple[EDate, EDate | None]:
    """Split "start/end"; an empty side is unknown, which a timeline draws as open."""
    if not isinstance(text, str):
        raise DateError(tr("a date must be text, not {type}").format(type=type(text).__name__))
    if "/" not in text:
        return parse_date(text), None
    if len(text) > 2 * _MAX_INPUT:
        raise not_a_date(text)
    parts = _SLASH.split(text) if "[" in text else text.split("/")  # not in [Area/City]
    if len(parts) == 1:
        return parse_date(text), None
    if len(parts) != 2:
        raise DateError(tr("an interval has one / between its start and end"))
    start, end = (parse_date(p) if p.strip() else OPEN for p in parts)
    if start is OPEN and end is OPEN:
        raise DateError(tr("an interval needs a start or an end"))
    return start, end
