"""Free-text search: the same answers as testing every event's text, whichever path a word
takes (scanned, tested event by event, or mis-estimated), and built in steps or at once."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.formats.registry import load_bytes
from timeline_app.core.model.timeline import Timeline
from timeline_app.core.query import text_search
from timeline_app.core.query.text_search import TextIndex, fold

WORDS = ["kim", "kursk", "troops", "Zelenskyy", "café", "NIS", "300", "killed", "kimchi", "é"]


def timeline_of(titles: list[str], claims: list[list[str]] | None = None) -> Timeline:
    events = []
    for i, title in enumerate(titles):
        texts = (claims or [[]] * len(titles))[i]
        events.append({"id": f"e{i}", "title": title, "start": "2025-01-01",
                       "claims": [{"source": "s", "text": t} for t in texts]})
    doc = {"format": "timeline-app", "version": 1,
           "sources": [{"id": "s", "name": "Ukraine's General Staff"}], "events": events}
    return load_bytes(json.dumps(doc).encode()).timeline


def brute(timeline: Timeline, query: str) -> np.ndarray:
    words = fold(query).split()
    out = []
    for e in timeline.events:
        text = fold(" ".join([e.title, e.description, e.location, *e.tags,
                              *[p for c in e.claims for p in (c.text, "Ukraine's General Staff")]]))
        out.append(all(w in text for w in words))
    return np.array(out, dtype=bool)


titles = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join),
                  min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(titles=titles, query=st.lists(st.sampled_from([*WORDS, "ki", "general", "xyz"]),
                                     min_size=0, max_size=3).map(" ".join),
       step=st.integers(1, 7))
def test_matches_equal_testing_every_event(titles, query, step) -> None:
    timeline = timeline_of(titles)
    index = TextIndex(timeline)
    while not index.build(step):  # in steps, as the window builds it while idle
        pass
    assert (index.matches(query) == brute(timeline, query)).all()
    assert (TextIndex(timeline).matches(query) == brute(timeline, query)).all()  # at once


@pytest.mark.parametrize("sample", [1, 8, 1 << 20])
def test_a_word_common_only_beyond_the_sample_is_still_found(monkeypatch, sample) -> None:
    """The sample says "rare", the scan finds it everywhere: it gives up scanning and tests
    each event; the answer is the same either way."""
    monkeypatch.setattr(text_search, "SAMPLE_CHARS", sample)
    titles = ["quiet"] * 50 + ["drone strike"] * 400
    timeline = timeline_of(titles, [["drone"] if i % 3 else [] for i in range(len(titles))])
    index = TextIndex(timeline)
    for query in ("drone", "quiet", "strike drone", "general staff", "nothing"):
        assert (index.matches(query) == brute(timeline, query)).all(), query


def test_words_never_join_across_fields_or_events() -> None:
    timeline = timeline_of(["ab", "cd"], [["ef"], []])
    index = TextIndex(timeline)
    assert not index.matches("abcd").any() and not index.matches("abef").any()
    assert index.matches("ab ef").tolist() == [True, False]


def test_not_ready_until_built_and_search_builds_it() -> None:
    index = TextIndex(timeline_of(["a", "b", "c"]))
    assert not index.ready
    assert index.build(2) is False and not index.ready
    assert index.matches("c").tolist() == [False, False, True]
    assert index.ready and index.build(5) is True


def test_empty_document_and_empty_query() -> None:
    index = TextIndex(timeline_of([]))
    assert index.build() and index.matches("x").tolist() == []
    assert TextIndex(timeline_of(["a"])).matches("  ").tolist() == [True]


def test_source_names_of_a_big_registry_are_taken_in_steps_too() -> None:
    """With more sources than a step's budget, the first steps read names (a bounded share
    each) before any event; every claim still finds its source by name."""
    n = 100
    doc = {"format": "timeline-app", "version": 1,
           "sources": [{"id": f"s{i}", "name": f"Outlet{i}"} for i in range(n)],
           "events": [{"id": f"e{i}", "title": "t", "start": "2025",
                       "claims": [{"source": f"s{i}"}]} for i in range(n)]}
    index = TextIndex(load_bytes(json.dumps(doc).encode()).timeline)
    steps = 0
    while not index.build(2):
        steps += 1
    assert steps >= n // 16 + n // 2 - 1  # names 16 a step, then events 2 a step
    assert np.flatnonzero(index.matches("outlet57")).tolist() == [57]


def test_a_step_counts_claims_so_a_few_huge_events_take_several_steps() -> None:
    """A step's budget counts an event once per claim: four events of 50 claims each take
    four steps of 60 (one step took all ten of 10k claims each, 60 ms)."""
    timeline = timeline_of(["a", "b", "c", "d"], [[f"said {i}"] * 50 for i in range(4)])
    index = TextIndex(timeline)
    steps = 1
    while not index.build(60):
        steps += 1
    assert steps == 4
    assert index.matches("said 2").tolist() == [False, False, True, False]
    assert TextIndex(timeline_of(["a"] * 10)).build(10) is True, "one claim each: as many"
