"""Loading files off the GUI thread, with a progress dialog that can cancel.

The work (read, parse, validate, index for the filter and the view) runs in a QThread so
the window keeps repainting; the dialog appears only when loading takes longer than about a
third of a second. Cancel
returns control at once: the reading may still finish in the background, and its result is
thrown away.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from timeline_app.core.filtering import FilterIndex
from timeline_app.core.loading import LoadCancelled, load_path
from timeline_app.core.model import Timeline
from timeline_app.core.problems import LoadError
from timeline_app.ui.file_ops import DiskState
from timeline_app.ui.timeline.docview import DocView

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


class _Worker(QObject):
    done = Signal(object)    # Loaded
    failed = Signal(object)  # LoadError
    progressed = Signal(int)  # percent

    def __init__(self, path: Path, as_path: Path | None = None) -> None:
        super().__init__()
        self.path = path
        self.as_path = as_path  # a recovery is read from the autosave, shown as the original
        self.cancelled = False  # set from the GUI thread; read here between steps
        self._percent = -1

    def _progress(self, fraction: float) -> None:
        if self.cancelled:
            raise LoadCancelled
        percent = int(fraction * 90)  # the last tenth is indexing
        if percent != self._percent:
            self._percent = percent
            self.progressed.emit(percent)

    @Slot()
    def run(self) -> None:
        try:
            disk_state = DiskState.of(self.path) if self.as_path is None else None
            result = load_path(self.path, self._progress)
            index = FilterIndex(result.timeline)
            self._progress(0.95 / 0.9)
            view = DocView(result.timeline)
        except LoadCancelled:
            return
        except LoadError as err:
            self.failed.emit(err)
            return
        except MemoryError:
            self.failed.emit(LoadError(str(self.path), []))
            return
        recovered = self.path if self.as_path is not None else None
        path = self.as_path if self.as_path is not None else self.path
        kind = "timeline-app" if recovered else result.kind
        self.done.emit(Loaded(path, result.timeline, index, view, result.warnings, kind,
                              disk_state, recovered))


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

    def load(self, path: Path, as_path: Path | None = None) -> None:
        """Read `path`; with `as_path`, present the result as that file (a recovery)."""
        self.cancel(silent=True)
        self._token += 1
        token = self._token
        thread = QThread(self)
        worker = _Worker(path, as_path)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(lambda percent: self._set_progress(token, percent))
        worker.done.connect(lambda loaded: self._finish(token, loaded, None))
        worker.failed.connect(lambda err: self._finish(token, None, err))
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
        dialog = QProgressDialog(f"Opening {path.name}…", "Cancel", 0, 100, self._parent)
        dialog.setWindowTitle("Opening")
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self._dialog = dialog

    def _set_progress(self, token: int, percent: int) -> None:
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
            thread.finished.connect(lambda: self._forget(thread))

    def _forget(self, thread: QThread) -> None:
        self._old = [(t, w) for t, w in self._old if t is not thread]
        thread.deleteLater()

    def _finish(self, token: int, loaded: Loaded | None, error: LoadError | None) -> None:
        if token != self._token:
            return
        self._retire()
        if loaded is not None:
            self.finished.emit(loaded)
        else:
            self.failed.emit(error)
