"""The native reader checks sources of the usual shape itself, in one pass with reading them
(issue 12, item 9: 100k sources spent 60 ms in the schema, the GIL held): whatever the
sources, the document read, or the problems reported, are those of the schema's path."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.formats import native
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import load_bytes
from timeline_app.core.formats.schema import MAX_SHORT

VALUES = st.one_of(
    st.sampled_from(["", "x", "kcna", "b", "G", "A", " c ", "x" * (MAX_SHORT + 1), "#abc"]),
    st.none(), st.booleans(), st.integers(-2, 7), st.just(1.5), st.just([]), st.just({}),
    st.just({"deep": [1, {"a": 2}]}))
FIELDS = ["id", "name", "kind", "country", "url", "notes", "color", "reliability", "extra"]
USUAL = st.fixed_dictionaries(  # mostly fine, now and then one thing wrong
    {"id": st.sampled_from(["s1", "s2", "s3", "s4", "s5", "s6"])},
    optional={"name": st.sampled_from(["", "Name", "x" * (MAX_SHORT + 1)]),
              "kind": st.sampled_from(["", "agency", None]), "notes": st.just("n"),
              "reliability": st.sampled_from(["b", "A", None, "G"]),
              "color": st.sampled_from([None, "#fff", 3]), "extra": st.just([1, {}])})
SOURCE = st.one_of(
    USUAL, USUAL, USUAL,
    st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=5),
    st.fixed_dictionaries({"id": st.sampled_from(["s1", "s2", "s3"])},
                          optional={k: VALUES for k in FIELDS[1:]}),
    st.sampled_from(["Reuters", "", 3, None]))


def outcome(doc: dict) -> object:
    try:
        t = load_bytes(json.dumps(doc).encode(), "doc.json").timeline
    except LoadError as err:
        return err.lines()
    return [(sid, [getattr(s, k) for k in s.__slots__]) for sid, s in t.sources.items()]


@settings(max_examples=300, deadline=None)
@given(sources=st.one_of(st.lists(SOURCE, max_size=6), st.none(), st.just("text"),
                         st.lists(USUAL, max_size=4, unique_by=lambda d: d["id"])),
       title=st.sampled_from(["T", 5]))
def test_the_same_sources_or_the_same_problems_as_the_schema_path(sources, title) -> None:
    doc = {"format": "timeline-app", "version": 1, "title": title, "sources": sources,
           "events": [{"id": "e", "title": "x", "start": "2024", "claims": [{"source": "s1"}]}]}
    fast = outcome(doc)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(native, "_fast_sources", lambda items: None)
        assert fast == outcome(doc)


def test_usual_sources_skip_the_schema_and_unusual_ones_take_it(monkeypatch) -> None:
    usual = [{"id": f"s{i}", "name": f"S {i}", "kind": "k", "reliability": "b",
              "extra": {"kept": True}} for i in range(3)]
    registry = native._fast_sources(usual)
    assert registry is not None and registry["s1"].reliability == "B"
    assert dict(registry["s2"].extra) == {"extra": {"kept": True}}
    for odd in ({"name": "no id"}, {"id": "s0", "kind": None}, {"id": "s0", "reliability": "G"},
                "Bare name"):
        assert native._fast_sources([*usual, odd]) is None
    assert native._fast_sources([*usual, usual[0]]) is None, "a repeated id is reported"


def test_claims_cite_the_registry_s_own_id_string() -> None:
    """The file's copy of a cited id is dropped for the registry's (equal) string, so the
    indexes' lookups by it compare by identity."""
    doc = {"sources": [{"id": "kcna"}], "events": [
        {"id": f"e{i}", "title": "x", "start": "2024", "claims": [{"source": "kcna"}]}
        for i in range(2)]}
    t = load_bytes(json.dumps(doc).encode()).timeline
    sid = next(iter(t.sources))
    assert all(e.claims[0].source is sid for e in t.events)
