"""Reading a file's bytes, and refusing anything that is not a regular file.

Reading a FIFO blocks until some other program writes to it, a device like /dev/zero never
ends, and writing to either can hang or feed another program: both the loader and the
writers ask here first.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from timeline_app.core.formats.problems import LoadError, Problem
from timeline_app.core.text import tr

# A 1,000,000-event file in canonical form is about 300 MB; beyond this a file is refused
# up front instead of taking minutes and gigabytes to fail.
MAX_FILE_BYTES = 768 * 1024 * 1024


class UnreadableError(LoadError):
    """The file could not be read at all (missing, not a regular file, no permission)."""


_KINDS = ((stat.S_ISDIR, "folder"), (stat.S_ISFIFO, "fifo"), (stat.S_ISSOCK, "socket"),
          (stat.S_ISCHR, "character"), (stat.S_ISBLK, "block"))


def not_regular(mode: int) -> str | None:
    """"folder", "fifo" and the like for a `st_mode` that is not a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _KINDS if test(mode)), "other")


def kind_name(kind: str) -> str:
    """What `not_regular` found, for people: "a FIFO (named pipe)"."""
    return {"folder": tr("a folder"), "fifo": tr("a FIFO (named pipe)"),
            "socket": tr("a socket"), "character": tr("a character device"),
            "block": tr("a block device")}.get(kind) or tr("an unknown kind of file")


def _kind_of(path: str | os.PathLike[str]) -> str | None:
    try:
        return not_regular(os.stat(path).st_mode)
    except OSError:
        return None


def output_refusal(path: str | os.PathLike[str]) -> str | None:
    """Why `path` must not be written (it exists and is not a regular file), or None.

    Follows symbolic links: a link to a FIFO is as bad as the FIFO."""
    kind = _kind_of(path)  # None when missing (to be created): the writer reports the rest
    return tr("it is {kind}, not a regular file").format(kind=kind_name(kind)) if kind else None


def _too_large(name: str, size: int) -> LoadError:
    return LoadError(name, [Problem(tr(
        "the file is {bytes} bytes ({size} MB); Timeline App opens files of up to {most} MB"
    ).format(bytes=f"{size:,}", size=f"{size / 1e6:,.0f}", most=f"{MAX_FILE_BYTES / 1e6:,.0f}"))])


def _cannot_read(err: OSError) -> str:
    return tr("cannot read: {reason}").format(reason=err.strerror or err)


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """A regular file opened for reading, or UnreadableError saying what it is instead.

    It is opened without blocking and asked what it is before a byte is read: a FIFO
    would wait forever for a writer, /dev/zero never ends."""
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
                     | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise UnreadableError(name, [Problem(tr("is a folder, not a file"))]) from None
    except FileNotFoundError:
        raise UnreadableError(name, [Problem(tr("no such file"))]) from None
    except PermissionError:
        raise UnreadableError(name, [Problem(tr("permission denied"))]) from None
    except OSError as err:  # a socket cannot even be opened (ENXIO): say what it is
        kind = _kind_of(path)
        why = tr("is {kind}, not a regular file").format(kind=kind_name(kind)) if kind \
            else _cannot_read(err)
        raise UnreadableError(name, [Problem(why)]) from None
    try:
        kind = not_regular(os.fstat(fd).st_mode)
    except OSError as err:
        os.close(fd)
        raise UnreadableError(name, [Problem(_cannot_read(err))]) from None
    if kind:
        os.close(fd)
        why = (tr("is a folder, not a file") if kind == "folder" else
               tr("is {kind}, not a regular file; Timeline App reads only regular files")
               .format(kind=kind_name(kind)))
        raise UnreadableError(name, [Problem(why)])
    return os.fdopen(fd, "rb")


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a regular file (see `open_regular`), refused early when too large."""
    name = str(path)
    with open_regular(path) as fh:
        try:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise _too_large(name, size)
            # A buffer of the file's size (+1 to notice growth): `read(MAX_FILE_BYTES + 1)`
            # would ask for 768 MiB up front for every file, however small.
            data = fh.read(size + 1)
            if len(data) > size:  # growing, or one that says 0 (/proc): read on, capped
                grown = bytearray(data)
                while len(grown) <= MAX_FILE_BYTES and (chunk := fh.read(1 << 20)):
                    grown += chunk
                if len(grown) > MAX_FILE_BYTES:
                    raise _too_large(name, len(grown))
                data = bytes(grown)
        except OSError as err:
            raise UnreadableError(name, [Problem(_cannot_read(err))]) from None
    return data
