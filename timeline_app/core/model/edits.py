"""Edits to a document as plain data: each knows how to apply and revert itself.

Each edit's `text` names it in the undo history, and an EditError says why it cannot apply:
both are for the window, so they are said in its language (core.text).

The GUI wraps each edit in one QUndoCommand (see ui/undo.py), so every change, from any
editor, panel or drag, goes through the same undo stack; keeping the edits Qt-free lets the
core tests check apply/revert/merge without a window. An edit never holds on to objects the
document may replace: it names events and sources by id and stores old and new values.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from timeline_app.core.model.timeline import Claim, Event, Source, Timeline
from timeline_app.core.text import tr

# Event attributes an edit may set. "status_set" is the status the file states (None: derived).
EVENT_FIELDS = ("title", "start", "end", "description", "tags", "location", "status_set",
                "claims")
SOURCE_FIELDS = ("name", "kind", "country", "url", "notes", "color", "reliability")


class EditError(ValueError):
    """An edit that cannot apply to this document (e.g. deleting a source still cited)."""


@dataclass
class Changes:
    """What an edit touched, so views refresh what they must (and a list of events when the
    set of events itself changed)."""

    events: set[str] = field(default_factory=set)
    structure: bool = False   # events added or removed, or ids changed
    sources: bool = False     # the registry changed (or, with `fields`, an event's claims)
    document: bool = False    # title or description
    # Which event fields changed (None: any, or the registry). With the positions below the
    # window updates its indexes in place instead of making them again (issue 14).
    fields: frozenset[str] | None = None
    removed: tuple[int, ...] | None = None   # positions (before) of the events removed
    inserted: tuple[int, ...] | None = None  # positions (after) of the events added

    def registry_changed(self) -> bool:
        """Whether sources were added, edited or removed (not only an event's claims)."""
        return self.sources and self.fields is None

    def positions_known(self) -> bool:
        """Whether a change of the list of events says where (always, without one)."""
        return not self.structure or self.removed is not None or self.inserted is not None


class Edit:
    """Base: subclasses implement apply/revert and say what they changed."""

    text = "Edit"
    # The document's id -> position lookup, when it keeps one (Document.push sets it): a
    # million-event list is not searched for one event.
    locate: Callable[[str], int | None] | None = None

    def use_positions(self, locate: Callable[[str], int | None] | None) -> None:
        self.locate = locate

    def apply(self, t: Timeline) -> Changes:
        raise NotImplementedError

    def revert(self, t: Timeline) -> Changes:
        raise NotImplementedError

    def merge(self, other: Edit) -> bool:
        """Absorb a following edit into this one (one undo step for a whole drag)."""
        return False


def _find(t: Timeline, event_id: str,
          locate: Callable[[str], int | None] | None = None) -> Event:
    p = locate(event_id) if locate is not None else None
    if p is not None and 0 <= p < len(t.events) and t.events[p].id == event_id:
        return t.events[p]
    for event in t.events:
        if event.id == event_id:
            return event
    raise EditError(tr('no event with id "{id}"').format(id=event_id))


def _at(t: Timeline, items: list[tuple[int, Event]]) -> bool:
    """Whether each event is at its position (ascending): then they are removed by position."""
    events = t.events
    return all(i < len(events) and events[i].id == e.id for i, e in items)


def _remove(t: Timeline, items: list[tuple[int, Event]]) -> tuple[int, ...] | None:
    """Remove these events; their positions when they were where `items` says."""
    if _at(t, items):
        for i, _ in reversed(items):
            del t.events[i]
        return tuple(i for i, _ in items)
    ids = {e.id for _, e in items}
    t.events[:] = [e for e in t.events if e.id not in ids]
    return None


def _placed(indices: list[int], n: int) -> list[int]:
    """Final positions of events inserted one after another at `indices` (ascending) into a
    list of `n`: a later insert at the same place pushes an earlier one on."""
    placed: list[int] = []
    for index in indices:
        p = min(index, n + len(placed))
        placed = [q + 1 if q >= p else q for q in placed]
        placed.append(p)
    return placed


def _snapshot(value: Any) -> Any:
    # Claims are mutable objects: keep copies so later edits cannot change history.
    if isinstance(value, list):
        return [copy.copy(v) if isinstance(v, Claim) else v for v in value]
    return value


class SetEventFields(Edit):
    """Change some fields of one event; consecutive moves of the same event merge."""

    def __init__(self, event: Event, text: str | None = None, merge_key: str = "",
                 **new: Any) -> None:
        unknown = set(new) - set(EVENT_FIELDS)
        if unknown:
            raise EditError(f"unknown event fields: {', '.join(sorted(unknown))}")
        self.event_id = event.id
        self.text = text or tr("Edit Event")
        self.merge_key = merge_key  # edits with the same non-empty key merge
        self.old = {k: _snapshot(getattr(event, k)) for k in new}
        self.new = {k: _snapshot(v) for k, v in new.items()}

    def _set(self, t: Timeline, values: dict[str, Any]) -> Changes:
        event = _find(t, self.event_id, self.locate)
        for key, value in values.items():
            setattr(event, key, _snapshot(value))
        return Changes(events={self.event_id}, sources="claims" in values,
                       fields=frozenset(values))

    def apply(self, t: Timeline) -> Changes:
        return self._set(t, self.new)

    def revert(self, t: Timeline) -> Changes:
        return self._set(t, self.old)

    def merge(self, other: Edit) -> bool:
        if (not self.merge_key or not isinstance(other, SetEventFields)
                or other.merge_key != self.merge_key or other.event_id != self.event_id
                or set(other.new) != set(self.new)):
            return False
        self.new = other.new
        return True

    def is_noop(self) -> bool:
        return self.old == self.new


class AddEvents(Edit):
    """Insert events (new or duplicated) at given positions, adding any sources they need."""

    def __init__(self, events: list[tuple[int, Event]], text: str | None = None,
                 sources: list[Source] | None = None) -> None:
        self.items = sorted(events, key=lambda item: item[0])
        self.sources = sources or []
        self.text = text or tr("Add Event")
        self._done: list[tuple[int, Event]] | None = None  # (position, event) once applied

    def apply(self, t: Timeline) -> Changes:
        new = [e.id for _, e in self.items]
        locate = self.locate
        taken = set() if locate is not None else {e.id for e in t.events}
        for event_id in new:
            if event_id in taken or (locate is not None and locate(event_id) is not None):
                raise EditError(tr('an event with id "{id}" already exists').format(
                    id=event_id))
            taken.add(event_id)
        for source in self.sources:
            t.sources[source.id] = source
        n = len(t.events)
        for index, event in self.items:
            t.events.insert(min(index, len(t.events)), event)
        placed = _placed([i for i, _ in self.items], n) if len(self.items) <= 64 else None
        # where each event ended up, in the order of `items` (for undo by position)
        self._done = None if placed is None else list(zip(placed, (e for _, e in self.items),
                                                           strict=True))
        return Changes(events=set(new), structure=True, sources=bool(self.sources),
                       inserted=None if placed is None else tuple(sorted(placed)))

    def revert(self, t: Timeline) -> Changes:
        ids = {e.id for _, e in self.items}
        done = self._done
        removed = _remove(t, sorted(done, key=lambda item: item[0]) if done else
                          [(len(t.events), e) for _, e in self.items])
        for source in self.sources:
            t.sources.pop(source.id, None)
        return Changes(events=ids, structure=True, sources=bool(self.sources), removed=removed)


class RemoveEvents(Edit):
    """Delete events; undo puts them back where they were."""

    def __init__(self, t: Timeline, event_ids: list[str],
                 locate: Callable[[str], int | None] | None = None) -> None:
        """`locate`: the document's id -> position lookup, if it keeps one (no scan)."""
        wanted = set(event_ids)
        found = sorted({p for p in map(locate, wanted) if p is not None}) if locate else []
        events = t.events
        if locate is not None and len(found) == len(wanted) and all(
                p < len(events) and events[p].id in wanted for p in found):
            self.items = [(p, events[p]) for p in found]
        else:
            self.items = [(i, e) for i, e in enumerate(events) if e.id in wanted]
        if not self.items:
            raise EditError(tr("nothing to delete"))
        n = len(self.items)
        self.text = tr("Delete Event") if n == 1 else tr("Delete %Ln Events", "", n)

    def apply(self, t: Timeline) -> Changes:
        ids = {e.id for _, e in self.items}
        return Changes(events=ids, structure=True, removed=_remove(t, self.items))

    def revert(self, t: Timeline) -> Changes:
        for index, event in self.items:  # ascending: earlier inserts keep later indices right
            t.events.insert(index, event)
        return Changes(events={e.id for _, e in self.items}, structure=True,
                       inserted=tuple(i for i, _ in self.items))


class AddSource(Edit):
    def __init__(self, source: Source) -> None:
        self.source = source
        self.text = tr("Add Source")

    def apply(self, t: Timeline) -> Changes:
        if self.source.id in t.sources:
            raise EditError(tr('a source with id "{id}" already exists').format(
                id=self.source.id))
        t.sources[self.source.id] = self.source
        return Changes(sources=True)

    def revert(self, t: Timeline) -> Changes:
        t.sources.pop(self.source.id, None)
        return Changes(sources=True)


class SetSourceFields(Edit):
    """Rename or otherwise edit a source (its id, which claims cite, stays)."""

    def __init__(self, source: Source, text: str | None = None, **new: Any) -> None:
        unknown = set(new) - set(SOURCE_FIELDS)
        if unknown:
            raise EditError(f"unknown source fields: {', '.join(sorted(unknown))}")
        self.source_id = source.id
        self.text = text or tr("Edit Source")
        self.old = {k: getattr(source, k) for k in new}
        self.new = dict(new)

    def _set(self, t: Timeline, values: dict[str, Any]) -> Changes:
        source = t.sources.get(self.source_id)
        if source is None:
            raise EditError(tr('no source with id "{id}"').format(id=self.source_id))
        for key, value in values.items():
            setattr(source, key, value)
        return Changes(sources=True, events=_citing(t, {self.source_id}))

    def apply(self, t: Timeline) -> Changes:
        return self._set(t, self.new)

    def revert(self, t: Timeline) -> Changes:
        return self._set(t, self.old)


def _citing(t: Timeline, source_ids: set[str]) -> set[str]:
    return {e.id for e in t.events if any(c.source in source_ids for c in e.claims)}


class MergeSources(Edit):
    """Fold source `old` into `into`: its claims are reassigned, then it is removed."""

    def __init__(self, t: Timeline, old: str, into: str) -> None:
        if old == into or old not in t.sources or into not in t.sources:
            raise EditError(tr("merge needs two different sources of this document"))
        self.old, self.into = old, into
        self.removed = t.sources[old]
        self.position = list(t.sources).index(old)
        # (event id, claim index) of every claim that cited `old`
        self.moved = [(e.id, i) for e in t.events for i, c in enumerate(e.claims)
                      if c.source == old]
        self.text = tr("Merge Sources")

    def apply(self, t: Timeline) -> Changes:
        by_id = {e.id: e for e in t.events}
        for event_id, i in self.moved:
            by_id[event_id].claims[i].source = self.into
        t.sources.pop(self.old, None)
        return Changes(sources=True, events={eid for eid, _ in self.moved})

    def revert(self, t: Timeline) -> Changes:
        by_id = {e.id: e for e in t.events}
        for event_id, i in self.moved:
            by_id[event_id].claims[i].source = self.old
        items = list(t.sources.items())
        items.insert(self.position, (self.old, self.removed))
        t.sources = dict(items)
        return Changes(sources=True, events={eid for eid, _ in self.moved})


class RemoveSource(Edit):
    """Delete a source no claim cites any more (reassign or remove its claims first)."""

    def __init__(self, t: Timeline, source_id: str) -> None:
        if source_id not in t.sources:
            raise EditError(tr('no source with id "{id}"').format(id=source_id))
        citing = _citing(t, {source_id})
        if citing:
            raise EditError(tr("this source is still cited by %Ln event(s): reassign or "
                               "remove their claims first", "", len(citing)))
        self.source = t.sources[source_id]
        self.position = list(t.sources).index(source_id)
        self.text = tr("Delete Source")

    def apply(self, t: Timeline) -> Changes:
        t.sources.pop(self.source.id, None)
        return Changes(sources=True)

    def revert(self, t: Timeline) -> Changes:
        items = list(t.sources.items())
        items.insert(self.position, (self.source.id, self.source))
        t.sources = dict(items)
        return Changes(sources=True)


class SetDocumentFields(Edit):
    def __init__(self, t: Timeline, **new: Any) -> None:
        self.old = {k: getattr(t, k) for k in new}
        self.new = dict(new)
        self.text = tr("Edit Document")

    def apply(self, t: Timeline) -> Changes:
        for key, value in self.new.items():
            setattr(t, key, value)
        return Changes(document=True)

    def revert(self, t: Timeline) -> Changes:
        for key, value in self.old.items():
            setattr(t, key, value)
        return Changes(document=True)


class Compound(Edit):
    """Several edits as one undo step (e.g. an event edited with a source created for it)."""

    def __init__(self, edits: list[Edit], text: str) -> None:
        self.edits = edits
        self.text = text

    def use_positions(self, locate: Callable[[str], int | None] | None) -> None:
        for edit in self.edits:
            edit.use_positions(locate)

    def apply(self, t: Timeline) -> Changes:
        done: list[Edit] = []
        total = Changes()
        try:
            for edit in self.edits:
                _add(total, edit.apply(t))
                done.append(edit)
        except EditError:
            for edit in reversed(done):  # all or nothing
                edit.revert(t)
            raise
        return total

    def revert(self, t: Timeline) -> Changes:
        total = Changes()
        for edit in reversed(self.edits):
            _add(total, edit.revert(t))
        return total


def _add(total: Changes, more: Changes) -> None:
    """Fold `more` into `total`: positions only survive when one part changed the list."""
    first = not (total.events or total.structure or total.sources or total.document)
    if first:
        total.fields, total.removed, total.inserted = more.fields, more.removed, more.inserted
    else:
        total.fields = (None if total.fields is None or more.fields is None
                        else total.fields | more.fields)
        if more.structure and total.structure:
            total.removed = total.inserted = None  # two lists of positions: not followed
        elif more.structure:
            total.removed, total.inserted = more.removed, more.inserted
    total.events |= more.events
    total.structure |= more.structure
    total.sources |= more.sources
    total.document |= more.document
