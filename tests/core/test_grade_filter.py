"""Filtering by Admiralty grades: at least one claim graded well enough, both halves on the
same claim; ungraded never passes a minimum. Compared with a plain loop."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.model.dates import parse_date
from timeline_app.core.model.grades import RELIABILITY
from timeline_app.core.model.timeline import Claim, Event, Source, Timeline
from timeline_app.core.query.filtering import Filter, FilterIndex

ORDER = "ABCDEF"


def timeline(grades: list[str | None], events: list[list[tuple[int, int | None]]]) -> Timeline:
    t = Timeline(events=[Event(f"e{i}", f"E{i}", parse_date("2024"),
                               claims=[Claim(f"s{s}", credibility=c) for s, c in claims])
                         for i, claims in enumerate(events)])
    t.sources = {f"s{i}": Source(f"s{i}", f"S{i}", reliability=g) for i, g in enumerate(grades)}
    return t


def expected(t: Timeline, rel: str | None, cred: int | None) -> list[bool]:
    def passes(c: Claim) -> bool:
        r = t.sources[c.source].reliability
        return ((rel is None or (r is not None and ORDER.index(r) <= ORDER.index(rel)))
                and (cred is None or (c.credibility is not None and c.credibility <= cred)))
    if rel is None and cred is None:
        return [True] * len(t.events)
    return [any(passes(c) for c in e.claims) for e in t.events]


def test_the_same_claim_must_pass_both() -> None:
    t = timeline(["B", "E"], [[(0, 5), (1, 1)], [(0, 2)], [(1, None)], []])
    index = FilterIndex(t)
    assert index.mask(Filter(min_reliability="B")).tolist() == [True, True, False, False]
    assert index.mask(Filter(min_credibility=2)).tolist() == [True, True, False, False]
    # e0: the B source's claim is a 5 and the 1 comes from the E source: no single claim
    assert index.mask(Filter(min_reliability="B", min_credibility=2)).tolist() == [
        False, True, False, False]


def test_a_source_graded_after_indexing_is_seen() -> None:
    t = timeline([None], [[(0, None)]])
    index = FilterIndex(t)
    assert not index.mask(Filter(min_reliability="C")).any()
    t.sources["s0"].reliability = "A"
    assert index.mask(Filter(min_reliability="C")).all()


def test_describe_and_is_empty() -> None:
    assert Filter(min_reliability="B", min_credibility=3).describe() == (
        "reliability B or better; credibility 3 or better")
    assert Filter(min_reliability="A", min_credibility=1).describe() == (
        "reliability A; credibility 1")
    assert not Filter(min_credibility=6).is_empty()


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(st.none(), st.sampled_from(sorted(RELIABILITY))), min_size=1,
                max_size=5).flatmap(lambda grades: st.tuples(
                    st.just(grades),
                    st.lists(st.lists(st.tuples(st.integers(0, len(grades) - 1),
                                                st.one_of(st.none(), st.integers(1, 6))),
                                      max_size=4), max_size=8))),
       st.one_of(st.none(), st.sampled_from(ORDER)), st.one_of(st.none(), st.integers(1, 6)))
def test_matches_a_plain_loop(case, rel, cred) -> None:
    t = timeline(*case)
    assert FilterIndex(t).mask(Filter(min_reliability=rel, min_credibility=cred)).tolist() \
        == expected(t, rel, cred)


def test_lanes_by_reliability_order_a_to_f_then_ungraded() -> None:
    from timeline_app.core.geometry.lanes import LaneIndex, LaneMode
    from timeline_app.core.query.index import TimeIndex

    t = timeline([None, "E", "B", None, "A"],
                 [[(0, None)], [(1, 5)], [(2, 2), (1, None)], [(3, None)], [(4, 1)]])
    index = LaneIndex(t, TimeIndex(t.events))
    plain = index.lanes(LaneMode.SOURCE)
    assert plain.keys == ["s0", "s1", "s2", "s3", "s4"]
    graded = index.lanes(LaneMode.SOURCE, by_reliability=True)
    assert graded.keys == ["s4", "s2", "s1", "s0", "s3"]  # A, B, E, then ungraded in order
    # lanes_of gives positions in the shown order: event 2 is in s2 (1st) and s1 (2nd)
    assert graded.lanes_of(2) == [1, 2]
    assert [lane.key for lane in graded] == graded.keys
    t.sources["s0"].reliability = "A"  # an edited grade is seen on the next relane
    assert index.lanes(LaneMode.SOURCE, by_reliability=True).keys[:2] == ["s0", "s4"]
    assert index.lanes(LaneMode.TAG, by_reliability=True).keys == index.lanes(
        LaneMode.TAG).keys
