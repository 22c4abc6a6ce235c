"""Dates for people: "27 Oct 2024", "Oct–Dec 2024", "Sun 27 Apr 2025 19:00 EDT", "44 BC".

The words come from a `DateWords`: month and weekday names, how numbers are written, and
patterns that put a day, a month and a year in the language's order. `ENGLISH` is what the
command line prints and what files are written with; the window installs its language's
(`set_words`, from `ui.i18n.install`: names from QLocale, patterns from the translation
catalogue, so Korean reads "2024년 10월 27일"). Every function takes `words`; without, it
uses the installed ones, so code that writes a file passes `ENGLISH`. A date's text as
written (EDTF) is data and is never reworded here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.core.model.calendar import (
    MONTH_ABBR,
    MONTH_NAMES,
    civil_from_days,
    from_seconds,
    year_of,
)
from timeline_app.core.model.precision import Precision
from timeline_app.core.text import Translator, english

if TYPE_CHECKING:
    from timeline_app.core.model.dates import EDate

__all__ = ["ENGLISH", "DateWords", "axis_year", "current", "date_text", "describe",
           "format_instant", "make_words", "set_words", "weekday_time", "year_label"]

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY = 86400.0
_DEEP = 1e15  # seconds (~30 million years) beyond which day-level labels are meaningless
_YEAR, _SEASON, _MONTH, _DAYP = Precision.YEAR, Precision.SEASON, Precision.MONTH, Precision.DAY
_HOUR, _MINUTE, _SECOND = Precision.HOUR, Precision.MINUTE, Precision.SECOND
_FRACTION = re.compile(r"T[0-9]{2}:?[0-9]{2}:?[0-9]{2}[.,]([0-9]+)")


def _number(n: int) -> str:
    return f"{n:,}"


def _decimal(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True, slots=True)
class DateWords:
    """How one language writes dates (`make_words` makes one)."""

    months: tuple[str, ...]  # in a day's date: "27 Oct 2024" (Ukrainian's genitive)
    months_alone: tuple[str, ...]  # alone or with a year: "Oct", "Oct 2024"
    month_names: tuple[str, ...]  # in full, alone: "October" (a date's error message)
    weekdays: tuple[str, ...]  # Monday first
    number: Callable[[int], str]  # 12,345
    decimal: Callable[[float, int], str]  # 1.25: up to that many decimals, no trailing 0
    scales: tuple[tuple[int, str], ...]  # (10**9, "billion"), largest first
    patterns: dict[str, str]  # name -> pattern with {placeholders}, see make_words


def _scales(text: str) -> tuple[tuple[int, str], ...]:
    """"3 thousand; 6 million" as ((10**6, "million"), (10**3, "thousand")); English's if
    a translation says it otherwise."""
    out = []
    for part in text.split(";"):
        power, _, word = part.strip().partition(" ")
        if not power.isdigit() or not 0 < int(power) < 40 or not word.strip():
            return _scales("3 thousand; 6 million; 9 billion; 12 trillion; 15 quadrillion")
        out.append((10 ** int(power), word.strip()))
    return tuple(sorted(out, reverse=True))


def make_words(tr: Translator = english, months: Sequence[str] = MONTH_ABBR,
               months_alone: Sequence[str] | None = None,
               month_names: Sequence[str] = MONTH_NAMES, weekdays: Sequence[str] = WEEKDAYS,
               number: Callable[[int], str] = _number,
               decimal: Callable[[float, int], str] = _decimal) -> DateWords:
    """The date words of the language `tr` translates into, with these names and numbers.
    Each pattern is a `tr` call of its own, so the catalogue holds it for translators."""
    patterns = {
        "date": tr("{day} {month} {year}", "a day's date: 27 Oct 2024"),
        "day_month": tr("{day} {month}", "a day's date without its year: 27 Oct"),
        "day": tr("{day}", "a day of the month alone, on the time axis: 27"),
        "month_year": tr("{month} {year}", "a month of a year: Oct 2024"),
        "days": tr("{first}–{last} {month} {year}", "days of one month: 1–31 Oct 2024"),
        "days_months": tr("{first_day} {first_month} – {last_day} {last_month} {year}",
                          "days of one year: 27 Oct – 3 Nov 2024"),
        "months": tr("{first}–{last} {year}", "months of one year: Oct–Dec 2024"),
        "decade": tr("{decade}s", "a decade: 2020s"),
        "year": tr("{year}", "a year of the common era, alone: 2024"),
        "ad": tr("AD {year}", "a year said to be of the common era: AD 1, AD 2 million"),
        "bc": tr("{year} BC", "a year before the common era: 44 BC"),
        "ago": tr("{years} years ago", "deep time: 13.8 billion years ago"),
        "about": tr("about {date}", "a year a file gives rounded off: about 1 trillion years ago"),
        "big": tr("{number} {scale}", "a big number: 13.8 billion"),
        "spring": tr("Spring {year}"),
        "summer": tr("Summer {year}"),
        "autumn": tr("Autumn {year}"),
        "winter": tr("Winter {year}", "December of the year to February of the next"),
        "weekday_time": tr("{weekday} {date} {time} {zone}",
                           "a time of day with its weekday and zone: Sun 27 Apr 2025 19:00 EDT"),
        "approximate": tr("approximate", "a date"),
        "uncertain": tr("uncertain", "a date"),
        "unspecified": tr("unspecified", "a date with X digits"),
        "open_unknown": tr("open (unknown)", "a date written .."),
        "open": tr("open", "an unknown date or time"),
    }
    scales = _scales(tr("3 thousand; 6 million; 9 billion; 12 trillion; 15 quadrillion",
                        "the powers of ten big numbers are named by, with their names (Korean "
                        "names 4, 8 and 12)"))
    return DateWords(tuple(months), tuple(months_alone or months), tuple(month_names),
                     tuple(weekdays), number, decimal, scales, patterns)


ENGLISH = make_words()
_current = ENGLISH


def set_words(words: DateWords | None) -> None:
    """Write dates with `words` where no words are given (None: English again)."""
    global _current
    _current = words or ENGLISH


def current() -> DateWords:
    """The installed words: the window's language, or English."""
    return _current


def _say(w: DateWords, name: str, **parts: object) -> str:
    return w.patterns[name].format(**parts)


# --- years ---------------------------------------------------------------------------


def _big(value: int, w: DateWords, step: int | None = None) -> str | None:
    """"13.8 billion" (Korean "138억") in the largest unit `value` reaches: three figures,
    or, for ticks `step` apart, the decimals that tell them apart (None if too many)."""
    unit, word = next(((u, s) for u, s in w.scales if value >= u), w.scales[-1])
    if step is None:
        decimals = max(0, 3 - len(str(value // unit)))
    else:
        decimals = 0
        while max(step, 1) * 10**decimals < unit:
            decimals += 1
        if decimals > (0 if unit < 10**6 else 3):
            return None
    return _say(w, "big", number=w.decimal(value / unit, decimals), scale=word)


def year_label(year: int, written: bool = False, words: DateWords | None = None) -> str:
    """How a person writes an astronomical year: 2024, 44 BC, 13.8 billion years ago. For a
    year `written` so in a file, a figure rounded off it says "about" (Y-999999999999999:
    about 1 quadrillion years ago); a year computed from seconds is not exact anyway."""
    w = words or _current
    if year > 0:
        return _say(w, "year", year=year)
    bc = 1 - year  # year 0 is 1 BC
    if bc < 100_000:
        return _say(w, "bc", year=bc)
    step = 10 ** (len(str(bc)) - 3)  # three figures, in the unit the rounded number reaches
    rounded = (bc + step // 2) // step * step if bc >= 1_000_000 else bc // step * step
    text = _say(w, "ago", years=_big(rounded, w))
    return _say(w, "about", date=text) if written and bc >= 1_000_000 and rounded != -year \
        else text


def axis_year(year: int, step: int = 1, words: DateWords | None = None) -> str:
    """An astronomical year as read on an axis whose ticks are `step` years apart:
    "AD 1", "12,345", "1.25 million years ago" (with enough decimals to tell ticks apart)."""
    w = words or _current
    if year == 1:
        return _say(w, "ad", year=1)
    if year > 0:
        if year < 10_000:
            return _say(w, "year", year=year)
        scaled = _big(year, w, step) if year >= 1_000_000 else None
        return _say(w, "ad", year=scaled) if scaled else _say(w, "year", year=w.number(year))
    bc = 1 - year
    if bc < 10_000:
        return year_label(year, words=w)
    scaled = _big(bc, w, step) if bc >= 100_000 else None
    return _say(w, "ago", years=scaled) if scaled else _say(w, "bc", year=w.number(bc))


# --- days, months, seasons -----------------------------------------------------------


def season(year: int, month: int, words: DateWords | None = None) -> str:
    """The season a month falls in: Jan and Feb belong to the winter begun the year before."""
    w = words or _current
    if month < 3:
        return _say(w, "winter", year=year_label(year - 1, words=w))
    name = ("spring", "summer", "autumn", "winter")[month // 3 - 1]
    return _say(w, name, year=year_label(year, words=w))


def date_text(year: int, month: int, day: int | None = None,
              words: DateWords | None = None) -> str:
    """A day ("27 Oct 2024") or, without `day`, a month ("Oct 2024") of a year."""
    w = words or _current
    if day is None:
        return _say(w, "month_year", month=w.months_alone[month - 1],
                    year=year_label(year, words=w))
    return _say(w, "date", day=day, month=w.months[month - 1], year=year_label(year, words=w))


def day_month(month: int, day: int, words: DateWords | None = None) -> str:
    """A day of a month whose year is said elsewhere: "27 Oct"."""
    w = words or _current
    return _say(w, "day_month", day=day, month=w.months[month - 1])


def _time(h: int, mi: int, sec: float, precision: int) -> str:
    if precision == _HOUR:
        return f"{h:02d}:00"
    if precision == _MINUTE:
        return f"{h:02d}:{mi:02d}"
    return f"{h:02d}:{mi:02d}:{int(sec):02d}"


def format_instant(seconds: float, precision: int, words: DateWords | None = None) -> str:
    """An instant for people, at the precision it is known to: "Oct 2024", "44 BC"."""
    w = words or _current
    if not math.isfinite(seconds):
        return w.patterns["open"]
    if precision <= _YEAR or abs(seconds) > _DEEP:
        return year_label(year_of(seconds), words=w)
    y, mo, d, h, mi, sec = from_seconds(seconds)
    if y <= -99_999:  # year_label says "thousand years ago": a day-month prefix reads badly
        return year_label(y, words=w)
    if precision == _SEASON:
        return season(y, mo, w)
    if precision == _MONTH:
        return date_text(y, mo, words=w)
    day = date_text(y, mo, d, w)
    return day if precision == _DAYP else f"{day} {_time(h, mi, sec, precision)}"


def _dash(a: str, b: str) -> str:
    return f"{a} – {b}" if " " in a or " " in b else f"{a}–{b}"


def span_text(a: tuple[int, int, int], b: tuple[int, int, int], precision: int,
              words: DateWords | None = None) -> tuple[str, bool]:
    """The shortest text for the first..last (y, m, d) at a precision ("1–31 Oct 2024"),
    and whether it is a range from one to the other (a decade is not)."""
    w = words or _current
    (y0, m0, d0), (y1, m1, d1) = a, b
    if precision == _YEAR:
        if y0 == y1:
            return year_label(y0, words=w), False
        if y0 > 0 and y0 % 10 == 0 and y1 == y0 + 9:
            return _say(w, "decade", decade=y0), False
        return _dash(year_label(y0, words=w), year_label(y1, words=w)), True
    if precision == _SEASON:
        s0, s1 = season(y0, m0, w), season(y1, m1, w)
        return (s0, False) if s0 == s1 else (_dash(s0, s1), True)
    if precision == _MONTH:
        if y0 != y1:
            return _dash(date_text(y0, m0, words=w), date_text(y1, m1, words=w)), True
        if m0 == m1:
            return date_text(y0, m0, words=w), False
        return _say(w, "months", first=w.months_alone[m0 - 1], last=w.months_alone[m1 - 1],
                    year=year_label(y0, words=w)), True
    if y0 != y1:
        return f"{date_text(y0, m0, d0, w)} – {date_text(y1, m1, d1, w)}", True
    year = year_label(y0, words=w)
    if m0 != m1:
        return _say(w, "days_months", first_day=d0, first_month=w.months[m0 - 1], last_day=d1,
                    last_month=w.months[m1 - 1], year=year), True
    if d0 == d1:
        return date_text(y0, m0, d0, w), False
    return _say(w, "days", first=d0, last=d1, month=w.months[m0 - 1], year=year), True


# --- written dates -------------------------------------------------------------------


def _wall(d: EDate, shift: float) -> tuple[float, str]:
    """The start's wall-clock second `shift` ahead of UTC, and its written fraction of a
    second (two digits, "…" if more; never rounded up: 23:59:59.99…)."""
    m = _FRACTION.search(d.text) if (d.precision or _YEAR) >= _SECOND else None
    if m is None:
        return d.earliest + shift, ""
    digits = m.group(1)
    whole = round(d.earliest - float("0." + digits)) + shift
    return whole, f".{digits[:2]}{'…' if len(digits) > 2 else ''}"


def clock_text(d: EDate, shift: float = 0.0, words: DateWords | None = None) -> str:
    """The start as a clock time, `shift` seconds ahead of UTC: "27 Apr 2025 19:00"."""
    whole, fraction = _wall(d, shift)
    return format_instant(whole, d.precision or _YEAR, words) + fraction


def weekday_time(d: EDate, shift: float, zone: str, year: bool = True,
                 words: DateWords | None = None) -> str:
    """A time of day `shift` seconds ahead of UTC with its weekday and the zone's name:
    "Mon 28 Apr 2025 08:00 KST"; without the year when `year` is False."""
    w = words or _current
    whole, fraction = _wall(d, shift)
    y, mo, day, h, mi, sec = from_seconds(whole)
    date = date_text(y, mo, day, w) if year else day_month(mo, day, w)
    weekday = w.weekdays[(int((d.earliest + shift) // _DAY) + 3) % 7]  # 1970-01-01: Thursday
    return _say(w, "weekday_time", weekday=weekday, date=date, zone=zone,
                time=_time(h, mi, sec, d.precision or _HOUR) + fraction)


def describe(d: EDate, clock: Callable[[EDate], str] | None = None,
             words: DateWords | None = None) -> str:
    """The date resolved for people, e.g. "Oct 2024, approximate (1–31 Oct 2024)"; a time
    of day in UTC, or as `clock` writes it (zoned.Clock: another zone)."""
    w = words or _current
    if d.text == "..":
        return w.patterns["open_unknown"]
    precision = d.precision or _YEAR
    body = d.text.rstrip("~?%")
    days, ranged = "", False  # the period in whole days, where that adds information
    if body[0] in "Yy":  # deep time: the seconds are too coarse to recover the year
        head = year_label(int(body[1:]), written=True, words=w)
    elif precision >= _HOUR:
        head = clock(d) if clock else clock_text(d, words=w) + " UTC"
    else:
        first = civil_from_days(int(d.earliest // _DAY))
        last = civil_from_days(int(d.latest // _DAY) - 1)
        head, ranged = span_text(first, last, precision, w)
        days = span_text(first, last, _DAYP, w)[0]
    quals = [w.patterns[name] for name, on in (("approximate", d.approximate),
                                               ("uncertain", d.uncertain),
                                               ("unspecified", d.unspecified)) if on]
    out = ", ".join([head, *quals])
    if days and days != head and not ranged:
        out += f" ({days})"
    return out
