"""The first pass of a frame's layout: the visible events of each lane as plain arrays,
their labels placed and measured in one call, packed into rows (`core.layout.pack_rows`).

Split from `scene` so that module keeps to the frame's geometry; nothing here makes a
per-event Python object.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from timeline_app.core.geometry.layout import pack_rows, place_labels
from timeline_app.ui.timeline.docview import DISPUTED, DocView, clean_label
from timeline_app.ui.timeline.frame import Measure

POINT_PX = 7.0  # extents narrower than this are drawn as a marker
MARKER_R = 4.5
BAR_H = 10.0
BADGE_W = 14.0  # the disputed badge before a label
MAX_LABEL_PX = 520.0  # longer titles are elided (about 80 characters fit)
PACK_GAP = 8.0
_FAR = 1e6  # pixel coordinates are clamped to +-this so painting never sees huge floats


@dataclass(slots=True)
class Packed:
    """A lane's visible events as arrays, packed into rows (first pass)."""

    docs: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    point: np.ndarray
    label_x: np.ndarray
    widths: np.ndarray
    flags: np.ndarray
    flipped: np.ndarray
    elide: np.ndarray
    rows: np.ndarray
    n_rows: int


def pack_all(doc: DocView, found: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]],
              start: float, scale: float, measure: Measure, width: float) -> dict[int, Packed]:
    """First pass for every detailed lane at once (one numpy pass, one measuring call),
    then rows packed lane by lane."""
    if not found:
        return {}
    numbers = list(found)
    docs = np.concatenate([found[i][0] for i in numbers])
    lo = np.concatenate([found[i][1] for i in numbers])
    hi = np.concatenate([found[i][2] for i in numbers])
    x0 = np.clip((lo - start) * scale, -_FAR, _FAR)
    x1 = np.clip((hi - start) * scale, -_FAR, _FAR)
    point = (x1 - x0) < POINT_PX
    events = doc.timeline.events
    titles = [clean_label(events[d].title) for d in docs.tolist()]
    flags = doc.flags_of(docs)
    full = measure(titles)
    widths = np.minimum(full, MAX_LABEL_PX)
    badge = np.where(flags & DISPUTED, BADGE_W, 0.0)
    centre = (x0 + x1) / 2
    mark_l = np.where(point, centre - MARKER_R, x0)
    mark_r = np.where(point, centre + MARKER_R, x1)
    # The label sits on the line above its bar or marker, starting where the event does (a
    # long bar's where it enters the view), or flipped to end where it ends near the edge.
    box_l, box_w, flipped = place_labels(np.where(point, mark_l, np.maximum(x0, 0.0)), mark_r,
                                         badge + widths, width)
    label_x = box_l + badge
    label_w = np.maximum(box_w - badge, 0.0)
    elide = full > label_w + 0.5
    left = np.maximum(np.minimum(box_l, mark_l), -1.0)
    right = np.maximum(mark_r, box_l + box_w)
    out = {}
    a = 0
    for i in numbers:
        b = a + len(found[i][0])
        rows, n_rows = pack_rows(left[a:b], right[a:b], PACK_GAP)
        out[i] = Packed(docs[a:b], x0[a:b], x1[a:b], point[a:b], label_x[a:b], label_w[a:b],
                         flags[a:b], flipped[a:b], elide[a:b], rows, n_rows)
        a = b
    return out
