"""Keeping a freshly opened large document in the open cache, without holding up the window.

Packing a million events takes a second or two, so it runs in a thread of its own once the
window shows the document. The document may be edited meanwhile: the entry must be the file
as read, so the first edit (announced before it changes anything) voids it, and a payload
made while an edit was possible is thrown away rather than written.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QTimer

from timeline_app.core.formats import open_cache
from timeline_app.core.model.timeline import Timeline
from timeline_app.ui.document import Document
from timeline_app.ui.loader import Loaded
from timeline_app.ui.settings import cache_dir

log = logging.getLogger(__name__)
START_AFTER_MS = 1500


class Keeper:
    """One entry being written; `thread` is joined by tests (and is a daemon: quitting does
    not wait for it, and a half-written entry is never read)."""

    def __init__(self, document: Document, timeline: Timeline, kind: str, key: open_cache.Key,
                 folder: Path) -> None:
        self._void = threading.Event()
        self._document = document
        document.aboutToEdit.connect(self._void.set)
        document.loaded.connect(self._void.set)  # another document: this one is not shown
        self.written = False
        self.thread = threading.Thread(target=self._run, args=(timeline, kind, key, folder),
                                       name="open-cache", daemon=True)
        # After the first paint and the first moments of use, which a thread packing a
        # million events beside them (sharing the interpreter) would slow down.
        QTimer.singleShot(START_AFTER_MS, document, self._start)

    def _start(self) -> None:
        """Start writing unless voided or started (both only ever in the GUI thread)."""
        if self.thread.ident is None and not self._void.is_set():
            self.thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Until the entry is written or given up (tests, the benchmark)."""
        self._start()  # if it has not yet
        if self.thread.ident is not None:
            self.thread.join(timeout)

    def _run(self, timeline: Timeline, kind: str, key: open_cache.Key, folder: Path) -> None:
        try:
            payload = open_cache.pack(timeline, kind)
            if payload is not None and not self._void.is_set():
                self.written = open_cache.store(folder, key, payload)
        except Exception:  # a bug of ours must not reach the user: the cache is optional
            log.exception("keeping %s in the open cache failed", key.path)


def keep(document: Document, loaded: Loaded) -> Keeper | None:
    """Start keeping `loaded` (just set as the document) if it was read afresh and is large."""
    if loaded.cache_key is None or loaded.recovered_from is not None:
        return None
    return Keeper(document, loaded.timeline, loaded.kind, loaded.cache_key, cache_dir())
