"""The usual native document is read while it is parsed (issue 14: a million events parsed
into dicts first held 1.1 GB of them): whatever the text, the document read, or the problems
reported, are those of the general path (a whole parse, then reading)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.formats import registry
from timeline_app.core.formats.native_stream import read_streaming
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import load_bytes
from timeline_app.core.formats.schema import MAX_SHORT

TEXTS = st.sampled_from(["", "x", "Événement", "a:b", "say \"hi\"", "\u00e9\\n", "x" * (
    MAX_SHORT + 1), "https://example.org/a"])
DATES = st.sampled_from(["2024", "2024-02", "2024-02-30", "1962-01-20~", "2001-09-11T08:46Z",
                         "2001/2003", "", "soon", "..", "-0044-03-15"])
CLAIM = st.one_of(
    st.fixed_dictionaries({"source": st.sampled_from(["s1", "s2"])},
                          optional={"text": TEXTS}),
    st.fixed_dictionaries({"source": st.sampled_from(["s1", "s2", "Reuters", "", "nope"])},
                          optional={"text": TEXTS, "value": st.sampled_from([3, 1.5, "3", None]),
                                    "unit": st.sampled_from(["", "dead", 3]),
                                    "stance": st.sampled_from(["affirms", "denies", "maybe"]),
                                    "url": TEXTS, "published": DATES,
                                    "credibility": st.sampled_from([1, 6, 7, True, "2"]),
                                    "quote": TEXTS, "more": st.just({"a": [1]})}),
    st.sampled_from(["s1", 3, None]))
USUAL = st.fixed_dictionaries(
    {"id": st.sampled_from(["e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8"]),
     "title": TEXTS, "start": DATES},
    optional={"claims": st.lists(CLAIM, max_size=3), "end": DATES,
              "description": TEXTS, "tags": st.lists(TEXTS, max_size=2),
              "status": st.sampled_from(["reported", "denied", "nope"])})
FINE_TEXTS = st.sampled_from(["", "x", "Événement", "a:b", "say \"hi\"", "https://e.org/a"])
FINE = st.fixed_dictionaries(  # what the fast path takes
    {"id": st.sampled_from(["e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", ""]),
     "title": FINE_TEXTS, "start": st.sampled_from(["2024", "1962-01-20~", "2001-09-11T08:46Z"])},
    optional={"claims": st.lists(st.fixed_dictionaries(
        {"source": st.sampled_from(["s1", "s2"])},
        optional={"text": FINE_TEXTS, "value": st.just(3), "url": FINE_TEXTS}), max_size=3),
        "end": st.just("2025"), "tags": st.lists(FINE_TEXTS, max_size=2)})
EVENT = st.one_of(
    USUAL, USUAL, USUAL,
    st.fixed_dictionaries({"title": TEXTS, "start": DATES}),  # no id: one is made
    st.fixed_dictionaries({"id": st.sampled_from(["e1", "e9"]), "headline": TEXTS,
                           "date": DATES}, optional={"source": TEXTS, "link": TEXTS}),
    st.sampled_from([{}, [], "text", None, 3, {"id": 4, "title": "t", "start": "2024"}]))
SOURCES = st.one_of(st.just([{"id": "s1", "name": "One"}, {"id": "s2", "name": "Reuters"}]),
                    st.just(["Reuters"]), st.just([]), st.none(), st.just("text"))


def outcome(text: str) -> object:
    try:
        result = load_bytes(text.encode("utf-8", "surrogatepass"), "doc.json")
    except LoadError as err:
        return err.lines()
    t = result.timeline
    return (result.kind, result.warnings, t.title, dict(t.extra), t.version,
            [(sid, [getattr(s, k) for k in s.__slots__]) for sid, s in t.sources.items()],
            [[getattr(e, k) for k in e.__slots__ if k != "claims"]
             + [[getattr(c, k) for k in c.__slots__] for c in e.claims] for e in t.events])


def general(text: str) -> object:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(registry, "read_streaming", lambda *args: None)
        return outcome(text)


def mangle(text: str, how: int, at: float) -> str:
    """Now and then a text the JSON parser refuses or reads in another way."""
    i = int(at * len(text))
    return [text, text, text, text[:i], text[:i] + "}" + text[i:], text[:i] + "," + text[i:],
            text + " x", text.replace('"title"', '"title": 1, "title"', 1),
            text.replace('"version"', '"version": 1, "version"', 1),
            text.replace("2024", "1e400", 1), text.replace('"x"', '"\\ud800"', 1),
            text.replace('"events"', '"events": [], "events"', 1), text + "\n\t "][how]


def repeat_key(text: str, key: str, nth: int) -> str:
    """The nth "key" of the text written twice (the first time with a null)."""
    parts = text.split(f'"{key}"')
    if len(parts) <= 1:
        return text
    nth %= len(parts) - 1
    return (f'"{key}"'.join(parts[:nth + 1]) + f'"{key}": null, "{key}"'
            + f'"{key}"'.join(parts[nth + 1:]))


@settings(max_examples=600, deadline=None)
@given(events=st.one_of(st.lists(FINE, max_size=6, unique_by=lambda e: e["id"] or object()),
                        st.lists(EVENT, max_size=6)),
       sources=st.one_of(st.just([{"id": "s1", "name": "One"}, {"id": "s2"}]), SOURCES),
       order=st.sampled_from(["usual", "usual", "events first", "format last", "no format"]),
       extra=st.sampled_from([{}, {"title": "T"}, {"title": 5}, {"version": 9},
                              {"version": 0}, {"kept": {"a": [1, 2]}}, {"description": "d"}]),
       indent=st.sampled_from([None, 2, "\t"]), how=st.one_of(st.just(0), st.integers(0, 12)),
       at=st.floats(0, 1))
def test_the_same_document_or_the_same_problems_as_the_general_path(
        events, sources, order, extra, indent, how, at) -> None:
    head = {"format": "timeline-app", "version": 1, **extra}
    if sources is not None:
        head["sources"] = sources
    if order == "events first":
        doc = {"events": events, **head}
    elif order == "format last":
        doc = {**{k: v for k, v in head.items() if k != "format"}, "events": events,
               "format": "timeline-app"}
    elif order == "no format":
        doc = {**{k: v for k, v in head.items() if k != "format"}, "events": events}
    else:
        doc = {**head, "events": events}
    text = mangle(json.dumps(doc, indent=indent, ensure_ascii=bool(at > 0.5)), how, at)
    assert outcome(text) == general(text)


def test_the_usual_document_is_read_while_it_is_parsed() -> None:
    doc = {"format": "timeline-app", "version": 1, "title": "T",
           "sources": [{"id": "s1", "name": "One"}],
           "events": [{"id": "e1", "title": "A", "start": "2024",
                       "claims": [{"source": "s1", "text": "said"}]},
                      {"title": "B", "start": "2024-02", "tags": ["x"]}]}
    for indent in (None, 2):
        text = json.dumps(doc, indent=indent)
        result = read_streaming(text, "doc.json")
        assert result is not None
        first, second = result.timeline.events
        assert first.id == "e1" and second.id.startswith("e-") and second.tags == ("x",)
        assert outcome(text) == general(text)
    # Anything unusual is left to the general path.
    for odd in ('{"events": [], "format": "timeline-app"}', "[]",
                text.replace('"A"', '"A", "title": "A"'), text.replace('"2024"', '"soon"'),
                text + "x", text.replace('"title": "B"', '"id": "e1", "title": "B"')):
        assert read_streaming(odd, "doc.json") is None


@settings(max_examples=300, deadline=None)
@given(events=st.lists(FINE, max_size=8, unique_by=lambda e: e["id"] or object()),
       extra=st.sampled_from([{}, {"title": "T"}, {"kept": {"a": [1, 2]}}, {"version": 2}]),
       indent=st.sampled_from([None, 1, "\t"]), how=st.one_of(st.just(0), st.integers(0, 12)),
       at=st.floats(0, 1))
def test_usual_documents_are_streamed_and_read_as_the_general_path_reads_them(
        events, extra, indent, how, at) -> None:
    doc = {"format": "timeline-app", "version": 1, **extra,
           "sources": [{"id": "s1", "name": "One"}, {"id": "s2"}], "events": events}
    text = mangle(json.dumps(doc, indent=indent, ensure_ascii=bool(at > 0.5)), how, at)
    if how in (0, 12):
        assert read_streaming(text, "doc.json") is not None
    assert outcome(text) == general(text)


@settings(max_examples=300, deadline=None)
@given(events=st.lists(FINE, min_size=1, max_size=5, unique_by=lambda e: e["id"] or object()),
       key=st.sampled_from(["id", "title", "start", "source", "text", "url", "value", "tags"]),
       nth=st.integers(0, 20), indent=st.sampled_from([None, 2]))
def test_a_key_written_twice_in_an_event_or_a_claim_is_reported_as_the_general_path_does(
        events, key, nth, indent) -> None:
    doc = {"format": "timeline-app", "version": 1,
           "sources": [{"id": "s1", "name": "One"}, {"id": "s2"}], "events": events}
    text = repeat_key(json.dumps(doc, indent=indent), key, nth)
    assert outcome(text) == general(text)
