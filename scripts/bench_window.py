"""The real window at a size (issue 14): open to the first paint, its resident memory, one
edit's and one undo's latency (the view, the table and the counts updated and painted) and
saving. A child step of scripts/bench.py (`--only window`)."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

FRAME_SIZE = (1600, 900)


def rss_mb() -> float:
    """The process's resident size now (not its peak), from /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def open_window(path: str) -> tuple:
    """The real window, shown, with `path` opened: (app, window, seconds to its first
    paint with the document, resident MB just after)."""
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(*FRAME_SIZE)
    window.show()
    app.processEvents()
    painted: list[float] = []
    clock = QElapsedTimer()

    class PaintWatch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and window.document.timeline is not None:
                painted.append(clock.nsecsElapsed() / 1e9)
            return False

    watch = PaintWatch()
    window.timeline.installEventFilter(watch)
    clock.start()
    window.open_path(path, ask_to_save=False)
    while not painted and clock.elapsed() < 300_000:
        app.processEvents()
        time.sleep(0.0005)
    window.timeline.removeEventFilter(watch)
    open_s = painted[0] if painted else None
    for _ in range(50):
        app.processEvents()
    return app, window, open_s, rss_mb()


def bench_cache_fill(path: str) -> dict:
    """Child: a first open with an empty open cache, and the entry written after it."""
    import shutil

    from timeline_app.ui.settings import cache_dir

    shutil.rmtree(cache_dir(), ignore_errors=True)
    app, window, open_s, _ = open_window(path)
    t0 = time.perf_counter()
    keeper = window.keeper
    if keeper is not None:
        while keeper.thread.ident is None or keeper.thread.is_alive():  # as for a user,
            app.processEvents()  # the window goes on meanwhile
            keeper.thread.join(0.005)
            if time.perf_counter() - t0 > 300:
                break
    return {"first_open_s": round(open_s, 2) if open_s is not None else None,
            "keep_s": round(time.perf_counter() - t0, 2),
            "kept": bool(keeper is not None and keeper.written)}


def bench_reopen(path: str) -> dict:
    """Child: a new process opening the same unchanged file, its entry in the cache."""
    _, window, open_s, rss = open_window(path)
    return {"reopen_to_paint_s": round(open_s, 2) if open_s is not None else None,
            "from_cache": window.keeper is None, "window_rss_mb": round(rss, 1)}


def bench_window(path: str) -> dict:
    from timeline_app.core.formats.saving import save
    from timeline_app.ui import editing

    app, window, open_s, rss = open_window(path)

    def settle() -> float:
        """Seconds until the edit is shown: the events processed and the canvas painted."""
        app.processEvents()
        window.timeline.repaint()
        window.table.viewport().repaint()
        return time.perf_counter()

    doc = window.document
    timeline = doc.timeline
    assert timeline is not None
    moves, undos = [], []
    for i in range(5):
        event = timeline.events[(i * 7919) % len(timeline.events)]
        start = f"{1950 + i}-06-1{i}"
        t0 = time.perf_counter()
        editing.move_event(window, event.id, start, None, "")
        moves.append(settle() - t0)
        t0 = time.perf_counter()
        doc.undo_stack.undo()
        undos.append(settle() - t0)
    with tempfile.TemporaryDirectory() as folder:
        t0 = time.perf_counter()
        save(timeline, Path(folder) / "saved.json")
        save_s = time.perf_counter() - t0
    return {"events": len(timeline.events),
            "open_to_paint_s": round(open_s, 2) if open_s is not None else None,
            "window_rss_mb": round(rss, 1),
            "edit_move_ms": round(statistics.median(moves) * 1000, 1),
            "edit_undo_ms": round(statistics.median(undos) * 1000, 1),
            "save_s": round(save_s, 2)}
