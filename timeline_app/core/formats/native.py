"""The native format: a timeline-app JSON document (see docs/format.md), read and written.

Reading checks the document's header with the schema, reads its sources, then its events
through the shared `events_in` reader; writing is `saving.to_bytes`, canonical and stable.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from timeline_app.core.formats import schema
from timeline_app.core.formats.base import Format, WriteOptions
from timeline_app.core.formats.event_lists import read_events
from timeline_app.core.formats.events_in import EventReader, SourceResolver
from timeline_app.core.formats.ids import unique_slug
from timeline_app.core.formats.problems import (
    MAX_PROBLEMS,
    LoadError,
    Problem,
    describe_pydantic_error,
    short,
)
from timeline_app.core.formats.result import LoadResult, Progress
from timeline_app.core.formats.saving import to_bytes
from timeline_app.core.model.grades import parse_reliability
from timeline_app.core.model.timeline import Event, Source, Timeline
from timeline_app.core.text import tr

KIND = "timeline-app"
_SOURCE_KEYS = frozenset(schema.SourceSchema.__annotations__)
_SOURCE_KEYS_HAVE = _SOURCE_KEYS.issuperset  # the keys walked in C
_MAX_SHORT, _MAX_TEXT = schema.MAX_SHORT, schema.MAX_TEXT


def recognise(value: Any) -> bool:
    """An object with an event list (TimelineJS, which may have one too, is asked first)."""
    return isinstance(value, dict) and "events" in value


def read_native(doc: dict[str, Any], name: str, progress: Progress | None) -> LoadResult:
    problems: list[Problem] = []
    header = {k: v for k, v in doc.items() if k in schema.DocumentSchema.__annotations__}
    items = header.get("sources")
    registry = _fast_sources(items) if type(items) is list else None
    if registry is None or not _valid({k: v for k, v in header.items() if k != "sources"}):
        _check_header(header, name)  # raises with the schema's own report
    if registry is None:
        registry = _read_sources(doc.get("sources") or [], problems)
    reader = EventReader(SourceResolver(registry, create_for_claims=False), prefix="events")
    reader.problems = problems
    events = read_events(reader, doc["events"], name, progress)
    return native_result(doc, name, registry, events)


def native_result(doc: dict[str, Any], name: str, registry: dict[str, Source],
                  events: list[Event]) -> LoadResult:
    """The document of a checked header (`doc`; its "events" are not read from it), its
    sources and its events."""
    warnings: list[str] = []
    version = doc.get("version", Timeline.VERSION)
    if version > Timeline.VERSION:
        warnings.append(tr("{name}: written by a newer version (format version {version}); "
                           "fields this version does not know are kept as they are").format(
                               name=name, version=version))
    extra = {k: v for k, v in doc.items() if k not in schema.DocumentSchema.__annotations__}
    timeline = Timeline(
        title=doc.get("title", ""),
        description=doc.get("description", ""),
        events=events,
        extra=extra,
        version=version,
    )
    timeline.sources = registry
    return LoadResult(timeline, KIND, warnings)


def _valid(header: dict[str, Any]) -> bool:
    try:
        schema.DOCUMENT.validate_python(header)
    except ValidationError:
        return False
    return True


def _check_header(header: dict[str, Any], name: str) -> None:
    """The header against the schema; LoadError with its problems if it fails."""
    try:
        schema.DOCUMENT.validate_python(header)
    except ValidationError as err:
        problems = []
        for e in _one_branch(err.errors(include_url=False), header)[:MAX_PROBLEMS]:
            loc = e["loc"]
            place = loc[0] if loc else ""
            if len(loc) > 1 and isinstance(loc[1], int):
                place = f"{loc[0]}[{loc[1]}]" + "".join(
                    f".{p}" for p in loc[2:] if p in schema.SourceSchema.__annotations__)
            problems.append(Problem(describe_pydantic_error(e), str(place)))
        raise LoadError(name, problems) from None


def _one_branch(errors: list[Any], header: dict[str, Any]) -> list[Any]:
    """A source is an object or a bare name: report only the branch its type meant (an
    object unless it is text), not 'expected text' for an object with one bad field."""
    items = header.get("sources")
    out = []
    for e in errors:
        loc = e["loc"]
        if (len(loc) > 2 and loc[0] == "sources" and isinstance(items, list)
                and isinstance(loc[1], int) and loc[1] < len(items)):
            is_name = isinstance(items[loc[1]], str)
            if loc[2] == ("SourceSchema" if is_name else "constrained-str"):
                continue
        out.append(e)
    return out or errors


def _fast_sources(items: list[Any]) -> dict[str, Source] | None:
    """The registry of sources in the usual shape (objects with an id; known fields of the
    schema's types and sizes; no repeated id), checked and read in one pass; None at the
    first doubt, and then the schema and `_read_sources` decide. Checking 100k sources with
    the schema took 60 ms, the GIL held throughout (the window froze), before reading them."""
    registry: dict[str, Source] = {}
    known = _SOURCE_KEYS_HAVE
    for item in items:
        if type(item) is not dict:
            return None
        get = item.get
        sid = get("id")
        name = get("name", "")
        kind = get("kind", "")
        country = get("country", "")
        url = get("url", "")
        notes = get("notes", "")
        color = get("color")
        if (type(sid) is not str or not sid or sid in registry or type(name) is not str
                or type(kind) is not str or type(country) is not str or type(url) is not str
                or type(notes) is not str or (color is not None and type(color) is not str)
                or len(sid) > _MAX_SHORT or len(name) > _MAX_SHORT or len(kind) > _MAX_SHORT
                or len(country) > _MAX_SHORT or len(url) > _MAX_SHORT
                or len(notes) > _MAX_TEXT or (color is not None and len(color) > _MAX_SHORT)):
            return None
        reliability = get("reliability")
        if reliability is not None:
            try:
                reliability = parse_reliability(reliability)
            except ValueError:
                return None
        registry[sid] = Source(
            sid, name or sid, kind, country, url, notes, color,
            None if known(item) else {k: v for k, v in item.items() if k not in _SOURCE_KEYS},
            reliability,
        )
    return registry


def _read_sources(items: list[Any], problems: list[Problem]) -> dict[str, Source]:
    """The registry from the header's (already validated) sources. Written for 100k of
    them: one bound `get` per entry and a positional constructor call (keywords cost more)."""
    known = _SOURCE_KEYS
    registry: dict[str, Source] = {}
    suffixes: dict[str, int] = {}
    for i, item in enumerate(items):
        if isinstance(item, str):
            item = {"name": item}
        get = item.get
        sid = get("id") or unique_slug(get("name") or f"source {i + 1}", registry, suffixes)
        if sid in registry:
            problems.append(Problem(tr('duplicate source id "{id}"').format(id=short(sid)),
                                    f"sources[{i}].id"))
            continue
        reliability = get("reliability")
        registry[sid] = Source(
            sid, get("name") or sid, get("kind", ""), get("country", ""), get("url", ""),
            get("notes", ""), get("color"),
            # Most sources have no unknown field: the shared empty extra (100k sources).
            None if item.keys() <= known else {k: v for k, v in item.items() if k not in known},
            None if reliability is None else parse_reliability(reliability),
        )
    return registry


def _write(timeline: Timeline, options: WriteOptions) -> tuple[bytes, list[str]]:
    return to_bytes(timeline), []


FORMAT = Format("json", "native JSON", suffixes=(".json",), recognise=recognise,
                read_json=read_native, write=_write)
