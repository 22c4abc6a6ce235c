"""Reading a file into a `Timeline`: bytes, text, JSON, then the document, with every problem.

Files come from strangers, so each stage fails with a message that names the place (line and
column, or event and field) and nothing escapes as a traceback. Large files are the other
concern: the garbage collector is paused while the millions of small objects are made.
"""

from __future__ import annotations

import gc
import json
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from timeline_app.core.formats import json_stream, schema, sniff, thetimelineproj
from timeline_app.core.formats.events_in import (
    EventReader,
    SourceResolver,
    generated_id,
    unique_slug,
)
from timeline_app.core.formats.list_records import (
    find_records,
    gap_notes,
    refuse_non_events,
    what_json,
)
from timeline_app.core.formats.problems import (
    MAX_PROBLEMS,
    LoadError,
    Problem,
    describe_pydantic_error,
    line_col,
    reject_unreadable_bytes,
    short,
)
from timeline_app.core.formats.sources_from_urls import describe_link_sources
from timeline_app.core.model.timeline import Event, Source, Timeline

Progress = json_stream.Progress
PARSE_SHARE = 0.5  # of the progress bar: parsing, then building the events

# A 1,000,000-event file in canonical form is about 300 MB; beyond this a file is refused
# up front instead of taking minutes and gigabytes to fail.
MAX_FILE_BYTES = 768 * 1024 * 1024


# A file of zero bytes is what a crash during writing often leaves (the size was recorded,
# the data never reached the disk); calling it UTF-16 would send the user the wrong way.


class UnreadableError(LoadError):
    """The file could not be read at all (missing, a folder, no permission)."""


@dataclass
class LoadResult:
    timeline: Timeline
    kind: str                      # "timeline-app", "event list", "TimelineJS", "CSV" …
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0               # items of a foreign format that could not be read (warned)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic GC: building a million acyclic objects otherwise triggers it often."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _too_large(name: str, size: int) -> LoadError:
    return LoadError(name, [Problem(
        f"the file is {size / 1e6:,.0f} MB; Timeline App opens files of up to "
        f"{MAX_FILE_BYTES / 1e6:,.0f} MB")])


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    name = str(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise _too_large(name, size)
        with open(path, "rb") as fh:
            # A buffer of the file's size (+1 to notice growth): `read(MAX_FILE_BYTES + 1)`
            # would ask for 768 MiB up front for every file, however small.
            data = fh.read(size + 1)
            if len(data) > size:  # growing, or a special file that says 0: read on, capped
                grown = bytearray(data)
                while len(grown) <= MAX_FILE_BYTES and (chunk := fh.read(1 << 20)):
                    grown += chunk
                if len(grown) > MAX_FILE_BYTES:
                    raise _too_large(name, len(grown))
                data = bytes(grown)
        return data
    except IsADirectoryError:
        raise UnreadableError(name, [Problem("is a folder, not a file")]) from None
    except FileNotFoundError:
        raise UnreadableError(name, [Problem("no such file")]) from None
    except PermissionError:
        raise UnreadableError(name, [Problem("permission denied")]) from None
    except OSError as err:
        raise UnreadableError(name, [Problem(f"cannot read: {err.strerror or err}")]) from None


class LoadCancelled(Exception):
    """Raised by a progress callback to abandon a load."""


def load_path(path: str | os.PathLike[str], progress: Progress | None = None) -> LoadResult:
    """Load a file; raises LoadError (or UnreadableError) listing what is wrong.

    `progress(fraction)` is called now and then from the loading thread (it may raise
    LoadCancelled); with it, large files are parsed in steps so other threads keep running.
    """
    return load_bytes(read_bytes(path), str(path), progress)


def load_bytes(data: bytes, name: str = "<data>", progress: Progress | None = None
               ) -> LoadResult:
    from timeline_app.core.formats.registry import is_csv

    sniff.refuse_foreign(data, name)
    if sniff.is_xml(data, name):
        return _build_xml(data, name)
    if is_csv(data, name):
        from timeline_app.core.formats.csv_import import import_csv

        with paused_gc():
            result = import_csv(data, name)
            gc.freeze()
        return result
    text = decode(data, name)
    with paused_gc():
        value = parse_json(text, name, progress)
        del text
        result = build(value, name, progress)
        del value
        # The document is long-lived and acyclic: move it out of the collector's sight so
        # later collections do not walk a million objects (which stalls a GUI for a second).
        gc.freeze()
    return result


def _build_xml(data: bytes, name: str) -> LoadResult:
    """XML: The Timeline Project's files (any other XML is named in the error)."""
    with paused_gc():
        timeline, warnings, skipped = thetimelineproj.read_xml(data, name)
    return LoadResult(timeline, thetimelineproj.KIND, warnings, skipped)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (a BOM is accepted), or UTF-16/32 when a BOM says so."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        utf32 = data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"))
        encoding = "utf-32" if utf32 else "utf-16"
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as err:
            raise LoadError(name, [Problem(f"not valid {encoding.upper()} "
                                           f"(byte {err.start} of the file)")]) from None
    reject_unreadable_bytes(data, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        prefix = data[: err.start].decode("utf-8", "replace")
        line, col = line_col(prefix, len(prefix))
        raise LoadError(name, [Problem(
            f"the file is not valid UTF-8: byte 0x{data[err.start]:02x} cannot start a "
            f"character", line=line, column=col)]) from None
    if not text.strip():
        raise LoadError(name, [Problem("the file is empty")])
    return text


class _BadConstant(ValueError):
    pass


def _reject_constant(token: str) -> Any:
    raise _BadConstant(token)


def _finite_float(token: str) -> float:
    value = float(token)
    if math.isinf(value):
        raise _BadConstant(token)
    return value


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN|-?\d+(?:\.\d+)?[eE][+-]?\d+)')


def _find_token(text: str, token: str) -> tuple[int, int]:
    for m in _TOKEN.finditer(text):
        if m.group(1) == token:
            return line_col(text, m.start(1))
    return 1, 1


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float)
# Below this size one json.loads call is fastest and pauses other threads for under ~0.1 s;
# above it the event list is parsed element by element (about half as fast, but the window
# keeps running and the load can be cancelled).
STREAM_ABOVE_BYTES = 8_000_000


def parse_json(text: str, name: str, progress: Progress | None = None) -> Any:
    try:
        if progress is not None and len(text) > STREAM_ABOVE_BYTES:
            value = json_stream.loads(text, _DECODER, lambda f: progress(f * PARSE_SHARE))
        else:
            value = _DECODER.decode(text)
    except json.JSONDecodeError as err:
        msg = err.msg
        if msg.startswith("Expecting value") and err.pos >= len(text.rstrip()):
            msg = "the file ends before the JSON value is complete"
        elif msg == "Extra data":
            msg = "unexpected text after the end of the JSON value"
        raise LoadError(name, [Problem(f"JSON syntax: {msg}", line=err.lineno,
                                       column=err.colno)]) from None
    except _BadConstant as err:
        token = str(err)
        line, col = _find_token(text, token)
        what = "is too large for a number" if token[0].isdigit() or (token[0] == "-" and \
            token[1:2].isdigit()) else "is not valid JSON (numbers must be finite)"
        raise LoadError(name, [Problem(f"JSON: {short(token)} {what}", line=line,
                                       column=col)]) from None
    except RecursionError:
        raise LoadError(name, [Problem("JSON nested too deeply (more than about "
                                       "900 levels of [ and {)")]) from None
    except ValueError as err:  # e.g. an integer of more than 4,300 digits
        digits = _LONG_INTEGER.search(text) if "integer string conversion" in str(err) else None
        if digits is None:
            raise LoadError(name, [Problem(f"JSON: {short(str(err), 120)}")]) from None
        line, col = line_col(text, digits.start())
        raise LoadError(name, [Problem(
            f"JSON: a number with more than {sys.get_int_max_str_digits():,} digits is too "
            f"long to read", line=line, column=col)]) from None
    except MemoryError:
        raise LoadError(name, [Problem("not enough memory to read this file")]) from None
    _refuse_lone_surrogates(value, text, name)
    return value


_LONG_INTEGER = re.compile(f"[0-9]{{{sys.get_int_max_str_digits() + 1},}}")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _refuse_lone_surrogates(value: Any, text: str, name: str) -> None:
    """JSON may write half a character (`"\\ud800"`); Python keeps it, and it then breaks
    hashing ids, saving and drawing. Refuse it here, with its place. The walk runs only when
    the text has such an escape at all, which ordinary files never do."""
    if _SURROGATE_ESCAPE.search(text) is None:
        return
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
            stack.extend(item.keys())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str) and not item.isascii():
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                break
    else:
        return
    line, col, escape = _lone_escape(text)
    raise LoadError(name, [Problem(
        f"JSON: {escape} is half of a character (an unpaired UTF-16 surrogate escape)",
        line=line, column=col)])


def _lone_escape(text: str) -> tuple[int, int, str]:
    """Where the first surrogate escape that is not part of a pair is, and its text."""
    matches = list(_SURROGATE_ESCAPE.finditer(text))
    i = 0
    while i < len(matches):
        m = matches[i]
        high = m.group()[3].lower() in "89ab"
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if high and nxt is not None and nxt.start() == m.end() and \
                nxt.group()[3].lower() in "cdef":
            i += 2
            continue
        return (*line_col(text, m.start()), m.group())
    return 1, 1, "a \\u escape"


def build(value: Any, name: str, progress: Progress | None = None) -> LoadResult:
    """Turn parsed JSON into a Timeline, whichever supported shape it has."""
    from timeline_app.core.formats import timelinejs  # lazily: it imports LoadResult from here

    if isinstance(value, list):
        refuse_non_events(value, "", name)
        return _build_event_list(value, name, progress)
    if timelinejs.looks_like_timelinejs(value):
        return timelinejs.read_timelinejs(value, name)
    if isinstance(value, dict) and "events" in value:
        return _build_native(value, name, progress)
    found = find_records(value)
    if found is None:
        raise LoadError(name, [Problem(
            f'expected a timeline document (an object with "events") or a JSON list of '
            f"events, got {what_json(value)}")])
    where, records = found
    refuse_non_events(records, where, name)
    try:
        result = _build_event_list(records, name, progress, prefix=where)
    except LoadError as err:
        err.problems.insert(0, Problem(f"found {len(records):,} records at {where}, read as "
                                       f"events, but they do not load:"))
        err.total += 1
        raise
    result.warnings.insert(0, f"{name}: found {len(records):,} records at {where}; read as a "
                              f"list of events")
    return result


def _build_event_list(items: list[Any], name: str, progress: Progress | None,
                      prefix: str = "events") -> LoadResult:
    registry: dict[str, Source] = {}
    reader = EventReader(SourceResolver(registry, create_for_claims=True), prefix=prefix)
    reader.gaps = Counter()
    events = _read_events(reader, items, name, progress)
    timeline = Timeline(title=title_from_name(name), events=events)
    timeline.sources = registry
    describe_link_sources(registry, events)
    notes = gap_notes(reader.gaps, events)
    return LoadResult(timeline, "event list", [f"{name}: {n}" for n in notes])


def title_from_name(name: str) -> str:
    """"war.timeline.json" -> "war": a bare list has no title, its file name is the next best."""
    if name == "<data>":
        return ""
    base = Path(name).name
    for suffix in (".timeline.json", ".json"):
        if base.lower().endswith(suffix):
            return base[: -len(suffix)]
    return Path(base).stem


def _build_native(doc: dict[str, Any], name: str, progress: Progress | None) -> LoadResult:
    problems: list[Problem] = []
    warnings: list[str] = []
    header = {k: v for k, v in doc.items() if k in schema.DocumentSchema.__annotations__}
    try:
        schema.DOCUMENT.validate_python(header)
    except ValidationError as err:
        for e in err.errors(include_url=False)[:MAX_PROBLEMS]:
            loc = e["loc"]
            place = loc[0] if loc else ""
            if len(loc) > 1 and isinstance(loc[1], int):
                place = f"{loc[0]}[{loc[1]}]" + "".join(
                    f".{p}" for p in loc[2:] if p in schema.SourceSchema.__annotations__)
            problems.append(Problem(describe_pydantic_error(e), str(place)))
        raise LoadError(name, problems) from None
    version = doc.get("version", Timeline.VERSION)
    if version > Timeline.VERSION:
        warnings.append(f"{name}: written by a newer version (format version {version}); "
                        f"fields this version does not know are kept as they are")
    registry = _read_sources(doc.get("sources") or [], problems)
    reader = EventReader(SourceResolver(registry, create_for_claims=False), prefix="events")
    reader.problems = problems
    events = _read_events(reader, doc["events"], name, progress)
    extra = {k: v for k, v in doc.items() if k not in schema.DocumentSchema.__annotations__}
    timeline = Timeline(
        title=doc.get("title", ""),
        description=doc.get("description", ""),
        events=events,
        extra=extra,
        version=version,
    )
    timeline.sources = registry
    return LoadResult(timeline, "timeline-app", warnings)


def _read_sources(items: list[Any], problems: list[Problem]) -> dict[str, Source]:
    known = set(schema.SourceSchema.__annotations__)
    registry: dict[str, Source] = {}
    suffixes: dict[str, int] = {}
    for i, item in enumerate(items):
        if isinstance(item, str):
            item = {"name": item}
        sid = item.get("id") or unique_slug(item.get("name") or f"source {i + 1}", registry,
                                            suffixes)
        if sid in registry:
            problems.append(Problem(f'duplicate source id "{short(sid)}"', f"sources[{i}].id"))
            continue
        registry[sid] = Source(
            id=sid,
            name=item.get("name") or sid,
            kind=item.get("kind", ""),
            country=item.get("country", ""),
            url=item.get("url", ""),
            notes=item.get("notes", ""),
            color=item.get("color"),
            extra={k: v for k, v in item.items() if k not in known},
        )
    return registry


def _read_events(reader: EventReader, items: list[Any], name: str,
                 progress: Progress | None = None) -> list[Event]:
    events: list[Event] = []
    first_seen: dict[str, int] = {}
    missing_ids: list[Event] = []
    total = max(1, len(items))
    for i, raw in enumerate(items):
        if progress is not None and i % 4096 == 0:
            progress(PARSE_SHARE + (1 - PARSE_SHARE) * i / total)
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
        if not event.id:
            missing_ids.append(event)
        elif event.id in first_seen:
            j = first_seen[event.id]
            reader.problems.append(Problem(
                f'duplicate id "{short(event.id)}" (also {reader.where(j, items[j])})',
                reader.where(i, raw, "id")))
        else:
            first_seen[event.id] = i
        events.append(event)
    if reader.problems:
        raise LoadError(name, reader.problems[:MAX_PROBLEMS], total=len(reader.problems))
    taken = set(first_seen)
    suffixes: dict[str, int] = {}
    for event in missing_ids:
        event.id = generated_id(event.title, event.start.text, taken, suffixes)
        taken.add(event.id)
    return events
