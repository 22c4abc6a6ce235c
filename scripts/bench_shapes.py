"""Hostile shapes for `scripts/bench.py --shapes` (issue 12, item 9): painting and exporting
must cost what is visible, not what the file holds.

Each `bench_*` runs in a fresh child process (so peak memory is its own) and returns one
JSON-able dict; `SHAPES` names the documents they need, generated once into the cache.
"""

from __future__ import annotations

import itertools
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ERAS, SOURCES, TAGS, CSV_EVENTS = 50_000, 100_000, 1_000_000, 200_000
FRAME_SIZE = (1600, 900)
TARGETS = {"eras_repaint_ms": 16, "sources_open_s": 2.0, "tags_export_s": 5.0,
           "tags_export_mb": 1000, "csv_json_ratio": 1.5}


def make(cache: Path, name: str) -> Path:
    """The cached document `name` (generated on first use, written atomically)."""
    from timeline_app import synth

    cache.mkdir(parents=True, exist_ok=True)
    suffix = ".csv" if name.endswith("-csv") else ".json"
    path = cache / f"shape-{name}{suffix}"
    if path.exists():
        return path
    tmp = path.with_name(path.name + ".part")
    if name == "eras":
        synth.write_doc(str(tmp), synth.many_eras(ERAS))
    elif name == "sources-spread":
        synth.write_doc(str(tmp), synth.many_sources(SOURCES, SOURCES))
    elif name == "sources-few":
        synth.write_doc(str(tmp), synth.many_sources(SOURCES, 10))
    elif name == "tags":
        synth.write_doc(str(tmp), synth.many_tags(TAGS))
    elif name == "events-json":
        synth.write(str(tmp), CSV_EVENTS, seed=1)
    elif name == "events-csv":
        from timeline_app.core.formats.csv_export import to_csv
        from timeline_app.core.formats.registry import load_path

        data, _ = to_csv(load_path(make(cache, "events-json")).timeline, raw=True)
        tmp.write_bytes(data)
    else:
        raise ValueError(name)
    tmp.replace(path)
    return path


def _ms_stats(samples: list[float]) -> dict[str, float]:
    samples = sorted(samples)
    return {"median_ms": round(statistics.median(samples), 2), "max_ms": round(samples[-1], 2)}


def bench_eras(path: str) -> dict[str, Any]:
    """Median repaint of the offscreen TimelineWidget at 1600x900 with 50k eras: `repaint`
    is the widget's own paintEvent (cached layout), `pan` re-lays out first."""
    from PySide6.QtWidgets import QApplication

    from timeline_app.core.formats.registry import load_path
    from timeline_app.ui.timeline.widget import TimelineWidget

    app = QApplication.instance() or QApplication([])
    timeline = load_path(path).timeline
    view = TimelineWidget()
    view.resize(*FRAME_SIZE)
    view.set_document(timeline)
    view.show()
    app.processEvents()
    view.fit_all()

    def repaint() -> float:
        t = time.perf_counter()
        view.repaint()
        return (time.perf_counter() - t) * 1000

    first = repaint()
    frames = [repaint() for _ in range(30)]
    base = view.viewport()
    pans = []
    for i in range(20):
        view.set_viewport(base.panned((i % 5 + 1) * 15 * (-1) ** i))
        pans.append(repaint())
    view.set_viewport(base.zoomed(0.1, base.width / 2))
    zoomed = [repaint() for _ in range(10)]
    return {"eras": len(view.doc_view().eras()), "first_ms": round(first, 1),
            "repaint": _ms_stats(frames), "pan": _ms_stats(pans), "zoomed_in": _ms_stats(zoomed),
            "target_ms": TARGETS["eras_repaint_ms"]}


def bench_open(path: str) -> dict[str, Any]:
    """Open a file in the window as a user does: seconds from `open_path` to the first paint
    of the timeline with the sources panel populated (`loaded_and_set_up_s`: when the
    loading thread's result has been given to every panel), and the longest event-loop
    block (gap between 1 ms timer ticks) while opening and in the second after."""
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from timeline_app.core.formats.registry import load_path
    from timeline_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    t0 = time.perf_counter()
    load_path(path)  # the loading thread's share, for scale
    file_load_s = time.perf_counter() - t0
    window = MainWindow()
    window.resize(*FRAME_SIZE)
    window.show()
    app.processEvents()
    clock = QElapsedTimer()
    marks: dict[str, float] = {}
    ticks: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint and "painted" not in marks
                    and window.document.timeline is not None
                    and window.sources_model.rowCount() > 0):
                marks["painted"] = clock.nsecsElapsed() / 1e9
            return False

    watch = PaintWatch()
    window.timeline.installEventFilter(watch)
    tick = QTimer()
    tick.setInterval(1)
    tick.timeout.connect(lambda: ticks.append(clock.nsecsElapsed() / 1e6))
    window.loader.finished.connect(lambda _: marks.setdefault("set_up", clock.nsecsElapsed() / 1e9))
    clock.start()
    tick.start()
    window.open_path(path, ask_to_save=False)
    while "painted" not in marks and clock.elapsed() < 120_000:
        app.processEvents()
        time.sleep(0.0005)
    painted = marks.get("painted")
    during = _longest_gap([0.0, *ticks, clock.nsecsElapsed() / 1e6])
    ticks.clear()
    ticks.append(clock.nsecsElapsed() / 1e6)
    end = clock.elapsed() + 1000
    while clock.elapsed() < end:
        app.processEvents()
        time.sleep(0.0005)
    tick.stop()
    timeline = window.document.timeline
    return {"events": len(timeline.events) if timeline else 0,
            "sources": len(timeline.sources) if timeline else 0,
            "open_to_paint_s": round(painted, 2) if painted is not None else None,
            "loaded_and_set_up_s": round(marks.get("set_up", -1), 2),
            "file_load_alone_s": round(file_load_s, 2),
            "longest_block_opening_ms": round(during, 1),
            "longest_block_after_ms": round(_longest_gap(ticks), 1),
            "target_s": TARGETS["sources_open_s"]}


def _longest_gap(ticks: list[float]) -> float:
    return max((b - a for a, b in itertools.pairwise(ticks)), default=0.0)


def bench_export(path: str) -> dict[str, Any]:
    """`timeline-app export --lanes tag -o x.png`: wall time and peak RSS of that process."""
    out = Path(path).with_name("shape-export.png")
    cmd = [sys.executable, "-m", "timeline_app", "export", "--lanes", "tag", "-o", str(out), path]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    out.unlink(missing_ok=True)
    return {"exit": proc.returncode, "wall_s": round(wall, 2),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            **({"stderr": err.strip().splitlines()[-1:]} if proc.returncode else {}),
            "target_s": TARGETS["tags_export_s"], "target_mb": TARGETS["tags_export_mb"]}


def bench_csv(path: str) -> dict[str, Any]:
    """Load time of the same events as CSV and as native JSON (best of 2 each)."""
    from timeline_app.core.formats.registry import load_path

    csv_path = Path(path).with_name("shape-events-csv.csv")

    def best(p: Path | str) -> tuple[float, int]:
        times, n = [], 0
        for _ in range(2):
            t0 = time.perf_counter()
            n = len(load_path(p).timeline.events)
            times.append(time.perf_counter() - t0)
        return min(times), n

    json_s, n_json = best(path)
    csv_s, n_csv = best(csv_path)
    return {"events_json": n_json, "events_csv": n_csv, "json_s": round(json_s, 2),
            "csv_s": round(csv_s, 2), "ratio": round(csv_s / json_s, 2),
            "target_ratio": TARGETS["csv_json_ratio"]}


# step name -> (child function, documents it needs; the first is its argument)
SHAPES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "eras": (bench_eras, ("eras",)),
    "open-sources-spread": (bench_open, ("sources-spread",)),
    "open-sources-few": (bench_open, ("sources-few",)),
    "export-tags": (bench_export, ("tags",)),
    "csv-vs-json": (bench_csv, ("events-json", "events-csv")),
}
