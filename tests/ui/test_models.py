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
from timeline_app.ui.models.sources import COUNT, NAME, SourcesModel, SourcesProxy


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
    """No search typed: the event loop builds the index in slices; an edit starts anew."""
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
    assert doc.index.text is not text and not doc.index.text.ready
    qtbot.waitUntil(lambda: doc.index.text.ready, timeout=20_000)
    word = doc.timeline.events[0].title.split()[0]
    assert doc.index.text_matches(word)[0]
