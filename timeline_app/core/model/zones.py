"""Time zones from the IANA database: resolving names, offsets at an instant and wall times.

The database is the standard library's `zoneinfo`, which reads the system's copy and falls
back to the `tzdata` package where there is none (Windows, the bundle): never a hand-written
table, so a government's latest change of its clocks arrives with an update of either. This
module knows nothing of written dates (dates.py uses it to read `[Zone]` suffixes), so the
two import in one direction only.

Instants are float seconds since 1970 (UTC); a *wall* time is the same count read off a
zone's clocks, i.e. instant + offset. Outside the years 1–9999 (where `datetime` ends) the
offset at the nearest representable instant is used: the zone's earliest or latest rule.
"""

from __future__ import annotations

import math
import re
import zoneinfo
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache

from timeline_app.core.text import tr

__all__ = ["UTC_NAME", "ZoneError", "abbreviation", "all_zones", "get_zone", "offset_at",
           "offset_text", "wall_to_instant", "zone_name"]

UTC_NAME = "UTC"
_MIN_T = datetime(1, 1, 2, tzinfo=UTC).timestamp()
_MAX_T = datetime(9999, 12, 30, tzinfo=UTC).timestamp()
_OFFSET = re.compile(r"(?:UTC)?([+-])([0-9]{2}):?([0-9]{2})?", re.ASCII)
_UTC_NAMES = {"utc", "z", "gmt", "etc/utc", "etc/gmt", "zulu", "universal", "etc/universal"}


class ZoneError(ValueError):
    """A zone name that is not in the database; str(err) is a short human message."""


@lru_cache(maxsize=512)
def get_zone(name: str) -> tzinfo:
    """The zone for an IANA name ("Asia/Seoul"), "UTC" or a fixed offset ("+09:00",
    "UTC-04:00"). Raises ZoneError with the name when there is no such zone."""
    text = name.strip()
    if text.lower() in _UTC_NAMES:
        return UTC
    m = _OFFSET.fullmatch(text)
    if m is not None:
        hours, minutes = int(m[2]), int(m[3] or 0)
        if hours > 23 or minutes > 59:
            raise ZoneError(tr("time zone offset {offset} does not exist").format(offset=text))
        delta = timedelta(hours=hours, minutes=minutes) * (1 if m[1] == "+" else -1)
        return timezone(delta) if delta else UTC
    if not text or len(text) > 64 or text.startswith(("/", ".")) or ".." in text:
        raise ZoneError(tr("unknown time zone '{name}'").format(name=text[:64]))
    try:
        return zoneinfo.ZoneInfo(text)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise ZoneError(tr("unknown time zone '{name}' (expected an IANA name such as "
                           "Asia/Seoul, UTC or an offset such as +09:00)").format(
                               name=text)) from None


def zone_name(zone: tzinfo) -> str:
    """The name a zone is known by: its IANA key, "UTC" or its offset ("UTC+09:00")."""
    if zone is UTC:
        return UTC_NAME
    key = getattr(zone, "key", None)
    if isinstance(key, str):
        return key
    return "UTC" + offset_text(int(zone.utcoffset(None).total_seconds()))  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def all_zones() -> tuple[str, ...]:
    """Every IANA zone name the database has, sorted, for pickers and completion."""
    names = zoneinfo.available_timezones()
    names.discard("localtime")
    return tuple(sorted(n for n in names if "/" in n or n == UTC_NAME))


def _moment(instant: float) -> datetime:
    t = instant if math.isfinite(instant) else (_MIN_T if instant < 0 else _MAX_T)
    return datetime.fromtimestamp(min(max(t, _MIN_T), _MAX_T), UTC)


def offset_at(zone: tzinfo, instant: float) -> int:
    """Seconds the zone's clocks are ahead of UTC at an instant (negative west of Greenwich)."""
    if zone is UTC:
        return 0
    off = zone.utcoffset(_moment(instant).astimezone(zone))
    return int(off.total_seconds()) if off is not None else 0


def abbreviation(zone: tzinfo, instant: float) -> str:
    """What the zone's clocks were called at the instant ("EDT", "KST"); where the database
    has only a number ("+04"), the offset written out, "UTC+04:00"."""
    if zone is UTC:
        return UTC_NAME
    local = _moment(instant).astimezone(zone)
    name = local.tzname() or ""
    if name.isalpha():
        return name
    off = local.utcoffset()
    return "UTC" + offset_text(int(off.total_seconds()) if off is not None else 0)


def offset_text(offset: int) -> str:
    """An offset in seconds as ISO 8601 writes it: "+09:00", "-04:00" (seconds dropped)."""
    sign = "-" if offset < 0 else "+"
    minutes = abs(offset) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def wall_to_instant(zone: tzinfo, wall: float) -> tuple[float, str | None]:
    """The instant a wall-clock time of the zone denotes, and why it has none (None when
    fine). In an autumn overlap the earlier instant is taken (what clocks showed first); a
    time in a spring gap does not exist, and the message says so."""
    if zone is UTC:
        return wall, None
    naive = _moment(wall).replace(tzinfo=None)
    first = naive.replace(tzinfo=zone, fold=0)
    instant = first.timestamp() + (wall - _moment(wall).timestamp())
    back = datetime.fromtimestamp(first.timestamp(), zone).replace(tzinfo=None)
    if back != naive:
        return instant, tr("{time} did not exist in {zone} on {day} (the clocks were put "
                           "forward)").format(time=f"{naive:%H:%M}", zone=zone_name(zone),
                                              day=f"{naive:%Y-%m-%d}")
    return instant, None
