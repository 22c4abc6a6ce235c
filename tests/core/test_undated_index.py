"""Undated events (no date at all) in the time index and the lanes: set apart before any
clipping, never laid out on the axis, never stretching the bounds, and still counted in
every lane they belong to."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.formats.date_hints import is_undated
from timeline_app.core.geometry.lanes import NO_TAG, LaneIndex, LaneMode
from timeline_app.core.model.dates import OPEN, parse_date
from timeline_app.core.model.timeline import Claim, Event, Source, Timeline
from timeline_app.core.query.index import TimeIndex, event_bounds, undated_mask


def ev(i: int, start: str, end: str | None = None, sources=("a",), tags=()) -> Event:
    return Event(f"e{i}", f"Event {i}", parse_date(start), parse_date(end) if end else None,
                 tags=list(tags), claims=[Claim(s) for s in sources])


def doc() -> Timeline:
    return Timeline(sources=[Source("a", "A"), Source("b", "B")], events=[
        ev(0, "2020-01-01", sources=("a",)),
        ev(1, "..", sources=("a", "b"), tags=("war",)),  # undated, in two lanes
        ev(2, "2021-06", "..", sources=("b",)),  # open end: dated, reaches the data's end
        ev(3, "..", "..", sources=("b",)),  # both ends open: undated
        ev(4, "..", "2019", sources=("a",)),  # open start: dated
    ])


def test_the_index_sets_undated_events_apart_as_is_undated_says() -> None:
    t = doc()
    index = TimeIndex(t.events)
    assert index.undated.tolist() == [i for i, e in enumerate(t.events) if is_undated(e)]
    assert index.undated.tolist() == [1, 3]
    assert sorted(index.order.tolist()) == [0, 2, 4] and len(index) == 3
    assert index.n_events == 5
    lo, hi = index.bounds
    assert lo == parse_date("2019").earliest  # the open start reaches back to its end
    assert hi == parse_date("2021-06").earliest  # the open end stops at the data's edge
    # No undated event in any range, however wide.
    assert set(index.events_in_range(-1e18, 1e18).tolist()) == {0, 2, 4}
    assert int(index.density(-1e18, 1e18, 3).sum()) == 3


def test_a_document_of_only_undated_events_has_no_bounds() -> None:
    t = Timeline(events=[Event("u", "No date", OPEN), Event("v", "Nor this", OPEN, OPEN)])
    index = TimeIndex(t.events)
    assert index.bounds is None and len(index) == 0 and index.undated.tolist() == [0, 1]
    assert len(index.in_range(0.0, 1e10)) == 0
    assert index.density(0.0, 1e10, 4).tolist() == [0, 0, 0, 0]
    (lane,) = LaneIndex(t, index).lanes(LaneMode.NONE)
    assert len(lane) == 0 and lane.undated == 2


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["..", "2020", "2020-05-01", "1999-12"]),
                          st.sampled_from([None, "..", "2022", "2021-01-01T10:00:00Z"])),
                min_size=1, max_size=30))
def test_undated_mask_agrees_with_is_undated(pairs) -> None:
    events = [Event(f"e{i}", "t", parse_date(a), parse_date(b) if b else None)
              for i, (a, b) in enumerate(pairs)]
    got = undated_mask(*event_bounds(events)).tolist()
    assert got == [is_undated(e) for e in events]


def test_lanes_count_their_undated_events_without_placing_them() -> None:
    t = doc()
    lanes = LaneIndex(t, TimeIndex(t.events))
    by_source = {lane.key: lane for lane in lanes.lanes(LaneMode.SOURCE)}
    assert by_source["a"].doc.tolist() == [4, 0] and by_source["a"].undated == 1
    assert by_source["b"].doc.tolist() == [2] and by_source["b"].undated == 2
    assert all(np.isfinite(lane.lo).all() and np.isfinite(lane.hi).all()
               for lane in by_source.values())
    assert math.isnan(lanes.lo[1]) and math.isnan(lanes.hi[3]) and lanes.undated[1]
    (single,) = lanes.lanes(LaneMode.NONE)
    assert len(single) == 3 and single.undated == 2
    tags = {lane.key: (len(lane), lane.undated) for lane in lanes.lanes(LaneMode.TAG)}
    assert tags == {"war": (0, 1), NO_TAG: (3, 1)}  # a lane of only undated events stays


def test_the_undated_count_follows_the_mask() -> None:
    t = doc()
    lanes = LaneIndex(t, TimeIndex(t.events))
    mask = np.array([True, False, True, True, True])
    by_source = {lane.key: lane.undated for lane in lanes.lanes(LaneMode.SOURCE, mask)}
    assert by_source == {"a": 0, "b": 1}
    only_undated = np.array([False, True, False, False, False])
    got = [(lane.key, len(lane), lane.undated)
           for lane in lanes.lanes(LaneMode.SOURCE, only_undated)]
    assert got == [("a", 0, 1), ("b", 0, 1)]  # counted, so the lanes stay
    assert list(lanes.lanes(LaneMode.SOURCE, np.zeros(5, dtype=bool))) == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.sets(st.sampled_from("abc"), max_size=3),
                          st.booleans()), min_size=1, max_size=60),
       st.sampled_from(list(LaneMode)), st.booleans())
def test_every_occurrence_is_placed_or_counted(specs, mode, masked) -> None:
    """Placed plus undated, per lane, is every occurrence that passes the mask."""
    events = [ev(i, ".." if undated else f"20{10 + i % 10}", sources=tuple(sorted(s)),
                 tags=[str(keep)]) for i, (undated, s, keep) in enumerate(specs)]
    t = Timeline(events=events, sources=[Source(s, s.upper()) for s in "abc"])
    mask = np.array([s[2] for s in specs]) if masked else None
    index = LaneIndex(t, TimeIndex(t.events))
    lanes = index.lanes(mode, mask)
    placed = sum(len(lane) for lane in lanes)
    counted = sum(lane.undated for lane in lanes)
    members = index._membership(LaneMode(mode))
    keep = np.ones(len(events), dtype=bool) if mask is None else mask
    want_placed = int(keep[members.pair_doc].sum())
    want_undated = int(keep[members.undated_doc].sum())
    assert (placed, counted) == (want_placed, want_undated)
    copies = [max(1, len(s)) if mode is LaneMode.SOURCE else 1 for _, s, _ in specs]
    assert want_undated == sum(c for c, (undated, _, _), k in zip(copies, specs, keep,
                                                                 strict=True) if undated and k)
    for lane in lanes:
        assert not any(is_undated(events[d]) for d in lane.doc.tolist())
