"""Filtering by source, tag, status, date range and text; counts that follow the filter."""

from __future__ import annotations

import json

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED
from timeline_app.core.formats.registry import load_bytes, load_path
from timeline_app.core.model.timeline import Status
from timeline_app.core.query.filtering import NO_SOURCE, Filter, FilterIndex
from timeline_app.core.query.text_search import fold

DOC = {
    "format": "timeline-app", "version": 1,
    "sources": [{"id": "nis", "name": "NIS"}, {"id": "kcna", "name": "KCNA"},
                {"id": "zel", "name": "Volodymyr Zelenskyy"}],
    "events": [
        {"id": "a", "title": "Treaty signed", "start": "2024-06", "tags": ["diplomacy"],
         "claims": [{"source": "kcna", "text": "Kim Jong Un signs"}]},
        {"id": "b", "title": "Casualties", "start": "2025-01", "tags": ["casualties"],
         "claims": [{"source": "nis", "value": 300, "unit": "killed"},
                    {"source": "zel", "value": 4000, "unit": "killed"}]},
        {"id": "c", "title": "Kursk retaken?", "start": "2025-04~", "tags": ["kursk", "claims"],
         "claims": [{"source": "kcna", "text": "liberated"},
                    {"source": "kcna", "text": "heroes"}]},
        {"id": "d", "title": "Unattributed note", "start": "2025-04-28",
         "description": "Café in Pyongyang"},
    ],
}


def index() -> FilterIndex:
    return FilterIndex(load_bytes(json.dumps(DOC).encode()).timeline)


def ids(fi: FilterIndex, f: Filter) -> list[str]:
    mask = fi.mask(f)
    return [e.id for e, keep in zip(fi.timeline.events, mask, strict=True) if keep]


def test_empty_filter_keeps_everything() -> None:
    assert ids(index(), Filter()) == ["a", "b", "c", "d"]


def test_hiding_a_source_hides_events_only_it_claims() -> None:
    fi = index()
    assert ids(fi, Filter(hidden_sources=frozenset({"kcna"}))) == ["b", "d"]
    # b is claimed by NIS and Zelenskyy: hiding one of them keeps it
    assert ids(fi, Filter(hidden_sources=frozenset({"nis"}))) == ["a", "b", "c", "d"]
    assert ids(fi, Filter(hidden_sources=frozenset({"nis", "zel"}))) == ["a", "c", "d"]
    assert ids(fi, Filter(hidden_sources=frozenset({NO_SOURCE}))) == ["a", "b", "c"]


def test_tags_statuses_and_dates() -> None:
    fi = index()
    assert ids(fi, Filter(tags=frozenset({"kursk", "diplomacy"}))) == ["a", "c"]
    assert ids(fi, Filter(statuses=frozenset({Status.DISPUTED}))) == ["b"]
    jan = load_bytes(b'[{"title": "x", "start": "2025-01"}]').timeline.events[0]
    assert ids(fi, Filter(start=jan.earliest, end=jan.latest)) == ["b"]
    assert ids(fi, Filter(start=jan.latest)) == ["c", "d"]


def test_text_is_case_and_accent_insensitive_over_all_fields() -> None:
    fi = index()
    assert ids(fi, Filter(text="KURSK")) == ["c"]
    assert ids(fi, Filter(text="cafe")) == ["d"]              # description, accent folded
    assert ids(fi, Filter(text="zelenskyy")) == ["b"]         # source name
    assert ids(fi, Filter(text="heroes")) == ["c"]            # claim text
    assert ids(fi, Filter(text="diplomacy")) == ["a"]         # tag
    assert ids(fi, Filter(text="kim signs")) == ["a"]         # every word, any order
    assert ids(fi, Filter(text="kim heroes")) == []
    assert ids(fi, Filter(text="  ")) == ["a", "b", "c", "d"]


def test_counts_follow_the_filter() -> None:
    fi = index()
    assert fi.counts() == {NO_SOURCE: 1, "nis": 1, "kcna": 2, "zel": 1}
    mask = fi.mask(Filter(tags=frozenset({"kursk"})))
    assert fi.counts(mask) == {NO_SOURCE: 0, "nis": 0, "kcna": 1, "zel": 0}


def test_describe_in_words() -> None:
    f = Filter(hidden_sources=frozenset({"kcna"}), tags=frozenset({"kursk"}),
               statuses=frozenset({Status.DISPUTED}), text="retaken")
    assert f.describe({"kcna": "KCNA"}) == 'hiding KCNA; tag kursk; disputed; matching "retaken"'
    assert Filter().describe() == "" and Filter().is_empty()


def test_seed_example_text_search_finds_the_monument() -> None:
    fi = FilterIndex(load_path(SEED).timeline)
    found = ids(fi, Filter(text="monument"))
    assert len(found) == 1
    assert "monument" in fi.timeline.events[[e.id for e in fi.timeline.events]
                                            .index(found[0])].title.lower()


def test_fold() -> None:
    assert fold("Zelenskyy ÉTÉ Straße") == "zelenskyy ete strasse"
    assert fold("김정은") == fold("김정은")


WORDS = st.sampled_from(["alpha", "beta", "gamma", "Ålpha", "BETA", "delta", "al", "ta"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=4), min_size=1, max_size=30),
       st.lists(WORDS, min_size=1, max_size=3))
def test_text_search_agrees_with_a_naive_search(titles: list[list[str]], query: list[str]) -> None:
    events = [{"id": str(i), "title": " ".join(t), "start": "2024"} for i, t in enumerate(titles)]
    fi = FilterIndex(load_bytes(json.dumps(events).encode()).timeline)
    got = fi.mask(Filter(text=" ".join(query)))
    want = np.array([all(fold(q) in fold(" ".join(t)) for q in query) for t in titles])
    assert (got == want).all()
