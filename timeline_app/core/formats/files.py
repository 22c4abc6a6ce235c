"""Reading a file's bytes, refusing up front what cannot be a document (too large, not a file).

Every reader starts from these bytes, so the checks are made once, here, with messages that
say what the file is.
"""

from __future__ import annotations

import os

from timeline_app.core.formats.problems import LoadError, Problem

# A 1,000,000-event file in canonical form is about 300 MB; beyond this a file is refused
# up front instead of taking minutes and gigabytes to fail.
MAX_FILE_BYTES = 768 * 1024 * 1024


class UnreadableError(LoadError):
    """The file could not be read at all (missing, a folder, no permission)."""


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
