"""A cache of large documents as loaded, so reopening an unchanged file skips parsing it.

Reading a million events from JSON means scanning 335 MB of text and checking every field;
the cache keeps what came out (the events as columns of plain values, marshalled) in a file
of its own, one per opened path, in the user's cache folder.

It is never trusted beyond what it proves. An entry is used only when the file's path, size
and modification time are the ones it was made from, *and* the SHA-256 of the bytes just read
(the very bytes that would otherwise be parsed) is the one it records, *and* it was written
by this version of the program's loading code, *and* its own checksum holds. Anything else (a
stale, damaged, foreign or truncated entry) is a miss: the file is read as always and the
entry replaced. Only loads without warnings are kept, so what a user is told on opening is the
same either way. Deleting the folder at any time is safe.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import zlib
from array import array
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from timeline_app.core.formats.fast_events import STANCES, STATUSES
from timeline_app.core.formats.result import LoadResult
from timeline_app.core.model.dates import EDate, restore_date
from timeline_app.core.model.precision import Precision
from timeline_app.core.model.timeline import (
    NO_EXTRA,
    Claim,
    Event,
    Source,
    Stance,
    Timeline,
)

FORMAT = 1  # of the entries; a change of layout bumps it
MIN_EVENTS = 20_000  # smaller documents load in a fraction of a second: not worth an entry
MAX_ENTRIES = 8  # the oldest entries beyond these are removed when one is written
MARSHAL_VERSION = 2  # no back-references: columns of unique strings pack twice as fast
SUFFIX = ".tlcache"
# What an entry holds of each object: a field added to the model must be added here (a test
# compares these with the classes' slots), or entries would silently drop it.
FIELDS = {
    "Timeline": ("description", "events", "extra", "sources", "title", "version"),
    "Source": ("color", "country", "extra", "id", "kind", "name", "notes", "reliability", "url"),
    "Event": ("claims", "description", "end", "extra", "id", "location", "start",
              "status_set", "tags", "title"),
    "Claim": ("credibility", "extra", "published", "source", "stance", "text", "unit", "url",
              "value"),
    "EDate": ("text", "earliest", "latest", "precision", "approximate", "uncertain",
              "unspecified"),
}


class _Unfit(Exception):
    """This document cannot be kept (an unknown field type, too deep for marshal)."""


@dataclass(frozen=True)
class Key:
    """What an entry must match: the file (path, size, mtime, content) and the code."""

    path: str
    size: int
    mtime_ns: int
    sha256: str
    code: str

    @classmethod
    def of(cls, path: Path, data: bytes) -> Key:
        """The key of `data`, just read from `path` (its stat taken now: a file changed
        since only makes a key no entry will match)."""
        try:
            st = os.stat(path)
            size, mtime = (st.st_size if st.st_size == len(data) else -1), st.st_mtime_ns
        except OSError:  # gone since: a key that is never stored
            size = mtime = -1
        return cls(str(path.resolve()), size, mtime, hashlib.sha256(data).hexdigest(),
                   code_stamp())

    def entry(self, folder: Path) -> Path:
        """The entry of one opened file: named by a hash of its full path."""
        name = hashlib.sha256(self.path.encode("utf-8", "surrogateescape")).hexdigest()
        return folder / f"{name[:32]}{SUFFIX}"


@lru_cache(maxsize=1)
def code_stamp() -> str:
    """This program's loading code: its version, and in a checkout the size and time of
    every core module, so an entry made by other code (even of the same version) is a miss."""
    from timeline_app import __version__

    digest = hashlib.sha256(f"{FORMAT}:{__version__}".encode())
    root = Path(__file__).resolve().parents[1]
    for module in sorted(root.rglob("*.py")):
        try:
            st = module.stat()
        except OSError:
            continue
        digest.update(f"{module.relative_to(root)}:{st.st_size}:{st.st_mtime_ns};".encode())
    return digest.hexdigest()


def lookup(folder: Path, key: Key) -> LoadResult | None:
    """The document of the file `key` describes as it was loaded before, or None."""
    entry = key.entry(folder)
    try:
        with open(entry, "rb") as f:
            header = json.loads(f.readline())
            if type(header) is not dict:
                raise ValueError("not an entry")
            if header.get("format") != FORMAT or header.get("key") != asdict(key):
                return None  # stale: the caller reads the file and replaces the entry
            payload = f.read()
        if len(payload) != header.get("length") or zlib.crc32(payload) != header.get("crc"):
            raise ValueError("damaged")
        return unpack(marshal.loads(payload))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError, AttributeError,
            UnicodeError, OverflowError, MemoryError, RecursionError):
        _remove(entry)  # damaged or foreign: never trusted, and out of the way
        return None


def worth_keeping(result: LoadResult) -> bool:
    """Large, and loaded without a word to the user (so a reopen says the same: nothing)."""
    return (not result.warnings and not result.skipped
            and len(result.timeline.events) >= MIN_EVENTS)


def pack(timeline: Timeline, kind: str) -> bytes | None:
    """An entry's payload, or None when this document cannot be kept (a field of a type
    marshal does not keep, nesting too deep for it). The document must not change
    meanwhile: see the caller's check."""
    try:
        return marshal.dumps(_columns(timeline, kind), MARSHAL_VERSION)
    except (_Unfit, ValueError):
        return None


def store(folder: Path, key: Key, payload: bytes) -> bool:
    """Write an entry atomically (a temporary file renamed over it); False if it could not
    be written, which only means the next open reads the file again."""
    if key.size < 0:
        return False  # the file changed while it was read
    entry = key.entry(folder)
    header = {"format": FORMAT, "key": asdict(key), "length": len(payload),
              "crc": zlib.crc32(payload)}
    tmp = entry.with_name(f"{entry.name}.{os.getpid()}.part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(json.dumps(header).encode() + b"\n")
            f.write(payload)
        os.replace(tmp, entry)
    except OSError:
        _remove(tmp)
        return False
    _prune(folder, keep=entry)
    return True


def _prune(folder: Path, keep: Path) -> None:
    try:
        entries = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime,
                         reverse=True)
    except OSError:
        return
    for old in [p for p in entries if p != keep][MAX_ENTRIES - 1:]:
        _remove(old)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# -- packing ----------------------------------------------------------------------------------

def _extra(extra: Mapping[str, Any]) -> dict[str, Any] | None:
    if extra is NO_EXTRA or not extra:
        return None
    if type(extra) is not dict:
        raise _Unfit
    return extra


def _columns(timeline: Timeline, kind: str) -> tuple[Any, ...]:
    """The document as flat columns of plain values (see `unpack` for their order)."""
    dates: dict[int, int] = {}
    date_rows: list[tuple[Any, ...]] = []

    def date(d: EDate | None) -> int:
        if d is None:
            return -1
        at = dates.get(id(d))
        if at is None:
            at = dates[id(d)] = len(date_rows)
            date_rows.append((d.text, d.earliest, d.latest,
                              None if d.precision is None else int(d.precision),
                              d.approximate, d.uncertain, d.unspecified))
        return at

    tag_sets: dict[tuple[str, ...], int] = {}
    cited: dict[str, int] = {}
    events = timeline.events
    starts = array("q", [date(e.start) for e in events])
    ends = array("q", [date(e.end) for e in events])
    tags = array("q", [tag_sets.setdefault(e.tags, len(tag_sets)) for e in events])
    counts = array("q", [len(e.claims) for e in events])
    rests = [None if not (e.description or e.location or e.status_set is not None or e.extra)
             else (e.description, e.location,
                   None if e.status_set is None else e.status_set.value, _extra(e.extra))
             for e in events]
    claims = [c for e in events for c in e.claims]
    claim_sources = array("q", [cited.setdefault(c.source, len(cited)) for c in claims])
    claim_rests = [
        None if (c.value is None and not c.unit and c.stance is Stance.AFFIRMS and not c.url
                 and c.published is None and not c.extra and c.credibility is None)
        else (c.value, c.unit, c.stance.value, c.url, date(c.published), _extra(c.extra),
              c.credibility)
        for c in claims]
    sources = [(s.id, s.name, s.kind, s.country, s.url, s.notes, s.color, _extra(s.extra),
                s.reliability) for s in timeline.sources.values()]
    return (
        (timeline.title, timeline.description, timeline.version, _extra(timeline.extra),
         kind),
        sources, date_rows, list(tag_sets), list(cited),
        [e.id for e in events], [e.title for e in events], starts.tobytes(), ends.tobytes(),
        tags.tobytes(), counts.tobytes(), rests,
        claim_sources.tobytes(), [c.text for c in claims], claim_rests,
    )


# -- unpacking --------------------------------------------------------------------------------

def _longs(data: bytes) -> array[int]:
    out = array("q")
    out.frombytes(data)
    return out


def unpack(value: Any) -> LoadResult:
    """The document an entry's columns hold (errors of a foreign value are the caller's)."""
    (head, source_rows, date_rows, tag_sets, cited, ids, titles, starts, ends, tags, counts,
     rests, claim_sources, claim_texts, claim_rests) = value
    title, description, version, doc_extra, kind = head
    sources = [Source(sid, name, kind_, country, url, notes, color, extra, reliability)
               for sid, name, kind_, country, url, notes, color, extra, reliability
               in source_rows]
    timeline = Timeline(title, description, sources, [], doc_extra, version)
    registry = timeline.sources
    dates = [restore_date(t, lo, hi, None if p is None else Precision(p), a, u, x)
             for t, lo, hi, p, a, u, x in date_rows]
    tag_sets = [tuple(t) for t in tag_sets]
    # The registry's own id strings, as a fresh load gives them (lookups compare identity).
    cited = [registry[s].id if s in registry else s for s in cited]
    claims = _claims(cited, dates, _longs(claim_sources), claim_texts, claim_rests)
    new = object.__new__
    affirms_none = NO_EXTRA
    events: list[Event] = []
    append = events.append
    at = 0
    for ident, name, s, e, t, n, rest in zip(ids, titles, _longs(starts), _longs(ends),
                                             _longs(tags), _longs(counts), rests, strict=True):
        event = new(Event)
        event.id = ident
        event.title = name
        event.start = dates[s]
        event.end = dates[e] if e >= 0 else None
        event.tags = tag_sets[t]
        event.claims = claims[at:at + n]
        at += n
        if rest is None:
            event.description = event.location = ""
            event.status_set = None
            event.extra = affirms_none
        else:
            event.description, event.location, status, extra = rest
            event.status_set = None if status is None else STATUSES[status]
            event.extra = NO_EXTRA if extra is None else extra
        append(event)
    if at != len(claims):
        raise ValueError("claims left over")
    timeline.events = events
    return LoadResult(timeline, kind)


def _claims(cited: list[str], dates: list[EDate], sources: array[int], texts: list[str],
            rests: list[Any]) -> list[Claim]:
    new = object.__new__
    affirms = Stance.AFFIRMS
    out: list[Claim] = []
    append = out.append
    for s, text, rest in zip(sources, texts, rests, strict=True):
        claim = new(Claim)
        claim.source = cited[s]
        claim.text = text
        if rest is None:
            claim.value = claim.published = claim.credibility = None
            claim.unit = claim.url = ""
            claim.stance = affirms
            claim.extra = NO_EXTRA
        else:
            claim.value, claim.unit, stance, claim.url, published, extra, claim.credibility = rest
            claim.stance = STANCES[stance]
            claim.published = dates[published] if published >= 0 else None
            claim.extra = NO_EXTRA if extra is None else extra
        append(claim)
    return out
