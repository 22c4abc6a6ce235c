"""Proleptic Gregorian calendar arithmetic on plain integers and float seconds.

Instants are float seconds since 1970-01-01T00:00:00Z. Years use ISO 8601 astronomical
numbering (year 0 is 1 BC, year -44 is 45 BC), which keeps the arithmetic free of special
cases; `date_text.year_label` turns them into what people read. Float seconds stay exact to
the second for about 285 million years either side of 1970 and to about a minute at -13.8
billion years, which is all a timeline can show at that scale.
"""

from __future__ import annotations

SECONDS_PER_DAY = 86400
# Mean Gregorian year; used only for display scale and deep-time approximations.
SECONDS_PER_YEAR = 365.2425 * SECONDS_PER_DAY

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTH_ABBR = tuple(name[:3] for name in MONTH_NAMES)

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap(year: int) -> bool:
    """Gregorian leap year rule, applied proleptically (also to negative years)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2 and is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 for any proleptic Gregorian date (H. Hinnant's algorithm)."""
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """Inverse of `days_from_civil`: (year, month, day)."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (month <= 2), month, day


def to_seconds(
    year: int, month: int = 1, day: int = 1, hour: int = 0, minute: int = 0, second: float = 0
) -> float:
    """Seconds since the epoch of a UTC wall-clock time."""
    return float(days_from_civil(year, month, day) * SECONDS_PER_DAY
                 + hour * 3600 + minute * 60 + second)


def year_start(year: int) -> float:
    return float(days_from_civil(year, 1, 1) * SECONDS_PER_DAY)


def from_seconds(seconds: float) -> tuple[int, int, int, int, int, float]:
    """(year, month, day, hour, minute, second) of an instant, UTC."""
    days, rem = divmod(seconds, SECONDS_PER_DAY)
    year, month, day = civil_from_days(int(days))
    hour, rem = divmod(rem, 3600)
    minute, second = divmod(rem, 60)
    return year, month, day, int(hour), int(minute), second


def year_of(seconds: float) -> int:
    """The (astronomical) year containing an instant; cheap enough for deep time."""
    if abs(seconds) > 1e15:  # beyond ~30 million years: day arithmetic is meaningless
        return int(1970 + seconds // SECONDS_PER_YEAR)
    return from_seconds(seconds)[0]
