"""Loading files off the GUI thread, with a progress dialog that can cancel.

The work (read, parse, validate, index for the filter and the view) runs in a QThread so
the window keeps repainting; the dialog appears only when loading takes longer than about a
third of a second. Cancel
returns control at once: the reading may still finish in the background, and its result is
thrown away.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from timeline_app.core.formats.open_cache import Key
from timeline_app.core.formats.problems import LoadError, Problem
from timeline_app.core.formats.registry import load_any, load_path, load_path_cached
from timeline_app.core.formats.result import LoadCancelled, LoadResult, paused_gc
from timeline_app.core.model.timeline import Timeline
from timeline_app.core.query.filtering import FilterIndex
from timeline_app.ui.file_ops import DiskState
from timeline_app.ui.i18n import tr
from timeline_app.ui.settings import cache_dir
from timeline_app.ui.timeline.docview import DocView

log = logging.getLogger(__name__)
SHOW_PROGRESS_AFTER_MS = 330


@dataclass
class Loaded:
    path: Path
    timeline: Timeline
    index: FilterIndex
    view: DocView
    warnings: list[str]
    kind: str = "timeline-app"
    disk_state: DiskState | None = None
    recovered_from: Path | None = None  # the autosave this came from, if a recovery
    cache_key: Key | None = None  # read afresh and large: to be kept (see opened_cache)


class _Worker(QObject):
    # Each signal carries the load's token. They are emitted in the loading thread and must
    # reach FileLoader's methods (queued, in the GUI thread): never connect them to lambdas,
    # which Qt would call right here in the loading thread.
    done = Signal(object, int)    # Loaded, token
    failed = Signal(object, int)  # LoadError, token
    progressed = Signal(int, int)  # percent, token

    def __init__(self, path: Path, token: int, as_path: Path | None = None,
                 mapping: Mapping[str, str] | None = None, encoding: str | None = None
                 ) -> None:
        super().__init__()
        self.token = token
        self.path = path
        self.as_path = as_path  # a recovery is read from the autosave, shown as the original
        self.mapping = dict(mapping) if mapping is not None else None  # CSV: field -> column
        self.encoding = encoding  # CSV: chosen in the import dialog; None guesses
        self.cancelled = False  # set from the GUI thread; read here between steps
        self._percent = -1

    def _progress(self, fraction: float) -> None:
        if self.cancelled:
            raise LoadCancelled
        percent = int(fraction * 90)  # the last tenth is indexing
        if percent != self._percent:
            self._percent = percent
            self.progressed.emit(percent, self.token)

    def _load_csv(self) -> LoadResult:
        """A CSV file with the import dialog's mapping and encoding."""
        try:
            result = load_any(self.path, self.mapping, self.encoding)
        except ValueError as err:  # the file turned out not to be CSV
            raise LoadError(str(self.path), [Problem(str(err))]) from None
        gc.freeze()  # as load_path does: the long-lived document leaves the collector's sight
        return result

    @Slot()
    def run(self) -> None:
        try:
            disk_state = DiskState.of(self.path) if self.as_path is None else None
            key = None
            if self.mapping is not None or self.encoding is not None:
                result = self._load_csv()
            elif self.as_path is None:
                result, key = load_path_cached(self.path, cache_dir(), self._progress)
            else:  # an autosave: read once, never kept
                result = load_path(self.path, self._progress)
            # As load_path does: no collections while the index and view allocate (100k
            # sources: 140 of them, 60-90 ms), then out of the collector's sight.
            with paused_gc():
                index = FilterIndex(result.timeline)
                self._progress(0.95 / 0.9)
                # The extents, whether anything is graded, which events each source claims
                # and the sources' places (the lanes' colours): worked out once for both.
                view = DocView(result.timeline, filters=index)
                gc.freeze()
        except LoadCancelled:
            return
        except LoadError as err:
            self.failed.emit(err, self.token)
            return
        except MemoryError:
            self.failed.emit(LoadError(str(self.path), [Problem(
                tr("not enough memory to open this file"))]), self.token)
            return
        except Exception as err:  # a bug of ours: say so instead of leaving the dialog up
            log.exception("loading %s failed", self.path)
            self.failed.emit(LoadError(str(self.path), [Problem(
                tr("could not be read because of an internal error ({error}); please report "
                   "it with the file").format(error=type(err).__name__))]), self.token)
            return
        recovered = self.path if self.as_path is not None else None
        path = self.as_path if self.as_path is not None else self.path
        kind = "timeline-app" if recovered else result.kind
        self.done.emit(Loaded(path, result.timeline, index, view, result.warnings, kind,
                              disk_state, recovered, key), self.token)


class FileLoader(QObject):
    """Loads one file at a time; `finished` carries a Loaded, `failed` a LoadError."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._dialog: QProgressDialog | None = None
        self._token = 0
        self._old: list[tuple[QThread, _Worker]] = []  # cancelled loads still running

    def is_busy(self) -> bool:
        return self._thread is not None

    def load(self, path: Path, as_path: Path | None = None,
             mapping: Mapping[str, str] | None = None, encoding: str | None = None) -> None:
        """Read `path`; with `as_path`, present the result as that file (a recovery).
        `mapping` (field -> column, "" for unused) and `encoding` are for CSV files, as
        chosen in the import dialog."""
        self.cancel(silent=True)
        self._token += 1
        token = self._token
        thread = QThread(self)
        worker = _Worker(path, token, as_path, mapping, encoding)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._set_progress)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        self._thread, self._worker = thread, worker
        thread.start()
        QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, lambda: self._show_progress(token, path))

    def wait(self, timeout_ms: int = 60_000) -> None:
        """Block until the current load ends (for tests and for quitting)."""
        for thread in [t for t, _ in self._old] + ([self._thread] if self._thread else []):
            thread.quit()
            thread.wait(timeout_ms)

    def _show_progress(self, token: int, path: Path) -> None:
        if token != self._token or self._thread is None:
            return
        dialog = QProgressDialog(tr("Opening {name}…").format(name=path.name), tr("Cancel"),
                                 0, 100, self._parent)
        dialog.setWindowTitle(tr("Opening", "progress dialog"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self._dialog = dialog

    @Slot(int, int)
    def _set_progress(self, percent: int, token: int) -> None:
        if token == self._token and self._dialog is not None:
            self._dialog.setValue(percent)

    def cancel(self, silent: bool = False) -> None:
        if self._thread is None:
            return
        if self._worker is not None:
            self._worker.cancelled = True  # the worker stops at its next progress step
        self._token += 1  # any result still coming is now stale
        self._retire()
        if not silent:
            self.cancelled.emit()

    def _retire(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if thread is not None and worker is not None:
            self._old.append((thread, worker))
            thread.quit()
            thread.finished.connect(self._forget_finished)

    @Slot()
    def _forget_finished(self) -> None:
        """A retired load's thread ended: drop it (in the GUI thread, where it lives)."""
        done = [(t, w) for t, w in self._old if t.isFinished()]
        self._old = [(t, w) for t, w in self._old if not t.isFinished()]
        for thread, _worker in done:
            thread.deleteLater()

    @Slot(object, int)
    def _done(self, loaded: Loaded, token: int) -> None:
        self._finish(token, loaded, None)

    @Slot(object, int)
    def _failed(self, error: LoadError, token: int) -> None:
        self._finish(token, None, error)

    def _finish(self, token: int, loaded: Loaded | None, error: LoadError | None) -> None:
        if token != self._token:
            return
        self._retire()
        if loaded is not None:
            self.finished.emit(loaded)
        else:
            self.failed.emit(error)
