"""Indexes followed through an edit (issue 14) are the indexes made again.

Random sequences of single-event moves, field edits, adds, deletes, undos and redos are
applied to a document whose filter index, positions, timeline view (time index, lanes in
each mode) and events table follow each edit in place; after every step each is compared
with one made afresh from the same timeline.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPersistentModelIndex

from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.core.model.dates import parse_date
from timeline_app.core.model.edits import AddEvents, RemoveEvents, SetEventFields
from timeline_app.core.model.timeline import Claim, Event, Source, Stance, Status, Timeline
from timeline_app.core.query.filtering import Filter, FilterIndex
from timeline_app.ui.document import Document
from timeline_app.ui.models.events import EventsModel
from timeline_app.ui.timeline.docview import DocView
from timeline_app.ui.timeline.widget import TimelineWidget

DATES = ["2020", "2021-05", "2021-05-03", "2019~", "..", "2022-01-01T10:00Z", "-0044",
         "2021-05-03"]
ENDS = [None, None, "2023", "..", "2021-06"]
TAGS = ["a", "b", "Kursk", "c"]
SOURCES = ["s1", "s2", "s3"]
WORDS = ["alpha", "beta", "Zelenskyy", "gamma"]
FILTERS = [Filter(), Filter(tags=frozenset({"a"})), Filter(statuses=frozenset({Status.DISPUTED})),
           Filter(hidden_sources=frozenset({"s1"})), Filter(hidden_sources=frozenset({""})),
           Filter(start=1.6e9, end=1.7e9), Filter(text="alpha"), Filter(text="kursk zel"),
           Filter(min_credibility=3)]

claim = st.builds(lambda s, w, stance, v, c: Claim(s, w, value=v, stance=stance,
                                                   credibility=c),
                  st.sampled_from(SOURCES), st.sampled_from(WORDS),
                  st.sampled_from(list(Stance)), st.sampled_from([None, 1.0, 2.0]),
                  st.sampled_from([None, None, 2, 5]))
fields = st.fixed_dictionaries({}, optional={
    "start": st.sampled_from(DATES), "end": st.sampled_from(ENDS),
    "title": st.sampled_from(WORDS), "tags": st.lists(st.sampled_from(TAGS), max_size=3),
    "claims": st.lists(claim, max_size=3),
    "status_set": st.sampled_from([None, None, Status.CONFIRMED, Status.DENIED]),
    "description": st.sampled_from(WORDS)})
step = st.one_of(
    st.tuples(st.just("set"), st.integers(0, 10**6), fields),
    st.tuples(st.just("add"), st.integers(0, 10**6), fields),
    st.tuples(st.just("remove"), st.integers(0, 10**6), st.just({})),
    st.tuples(st.just("undo"), st.just(0), st.just({})),
    st.tuples(st.just("redo"), st.just(0), st.just({})))


def _values(f: dict) -> dict:
    out = dict(f)
    if "start" in out:
        out["start"] = parse_date(out["start"])
    if out.get("end") is not None:
        out["end"] = parse_date(out["end"])
    if "tags" in out:
        out["tags"] = tuple(out["tags"])
    return out


def _event(i: int, f: dict) -> Event:
    v = _values(f)
    event = Event(f"e{i}", v.get("title", "t"), v.get("start", parse_date("2020")),
                  v.get("end"), v.get("description", ""), v.get("tags", ()),
                  claims=v.get("claims", []))
    event.status_set = v.get("status_set")
    return event


def _same(a: np.ndarray, b: np.ndarray) -> None:
    np.testing.assert_array_equal(np.asarray(a), np.asarray(b))


def _check_index(doc: Document) -> None:
    t = doc.timeline
    fresh = FilterIndex(t, doc.clock)
    index = doc.index
    assert index.n == fresh.n == len(t.events)
    _same(index.lo, fresh.lo)
    _same(index.hi, fresh.hi)
    _same(index.status, fresh.status)
    assert set(index.tag_names) == set(fresh.tag_names)
    assert index.graded == fresh.graded
    for f in FILTERS:
        mask = index.mask(f)
        _same(mask, fresh.mask(f))
        assert index.counts(mask) == fresh.counts(mask)
    _same(doc.mask, fresh.mask(doc.filter))
    for i, e in enumerate(t.events):
        assert doc.position(e.id) == i


def _lanes(view: DocView) -> list:
    return [(lane.key, lane.title, lane.doc.tolist(), lane.lo.tolist(), lane.hi.tolist(),
             lane.undated) for lane in view.lanes]


def _check_view(doc: Document, widget: TimelineWidget) -> None:
    view = widget.doc_view()
    fresh = DocView(doc.timeline, doc.clock, FilterIndex(doc.timeline, doc.clock))
    fresh.relane(mode=view.mode, mask=None if doc.mask.all() else doc.mask, keep_mask=False,
                 hidden=view.hidden)
    for name in ("order", "lo", "hi", "undated"):
        _same(getattr(view.index, name), getattr(fresh.index, name))
    _same(view.rank, fresh.rank)
    for name in ("lo", "hi", "undated"):
        _same(getattr(view.lane_index, name), getattr(fresh.lane_index, name))
    assert _lanes(view) == _lanes(fresh)
    assert view.graded == fresh.graded
    assert view.bounds() == fresh.bounds()
    assert [view.flags(d) for d in range(len(view))] == [fresh.flags(d)
                                                         for d in range(len(fresh))]


def _check_table(doc: Document, model: EventsModel) -> None:
    index = FilterIndex(doc.timeline, doc.clock)
    ranking = np.lexsort((index.hi, index.lo))
    expected = ranking[doc.mask[ranking]]
    _same(model._rows, expected)
    assert model.rowCount() == len(expected)
    for row, d in enumerate(expected.tolist()):
        assert model.event_id(row) == doc.timeline.events[d].id
        assert model.row_of(doc.timeline.events[d].id) == row


@pytest.fixture(scope="module")
def widget(qapp):
    w = TimelineWidget()
    w.resize(900, 400)
    yield w
    w.deleteLater()


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(st.lists(fields, min_size=0, max_size=8), st.lists(step, min_size=1, max_size=12),
       st.sampled_from(FILTERS), st.sampled_from(list(LaneMode)))
def test_followed_indexes_are_the_indexes_made_again(widget, events, steps, f, mode) -> None:
    sources = [Source(s, s.upper()) for s in SOURCES]
    t = Timeline("T", sources=sources, events=[_event(i, e) for i, e in enumerate(events)])
    doc = Document()
    model = EventsModel(doc)
    followed = []
    doc.aboutToEdit.connect(widget.prepare_reload)
    doc.edited.connect(lambda _c: (followed.append(doc.delta is not None),
                                   widget.reload_document(doc.delta, doc.index,
                                                          None if doc.mask.all() else doc.mask)))
    doc.filterChanged.connect(lambda: widget.set_filter_mask(
        None if doc.mask.all() else doc.mask, doc.filter.hidden_sources))
    doc.set_timeline(t, None)
    widget.set_document(t, DocView(t, doc.clock, doc.index))
    widget.set_lane_mode(mode)
    doc.set_filter(f)
    model.sort(0)
    doc.index.text.build()
    made = len(events)
    for kind, at, values in steps:
        n = len(t.events)
        rows = model.rowCount()
        held = QPersistentModelIndex(model.index(at % rows, 0)) if rows else None
        held_id = model.event_id(at % rows) if rows else None
        if kind == "set" and n:
            doc.push(SetEventFields(t.events[at % n], **_values(values)))
        elif kind == "add":
            doc.push(AddEvents([(at % (n + 1), _event(1000 + made, values))]))
            made += 1
        elif kind == "remove" and n:
            doc.push(RemoveEvents(t, [t.events[at % n].id]))
        elif kind == "undo":
            doc.undo_stack.undo()
        elif kind == "redo":
            doc.undo_stack.redo()
        _check_index(doc)
        _check_view(doc, widget)
        _check_table(doc, model)
        if held is not None and held.isValid():  # a selected row stays on its event
            assert model.event_id(held.row()) == held_id
    assert all(followed)  # every edit here was followed in place, none made again
    doc.deleteLater()
    model.deleteLater()
