"""Edits apply, revert and merge exactly; a document edited and reverted is unchanged."""

from __future__ import annotations

import copy

import pytest

from tests.conftest import SEED
from timeline_app.core.formats.registry import load_path
from timeline_app.core.formats.saving import to_bytes
from timeline_app.core.model.dates import parse_date
from timeline_app.core.model.edits import (
    AddEvents,
    AddSource,
    Compound,
    EditError,
    MergeSources,
    RemoveEvents,
    RemoveSource,
    SetDocumentFields,
    SetEventFields,
    SetSourceFields,
)
from timeline_app.core.model.timeline import Claim, Event, Source


@pytest.fixture
def doc():
    return load_path(SEED).timeline


def kursk(t) -> Event:
    return next(e for e in t.events if "Kursk" in e.title)


def roundtrip(t, edit) -> bytes:
    """Apply then revert; return the document's bytes before, asserting they come back."""
    before = to_bytes(t)
    edit.apply(t)
    assert to_bytes(t) != before
    edit.revert(t)
    assert to_bytes(t) == before
    edit.apply(t)  # and again: edits are repeatable (redo after undo)
    return before


def test_set_event_fields(doc) -> None:
    event = kursk(doc)
    edit = SetEventFields(event, title="Kursk claim", start=parse_date("2025-04-26"))
    roundtrip(doc, edit)
    assert event.title == "Kursk claim" and event.start.text == "2025-04-26"
    changes = edit.revert(doc)
    assert changes.events == {event.id} and not changes.structure


def test_claims_edit_is_isolated_from_later_mutation(doc) -> None:
    event = kursk(doc)
    claims = [*event.claims, Claim("kcna", "new claim")]
    edit = SetEventFields(event, claims=claims)
    edit.apply(doc)
    event.claims[0].text = "mutated after the edit"
    edit.revert(doc)
    assert event.claims[0].text != "mutated after the edit"
    assert len(event.claims) == len(claims) - 1


def test_moves_merge_into_one_step(doc) -> None:
    event = kursk(doc)
    first = SetEventFields(event, merge_key="move", start=parse_date("2025-03~"))
    first.apply(doc)
    second = SetEventFields(event, merge_key="move", start=parse_date("2025-02~"))
    second.apply(doc)
    assert first.merge(second)
    first.revert(doc)
    assert event.start.text == "2025-04~"
    other = SetEventFields(event, title="x")
    assert not first.merge(other)


def test_add_and_remove_events(doc) -> None:
    n = len(doc.events)
    new = Event("new-1", "New", parse_date("2025"))
    add = AddEvents([(2, new)], sources=[Source("src", "New source")])
    roundtrip(doc, add)
    assert doc.events[2] is new and "src" in doc.sources and len(doc.events) == n + 1
    with pytest.raises(EditError):
        AddEvents([(0, Event(doc.events[0].id, "dup", parse_date("2024")))]).apply(doc)
    ids = [doc.events[0].id, doc.events[5].id, doc.events[-1].id]
    remove = RemoveEvents(doc, ids)
    assert remove.text == "Delete 3 Events"
    roundtrip(doc, remove)
    assert all(e.id not in ids for e in doc.events)


def test_source_registry_edits(doc) -> None:
    roundtrip(doc, AddSource(Source("afp", "AFP", kind="news agency")))
    roundtrip(doc, SetSourceFields(doc.sources["kcna"], name="Korean Central News Agency"))
    assert doc.sources["kcna"].name == "Korean Central News Agency"
    with pytest.raises(EditError, match="still cite"):
        RemoveSource(doc, "kcna")
    roundtrip(doc, RemoveSource(doc, "afp"))
    assert "afp" not in doc.sources


def test_merge_sources_reassigns_claims_and_restores_order(doc) -> None:
    order = list(doc.sources)
    cited = sum(c.source == "us" for e in doc.events for c in e.claims)
    merge = MergeSources(doc, "us", "us-state-department")
    before = roundtrip(doc, merge)
    assert "us" not in doc.sources
    assert sum(c.source == "us-state-department" for e in doc.events for c in e.claims) >= cited
    merge.revert(doc)
    assert list(doc.sources) == order and to_bytes(doc) == before


def test_compound_is_all_or_nothing(doc) -> None:
    before = to_bytes(doc)
    bad = Compound([AddSource(Source("z", "Z")), AddSource(Source("z", "Z again"))], "Bad")
    with pytest.raises(EditError):
        bad.apply(doc)
    assert to_bytes(doc) == before
    good = Compound([SetDocumentFields(doc, title="T2"), AddSource(Source("y", "Y"))], "Good")
    roundtrip(doc, good)


def test_unknown_fields_rejected(doc) -> None:
    with pytest.raises(EditError):
        SetEventFields(kursk(doc), colour="red")
    with pytest.raises(EditError):
        SetSourceFields(doc.sources["kcna"], id="x")


def test_extra_fields_survive_edits(doc) -> None:
    event = kursk(doc)
    event.extra = {"x-keep": [1, 2]}
    snapshot = copy.deepcopy(dict(event.extra))
    roundtrip(doc, SetEventFields(event, title="changed"))
    assert dict(event.extra) == snapshot
