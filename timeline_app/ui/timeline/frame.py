"""The frame around the lanes: how wide the lane headers are and what Fit All shows.

Shared by the widget and the exporter so the screen and an exported picture size their
headers and fit their data the same way. No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from timeline_app.core.geometry.lanes import LaneList
from timeline_app.core.geometry.layout import compact_count
from timeline_app.core.geometry.viewport import Viewport
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.docview import clean_label

# Fit All pads the data by this fraction of its length on each side (about 3.7 % of the
# view): labels near the right edge flip to end at their event, so no label room is needed.
FIT_MARGIN = 0.04

Measure = Callable[[list[str]], np.ndarray]

HEADER_MIN_PX = 120.0  # the default lane-header width, from the longest lane name, is
HEADER_MAX_PX = 220.0  # kept within these bounds (longer names wrap to a second line)
HEADER_SHARE = 0.35  # and takes at most this share of the view's width
HEADER_FLOOR_PX = 60.0  # no header is narrower, however it was sized
MEASURED_TITLES = 2000  # past this many lanes only the longest titles are measured


def lane_count(total: int, undated: int = 0) -> str:
    """A lane's count as its header writes it: "3", or "3 + 1 undated" when some of its
    events have no date (counted here, listed in the Undated strip, never drawn)."""
    text = compact_count(total)
    return tr("{count} + {undated} undated").format(
        count=text, undated=compact_count(undated)) if undated else text


def lane_counts(lanes: LaneList) -> list[str]:
    """Every lane's `lane_count`, in lane order (what `header_need` measures), without
    making the lanes."""
    return [lane_count(s, u) for s, u in zip(lanes.sizes.tolist(), lanes.undated.tolist(),
                                             strict=True)]


def header_need(titles: list[str], counts: list[str], measure: Measure) -> float:
    """The lane-header width that shows every lane's name and count (`lane_count`)
    unelided (as the painter lays them out: disclosure triangle, name, count in the small
    font), kept within [HEADER_MIN_PX, HEADER_MAX_PX]."""
    if not titles:
        return HEADER_MIN_PX
    names = measure([clean_label(t) for t in titles])
    numbers = measure(counts) * 0.85
    return _clamped(float(np.max(names + numbers)) + 40.0)


def _clamped(need: float) -> float:
    return float(min(max(math.ceil(need), HEADER_MIN_PX), HEADER_MAX_PX))


def lanes_header_need(lanes: LaneList, measure: Measure, extra: float = 0.0) -> float:
    """`header_need` of a document's lanes. With more than MEASURED_TITLES lanes (100,000
    sources) only the titles longest in characters and the largest count are measured
    (measuring every one took a second): an upper bound, capped at HEADER_MAX_PX anyway.
    `extra`: room for a reliability badge (grade_marks)."""
    if len(lanes) <= MEASURED_TITLES:
        return _clamped(header_need(lanes.titles, lane_counts(lanes), measure) + extra)
    lengths = np.fromiter(map(len, lanes.titles), dtype=np.int64, count=len(lanes))
    longest = np.argpartition(-lengths, MEASURED_TITLES)[:MEASURED_TITLES]
    names = measure([clean_label(lanes.titles[i]) for i in longest.tolist()])
    number = measure([lane_count(int(lanes.sizes.max()), int(lanes.undated.max()))]) * 0.85
    return _clamped(float(np.max(names)) + float(number[0]) + 40.0 + extra)


def fit_header(want: float, width: float, share: float = HEADER_SHARE) -> float:
    """A header of `want` pixels on a view `width` wide: at most `share` of it, whole pixels."""
    return float(max(HEADER_FLOOR_PX, min(math.floor(want), math.floor(width * share))))


def fit_viewport(lo: float, hi: float, width: float) -> Viewport:
    """Show [lo, hi] (the filtered events) with at most ~5 % padding each side."""
    return Viewport.fit(lo, hi, width, FIT_MARGIN)
