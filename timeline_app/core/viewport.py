"""The visible window of time and its mapping to pixels.

A `Viewport` is a plain value: the widget keeps one, replaces it on every wheel, drag, resize
or fit, and paints through `x_of`/`t_of`. Every method that returns a viewport returns a
clamped one and never raises, whatever floats arrive from the GUI (inf, nan, zero or negative
widths), so the painter never has to guard against a degenerate state.

Limits (a deliberate choice):

* One bound for zooming and fitting alike: `MAX_SPAN` is 1e18 s (about 31.7 billion years),
  enough to fit-all the 13.8-billion-year cosmology examples with margins, and
  `start`/`end` stay within +-`TIME_LIMIT` (also 1e18 s). A separate, tighter cap for wheel
  zooming (100,000 years) was rejected: after a fit-all of deep time the user could zoom in
  but never back out.
* `MIN_SPAN` is a minute near the present. Far from 1970 float seconds get coarse (128 s
  apart at 1e18), so the minimum grows to keep about a million distinct instants across the
  view (`min_span_at`); at 13.8 billion years ago that is about two years.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from timeline_app.core.model.calendar import SECONDS_PER_YEAR, year_of, year_start

MIN_SPAN = 60.0
MAX_SPAN = 1e18
TIME_LIMIT = 1e18
MAX_WIDTH = 100_000.0
# A single instant is shown in a year of context: month ticks around it, its year labelled.
SINGLE_EVENT_SPAN = SECONDS_PER_YEAR
DEFAULT_MARGIN = 0.05

_PRECISION_STEPS = 2.0**20  # distinct float instants wanted across the narrowest view
_PRECISION_REACH = 2.0**28  # exceeds any precision floor, so floors are taken conservatively


def min_span_at(t: float) -> float:
    """Narrowest span worth showing around `t`, given float resolution there."""
    mag = abs(t)
    if not mag <= TIME_LIMIT:  # also catches nan
        mag = TIME_LIMIT
    return max(MIN_SPAN, _PRECISION_STEPS * math.ulp(mag))


def _clean_width(width: float, fallback: float) -> float:
    if math.isnan(width):
        width = fallback
    return min(max(width, 1.0), MAX_WIDTH)


def _current_year() -> tuple[float, float]:
    year = year_of(time.time())
    return year_start(year), year_start(year + 1)


def _settle(start: float, span: float, width: float) -> Viewport:
    """Clamp a candidate (start, span) already known to be non-nan into a legal viewport."""
    span = min(max(span, MIN_SPAN), MAX_SPAN)
    start = min(max(start, -TIME_LIMIT), TIME_LIMIT - span)
    floor = min_span_at(start + span / 2)
    if span < floor:
        centre = start + span / 2
        span = floor
        start = min(max(centre - span / 2, -TIME_LIMIT), TIME_LIMIT - span)
    for _ in range(8):  # rounding in start + span may overshoot the limit by an ulp or two
        if start + span <= TIME_LIMIT:
            break
        start = math.nextafter(start, -math.inf)
    return Viewport(start, span, width)


@dataclass(frozen=True, slots=True)
class Viewport:
    """`span` seconds starting at `start` drawn across `width` pixels."""

    start: float
    span: float
    width: float

    @property
    def end(self) -> float:
        return self.start + self.span

    def _sane(self) -> Viewport:
        ok = (
            MIN_SPAN <= self.span <= MAX_SPAN
            and 1.0 <= self.width <= MAX_WIDTH
            and -TIME_LIMIT <= self.start <= TIME_LIMIT
        )
        return self if ok else self.clamped()

    def x_of(self, t: float) -> float:
        v = self._sane()
        return (t - v.start) / v.span * v.width

    def t_of(self, x: float) -> float:
        v = self._sane()
        return v.start + x / v.width * v.span

    def clamped(self) -> Viewport:
        """A legal viewport as close to this one as possible (nan parts fall back to defaults)."""
        width = _clean_width(self.width, 1.0)
        span = SINGLE_EVENT_SPAN if math.isnan(self.span) else self.span
        start = self.start
        if math.isnan(start):
            lo, hi = _current_year()
            start = (lo + hi) / 2 - min(max(span, MIN_SPAN), MAX_SPAN) / 2
        return _settle(start, span, width)

    def zoomed(self, factor: float, anchor_x: float) -> Viewport:
        """Zoom by `factor` (> 1 zooms in) keeping the instant under `anchor_x` in place.

        Anchors outside the widget are pulled to its nearest edge; a nan anchor means the
        centre. Non-positive or non-finite factors leave the view unchanged.
        """
        v = self.clamped()
        if not (math.isfinite(factor) and factor > 0):
            return v
        ax = v.width / 2 if math.isnan(anchor_x) else min(max(anchor_x, 0.0), v.width)
        anchor_t = v.t_of(ax)
        span = v.span / factor
        span = min(max(span, min_span_at(abs(anchor_t) + _PRECISION_REACH)), MAX_SPAN)
        return _settle(anchor_t - ax / v.width * span, span, v.width)

    def panned(self, dx_pixels: float) -> Viewport:
        """Drag the content right by `dx_pixels`, so earlier times come into view."""
        v = self.clamped()
        if math.isnan(dx_pixels):
            return v
        return _settle(v.start - dx_pixels / v.width * v.span, v.span, v.width)

    def resized(self, width: float) -> Viewport:
        """Keep `start` and the seconds-per-pixel scale: widening reveals more time on the
        right instead of stretching what is already shown (the span is still clamped)."""
        v = self.clamped()
        new_width = _clean_width(width, v.width)
        return _settle(v.start, v.span / v.width * new_width, new_width)

    def centered_on(self, t: float) -> Viewport:
        v = self.clamped()
        if math.isnan(t):
            return v
        return _settle(t - v.span / 2, v.span, v.width)

    @classmethod
    def fit(
        cls, lo: float, hi: float, width: float, margin: float = DEFAULT_MARGIN
    ) -> Viewport:
        """Show [lo, hi] with `margin` (a fraction of the range) on each side.

        A single instant gets `SINGLE_EVENT_SPAN` around it; a non-finite end is ignored in
        favour of the other; with neither finite the current year is shown.
        """
        width = _clean_width(width, 1.0)
        ends = [min(max(x, -TIME_LIMIT), TIME_LIMIT) for x in (lo, hi) if math.isfinite(x)]
        if not ends:
            ends = list(_current_year())
            margin = DEFAULT_MARGIN
        lo, hi = min(ends), max(ends)
        margin = DEFAULT_MARGIN if math.isnan(margin) else min(max(margin, 0.0), 10.0)
        length = hi - lo
        mid = lo + length / 2
        if length == 0:
            span = SINGLE_EVENT_SPAN
            start = mid - span / 2
        else:
            span = length * (1 + 2 * margin)
            start = lo - length * margin
        floor = min_span_at(abs(mid) + _PRECISION_REACH)
        if not floor <= span <= MAX_SPAN:
            span = min(max(span, floor), MAX_SPAN)
            start = mid - span / 2
        return _settle(start, span, width)
