"""Writing a `Timeline` back as canonical JSON, atomically.

Canonical means: UTF-8 without escapes, known fields in a fixed order, defaults left out,
unknown fields after them in their original order, two-space indent and a final newline.
The same document always gives the same bytes, so a one-event edit is a one-event diff.
Atomic means the old file survives anything: the bytes go to a temporary file in the same
folder, are flushed to disk, and only then replace the original.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from typing import Any

from pydantic_core import to_json

from timeline_app.core.model.timeline import Claim, Event, Source, Stance, Timeline


class SaveError(Exception):
    """Saving failed; the message says why in words a user can act on. The old file is intact."""


def source_to_dict(s: Source) -> dict[str, Any]:
    d: dict[str, Any] = {"id": s.id, "name": s.name}
    for key in ("kind", "country", "url", "notes"):
        value = getattr(s, key)
        if value:
            d[key] = value
    if s.color is not None:
        d["color"] = s.color
    d.update(s.extra)
    return d


def claim_to_dict(c: Claim) -> dict[str, Any]:
    d: dict[str, Any] = {"source": c.source}
    if c.text:
        d["text"] = c.text
    if c.value is not None:
        d["value"] = c.value
    if c.unit:
        d["unit"] = c.unit
    if c.stance is not Stance.AFFIRMS:
        d["stance"] = c.stance.value
    if c.url:
        d["url"] = c.url
    if c.published is not None:
        d["published"] = c.published.text
    if c.extra:
        _keep_shadowed(d, c.extra, _CLAIM_SHADOWS, {"url": "", "text": ""})
        d.update(c.extra)
    return d


# Lenient aliases (see events_in): if one survives as an unknown field because its canonical
# field was present, that field must be written even at its default, or the next load would
# read the alias in its place.
_EVENT_SHADOWS = {"end_date": "end", "summary": "description", "details": "description"}
_CLAIM_SHADOWS = {"link": "url", "quote": "text"}


def _keep_shadowed(d: dict[str, Any], extra: Any, shadows: dict[str, str],
                   defaults: dict[str, Any]) -> None:
    for alias, field in shadows.items():
        if alias in extra and field not in d:
            d[field] = defaults[field]


def event_to_dict(e: Event) -> dict[str, Any]:
    d: dict[str, Any] = {"id": e.id, "title": e.title, "start": e.start.text}
    if e.end is not None:
        d["end"] = e.end.text
    if e.description:
        d["description"] = e.description
    if e.tags:
        d["tags"] = list(e.tags)
    if e.location:
        d["location"] = e.location
    if e.status_set is not None:
        d["status"] = e.status_set.value
    if e.claims:
        d["claims"] = [claim_to_dict(c) for c in e.claims]
    if e.extra:
        _keep_shadowed(d, e.extra, _EVENT_SHADOWS, {"end": None, "description": ""})
        d.update(e.extra)
    return d


def timeline_to_dict(t: Timeline) -> dict[str, Any]:
    d: dict[str, Any] = {"format": Timeline.FORMAT, "version": t.version}
    if t.title:
        d["title"] = t.title
    if t.description:
        d["description"] = t.description
    d["sources"] = [source_to_dict(s) for s in t.sources.values()]
    d["events"] = [event_to_dict(e) for e in t.events]
    d.update(t.extra)
    return d


def to_bytes(t: Timeline) -> bytes:
    """Canonical JSON of a document (pydantic-core's encoder: fast, and keeps key order)."""
    return to_json(timeline_to_dict(t), indent=2) + b"\n"


def save(t: Timeline, path: str | os.PathLike[str]) -> None:
    """Write atomically; raises SaveError with a clear reason and leaves the old file as it was."""
    write_atomic(path, to_bytes(t))


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    try:
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError:
        mode = 0o644
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp",
                                   dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
        _fsync_dir(folder)
    except OSError as err:
        raise SaveError(_explain(err, path)) from err
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _fsync_dir(folder: str) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _explain(err: OSError, path: str) -> str:
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is exceeded",
        errno.EACCES: "permission denied (the file or its folder is not writable)",
        errno.EPERM: "permission denied",
        errno.EROFS: "the folder is on a read-only file system",
        errno.ENOENT: "the folder does not exist",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.EISDIR: "the path is a folder",
        errno.ENAMETOOLONG: "the file name is too long",
    }
    why = reasons.get(err.errno, err.strerror or str(err))
    return f"Could not save {path}: {why}. The file on disk was not changed."
