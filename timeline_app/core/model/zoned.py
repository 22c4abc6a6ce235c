"""The zone in which times are shown, and a written date's own zone.

A timeline's axis is a wall clock: its seconds read as the calendar and clock of the zone
chosen in View > Time zone. A time of day with an offset or zone is an instant, so it is
placed at that instant's wall time in the display zone; a date without a time is the same
day everywhere and keeps its place ("2024-10-18" is drawn on 18 October in every zone). The
written text never changes: only where and how it is shown.

`Clock` is that choice as an object: pure Python, no Qt, shared by the canvas, the tooltips,
Details, the check summary and the exports so they all say the same thing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import UTC, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING

from timeline_app.core.model.calendar import civil_from_days
from timeline_app.core.model.date_text import DateWords, format_instant, weekday_time
from timeline_app.core.model.dates import EDate, Precision
from timeline_app.core.model.timeline import Event
from timeline_app.core.model.zones import abbreviation, get_zone, offset_at, zone_name

if TYPE_CHECKING:
    import numpy as np

__all__ = ["UTC_CLOCK", "Clock", "is_timed", "written_zone"]

_HOUR = int(Precision.HOUR)
_TAIL = re.compile(r"(?:(Z)|([+-])([0-9]{2}):?([0-9]{2})?)?(?:\[([^\]]+)\])?\Z", re.ASCII)


def is_timed(d: EDate) -> bool:
    """Whether a date names a time of day (and so an instant that zones move)."""
    return d.precision is not None and d.precision >= _HOUR and math.isfinite(d.earliest)


def written_zone(d: EDate) -> tzinfo | None:
    """The zone a time was written in: its `[Zone]`, else its offset; "no offset means UTC"
    (docs/format.md). None for a date without a time."""
    if not is_timed(d):
        return None
    body = d.text.strip().rstrip("~?%")
    clock = body[body.upper().index("T") + 1:]
    m = _TAIL.search(clock)
    if m is None or not m.group(0):
        return UTC
    if m[5]:
        return get_zone(m[5])
    if m[2]:
        delta = timedelta(hours=int(m[3]), minutes=int(m[4] or 0)) * (1 if m[2] == "+" else -1)
        return timezone(delta) if delta else UTC
    return UTC


class Clock:
    """Times shown in one zone. Offsets are cached by hour, so laying out a large document
    asks the database about once per hour that its times fall in, not once per event."""

    def __init__(self, zone: tzinfo | str = UTC) -> None:
        self.zone: tzinfo = get_zone(zone) if isinstance(zone, str) else zone
        self.name = zone_name(self.zone)
        self.is_utc = self.zone is UTC
        self._offsets: dict[int, int] = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Clock) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        return f"Clock({self.name!r})"

    def offset(self, instant: float) -> int:
        """Seconds the display zone is ahead of UTC at an instant."""
        if self.is_utc:
            return 0
        hour = int(instant // 3600) if math.isfinite(instant) else 0
        off = self._offsets.get(hour)
        if off is None:
            if len(self._offsets) > 1 << 16:
                self._offsets.clear()
            off = self._offsets[hour] = offset_at(self.zone, instant)
        return off

    def span(self, d: EDate) -> tuple[float, float]:
        """Where a date lies on the wall-clock axis: [earliest, latest) moved to the display
        zone's clocks if it is a time of day, as written otherwise."""
        if self.is_utc or not is_timed(d):
            return d.earliest, d.latest
        off = self.offset(d.earliest)
        return d.earliest + off, d.latest + off

    def bounds(self, events: Sequence[Event], lo: np.ndarray, hi: np.ndarray) -> None:
        """Move the extents `index.event_bounds` read (as written, UTC) to this zone's
        clocks, in place: only events with a time of day move. In bulk (numpy, one offset
        per day): an edit of a large document re-lays it out on every step."""
        if self.is_utc:
            return
        import numpy as np

        firsts = [e.start if not e.start.is_open or e.end is None else e.end for e in events]
        lasts = [e.end if e.end is not None else e.start for e in events]
        for dates, out in ((firsts, lo), (lasts, hi)):
            timed = np.fromiter((d.precision or 0 for d in dates), np.int8, len(dates)) >= _HOUR
            timed &= np.isfinite(out)
            where = np.flatnonzero(timed)
            if len(where):
                at = np.fromiter((dates[i].earliest for i in where.tolist()), np.float64,
                                 len(where))
                out[where] += self.offsets(at)

    def offsets(self, instants: np.ndarray) -> np.ndarray:
        """`offset` of many instants: asked once at each end of every day they fall on, and
        one by one only on the days the zone's clocks change."""
        import numpy as np

        days, inverse = np.unique(np.floor(instants / 86400.0), return_inverse=True)
        first = np.array([self.offset(d * 86400.0) for d in days.tolist()], dtype=np.float64)
        last = np.array([self.offset(d * 86400.0 + 86399.0) for d in days.tolist()],
                        dtype=np.float64)
        out = first[inverse]
        changing = np.flatnonzero((first != last)[inverse])
        for i in changing.tolist():
            out[i] = self.offset(float(instants[i]))
        return out

    def abbreviation(self, instant: float) -> str:
        """What the display zone's clocks were called at the instant: "KST", "EDT"."""
        return abbreviation(self.zone, instant)

    def label(self, wall: float, precision: Precision, words: DateWords | None = None) -> str:
        """A wall-clock second of the axis for people; with the zone's name when it shows a
        time of day ("28 Apr 2025 08:00 KST"). In the window's language unless `words` say
        otherwise, as every text here (date_text.ENGLISH for a file)."""
        text = format_instant(wall, precision, words)
        if precision >= _HOUR and math.isfinite(wall):
            text += " " + self.abbreviation(wall - self.offset(wall))
        return text

    def time_text(self, d: EDate, zone: tzinfo | None = None, year: bool = True,
                  words: DateWords | None = None) -> str:
        """A time of day in this zone (or `zone`) with its weekday and the zone's name:
        "Mon 28 Apr 2025 08:00 KST"; without the year when `year` is False."""
        tz = self.zone if zone is None else zone
        off = self.offset(d.earliest) if zone is None else offset_at(tz, d.earliest)
        return weekday_time(d, off, abbreviation(tz, d.earliest), year, words)

    def as_reported(self, d: EDate, words: DateWords | None = None) -> str:
        """A time as written and, when that is another zone, as shown here: "Sun 27 Apr 2025
        19:00 EDT · Mon 28 Apr 08:00 KST". For Details, tooltips and the check summary."""
        written = written_zone(d) or UTC
        there, here = offset_at(written, d.earliest), self.offset(d.earliest)
        if there == here:  # the same clock: named as the display zone names it
            return self.time_text(d, words=words)
        first = self.time_text(d, written, words=words)
        days = (int((d.earliest + there) // 86400), int((d.earliest + here) // 86400))
        same_year = civil_from_days(days[0])[0] == civil_from_days(days[1])[0]
        return f"{first} · {self.time_text(d, year=not same_year, words=words)}"

    def short(self, d: EDate, words: DateWords | None = None) -> str:
        """A date in a few words, a time of day in this zone only: "19 Jun 2024", "Mon 28
        Apr 2025 08:00 KST" (the check summary's span)."""
        return self.time_text(d, words=words) if is_timed(d) else \
            d.describe(words=words).split(" (")[0]

    def describe(self, d: EDate, words: DateWords | None = None) -> str:
        """`EDate.describe` with times of day as reported and in this zone."""
        return d.describe(lambda x: self.as_reported(x, words), words)


UTC_CLOCK = Clock(UTC)
