"""A bare JSON list of events (what other tools and scripts write): read leniently.

There is no header, so sources are made from the names the claims give, and the title from the
file's name.
"""

from __future__ import annotations

from typing import Any

from timeline_app.core.formats.base import Format
from timeline_app.core.formats.event_lists import read_events
from timeline_app.core.formats.events_in import EventReader, SourceResolver
from timeline_app.core.formats.result import LoadResult, Progress, title_from_name
from timeline_app.core.model.timeline import Source, Timeline

KIND = "event list"


def recognise(value: Any) -> bool:
    return isinstance(value, list)


def read_event_list(items: list[Any], name: str, progress: Progress | None) -> LoadResult:
    registry: dict[str, Source] = {}
    reader = EventReader(SourceResolver(registry, create_for_claims=True), prefix="events")
    events = read_events(reader, items, name, progress)
    timeline = Timeline(title=title_from_name(name), events=events)
    timeline.sources = registry
    return LoadResult(timeline, KIND)


FORMAT = Format("list", "JSON list of events", recognise=recognise, read_json=read_event_list)
