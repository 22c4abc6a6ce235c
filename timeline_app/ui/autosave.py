"""Autosave and crash recovery: unsaved work is copied to the state folder, never over the
user's file, and offered back after a crash.

While the document has unsaved changes, a copy is written every `interval` seconds to
`<state dir>/autosave/<id>.json` with a sidecar `<id>.meta.json` (original path, process id,
time). Saving or discarding removes both; so does a clean exit. At start-up, any pair whose
process is gone is a crashed session's work.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStatusBar

from timeline_app.core.formats.saving import SaveError, to_bytes, write_atomic
from timeline_app.ui.document import Document
from timeline_app.ui.i18n import tr
from timeline_app.ui.settings import state_dir

log = logging.getLogger(__name__)
ENV_INTERVAL = "TIMELINE_APP_AUTOSAVE_SECONDS"


def autosave_dir() -> Path:
    return state_dir() / "autosave"


@dataclass(frozen=True)
class Recovery:
    """A crashed session's unsaved copy of a document."""

    data: Path            # the autosaved document
    meta: Path            # its sidecar
    original: Path | None  # the file it was a copy of (None for a never-saved document)
    title: str
    saved_at: float       # epoch seconds of the last autosave

    @property
    def label(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.saved_at))
        name = self.original.name if self.original else (self.title or tr("Untitled"))
        return tr("{name} (last autosaved {when})").format(name=name, when=when)

    def discard(self) -> None:
        for path in (self.data, self.meta):
            with contextlib.suppress(OSError):
                path.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists but not ours to signal
    return True


def pending_recoveries(folder: Path | None = None) -> list[Recovery]:
    """Autosaves left by sessions that are no longer running, newest first."""
    folder = folder or autosave_dir()
    found = []
    for meta in sorted(folder.glob("*.meta.json")):
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            pid = int(info["pid"])
            data = meta.with_name(meta.name.replace(".meta.json", ".json"))
        except (OSError, ValueError, KeyError, TypeError) as err:
            log.warning("ignoring damaged autosave record %s: %s", meta, err)
            continue
        if _alive(pid) or not data.exists():
            continue
        original = info.get("path")
        found.append(Recovery(data, meta, Path(original) if original else None,
                              str(info.get("title", "")), float(info.get("saved_at", 0))))
    return sorted(found, key=lambda r: -r.saved_at)


class Autosaver(QObject):
    """Writes the document's unsaved state on a timer; one pair of files per window.

    A failure is announced (`failed`, with the reason) rather than only logged: the user
    believes the work is safe until told otherwise. The timer is re-armed to try again."""

    failed = Signal(str)
    succeeded = Signal()

    def __init__(self, document: Document, interval_s: float, folder: Path | None = None
                 ) -> None:
        super().__init__(document)
        self._doc = document
        override = os.environ.get(ENV_INTERVAL)
        self.interval_s = float(override) if override else float(interval_s)
        self.folder = folder or autosave_dir()
        self.uid = uuid.uuid4().hex
        self.last_saved: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.write_now)
        document.undo_stack.indexChanged.connect(self._changed)
        document.loaded.connect(self.discard)

    @property
    def data_path(self) -> Path:
        return self.folder / f"{self.uid}.json"

    @property
    def meta_path(self) -> Path:
        return self.folder / f"{self.uid}.meta.json"

    def adopt(self, recovery: Recovery) -> None:
        """Continue a recovered session's files, so saving or discarding removes them."""
        self.discard()
        self.uid = recovery.data.name.removesuffix(".json")

    def _changed(self) -> None:
        try:
            modified = self._doc.modified
        except RuntimeError:  # the window is being torn down and took the stack with it
            return
        if modified and not self._timer.isActive():
            self._timer.start(int(self.interval_s * 1000))
        elif not modified:
            self._timer.stop()

    def write_now(self) -> bool:
        """Write the recovery copy now (if there is anything unsaved)."""
        timeline = self._doc.timeline
        if timeline is None or not self._doc.modified:
            return False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.data_path, to_bytes(timeline))
            meta = {"path": str(self._doc.path) if self._doc.path else None, "pid": os.getpid(),
                    "saved_at": time.time(), "title": timeline.title}
            write_atomic(self.meta_path, json.dumps(meta).encode())
        except (SaveError, OSError) as err:
            log.warning("autosave failed: %s", err)
            self.failed.emit(tr("Autosave failed: {error}").format(error=err))
            if not self._timer.isActive():
                self._timer.start(int(self.interval_s * 1000))
            return False
        self.last_saved = time.time()
        self.succeeded.emit()
        return True

    def report_to(self, bar: QStatusBar) -> None:
        """Show failures in `bar` until an autosave works again (or the user saves)."""
        shown: list[str] = []

        def fail(text: str) -> None:
            shown[:] = [text]
            bar.showMessage(text)

        def clear() -> None:
            if shown and bar.currentMessage() == shown[0]:
                bar.clearMessage()
            shown.clear()

        self.failed.connect(fail)
        self.succeeded.connect(clear)

    def discard(self) -> None:
        """Forget the recovery copy (after a save, a discard, or a clean exit)."""
        self._timer.stop()
        self.succeeded.emit()  # nothing unsaved is at risk any more
        for path in (self.data_path, self.meta_path):
            with contextlib.suppress(OSError):
                path.unlink()
