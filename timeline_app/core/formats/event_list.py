"""A bare JSON list of events (what other tools and scripts write), read leniently; and such a
list found one level down in a wrapper object (`{"timeBins": [{"data": [...]}]}`).

There is no header, so sources are made from the names the claims give, and the title from the
file's name. Records without the usual event fields get what can be derived (a title from a
description, a date from a year field), each counted in a note.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from timeline_app.core.formats.base import Format
from timeline_app.core.formats.event_lists import read_events
from timeline_app.core.formats.events_in import EventReader, SourceResolver
from timeline_app.core.formats.list_records import find_records, gap_notes, refuse_non_events
from timeline_app.core.formats.problems import LoadError, Problem
from timeline_app.core.formats.result import LoadResult, Progress, title_from_name
from timeline_app.core.formats.sources_from_urls import describe_link_sources
from timeline_app.core.model.timeline import Source, Timeline
from timeline_app.core.text import tr

KIND = "event list"


def recognise(value: Any) -> bool:
    return isinstance(value, list)


def read_event_list(items: list[Any], name: str, progress: Progress | None = None,
                    prefix: str = "events") -> LoadResult:
    refuse_non_events(items, "" if prefix == "events" else prefix, name)
    registry: dict[str, Source] = {}
    reader = EventReader(SourceResolver(registry, create_for_claims=True), prefix=prefix)
    reader.gaps = Counter()
    events = read_events(reader, items, name, progress)
    timeline = Timeline(title=title_from_name(name), events=events)
    timeline.sources = registry
    describe_link_sources(registry, events)
    notes = gap_notes(reader.gaps, events)
    return LoadResult(timeline, KIND, [f"{name}: {n}" for n in notes])


def recognise_wrapped(value: Any) -> bool:
    return isinstance(value, dict) and find_records(value) is not None


def read_wrapped(value: Any, name: str, progress: Progress | None = None) -> LoadResult:
    found = find_records(value)
    assert found is not None
    where, records = found
    try:
        result = read_event_list(records, name, progress, prefix=where)
    except LoadError as err:
        err.problems.insert(0, Problem(tr("found %Ln records at {where}, read as events, but "
                                          "they do not load:", "", len(records)).format(
                                              where=where)))
        err.total += 1
        raise
    result.warnings.insert(0, tr("{name}: found %Ln records at {where}; read as a list of "
                                 "events", "", len(records)).format(name=name, where=where))
    return result


FORMAT = Format("list", "JSON list of events", recognise=recognise, read_json=read_event_list)
WRAPPED = Format("wrapped list", "JSON object holding a list of records",
                 recognise=recognise_wrapped, read_json=read_wrapped)
