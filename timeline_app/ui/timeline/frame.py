"""The frame around the lanes: how wide the lane headers are and what Fit All shows.

Shared by the widget and the exporter so the screen and an exported picture size their
headers and fit their data the same way. No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from timeline_app.core.geometry.layout import compact_count
from timeline_app.core.geometry.viewport import Viewport
from timeline_app.ui.timeline.docview import DocView, clean_label

# Fit All pads the data by this fraction of its length on each side (about 3.7 % of the
# view): labels near the right edge flip to end at their event, so no label room is needed.
FIT_MARGIN = 0.04

Measure = Callable[[list[str]], np.ndarray]

HEADER_MIN_PX = 120.0  # the default lane-header width, from the longest lane name, is
HEADER_MAX_PX = 220.0  # kept within these bounds (longer names wrap to a second line)
HEADER_SHARE = 0.35  # and takes at most this share of the view's width
HEADER_FLOOR_PX = 60.0  # no header is narrower, however it was sized


def lane_count(total: int, undated: int = 0) -> str:
    """A lane's count as its header writes it: "3", or "3 + 1 undated" when some of its
    events have no date (counted here, listed in the Undated strip, never drawn)."""
    text = compact_count(total)
    return f"{text} + {compact_count(undated)} undated" if undated else text


def lane_counts(doc: DocView) -> list[str]:
    """Every lane's `lane_count`, in lane order (what `header_need` measures)."""
    return [lane_count(len(lane), lane.undated) for lane in doc.lanes]


def header_need(titles: list[str], counts: list[str], measure: Measure) -> float:
    """The lane-header width that shows every lane's name and count (`lane_count`)
    unelided (as the painter lays them out: disclosure triangle, name, count in the small
    font), kept within [HEADER_MIN_PX, HEADER_MAX_PX]."""
    if not titles:
        return HEADER_MIN_PX
    names = measure([clean_label(t) for t in titles])
    numbers = measure(counts) * 0.85
    need = float(np.max(names + numbers)) + 40.0
    return float(min(max(math.ceil(need), HEADER_MIN_PX), HEADER_MAX_PX))


def fit_header(want: float, width: float, share: float = HEADER_SHARE) -> float:
    """A header of `want` pixels on a view `width` wide: at most `share` of it, whole pixels."""
    return float(max(HEADER_FLOOR_PX, min(math.floor(want), math.floor(width * share))))


def fit_viewport(lo: float, hi: float, width: float) -> Viewport:
    """Show [lo, hi] (the filtered events) with at most ~5 % padding each side."""
    return Viewport.fit(lo, hi, width, FIT_MARGIN)
