"""Row packing, row sharing and the level-of-detail rule (no Qt)."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.geometry.layout import (
    allocate_rows,
    clusters,
    compact_count,
    label_capacity,
    pack_rows,
    place_labels,
    use_detail,
)


def depth(left, right, gap):
    points = sorted([(x, 1) for x in left] + [(x + 0.0, -1) for x in np.maximum(right, left)
                                                + gap])
    best = cur = 0
    for _, d in sorted(points, key=lambda p: (p[0], p[1])):
        cur += d
        best = max(best, cur)
    return best


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1000), st.floats(0, 200)), max_size=80))
def test_pack_rows_never_overlaps_and_uses_the_fewest_rows(items) -> None:
    left = np.array([a for a, _ in items], dtype=float)
    right = left + np.array([w for _, w in items], dtype=float)
    rows, n = pack_rows(left, right, gap=6)
    for r in range(n):
        idx = np.flatnonzero(rows == r)
        order = idx[np.argsort(left[idx])]
        for a, b in itertools.pairwise(order):
            assert right[a] + 6 <= left[b]
    # Greedy by left edge is optimal for intervals: rows == deepest overlap.
    assert n == (depth(left, right, 6) if len(items) else 0)


def test_pack_rows_small_cases() -> None:
    rows, n = pack_rows(np.array([0.0, 5.0, 100.0]), np.array([50.0, 20.0, 120.0]))
    assert rows.tolist() == [0, 1, 0] and n == 2
    assert pack_rows(np.zeros(0), np.zeros(0))[1] == 0


def test_allocate_rows_is_fair_and_fits() -> None:
    assert allocate_rows([1, 1, 1], 10) == [1, 1, 1]
    assert allocate_rows([5, 1, 5], 7) == [3, 1, 3]
    assert allocate_rows([4, 4], 3) == [1, 1]  # everyone keeps one row, even over budget
    assert allocate_rows([], 5) == []
    got = allocate_rows([9, 2, 30, 1], 20)
    assert sum(got) <= 20 and got[1] == 2 and got[3] == 1 and got[2] >= got[0]


def test_level_of_detail_rule() -> None:
    cap = label_capacity(1, 1100)
    assert cap == 10
    assert use_detail(10, 1, 1100) and not use_detail(1000, 1, 1100)
    assert use_detail(40, 4, 1100)


def test_compact_counts_and_clusters() -> None:
    assert [compact_count(n) for n in (7, 950, 1234, 34_000, 1_500_000)] == [
        "7", "950", "1.2k", "34k", "1.5M"]
    assert clusters(np.array([0, 1, 2, 0, 0, 0, 5]), 3) == [(0, 3, 3), (6, 7, 5)]


def test_place_labels_flips_slides_and_cuts() -> None:
    start = np.array([10.0, 400.0, 400.0, 150.0, -3.0, 300.0])
    end = np.array([14.0, 404.0, 470.0, 154.0, 1.0, 600.0])  # the last runs off the canvas
    width = np.array([100.0, 100.0, 200.0, 480.0, 50.0, 250.0])
    left, shown, flipped = place_labels(start, end, width, 450.0)
    # Fits on the right: starts at its event (never before 0).
    assert left[0] == 10 and left[4] == 0 and not flipped[0] and not flipped[4]
    # No room on the right: ends where the event ends.
    assert flipped[1] and left[1] + shown[1] == 404
    # A bar running past the edge: its label ends at the edge.
    assert flipped[2] and left[2] + shown[2] == 450
    assert flipped[5] and left[5] + shown[5] == 450
    # Fits neither way: slid just inside; too wide for the canvas: cut to it.
    assert shown[3] == 450 and left[3] == 0
    assert shown.tolist()[:3] == [100, 100, 200]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.floats(-50, 900), st.floats(0, 300), st.floats(1, 600)),
                min_size=1, max_size=40), st.floats(50, 900))
def test_place_labels_keeps_labels_inside(items, canvas) -> None:
    start = np.array([a for a, _, _ in items])
    end = start + np.array([d for _, d, _ in items])
    width = np.array([w for _, _, w in items])
    left, shown, flipped = place_labels(start, end, width, canvas)
    assert np.all(left >= 0) and np.all(left + shown <= canvas + 1e-9)
    assert np.all(shown == np.minimum(width, canvas))
    fits = (np.maximum(start, 0) + shown <= canvas)
    assert np.all(left[fits & ~flipped] == np.maximum(start, 0)[fits & ~flipped])
    assert np.all(np.isclose(left + shown, np.minimum(end, canvas))[flipped])
