"""Admiralty grades in the native format: read (leniently cased), validated, written back."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.formats import events_in
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import load_bytes
from timeline_app.core.formats.saving import to_bytes
from timeline_app.core.formats.schema import json_schema
from timeline_app.core.model.grades import CREDIBILITY, RELIABILITY


def doc(sources: list, claims: list) -> bytes:
    return json.dumps({"format": "timeline-app", "sources": sources,
                       "events": [{"id": "e", "title": "T", "start": "2024", "claims": claims}]
                       }).encode()


def test_grades_are_read_and_written_back() -> None:
    data = doc([{"id": "kcna", "name": "KCNA", "reliability": "e"},
                {"id": "nis", "name": "NIS"}],
               [{"source": "kcna", "credibility": "5"}, {"source": "nis", "credibility": 2},
                {"source": "nis"}])
    t = load_bytes(data, "g.json").timeline
    assert t.sources["kcna"].reliability == "E" and t.sources["nis"].reliability is None
    assert [c.credibility for c in t.events[0].claims] == [5, 2, None]
    assert not t.sources["kcna"].extra and not t.events[0].claims[0].extra  # not unknown
    out = json.loads(to_bytes(t))
    assert out["sources"][0]["reliability"] == "E"
    assert "reliability" not in out["sources"][1]  # ungraded: no key
    assert [c.get("credibility") for c in out["events"][0]["claims"]] == [5, 2, None]
    assert "credibility" not in out["events"][0]["claims"][2]
    assert load_bytes(to_bytes(t), "g.json").timeline == t


@pytest.mark.parametrize(("sources", "claims", "message"), [
    ([{"id": "s", "reliability": "G"}], [], 'sources[0].reliability: "G" is not one of A–F'),
    ([{"id": "s", "reliability": 1}], [], "sources[0].reliability: 1 is not one of A–F"),
    ([{"id": "s"}], [{"source": "s", "credibility": 9}],
     'events[0] (id "e", "T"): claims[0].credibility: 9 is not one of 1–6'),
    ([{"id": "s"}], [{"source": "s", "credibility": "high"}],
     'events[0] (id "e", "T"): claims[0].credibility: "high" is not one of 1–6'),
    ([{"id": "s"}], [{"source": "s", "credibility": True}],
     'events[0] (id "e", "T"): claims[0].credibility: true is not one of 1–6'),
])
def test_bad_grades_are_located_and_explained(sources, claims, message) -> None:
    with pytest.raises(LoadError) as err:
        load_bytes(doc(sources, claims), "g.json")
    assert str(err.value).splitlines() == [f"g.json: {message}"]


def test_null_grades_read_as_ungraded() -> None:
    t = load_bytes(doc([{"id": "s", "reliability": None}],
                       [{"source": "s", "credibility": None}]), "g.json").timeline
    assert t.sources["s"].reliability is None and t.events[0].claims[0].credibility is None


def test_the_schema_documents_the_grades() -> None:
    text = json.dumps(json_schema())
    assert "completely reliable" in text and "truth cannot be judged" in text


grades = st.one_of(st.none(), st.sampled_from(sorted(RELIABILITY)))
credibility = st.one_of(st.none(), st.sampled_from(sorted(CREDIBILITY)))


@settings(max_examples=60, deadline=None)
@given(st.lists(grades, min_size=1, max_size=4), st.lists(credibility, max_size=6),
       st.booleans())
def test_round_trip_and_fast_path(rels, creds, text) -> None:
    sources = [{"id": f"s{i}", "name": f"S{i}", **({"reliability": r} if r else {})}
               for i, r in enumerate(rels)]
    claims = [{"source": f"s{i % len(rels)}", **({"text": "q"} if text else {}),
               **({"credibility": c} if c is not None else {})} for i, c in enumerate(creds)]
    data = doc(sources, claims)
    t = load_bytes(data, "g.json").timeline
    assert [s.reliability for s in t.sources.values()] == rels
    assert [c.credibility for c in t.events[0].claims] == creds
    assert load_bytes(to_bytes(t), "g.json").timeline == t
    slow = events_in.fast_event
    try:
        events_in.fast_event = lambda d, r: None  # every event the lenient way
        assert load_bytes(data, "g.json").timeline == t
    finally:
        events_in.fast_event = slow
