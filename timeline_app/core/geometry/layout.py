"""Row packing, row allocation and the level-of-detail rule for lanes, free of Qt.

Widths come in as numbers (the view measures labels with its own font), so all of this is
testable without a GUI and the screen and the exported image agree to the pixel.
"""

from __future__ import annotations

import heapq

import numpy as np

# Beyond this many labelled events per row of a lane's width the lane shows a density band.
LABEL_SLOT_PX = 110.0
# How many times a lane's label capacity may be visible before it turns into a density band;
# the excess is drawn as unlabelled marks in the lane's overflow strip.
DETAIL_SLACK = 1.5


def pack_rows(left: np.ndarray, right: np.ndarray, gap: float = 6.0) -> tuple[np.ndarray, int]:
    """Give each item [left, right) the lowest row where it overlaps nothing, in
    O(n log n): items are taken by left edge, one heap holds busy rows by their right end,
    another the freed rows by number. Returns (row of each item, number of rows)."""
    left = np.asarray(left, dtype=np.float64)
    right = np.asarray(right, dtype=np.float64)
    n = len(left)
    rows = np.zeros(n, dtype=np.int32)
    if n == 0:
        return rows, 0
    busy: list[tuple[float, int]] = []
    free: list[int] = []
    n_rows = 0
    ends = np.maximum(right, left) + gap
    for i in np.argsort(left, kind="stable").tolist():
        x = left[i]
        while busy and busy[0][0] <= x:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            row = heapq.heappop(free)
        else:
            row = n_rows
            n_rows += 1
        rows[i] = row
        heapq.heappush(busy, (float(ends[i]), row))
    return rows, n_rows


def place_labels(start: np.ndarray, end: np.ndarray, width: np.ndarray,
                 canvas_w: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where each label goes on a canvas `canvas_w` pixels wide, as good timelines do it.

    A label is a block `width` wide that normally starts at its event (`start`) and runs
    right. If that would cross the right edge but the block fits when it ends at the event's
    right end (`end`), it is flipped: right-aligned, ending there. If it fits neither way it
    is slid just inside the canvas, and only a block wider than the canvas is cut (left at 0,
    `canvas_w` wide: the caller elides its text). Never does a label start before 0.

    Returns (left edge, shown width, flipped) per label."""
    start = np.asarray(start, dtype=np.float64)
    width = np.asarray(width, dtype=np.float64)
    w = max(float(canvas_w), 0.0)
    end = np.minimum(np.asarray(end, dtype=np.float64), w)
    shown = np.minimum(width, w)
    fits_right = start + shown <= w
    flipped_left = end - shown
    flipped = ~fits_right & (flipped_left >= 0.0)
    slid = np.clip(start, 0.0, np.maximum(w - shown, 0.0))
    left = np.where(fits_right, np.maximum(start, 0.0), np.where(flipped, flipped_left, slid))
    return left, shown, flipped


def allocate_rows(wanted: list[int], available: int, minimum: int = 1) -> list[int]:
    """Share `available` rows among lanes wanting `wanted` rows each, fairly: every lane
    gets at least `minimum` (even if that overflows `available`), and the rest goes to the
    lanes that want more, raising a common cap until the rows run out."""
    if not wanted:
        return []
    base = [min(max(w, 0), minimum) for w in wanted]
    spare = available - sum(base)
    if spare <= 0:
        return base
    cap = max(wanted)
    lo, hi = minimum, cap
    while lo < hi:  # the largest cap whose total fits
        mid = (lo + hi + 1) // 2
        if sum(max(b, min(w, mid)) for b, w in zip(base, wanted, strict=True)) <= available:
            lo = mid
        else:
            hi = mid - 1
    return [max(b, min(w, lo)) for b, w in zip(base, wanted, strict=True)]


def label_capacity(rows: int, width_px: float) -> int:
    """Roughly how many labelled events `rows` rows of `width_px` hold."""
    return max(1, int(max(rows, 1) * max(width_px, 1.0) / LABEL_SLOT_PX))


def use_detail(visible: int, rows: int, width_px: float) -> bool:
    """Whether a lane draws its events one by one (else as a density band)."""
    return visible <= DETAIL_SLACK * label_capacity(rows, width_px)


def compact_count(n: int) -> str:
    """A count short enough for a cluster badge: 7, 950, 1.2k, 34k, 1.5M."""
    if n < 1000:
        return str(n)
    for unit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if n >= unit:
            value = n / unit
            text = f"{value:.1f}" if value < 10 else f"{value:.0f}"
            return text.removesuffix(".0") + suffix
    return str(n)  # pragma: no cover


def clusters(counts: np.ndarray, group: int) -> list[tuple[int, int, int]]:
    """Merge runs of `group` density bins into count clusters: (first bin, last bin + 1,
    events) for each group holding any event."""
    group = max(1, int(group))
    counts = np.asarray(counts)
    out = []
    for a in range(0, len(counts), group):
        total = int(counts[a:a + group].sum())
        if total:
            out.append((a, min(a + group, len(counts)), total))
    return out
