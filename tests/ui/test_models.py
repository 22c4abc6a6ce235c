"""The sources and events models: Qt's model tester, check boxes as filters, sorting."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.conftest import SEED
from timeline_app.core.formats.registry import load_bytes, load_path
from timeline_app.core.query.filtering import NO_SOURCE
from timeline_app.ui.document import Document
from timeline_app.ui.models.events import (
    DATE,
    EVENT_ID_ROLE,
    STATUS,
    TITLE,
    EventsModel,
    EventsProxy,
)
from timeline_app.ui.models.sources import (
    COUNT,
    NAME,
    SORT_ROLE,
    SOURCE_ID_ROLE,
    SourcesModel,
    SourcesProxy,
)


def seed_document() -> Document:
    doc = Document()
    doc.set_timeline(load_path(SEED).timeline, SEED)
    return doc


def test_models_pass_qt_model_tester(qtmodeltester) -> None:
    doc = seed_document()
    sources = SourcesModel(doc)
    events = EventsModel(doc)
    qtmodeltester.check(sources)
    qtmodeltester.check(SourcesProxy(sources))
    qtmodeltester.check(events)
    qtmodeltester.check(EventsProxy(events))
    doc.update_filter(hidden_sources=frozenset({"kcna"}))
    qtmodeltester.check(events)


def _row(model: SourcesModel, sid: str) -> int:
    return model.source_ids().index(sid)


def test_unchecking_a_source_hides_its_events_and_counts_follow() -> None:
    doc = seed_document()
    sources, events = SourcesModel(doc), EventsModel(doc)
    assert events.rowCount() == 10
    kcna = sources.index(_row(sources, "kcna"), NAME)
    assert sources.data(kcna, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert sources.data(sources.index(_row(sources, "kcna"), COUNT)) == "3"
    assert sources.setData(kcna, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert doc.filter.hidden_sources == {"kcna"}
    # KCNA alone claims one event (the acknowledgement); the others have other sources too.
    assert events.rowCount() == 9
    assert sources.data(kcna, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert sources.data(sources.index(_row(sources, "kcna"), COUNT)) == "3"  # would come back
    doc.update_filter(tags=frozenset({"kursk"}))
    assert sources.data(sources.index(_row(sources, "gerasimov"), COUNT)) == "1"
    assert sources.data(sources.index(_row(sources, "nis"), COUNT)) == "0"


def test_show_only_and_all() -> None:
    doc = seed_document()
    sources, events = SourcesModel(doc), EventsModel(doc)
    sources.show_only("nis")
    assert events.rowCount() == 1
    sources.show_none()
    assert events.rowCount() == 0
    sources.show_all()
    assert events.rowCount() == 10


def test_no_source_row_only_when_needed() -> None:
    doc = Document()
    doc.set_timeline(load_bytes(b'[{"title": "a", "start": "2024"}]').timeline, None)
    model = SourcesModel(doc)
    assert model.source_ids() == [NO_SOURCE]
    assert model.data(model.index(0, NAME)) == "(no source)"
    assert NO_SOURCE not in SourcesModel(seed_document()).source_ids()


def test_sort_by_date_uses_intervals_and_other_columns() -> None:
    data = json.dumps([
        {"id": "day", "title": "b", "start": "2024-10-18"},
        {"id": "month", "title": "C", "start": "2024-10"},
        {"id": "range", "title": "a", "start": "2024-10", "end": "2025-01"},
        {"id": "year", "title": "d", "start": "2024", "status": "confirmed"},
    ]).encode()
    doc = Document()
    doc.set_timeline(load_bytes(data).timeline, None)
    model = EventsModel(doc)
    proxy = EventsProxy(model)

    def order() -> list[str]:
        return [proxy.index(r, 0).data(EVENT_ID_ROLE) for r in range(proxy.rowCount())]

    proxy.sort(DATE, Qt.SortOrder.AscendingOrder)
    assert order() == ["year", "month", "range", "day"]
    proxy.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert order() == ["range", "day", "month", "year"]  # case-insensitive
    proxy.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert order() == ["year", "month", "day", "range"]
    proxy.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert order()[-1] == "year"
    assert model.row_of("year") == 0 if order()[0] == "year" else model.row_of("year") == 3
    doc.update_filter(text="a")
    assert order() == ["range"]
    assert model.row_of("day") is None


def test_titles_are_plain_display_text() -> None:
    doc = Document()
    evil = '<b>x</b><img src="file:///etc/passwd">'
    doc.set_timeline(load_bytes(json.dumps([{"title": evil, "start": "2024"}]).encode())
                     .timeline, None)
    model = EventsModel(doc)
    assert model.index(0, TITLE).data() == evil


def test_text_index_is_built_while_idle_after_open_and_after_an_edit(qtbot) -> None:
    """No search typed: the event loop builds the index in slices; an edit of one event
    then replaces that event's text in place (issue 14) instead of starting anew."""
    from timeline_app.core.model.edits import RemoveEvents
    from timeline_app.synth import document

    doc = Document()
    doc.set_timeline(load_bytes(json.dumps(document(30_000, seed=3)).encode()).timeline, None)
    text = doc.index.text
    assert not text.ready  # opening did not wait for it
    qtbot.waitUntil(lambda: text.ready, timeout=20_000)
    assert not doc._text_timer.isActive()
    first = doc.timeline.events[0]
    doc.push(RemoveEvents(doc.timeline, [first.id]))
    assert doc.index.text is text and text.ready
    word = doc.timeline.events[0].title.split()[0]
    assert doc.index.text_matches(word)[0]


def _shown(proxy: SourcesProxy) -> list[str]:
    return [proxy.index(r, NAME).data(SOURCE_ID_ROLE) for r in range(proxy.rowCount())]


def test_the_sources_model_sorts_as_a_sorting_proxy_would() -> None:
    """The model sorts itself (a proxy's sort calls data() per comparison): the same order
    as a stable sort of the sort role, and counts re-sort when the filter changes them."""
    doc = seed_document()
    model = SourcesModel(doc)
    proxy = SourcesProxy(model)
    order = model.source_ids()
    counts = {sid: model.data(model.index(r, COUNT), SORT_ROLE) for r, sid in enumerate(order)}
    proxy.sort(COUNT, Qt.SortOrder.DescendingOrder)
    assert _shown(proxy) == sorted(order, key=lambda s: -counts[s])
    names = {sid: doc.timeline.source_name(sid).casefold() for sid in order}
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert _shown(proxy) == sorted(order, key=names.__getitem__)
    proxy.sort(COUNT, Qt.SortOrder.DescendingOrder)
    doc.update_filter(tags=frozenset({"kursk"}))
    now = {model.data(model.index(r, NAME), SOURCE_ID_ROLE):
           model.data(model.index(r, COUNT), SORT_ROLE) for r in range(model.rowCount())}
    assert now != counts
    assert _shown(proxy) == sorted(order, key=lambda s: -now[s])
    proxy.setFilterFixedString("kcna")
    assert _shown(proxy) == [s for s in sorted(order, key=lambda s: -now[s])
                             if "kcna" in doc.timeline.source_name(s).casefold()]


def test_an_event_cited_by_thousands_names_the_first_and_counts_the_rest() -> None:
    from timeline_app.core.model.timeline import Source, Timeline
    from timeline_app.ui.models.events import SOURCES_SHOWN, sources_text

    ids = [f"s{i}" for i in range(SOURCES_SHOWN + 7)]
    t = Timeline(sources=[Source(s, f"Name {s}") for s in ids])
    assert sources_text(t, ids[:3]) == "Name s0, Name s1, Name s2"
    text = sources_text(t, ids)
    assert text.startswith("Name s0, Name s1") and text.endswith(", … 7 more")
    assert text.count("Name ") == SOURCES_SHOWN
