"""Ticks and labels for the time axis, from minutes to the age of the universe.

Units come from a ladder (minutes ... 12 hours, day, week, month, quarter, 1-2-5 x 10^k
years up to 5e10 years); `ticks` labels the finest unit whose widest label in view, plus
`min_gap_px`, fits its shortest possible spacing (28 days for a month), so the choice does not
flicker while panning. Each unit has a coarser major unit (minutes and hours -> days, days and
weeks -> months, months -> years, n years -> the next power of ten) whose ticks are always
labelled; minor labels that would crowd a major label are left empty, and a level where that
would hide most minor labels is passed over for a coarser one.

Labels are centred on their tick (`LABEL_ALIGN`): a label of width w occupies
[x - w/2, x + w/2], and any two labels are at least `min_gap_px` apart. The painter should
draw them centred and clip rather than shift labels at the widget's edges.

Ticks sit on real calendar boundaries computed with civil dates: midnight, Mondays, the 1st
of the month, 1 January. Year steps are aligned so labels read as round numbers on both
sides of the era: AD years divisible by n, BC years whose BC number is divisible by n
("500 BC", not astronomical -500 = "501 BC"), and for n >= 5 also AD 1 between them.
`calendar.year_start` is exact for any integer year, so deep time uses it too; only the
search for the first year in view relies on the approximate `year_of`. As in
`date_text.year_label`, "N years ago" counts years before AD 1, not before today.
"""

from __future__ import annotations

import math
import time
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from timeline_app.core.geometry.viewport import MAX_WIDTH, TIME_LIMIT
from timeline_app.core.model import date_text
from timeline_app.core.model.calendar import (
    SECONDS_PER_DAY,
    days_from_civil,
    from_seconds,
    year_of,
    year_start,
)
from timeline_app.core.model.date_text import DateWords, axis_year

LABEL_ALIGN = "center"
MIN_TICK_SPACING_PX = 5.0  # keeps the tick count under width / 2 whatever `measure` says

_HOUR = 3600
_MONDAY = 4 * SECONDS_PER_DAY  # 1970-01-05, the first Monday after the epoch
_YEAR_DAYS = 365


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis tick; an empty label means draw the mark without text."""

    t: float
    label: str
    major: bool


def default_measure(text: str) -> float:
    """About 7 px per character: a headless stand-in for QFontMetrics."""
    return 7.0 * len(text)


def today_seconds() -> float:
    """Now, as epoch seconds (UTC)."""
    return time.time()


@dataclass(frozen=True, slots=True)
class _Unit:
    kind: str  # "fixed" (multiples of step seconds), "week", "month" or "year"
    step: int  # seconds, months or years
    min_seconds: float  # shortest possible gap between two consecutive ticks
    label: Callable[[float, int, DateWords], str]  # (t, key, words) -> text; key: a month
    # index or a year


# --- labels ----------------------------------------------------------------------------


def year_text(year: int, step: int = 1, words: DateWords | None = None) -> str:
    """An astronomical year as read on an axis whose ticks are `step` years apart."""
    return axis_year(year, step, words)


def _ymd(t: float) -> tuple[int, int, int]:
    y, m, d, *_ = from_seconds(t)
    return y, m, d


def _hh_mm(t: float, _key: int, _w: DateWords) -> str:
    _, _, _, h, mi, _ = from_seconds(t)
    return f"{h:02d}:{mi:02d}"


def _day(t: float, _key: int, w: DateWords) -> str:
    return w.patterns["day"].format(day=_ymd(t)[2])


def _day_month(t: float, _key: int, w: DateWords) -> str:
    _, m, d = _ymd(t)
    return date_text.day_month(m, d, w)


def _day_month_year(t: float, _key: int, w: DateWords) -> str:
    y, m, d = _ymd(t)
    return date_text.date_text(y, m, d, w)


def _month(_t: float, key: int, w: DateWords) -> str:
    return w.months_alone[key % 12]


def _month_year(_t: float, key: int, w: DateWords) -> str:
    return date_text.date_text(key // 12, key % 12 + 1, words=w)


def _year_label(step: int) -> Callable[[float, int, DateWords], str]:
    return lambda _t, year, w: axis_year(year, step, w)


# --- the ladder ------------------------------------------------------------------------


def _fixed(seconds: int, label: Callable[[float, int, DateWords], str]) -> _Unit:
    return _Unit("fixed", seconds, float(seconds), label)


def _years(n: int, label_step: int = 0) -> _Unit:
    """Every n years; labels are as precise as `label_step` (default n) needs."""
    gap = n - 1 if n >= 5 else n  # AD 1 sits n - 1 years before AD n
    label = _year_label(label_step or n)
    return _Unit("year", n, float(gap * _YEAR_DAYS * SECONDS_PER_DAY), label)


_DAY_MAJOR = _fixed(SECONDS_PER_DAY, _day_month_year)
_MONTH_MAJOR = _Unit("month", 1, 28.0 * SECONDS_PER_DAY, _month_year)
_YEAR_MAJOR = _years(1)

_YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, *(m * 10**e for e in range(2, 11) for m in (1, 2, 5)))

# (minor, major), finest first.
_LEVELS: tuple[tuple[_Unit, _Unit], ...] = (
    *((_fixed(s, _hh_mm), _DAY_MAJOR) for s in (60, 300, 600, 900, 1800)),
    *((_fixed(h * _HOUR, _hh_mm), _DAY_MAJOR) for h in (1, 3, 6, 12)),
    (_fixed(SECONDS_PER_DAY, _day), _MONTH_MAJOR),
    (_Unit("week", 7 * SECONDS_PER_DAY, 7.0 * SECONDS_PER_DAY, _day_month), _MONTH_MAJOR),
    (_Unit("month", 1, 28.0 * SECONDS_PER_DAY, _month), _YEAR_MAJOR),
    (_Unit("month", 3, 90.0 * SECONDS_PER_DAY, _month), _YEAR_MAJOR),
    # Majors share the minors' label precision: "148,000 BC" next to "147,900 BC".
    *((_years(n), _years(10 ** len(str(n)), n)) for n in _YEAR_STEPS),
)


# --- positions -------------------------------------------------------------------------


def _tick_year(k: int, n: int) -> int | None:
    """The k-th year tick for step n: AD n*k, (n*|k|) BC, and AD 1 for k == 0 when n >= 5."""
    if k > 0:
        return k * n
    if k < 0:
        return k * n + 1
    return 1 if n >= 5 else None


def _positions(unit: _Unit, start: float, end: float, cap: int) -> list[tuple[float, int]] | None:
    """(instant, key) of every tick in [start, end]; None if there are more than `cap`."""
    out: list[tuple[float, int]] = []
    if unit.kind in ("fixed", "week"):
        offset = _MONDAY if unit.kind == "week" else 0
        k = math.ceil((start - offset) / unit.step)
        for _ in range(cap + 3):
            t = float(offset + k * unit.step)
            if t > end:
                return out
            if t >= start:
                out.append((t, 0))
            k += 1
        return None
    if unit.kind == "month":
        y, m, _ = _ymd(start)
        idx = y * 12 + m - 1
        idx -= idx % unit.step
        for _ in range(cap + 3):
            y, m0 = divmod(idx, 12)
            t = float(days_from_civil(y, m0 + 1, 1) * SECONDS_PER_DAY)
            if t > end:
                return out
            if t >= start:
                out.append((t, idx))
            idx += unit.step
        return None
    n = unit.step
    y0 = year_of(start) - 2  # year_of is approximate in deep time
    k = (y0 if y0 >= 1 else y0 - 1) // n - 1
    for _ in range(cap + 8):
        year = _tick_year(k, n)
        k += 1
        if year is None:
            continue
        t = year_start(year)
        if t > end:
            return out
        if t >= start:
            out.append((t, year))
    return None


# --- choosing a level ------------------------------------------------------------------


def _width(measure: Callable[[str], float], text: str) -> float:
    w = measure(text)
    if math.isnan(w):
        return math.inf
    return max(float(w), 0.0)


def _fits(xs: list[float], ws: list[float], gap: float) -> bool:
    return all(
        xs[i + 1] - xs[i] >= (ws[i] + ws[i + 1]) / 2 + gap for i in range(len(xs) - 1)
    )


def _try_level(
    minor: _Unit, major: _Unit, start: float, end: float, width: float,
    measure: Callable[[str], float], gap: float, words: DateWords,
) -> tuple[list[Tick], bool] | None:
    """(ticks, crowded) if labels at this level can be placed without overlap, else None.

    Crowded means wide major labels would hide more than half of the minor labels between
    them (12-hour ticks between "18 Oct 2024" labels); a coarser level then reads better.
    """
    scale = width / (end - start)
    cap = int(width // 2)
    minors = _positions(minor, start, end, cap)
    majors = _positions(major, start, end, cap)
    if minors is None or majors is None:
        return None
    major_ts = {t for t, _ in majors}
    minors = [(t, key) for t, key in minors if t not in major_ts]
    for unit, sample in ((minor, minors[:1]), (major, majors[:1])):  # cheap early rejection
        for t, key in sample:
            if _width(measure, unit.label(t, key, words)) + gap > unit.min_seconds * scale:
                return None
    labels = [minor.label(t, key, words) for t, key in minors]
    widths = [_width(measure, s) for s in labels]
    major_labels = [major.label(t, key, words) for t, key in majors]
    major_widths = [_width(measure, s) for s in major_labels]
    # Decide on the unit's shortest spacing, not the spacing in view, so panning is stable.
    if max(widths, default=0.0) + gap > minor.min_seconds * scale:
        return None
    if max(major_widths, default=0.0) + gap > major.min_seconds * scale:
        return None
    xs = [(t - start) * scale for t, _ in minors]
    major_xs = [(t - start) * scale for t, _ in majors]
    if not (_fits(xs, widths, gap) and _fits(major_xs, major_widths, gap)):
        return None  # only when float rounding in extreme ranges defeats the estimate
    out = [Tick(t, s, True) for (t, _), s in zip(majors, major_labels, strict=True)]
    for (t, _), x, s, w in zip(minors, xs, labels, widths, strict=True):
        i = bisect_right(major_xs, x)
        left_ok = i == 0 or x - w / 2 - (major_xs[i - 1] + major_widths[i - 1] / 2) >= gap
        right_ok = i == len(major_xs) or major_xs[i] - major_widths[i] / 2 - (x + w / 2) >= gap
        out.append(Tick(t, s if left_ok and right_ok else "", False))
    out.sort(key=lambda tick: tick.t)
    if len(out) > width / 2:
        out = [tick for tick in out if tick.label]
    if len(out) > width / 2:
        return None
    crowded = False
    if minors and majors:
        clearance = (max(major_widths) + max(widths)) / 2 + gap
        hidden_per_side = math.ceil(clearance / (minor.min_seconds * scale)) - 1
        minors_per_major = major.min_seconds / minor.min_seconds - 1
        crowded = 2 * hidden_per_side > minors_per_major / 2
    return out, crowded


def ticks(
    start: float,
    end: float,
    width_px: float,
    measure: Callable[[str], float] = default_measure,
    min_gap_px: float = 12,
    words: DateWords | None = None,
) -> list[Tick]:
    """Ticks in [start, end] for an axis `width_px` wide, sorted by time, labelled with
    `words` (default: the window's language, see date_text).

    Returns [] for unusable input (non-finite, empty range, width < 1 or > MAX_WIDTH, or
    nothing fits). Times are clipped to +-TIME_LIMIT. At most width_px / 2 ticks.
    """
    words = words or date_text.current()
    values = (start, end, width_px)
    if not all(math.isfinite(v) for v in values) or not 1 <= width_px <= MAX_WIDTH:
        return []
    start, end = max(start, -TIME_LIMIT), min(end, TIME_LIMIT)
    if not end > start:
        return []
    gap = 12.0 if math.isnan(min_gap_px) else max(min_gap_px, 0.0)
    if math.isinf(gap):
        return []
    scale = width_px / (end - start)
    # Units finer than this would map distinct ticks onto the same float instant.
    resolution = 64 * math.ulp(max(abs(start), abs(end)))
    fallback: list[Tick] = []
    for minor, major in _LEVELS:
        if minor.min_seconds < resolution or minor.min_seconds * scale < MIN_TICK_SPACING_PX:
            continue
        found = _try_level(minor, major, start, end, width_px, measure, gap, words)
        if found is None:
            continue
        result, crowded = found
        if not crowded:
            return result
        fallback = fallback or result
    return fallback
