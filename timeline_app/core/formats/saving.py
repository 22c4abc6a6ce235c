"""Writing a `Timeline` back as canonical JSON, atomically.

Canonical means: UTF-8 without escapes, known fields in a fixed order, defaults left out,
unknown fields after them in their original order, two-space indent and a final newline.
The same document always gives the same bytes, so a one-event edit is a one-event diff.
Atomic means the old file survives anything: the bytes go to a temporary file in the same
folder, are flushed to disk, and only then replace the original. Every file the app writes
(documents, data exports, pictures) goes through `write_atomic`. Saving through a symbolic
link writes the link's target and keeps the link. A hard link cannot survive an atomic
replace (the new file is a new inode), so the other names keep the old content and the save
says so; the permissions are kept, setuid and setgid never are.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from typing import Any

import orjson
from pydantic_core import to_json

from timeline_app.core.formats.files import output_refusal
from timeline_app.core.formats.nesting import deep_place, too_deep
from timeline_app.core.formats.problems import short
from timeline_app.core.formats.result import paused_gc
from timeline_app.core.model.timeline import Claim, Event, Source, Stance, Timeline
from timeline_app.core.text import tr


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
    if s.reliability is not None:
        d["reliability"] = s.reliability
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
    if c.credibility is not None:
        d["credibility"] = c.credibility
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


def encode(value: Any) -> bytes:
    """JSON indented by two, as pydantic-core writes it: orjson when it can (3x faster at a
    million events), pydantic-core for what orjson refuses, which raises the errors
    `to_bytes` explains."""
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2)
    except TypeError:  # orjson.JSONEncodeError: a big integer, a lone surrogate, too deep
        return to_json(value, indent=2)


def to_bytes(t: Timeline) -> bytes:
    """Canonical JSON of a document (pydantic-core's encoder: fast, and keeps key order).

    Raises SaveError, never anything else, when the document cannot be written (every save
    path shows that error and keeps the document unsaved)."""
    deep = deep_place(t)  # the loader's limit: what saves must load again
    if deep is not None:
        raise SaveError(_not_saved(f"{short(deep, 80)}: {too_deep()}"))
    try:
        with paused_gc():  # a million fresh dicts: the collector would rescan them for nothing
            return encode(timeline_to_dict(t)) + b"\n"
    except (ValueError, TypeError, RecursionError, OverflowError) as err:
        # pydantic-core's errors are ValueErrors: too deep, a lone surrogate, a value JSON
        # has no form for.
        why = too_deep() if "depth" in str(err) else tr(
            "a value cannot be written as JSON ({error})").format(error=err)
        raise SaveError(_not_saved(why)) from err
    except MemoryError:
        raise SaveError(_not_saved(tr("not enough memory to write the document"))) from None


def _not_saved(why: str, path: str = "") -> str:
    """"Could not save PATH: WHY. The file on disk was not changed." (no path: the document)."""
    if path:
        return tr("Could not save {path}: {reason}. The file on disk was not changed.").format(
            path=path, reason=why)
    return tr("Could not save: {reason}. The file on disk was not changed.").format(reason=why)


def save(t: Timeline, path: str | os.PathLike[str]) -> list[str]:
    """Write atomically; raises SaveError with a clear reason and leaves the old file as it was.
    Returns notes for the user (see `write_atomic`)."""
    return write_atomic(path, to_bytes(t))


def write_atomic(path: str | os.PathLike[str], data: bytes) -> list[str]:
    """Replace `path` (its target, for a symbolic link) by `data` in one step. Returns notes
    for the user: a hard link that the replace had to break."""
    shown = os.fspath(path)
    refusal = output_refusal(shown)  # a FIFO or device: never replace or feed it
    if refusal:
        raise SaveError(_not_saved(refusal, shown))
    path = os.path.realpath(shown)  # a link stays a link; its target gets the new content
    folder = os.path.dirname(path)
    notes: list[str] = []
    owner = None
    try:
        st = os.stat(path)
        mode = stat.S_IMODE(st.st_mode) & ~(stat.S_ISUID | stat.S_ISGID | stat.S_ISVTX)
        owner = (st.st_uid, st.st_gid)
        if st.st_nlink > 1:
            others = st.st_nlink - 1
            notes.append((tr("{path} had 1 other hard link; an atomic save writes a new file, "
                             "so it keeps the old content") if others == 1 else
                          tr("{path} had %Ln other hard links; an atomic save writes a new "
                             "file, so they keep the old content", "", others)).format(
                                 path=shown))
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
        if owner is not None and hasattr(os, "chown"):
            with contextlib.suppress(OSError):  # keep the group (and owner, as root) if allowed
                os.chown(tmp, *owner)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
        _fsync_dir(folder)
    except OSError as err:
        raise SaveError(_explain(err, shown)) from err
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return notes


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
        errno.ENOSPC: tr("the disk is full"),
        errno.EDQUOT: tr("the disk quota is exceeded"),
        errno.EACCES: tr("permission denied (the file or its folder is not writable)"),
        errno.EPERM: tr("permission denied"),
        errno.EROFS: tr("the folder is on a read-only file system"),
        errno.ENOENT: tr("the folder does not exist"),
        errno.ENOTDIR: tr("a part of the path is not a folder"),
        errno.EISDIR: tr("the path is a folder"),
        errno.ENAMETOOLONG: tr("the file name is too long"),
    }
    why = reasons.get(err.errno or 0, err.strerror or str(err))
    return _not_saved(why, path)
