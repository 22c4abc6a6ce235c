"""The usual native document read while it is parsed: each event built from its object at once.

Parsing a million events into dicts first held 1.1 GB of them (next to the text) while the
events were built, and touching that much fresh memory was most of the time of opening a
large file. Here the document's top level and its event list are walked by hand, each value
parsed by the JSON module's own scanner (so numbers, strings and duplicate keys inside are
treated exactly as in a whole parse), and each event object becomes an `Event` and is dropped
before the next one is read.

Only the file that needs nothing else is read here: header and sources before the events,
every event in the canonical shape `fast_event` accepts, unique ids, valid JSON. At the first
doubt of any kind (a syntax error, a repeated key, an event for the thorough reader, a header
the schema would report) this gives up and returns None, and the general path parses the text
again and reports as it always has, so every message is that path's own.
"""

from __future__ import annotations

import json.decoder
import re
from collections.abc import Callable
from json import JSONDecodeError
from typing import Any

from timeline_app.core.formats import native
from timeline_app.core.formats.event_lists import complete_ids
from timeline_app.core.formats.fast_events import fast_event
from timeline_app.core.formats.json_keys import DuplicateKey
from timeline_app.core.formats.json_text import DECODER, PLAIN_DECODER, may_hold_surrogates
from timeline_app.core.formats.result import LoadResult, Progress
from timeline_app.core.model.timeline import Event, Source

# JSON's whitespace (json.decoder's; not isspace's): always a match, perhaps an empty one.
_ws: Callable[[str, int], re.Match[str]] = re.compile(r"[ \t\n\r]*").match  # type: ignore[assignment]
# One value at an index, (value, end), as a whole parse reads it; a key's text (typeshed
# knows neither).
_scan: Callable[[str, int], tuple[Any, int]] = DECODER.scan_once  # type: ignore[attr-defined]
_scan_plain: Callable[[str, int], tuple[Any, int]] = PLAIN_DECODER.scan_once  # type: ignore[attr-defined]
scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]
PROGRESS_EVERY = 4096  # events between progress reports (each may cancel)


class _GiveUp(Exception):
    """Not the usual document: the general path reads it."""


def read_streaming(text: str, name: str, progress: Progress | None = None
                   ) -> LoadResult | None:
    """The document, or None when the general path must read it (see the module)."""
    if may_hold_surrogates(text):
        return None
    try:
        return _read(text, name, progress)
    # Whatever a whole parse would report (its messages are the general path's to give);
    # LoadCancelled from `progress` is not among these and passes.
    except (_GiveUp, JSONDecodeError, StopIteration, DuplicateKey, ValueError, RecursionError,
            MemoryError):
        return None


def _read(text: str, name: str, progress: Progress | None) -> LoadResult:
    i = _ws(text, 0).end()
    if text[i:i + 1] != "{":
        raise _GiveUp
    i = _ws(text, i + 1).end()
    doc: dict[str, Any] = {}
    events: list[Event] | None = None
    registry: dict[str, Source] | None = None
    while True:
        if text[i:i + 1] != '"':
            raise _GiveUp  # an empty object, or not a key
        key, i = scanstring(text, i + 1)
        i = _ws(text, i).end()
        if text[i:i + 1] != ":" or key in doc:
            raise _GiveUp
        i = _ws(text, i + 1).end()
        if key == "events":
            registry = _registry(doc)
            events, i = _events(text, i, registry, progress)
            doc[key] = events
        else:
            doc[key], i = _scan(text, i)
        i = _ws(text, i).end()
        delimiter = text[i:i + 1]
        i = _ws(text, i + 1).end()
        if delimiter == "}":
            break
        if delimiter != ",":
            raise _GiveUp
    if i != len(text) or events is None or registry is None:
        raise _GiveUp  # text after the document, or no events
    # The header as read_native checks it (its event list is a list: no need to walk it).
    header = {k: v for k, v in doc.items()
              if k in native.schema.DocumentSchema.__annotations__ and k != "sources"}
    header["events"] = []
    if not native._valid(header):
        raise _GiveUp
    return native.native_result(doc, name, registry, events)


def _registry(doc: dict[str, Any]) -> dict[str, Source]:
    """The sources read before the events, when the document is certainly native."""
    items = doc.get("sources")
    # "format" first rules out TimelineJS, which build() would otherwise ask about first.
    if doc.get("format") != native.KIND or type(items) is not list:
        raise _GiveUp
    registry = native._fast_sources(items)
    if registry is None:
        raise _GiveUp
    return registry


def _events(text: str, i: int, registry: dict[str, Source], progress: Progress | None
            ) -> tuple[list[Event], int]:
    """The event list at `i`, every event on the fast path, and the index after it."""
    if text[i:i + 1] != "[":
        raise _GiveUp
    i = _ws(text, i + 1).end()
    events: list[Event] = []
    if text[i:i + 1] == "]":
        return events, i + 1
    append = events.append
    ids: set[str] = set()
    seen = ids.add
    missing: list[Event] = []
    size = len(text)
    scan, ws, fast, colons = _scan_plain, _ws, fast_event, text.count
    count = 0
    while True:
        if progress is not None and not count % PROGRESS_EVERY:
            progress(i / size)
        count += 1
        start = i
        raw, i = scan(text, i)  # without the duplicate-key hook: see below
        event = fast(raw, registry) if type(raw) is dict else None
        if event is None:
            raise _GiveUp
        # Unique keys, proved by counting: the event's shape is canonical (fast_event took
        # it), so its only objects are itself and its claims, every key is a known name
        # (no ":" in it), and each key written in the text has one ":" after it. When the
        # text holds no more ":" than the dicts have keys, no key was written twice (nor is
        # there a ":" in a string). Otherwise (a URL, a time) the hook's scan decides.
        keys = len(raw)
        claims = raw.get("claims")
        if claims:
            for claim in claims:
                keys += len(claim)
        if colons(":", start, i) != keys:
            _scan(text, start)  # DuplicateKey if a key repeats
        del raw, claims  # the objects go now: their memory is reused by the next ones'
        ident = event.id
        if not ident:
            missing.append(event)
        elif ident in ids:
            raise _GiveUp  # a repeated id: the general path says where
        else:
            seen(ident)
        append(event)
        delimiter = text[i:i + 1]
        if delimiter in " \t\n\r":
            i = ws(text, i).end()
            delimiter = text[i:i + 1]
        if delimiter == ",":
            i = ws(text, i + 1).end()
        elif delimiter == "]":
            break
        else:
            raise _GiveUp
    complete_ids(missing, ids)
    return events, i + 1
