"""Faults while saving: whatever fails, the file on disk is the old version or the new one,
never a mix; no temporary file is left behind; the document stays modified; the user is
told why.

Faults are injected where the saver touches the system (creating the temporary file,
writing, flushing to disk, setting permissions, renaming over the original), with the errno
a real disk gives. One fault is real: a file-size limit (RLIMIT_FSIZE) makes the kernel
refuse a write midway with EFBIG.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SEED
from timeline_app.core.formats import saving
from timeline_app.core.formats.registry import load_bytes, load_path
from timeline_app.core.formats.saving import SaveError, to_bytes, write_atomic
from timeline_app.core.model.edits import SetEventFields

OLD = SEED.read_bytes()


def _oserror(code: int) -> OSError:
    return OSError(code, os.strerror(code))


class _FailingFile:
    """A file object that writes part of what it is given, then fails like a full disk."""

    def __init__(self, real: Any, code: int) -> None:
        self._real = real
        self._code = code

    def write(self, data: bytes) -> int:
        self._real.write(data[: len(data) // 2])  # half of it reaches the temporary file
        raise _oserror(self._code)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


def _on_target(real: Callable[..., Any], code: int, target: Path, arg: int = 0
               ) -> Callable[..., Any]:
    """`real`, except that a call whose argument `arg` is the target (or a temporary file
    beside it) fails with `code`: other users of the os module are left alone."""
    def fake(*args: Any, **kwargs: Any) -> Any:
        value = args[arg] if len(args) > arg else None
        if isinstance(value, str | os.PathLike) and Path(value).parent == target.parent:
            raise _oserror(code)
        return real(*args, **kwargs)
    return fake


FAULTS: dict[str, tuple[str, int, str]] = {
    # name: (where, errno, what the message must say)
    "mkstemp-eacces": ("mkstemp", errno.EACCES, "permission denied"),
    "mkstemp-enospc": ("mkstemp", errno.ENOSPC, "the disk is full"),
    "mkstemp-erofs": ("mkstemp", errno.EROFS, "read-only file system"),
    "write-enospc-midway": ("write", errno.ENOSPC, "the disk is full"),
    "write-eacces-midway": ("write", errno.EACCES, "permission denied"),
    "write-edquot-midway": ("write", errno.EDQUOT, "the disk quota is exceeded"),
    "fsync-eio": ("fsync", errno.EIO, os.strerror(errno.EIO)),
    "fsync-enospc": ("fsync", errno.ENOSPC, "the disk is full"),
    "chmod-eperm": ("chmod", errno.EPERM, "permission denied"),
    "replace-eacces": ("replace", errno.EACCES, "permission denied"),
    "replace-exdev": ("replace", errno.EXDEV, os.strerror(errno.EXDEV)),
    "replace-ebusy": ("replace", errno.EBUSY, os.strerror(errno.EBUSY)),
}


@contextmanager
def fault(monkeypatch: pytest.MonkeyPatch, kind: str, target: Path) -> Iterator[None]:
    where, code, _ = FAULTS[kind]
    with monkeypatch.context() as m:
        if where == "mkstemp":
            real_mkstemp = tempfile.mkstemp

            def mkstemp(*args: Any, **kwargs: Any) -> Any:
                if Path(kwargs.get("dir", "")) == target.parent:
                    raise _oserror(code)
                return real_mkstemp(*args, **kwargs)
            m.setattr(saving.tempfile, "mkstemp", mkstemp)
        elif where == "write":
            real_fdopen = os.fdopen
            m.setattr(saving.os, "fdopen",
                      lambda fd, *a, **k: _FailingFile(real_fdopen(fd, *a, **k), code))
        elif where == "fsync":  # by descriptor, so every fsync fails while this lasts
            m.setattr(saving.os, "fsync", lambda fd: (_ for _ in ()).throw(_oserror(code)))
        elif where == "chmod":
            m.setattr(saving.os, "chmod", _on_target(os.chmod, code, target))
        else:
            m.setattr(saving.os, "replace", _on_target(os.replace, code, target, arg=1))
        yield


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def work(tmp_path: Path) -> Path:
    path = tmp_path / "work.timeline.json"
    path.write_bytes(OLD)
    path.chmod(0o640)
    return path


@pytest.mark.parametrize("kind", sorted(FAULTS))
def test_fault_leaves_the_old_file_whole(kind: str, work: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    new = to_bytes(load_bytes(OLD.replace(b"Russia", b"Russland"), "x.json").timeline)
    with fault(monkeypatch, kind, work), pytest.raises(SaveError) as caught:
        write_atomic(work, new)
    message = str(caught.value)
    assert message.startswith(f"Could not save {work}: ")
    assert FAULTS[kind][2] in message and message.endswith("The file on disk was not changed.")
    assert work.read_bytes() == OLD
    assert work.stat().st_mode & 0o777 == 0o640
    assert _leftovers(work.parent) == []
    write_atomic(work, new)  # the fault gone, the same call succeeds
    assert work.read_bytes() == new and work.stat().st_mode & 0o777 == 0o640


def test_folder_sync_failing_after_the_rename_still_saves(work: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """The rename is the commit point: a failure after it must not be reported as a
    failed save (the new file is in place)."""
    real = os.fsync
    calls = []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) > 1:  # the first is the data, the second the folder
            raise _oserror(errno.EIO)
        real(fd)
    monkeypatch.setattr(saving.os, "fsync", fsync)
    write_atomic(work, b"{}\n")
    assert work.read_bytes() == b"{}\n" and len(calls) == 2


CHILD = """
import signal, resource, sys
from timeline_app.core.formats.registry import load_path
from timeline_app.core.formats.saving import SaveError, save
timeline = load_path(sys.argv[1]).timeline
timeline.description = "x" * 200_000
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))
try:
    save(timeline, sys.argv[1])
except SaveError as err:
    print(err)
"""


def test_real_write_failure_midway_keeps_the_old_file(work: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(work)], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "Could not save" in proc.stdout and "not changed" in proc.stdout, proc.stdout
    assert os.strerror(errno.EFBIG) in proc.stdout
    assert work.read_bytes() == OLD and _leftovers(work.parent) == []


# -- in the window -------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["write-enospc-midway", "replace-eacces", "fsync-eio"])
def test_window_keeps_the_edits_and_says_why(kind: str, qtbot, window, questions, work: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.conftest import open_and_wait
    from timeline_app.ui import file_ops

    open_and_wait(qtbot, window, work)
    doc = window.document
    doc.push(SetEventFields(doc.timeline.events[0], title="Edited, not yet saved"))
    with fault(monkeypatch, kind, work):
        assert not file_ops.save(window)
    assert work.read_bytes() == OLD and _leftovers(work.parent) == []
    assert doc.modified and window.isWindowModified()
    assert doc.timeline.events[0].title == "Edited, not yet saved"
    (title, text, informative), = questions.asked
    assert title == "Could not save"
    assert FAULTS[kind][2] in text and "The file on disk was not changed." in text
    assert "Your changes are still here" in informative
    assert file_ops.save(window)  # the fault gone: saved, and no longer modified
    assert not doc.modified and not window.isWindowModified()
    assert load_path(work).timeline.events[0].title == "Edited, not yet saved"


def test_window_save_as_into_a_failing_folder_keeps_the_old_name(
        qtbot, window, questions, work: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.conftest import open_and_wait
    from timeline_app.ui import file_ops

    open_and_wait(qtbot, window, work)
    window.document.push(SetEventFields(window.document.timeline.events[0], title="Draft"))
    other = tmp_path / "elsewhere" / "copy.timeline.json"
    other.parent.mkdir()
    monkeypatch.setattr(file_ops, "choose_save_path", lambda w: other)
    with fault(monkeypatch, "mkstemp-enospc", other):
        assert not file_ops.save_as(window)
    assert window.document.path == work.resolve() and window.document.modified
    assert not other.exists() and work.read_bytes() == OLD
    assert "the disk is full" in questions.asked[0][1]

