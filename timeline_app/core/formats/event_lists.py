"""Reading a whole list of event objects: every problem collected, ids checked and completed.

Shared by the native document and the bare list (their lists differ only in their header).
"""

from __future__ import annotations

from typing import Any

from timeline_app.core.formats.events_in import EventReader
from timeline_app.core.formats.fast_events import fast_event
from timeline_app.core.formats.ids import generated_id
from timeline_app.core.formats.problems import MAX_PROBLEMS, LoadError, Problem, short
from timeline_app.core.formats.result import PARSE_SHARE, Progress
from timeline_app.core.model.timeline import Event
from timeline_app.core.text import tr


def read_events(reader: EventReader, items: list[Any], name: str,
                progress: Progress | None = None) -> list[Event]:
    """Every event of a list, ids checked and made unique; raises LoadError with all problems."""
    events: list[Event] = []
    append = events.append
    first_seen: dict[str, int] = {}
    first_at = first_seen.setdefault
    missing_ids: list[Event] = []
    total = max(1, len(items))
    registry = reader.sources.registry
    for i, raw in enumerate(items):
        if progress is not None and not i % 4096:
            progress(PARSE_SHARE + (1 - PARSE_SHARE) * i / total)
        # The canonical shape directly (a million calls per large file); the reader for
        # anything else, which tries the fast path again before its thorough one.
        event = fast_event(raw, registry) if type(raw) is dict else None
        if event is None:
            event = reader.read(i, raw)
        if event is None:
            ident = raw.get("id") if isinstance(raw, dict) else None
            if isinstance(ident, str) and ident and ident not in first_seen:
                first_seen[ident] = i  # so a later duplicate is still reported
            if len(reader.problems) > MAX_PROBLEMS * 4:
                # Enough to show; stop spending time on a hopeless file.
                raise LoadError(name, reader.problems[:MAX_PROBLEMS], total=None,
                                stopped_at=reader.where(i, raw))
            continue
        ident = event.id
        if not ident:
            missing_ids.append(event)
        elif (j := first_at(ident, i)) != i:
            reader.problems.append(Problem(
                tr('duplicate id "{id}" (also {place})').format(id=short(ident),
                                                             place=reader.where(j, items[j])),
                reader.where(i, raw, "id")))
        append(event)
    if reader.problems:
        raise LoadError(name, reader.problems[:MAX_PROBLEMS], total=len(reader.problems))
    if not missing_ids:  # the usual file: no set of 100k ids to make
        return events
    complete_ids(missing_ids, set(first_seen))
    return events


def complete_ids(missing_ids: list[Event], taken: set[str]) -> None:
    """An id for each event without one, unique among `taken` (the ids of the file)."""
    suffixes: dict[str, int] = {}
    for event in missing_ids:
        event.id = generated_id(event.title, event.start.text, taken, suffixes)
        taken.add(event.id)
