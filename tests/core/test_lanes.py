"""Lanes: membership by source/tag/status, filtering, and the two range questions."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.geometry.lanes import NO_SOURCE, NO_TAG, LaneIndex, LaneMode
from timeline_app.core.model.dates import OPEN, parse_date
from timeline_app.core.model.timeline import Claim, Event, Source, Stance, Timeline
from timeline_app.core.query.index import TimeIndex


def ev(i: int, start: str, end: str | None = None, sources=("a",), tags=(), deny=False):
    claims = [Claim(s, stance=Stance.DENIES if deny and k else Stance.AFFIRMS)
              for k, s in enumerate(sources)]
    return Event(f"e{i}", f"Event {i}", parse_date(start),
                 parse_date(end) if end else None, tags=list(tags), claims=claims)


def lanes_of(t: Timeline, mode=LaneMode.SOURCE, mask=None):
    return LaneIndex(t, TimeIndex(t.events)).lanes(mode, mask)


def test_source_lanes_follow_declared_order_and_share_events(seed_timeline) -> None:
    lanes = lanes_of(seed_timeline)
    assert [lane.key for lane in lanes] == list(seed_timeline.sources)
    by_key = {lane.key: lane for lane in lanes}
    deployment = next(i for i, e in enumerate(seed_timeline.events)
                      if e.id == "deployment-2024-10")
    # Claimed by KCNA and Yonhap: the same document index sits in both lanes.
    assert deployment in by_key["kcna"].doc and deployment in by_key["yonhap"].doc
    assert sum(len(lane) for lane in lanes) == sum(
        len(e.source_ids()) for e in seed_timeline.events)
    assert all(np.all(np.diff(lane.lo) >= 0) for lane in lanes)


def test_undeclared_and_missing_sources_get_lanes() -> None:
    t = Timeline(sources=[Source("a", "A")],
                 events=[ev(0, "2024", sources=("ghost",)), ev(1, "2025", sources=())])
    keys = [lane.key for lane in lanes_of(t)]
    assert keys == ["a", "ghost", NO_SOURCE]


def test_mask_filters_and_drops_empty_lanes() -> None:
    t = Timeline(sources=[Source("a", "A"), Source("b", "B")],
                 events=[ev(0, "2024", sources=("a",)), ev(1, "2025", sources=("a", "b"))])
    assert [lane.key for lane in lanes_of(t)] == ["a", "b"]
    lanes = lanes_of(t, mask=np.array([True, False]))
    assert [(lane.key, lane.doc.tolist()) for lane in lanes] == [("a", [0])]
    with pytest.raises(ValueError):
        lanes_of(t, mask=np.array([True]))


def test_tag_status_and_single_lane_modes() -> None:
    t = Timeline(events=[ev(0, "2024", tags=("war", "aid")), ev(1, "2025"),
                         ev(2, "2023", sources=("a", "b"), deny=True)])
    tags = lanes_of(t, LaneMode.TAG)
    assert [(lane.key, lane.doc.tolist()) for lane in tags] == [
        ("aid", [0]), ("war", [0]), (NO_TAG, [2, 1])]
    status = {lane.key: lane.doc.tolist() for lane in lanes_of(t, LaneMode.STATUS)}
    assert status == {"reported": [0, 1], "disputed": [2]}
    (single,) = lanes_of(t, LaneMode.NONE)
    assert single.doc.tolist() == [2, 0, 1]


def brute(lo, hi, start, end):
    return sorted(i for i in range(len(lo))
                  if (hi[i] > start and lo[i] < end) or (lo[i] == hi[i] == start))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1000), st.integers(0, 300)), min_size=1,
                max_size=120),
       st.integers(-50, 1100), st.integers(1, 400))
def test_in_range_and_density_agree_with_brute_force(spans, a, width) -> None:
    from timeline_app.core.geometry.lanes import _make_lane

    lo = np.array([float(s) for s, _ in spans])
    hi = lo + np.array([float(d) for _, d in spans])
    lane = _make_lane("k", "K", None, np.arange(len(lo)), lo, hi)
    start, end = float(a), float(a + width)
    got = sorted(lane.doc[lane.in_range(start, end)].tolist())
    assert got == brute(lo, hi, start, end)
    counts = lane.density(start, end, 4)
    edges = np.linspace(start, end, 5)
    expect = [sum(1 for i in range(len(lo)) if lo[i] < edges[k + 1] and hi[i] > edges[k])
              for k in range(4)]
    assert counts.tolist() == expect


def test_open_ended_event_is_found_far_from_its_start() -> None:
    events = [ev(i, f"{1900 + i}") for i in range(100)]
    events.append(Event("open", "Still going", parse_date("1901"), OPEN,
                        claims=[Claim("a")]))
    t = Timeline(events=events)
    (lane,) = lanes_of(t)
    late = parse_date("1990").earliest
    hits = lane.doc[lane.in_range(late, late + 86400)].tolist()
    assert 100 in hits and 90 in hits


def test_memory_per_occurrence_is_small() -> None:
    t = Timeline(events=[ev(i, "2024-01-01") for i in range(10_000)])
    (lane,) = lanes_of(t)
    assert lane.nbytes / len(lane) < 40


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 400), st.sampled_from([None, 0, 3, 40, 300]),
                          st.sets(st.sampled_from("abc"), max_size=3), st.booleans()),
                min_size=1, max_size=150),
       st.sampled_from(list(LaneMode)), st.booleans())
def test_precomputed_orders_match_sorting_each_lane(specs, mode, masked) -> None:
    """Lanes cut from the per-mode orders equal lanes sorted from scratch, with any mask."""
    from timeline_app.core.geometry.lanes import _make_lane

    events = []
    for i, (day, length, sources, keep) in enumerate(specs):
        start = f"2024-{1 + day // 31 % 12:02d}-{1 + day % 28:02d}"
        end = None if length is None else f"{2025 + length // 100}-{1 + length % 12:02d}-01"
        events.append(ev(i, start, end, sources=tuple(sorted(sources)), tags=[str(keep)]))
    t = Timeline(events=events, sources=[Source(s, s.upper()) for s in "abc"])
    mask = np.array([s[3] for s in specs]) if masked else None
    index = LaneIndex(t, TimeIndex(t.events))
    for _ in range(2):  # a second call reuses the cached orders
        got = index.lanes(mode, mask)
        members = index._membership(LaneMode(mode))
        for lane in got:
            number = members.keys.index(lane.key)
            docs = sorted(members.pair_doc[members.pair_lane == number].tolist())
            if mask is not None:
                docs = [d for d in docs if mask[d]]
            d = np.array(docs, dtype=np.int32)
            want = _make_lane(lane.key, lane.title, lane.color, d, index.lo[d], index.hi[d])
            for name in ("doc", "lo", "hi", "long_pos", "hi_sorted"):
                assert np.array_equal(getattr(lane, name), getattr(want, name)), name
            assert lane.max_short == want.max_short


def test_count_overlapping_agrees_with_in_range() -> None:
    import random

    from timeline_app.core.geometry.lanes import LaneIndex, LaneMode
    from timeline_app.core.model.dates import parse_date
    from timeline_app.core.model.timeline import Claim, Event, Source, Timeline
    from timeline_app.core.query.index import TimeIndex

    rnd = random.Random(5)
    events = []
    for i in range(300):
        y = rnd.randint(2000, 2020)
        start = parse_date(f"{y}-{rnd.randint(1, 12):02d}")
        end = parse_date(str(y + rnd.randint(0, 3))) if rnd.random() < 0.4 else None
        events.append(Event(f"e{i}", "t", start, end, claims=[Claim("a")]))
    tl = Timeline(title="T", sources=[Source("a", "A")], events=events)
    (lane,) = LaneIndex(tl, TimeIndex(tl.events)).lanes(LaneMode.SOURCE)
    for _ in range(50):
        a = parse_date(str(rnd.randint(1998, 2024))).earliest
        b = a + rnd.uniform(1e5, 3e8)
        inside = lane.in_range(a, b)
        strict = int(((lane.lo[inside] < b) & (lane.hi[inside] > a)).sum())
        assert lane.count_overlapping(a, b) == strict


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 400), st.sets(st.sampled_from("abcd"), max_size=3),
                          st.booleans()), min_size=1, max_size=80),
       st.sampled_from(list(LaneMode)), st.booleans(), st.sets(st.sampled_from("abcd")))
def test_lazy_lane_list_equals_the_lanes_made_eagerly(specs, mode, masked, hidden) -> None:
    """Lanes made on first access (in any order) equal the lanes made in order, and the
    per-lane columns (keys, titles, sizes) agree with the lanes themselves."""
    events = [ev(i, f"2024-{1 + day // 31 % 12:02d}-{1 + day % 28:02d}",
                 sources=tuple(sorted(srcs)), tags=sorted(srcs))
              for i, (day, srcs, _) in enumerate(specs)]
    t = Timeline(events=events, sources=[Source(s, s.upper()) for s in "abcd"])
    mask = np.array([s[2] for s in specs]) if masked else None
    index = LaneIndex(t, TimeIndex(t.events))
    eager = list(index.lanes(mode, mask, frozenset(hidden)))
    lazy = index.lanes(mode, mask, frozenset(hidden))
    backwards = [lazy[-1 - k] for k in range(len(lazy))][::-1]
    assert len(lazy) == len(eager) == len(backwards) == len(lazy[:])
    for a, b in zip(eager, backwards, strict=True):
        assert (a.key, a.title, a.color, a.max_short) == (b.key, b.title, b.color, b.max_short)
        for name in ("doc", "lo", "hi", "long_pos", "hi_sorted"):
            assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert lazy.keys == [lane.key for lane in eager]
    assert lazy.titles == [lane.title for lane in eager]
    assert lazy.sizes.tolist() == [len(lane) for lane in eager]
    if LaneMode(mode) is LaneMode.SOURCE:
        assert not hidden & set(lazy.keys)
    if mask is not None or LaneMode(mode) not in (LaneMode.SOURCE, LaneMode.NONE):
        assert all(lazy.sizes > 0)
    with pytest.raises(IndexError):
        lazy[len(lazy)]


def test_tag_lanes_sort_by_casefold_then_text() -> None:
    tags = ["b", "B", "a", "Ä", "ä", "A", "ß", "ss", "SS", "z"]
    t = Timeline(events=[ev(i, "2024-01-01", tags=[tag]) for i, tag in enumerate(tags)])
    keys = [lane.key for lane in lanes_of(t, LaneMode.TAG)]
    assert keys == sorted(tags, key=lambda s: (s.casefold(), s))  # every event is tagged


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from("abcd"), max_size=4), max_size=12),
       st.booleans())
def test_vectorised_source_lanes_equal_the_citation_loop(claims, undeclared) -> None:
    """The vectorised lanes by source answer exactly as the loop that handles undeclared
    sources: same keys, titles, colours and (event, lane) pairs."""
    from timeline_app.core.geometry.lanes import _by_source, _by_source_cited

    declared = "abc" if undeclared else "abcd"
    t = Timeline(sources=[Source(s, f"Source {s}", color="#123456" if s == "b" else None)
                          for s in declared],
                 events=[ev(i, f"20{10 + i % 10}", sources=tuple(c))
                         for i, c in enumerate(claims)])
    fast, loop = _by_source(t), _by_source_cited(t)
    assert fast.keys == loop.keys and fast.titles == loop.titles and fast.colors == loop.colors
    pairs = sorted(zip(fast.pair_doc.tolist(), fast.pair_lane.tolist(), strict=True))
    assert pairs == sorted(zip(loop.pair_doc.tolist(), loop.pair_lane.tolist(), strict=True))


@settings(max_examples=60, deadline=None)
@given(claims=st.lists(st.lists(st.sampled_from(["a", "b", "c", "zz"]), max_size=4),
                       min_size=1, max_size=30),
       undated=st.sets(st.integers(0, 29), max_size=5),
       mask_seed=st.integers(0, 2**16))
def test_lanes_made_from_the_filter_index_pairs_equal_lanes_made_afresh(
        claims, undated, mask_seed) -> None:
    """The loader gives the view the filter index's (event, source) pairs: the same lanes,
    in the same order, with and without a mask; undeclared sources ("zz") get no pairs."""
    from timeline_app.core.query.filtering import FilterIndex

    events = [ev(i, f"{2000 + i % 7}-0{1 + i % 9}", sources=tuple(c)) for i, c in
              enumerate(claims)]
    for i in undated:
        if i < len(events):
            events[i].start = OPEN
    t = Timeline(sources=[Source(s, s.upper()) for s in "abc"], events=events)
    pairs = FilterIndex(t).source_pairs()
    if any("zz" in c for c in claims):
        assert pairs is None
        return
    assert pairs is not None
    index = TimeIndex(t.events)
    mask = np.random.default_rng(mask_seed).random(len(events)) < 0.6
    for m in (None, mask):
        given_pairs = LaneIndex(t, index, pairs).lanes(LaneMode.SOURCE, m)
        afresh = LaneIndex(t, index).lanes(LaneMode.SOURCE, m)
        assert given_pairs.keys == afresh.keys and given_pairs.titles == afresh.titles
        assert given_pairs.undated.tolist() == afresh.undated.tolist()
        for a, b in zip(given_pairs, afresh, strict=True):
            assert a.doc.tolist() == b.doc.tolist() and a.color == b.color
            assert a.lo.tolist() == b.lo.tolist() and a.hi_sorted.tolist() == b.hi_sorted.tolist()
