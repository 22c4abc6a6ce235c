"""The project's benchmark: `make bench` prints JSON figures, one object per measurement.

Each measurement runs in a fresh subprocess so peak memory (ru_maxrss) belongs to that step
alone. Synthetic documents are generated once into a cache folder (not committed).
Usage: python scripts/bench.py [--sizes 1000,10000,100000,1000000] [--only load,...]
       python scripts/bench.py --shapes [--only eras,open-sources-spread,...]
`--shapes` measures the hostile shapes of scripts/bench_shapes.py instead of the sizes;
`--startup` the real program's start to its first painted window; the `window` step opens
each size in the real window (memory, edit and undo latency, saving); `reopen` opens it once
with an empty open cache (the entry kept after it), then again in a new process, from it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_shapes import SHAPES, make  # this folder is on sys.path when run as a script
from bench_window import bench_cache_fill, bench_reopen, bench_window

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("TIMELINE_BENCH_CACHE", Path(tempfile.gettempdir()) / "timeline-bench"))
DEFAULT_SIZES = (1_000, 10_000, 100_000, 1_000_000)


def synthetic(n: int) -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"synth-{n}.json"
    if not path.exists():
        from timeline_app.synth import write

        tmp = path.with_suffix(".part")
        write(str(tmp), n, seed=1)
        tmp.replace(path)
    return path


def bench_load(path: str) -> dict:
    """Child: load + index one file, best of a few runs for small files."""
    import resource

    from timeline_app.core.formats.registry import load_path
    from timeline_app.core.query.index import TimeIndex

    n_runs = 1 if os.path.getsize(path) > 50_000_000 else 3
    best = parse = None
    for _ in range(n_runs):
        t0 = time.perf_counter()
        timeline = load_path(path).timeline
        t1 = time.perf_counter()
        TimeIndex(timeline.events)
        t2 = time.perf_counter()
        if best is None or t2 - t0 < best:
            best, parse = t2 - t0, t1 - t0
    return {
        "events": len(timeline.events),
        "file_mb": round(os.path.getsize(path) / 1e6, 1),
        "load_s": round(best, 3),
        "parse_validate_s": round(parse, 3),
        "index_s": round(best - parse, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


FRAME_LEVELS = (("fit-all", None), ("10 years", 3652.425), ("1 year", 365.2425),
                ("1 month", 30.436875), ("1 week", 7.0), ("1 day", 1.0))
FRAME_SIZE = (1600, 900)


def bench_frames(path: str) -> dict:
    """Child: paint time of the timeline view at 1600x900, offscreen, per zoom level.

    `frame` repaints with the cached layout; `zoom`/`pan` change the viewport first, so
    they include the re-layout. Frames are painted into a QImage by the widget's painter
    (the code its paintEvent runs), without Qt's widget-composition overhead.
    """
    import statistics

    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from timeline_app.core.formats.registry import load_path
    from timeline_app.ui.timeline.painter import Marks, paint_scene
    from timeline_app.ui.timeline.widget import TimelineWidget

    app = QApplication.instance() or QApplication([])
    timeline = load_path(path).timeline
    t0 = time.perf_counter()
    view = TimelineWidget()
    view.resize(*FRAME_SIZE)
    view.set_document(timeline)
    build_s = time.perf_counter() - t0
    image = QImage(*FRAME_SIZE, QImage.Format.Format_ARGB32_Premultiplied)

    fonts, theme = view._style()

    def frame() -> float:
        """Lay out if the view changed (as paintEvent does), then paint into the image."""
        t = time.perf_counter()
        painter = QPainter(image)
        paint_scene(painter, view.scene(), view.doc_view(), theme, fonts, Marks())
        painter.end()
        return (time.perf_counter() - t) * 1000

    def stats(samples: list[float]) -> dict:
        samples = sorted(samples)
        p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
        return {"median_ms": round(statistics.median(samples), 2), "p95_ms": round(p95, 2)}

    doc = view.doc_view()
    lo, hi = doc.bounds()
    mid = (lo + hi) / 2
    levels = {}
    for name, days in FRAME_LEVELS:
        if days is None:
            view.fit_all()
        else:
            span = days * 86400
            view.set_viewport(mid - span / 2, mid + span / 2)
        base = view.viewport()
        frame()  # lay out once
        repaint = [frame() for _ in range(30)]
        pans, zooms = [], []
        for i in range(20):
            view.set_viewport(base.panned((i % 5 + 1) * 15 * (-1) ** i))
            pans.append(frame())
        for i in range(20):
            view.set_viewport(base.zoomed(1.25 if i % 2 else 0.8, base.width * (i + 1) / 22))
            zooms.append(frame())
        view.set_viewport(base)
        scene = view.scene()
        levels[name] = {
            "frame": stats(repaint), "pan": stats(pans), "zoom": stats(zooms),
            "items": sum(len(g.items) for g in scene.lanes),
            "bands": sum(1 for g in scene.lanes if g.density is not None),
        }
    app.processEvents()
    return {
        "events": len(timeline.events),
        "lanes": len(doc.lanes),
        "view_build_s": round(build_s, 2),
        "view_bytes_per_event": round(doc.nbytes / max(1, len(timeline.events)), 1),
        "levels": levels,
    }


def bench_filter(path: str) -> dict:
    """Child: re-filtering the whole document, as the source panel and filter bar do.

    Each figure is the best of 5 runs of `FilterIndex.mask` + per-source counts (what one
    click on a source check box costs before the views repaint)."""
    from dataclasses import replace

    from timeline_app.core.formats.registry import load_path
    from timeline_app.core.model.timeline import Status
    from timeline_app.core.query.filtering import Filter, FilterIndex

    timeline = load_path(path).timeline
    t0 = time.perf_counter()
    index = FilterIndex(timeline)
    build = time.perf_counter() - t0
    sources = list(timeline.sources)
    cases = {
        "one_source_hidden": Filter(hidden_sources=frozenset(sources[:1])),
        "half_sources_hidden": Filter(hidden_sources=frozenset(sources[::2])),
        "tag": Filter(tags=frozenset({"troops"})),
        "status": Filter(statuses=frozenset({Status.DISPUTED})),
        "date_range": Filter(start=0.0, end=1e9),
        "combined": Filter(hidden_sources=frozenset(sources[:3]), tags=frozenset({"drone"}),
                           statuses=frozenset({Status.REPORTED}), start=0.0),
    }
    figures: dict[str, float] = {}
    for name, f in cases.items():
        best = float("inf")
        for _ in range(5):
            t0 = time.perf_counter()
            mask = index.mask(f)
            index.counts(index.mask(replace(f, hidden_sources=frozenset())))
            best = min(best, time.perf_counter() - t0)
        figures[f"{name}_ms"] = round(best * 1000, 1)
        del mask
    t0 = time.perf_counter()
    index.text.build()
    hay = time.perf_counter() - t0
    for word in ("drone", "12345"):
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            index.mask(Filter(text=word))
            best = min(best, time.perf_counter() - t0)
        figures[f"text_{word}_ms"] = round(best * 1000, 1)
    figures.update(_gui_refilter(timeline, index, cases["one_source_hidden"]))
    return {"events": len(timeline.events), "index_build_s": round(build, 3),
            "text_index_build_s": round(hay, 3), **figures}


def _gui_refilter(timeline, index, f) -> dict:
    """One source check box toggled in the window: filter, counts, table rows (sorted by
    date) and the timeline's lanes, without painting."""
    from PySide6.QtWidgets import QApplication

    from timeline_app.core.query.filtering import Filter
    from timeline_app.ui.document import Document
    from timeline_app.ui.models.events import EventsModel
    from timeline_app.ui.models.sources import SourcesModel
    from timeline_app.ui.timeline.docview import DocView

    app = QApplication.instance() or QApplication([])  # noqa: F841
    doc = Document()
    doc.set_timeline(timeline, None, index)
    SourcesModel(doc)
    EventsModel(doc)
    view = DocView(timeline)
    doc.filterChanged.connect(lambda: view.relane(mask=doc.mask, keep_mask=False))
    best = float("inf")
    for i in range(5):
        t0 = time.perf_counter()
        doc.set_filter(f if i % 2 == 0 else Filter())
        best = min(best, time.perf_counter() - t0)
    return {"gui_refilter_ms": round(best * 1000, 1)}


CHILD_STEPS = {"load": bench_load, "frames": bench_frames, "filter": bench_filter,
               "window": bench_window, "reopen": bench_reopen}
# Children run before a step's own, in processes of their own: the reopen's cache filled.
BEFORE = {"reopen": ("cache-fill", bench_cache_fill)}


def program_env() -> dict[str, str]:
    """Offscreen, with the window's settings and recovery copies kept out of the user's."""
    state = CACHE / "state"
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1",
            "TIMELINE_APP_CONFIG_DIR": str(state / "config"),
            "TIMELINE_APP_STATE_DIR": str(state / "state"),
            "TIMELINE_APP_CACHE_DIR": str(state / "open-cache")}


def run_child(step: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", step, str(path)],
                         capture_output=True, text=True, check=False, env=program_env())
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1:] or ["failed"]}
    return json.loads(out.stdout)


EXAMPLE = ROOT / "resources" / "examples" / "north-korean-troops-russia.timeline.json"


def bench_startup(runs: int = 7) -> dict:
    """The real program (`timeline-app --smoke-test`, as `make run` starts it, offscreen):
    seconds from starting the process to its window painted with the bundled example.
    Bytecode is cached as for an installed program (a warm-up run writes it)."""
    import statistics

    exe = Path(sys.executable).with_name("timeline-app")
    env = program_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times = []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        proc = subprocess.Popen([str(exe), "--smoke-test", str(EXAMPLE)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        line = proc.stdout.readline()  # printed once the window is painted with the file
        elapsed = time.perf_counter() - t0
        proc.wait(timeout=30)
        if "smoke-test: loaded" not in line:
            return {"error": [f"no smoke-test line (got {line!r})"]}
        if i:  # the first run only writes the bytecode cache
            times.append(elapsed)
    return {"startup_median_s": round(statistics.median(times), 3),
            "startup_min_s": round(min(times), 3), "runs": runs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument("--only", default=None, help="steps, comma-separated")
    parser.add_argument("--shapes", action="store_true", help="the hostile shapes instead")
    parser.add_argument("--startup", action="store_true",
                        help="start-up of the real program to its first painted window")
    parser.add_argument("--child", nargs=2, metavar=("STEP", "FILE"), help=argparse.SUPPRESS)
    ns = parser.parse_args()
    if ns.child:
        step, path = ns.child
        before = {name: f for name, f in BEFORE.values()}
        child = CHILD_STEPS.get(step) or before.get(step) or SHAPES[step][0]
        print(json.dumps(child(path)))
        return 0
    if ns.startup:
        figure = {"step": "startup", **bench_startup()}
        print(json.dumps(figure), flush=True)
        return 1 if "error" in figure else 0
    if ns.shapes:
        return run_shapes([s for s in (ns.only or ",".join(SHAPES)).split(",") if s])
    sizes = [int(s) for s in ns.sizes.split(",") if s]
    steps = [s for s in (ns.only or ",".join(CHILD_STEPS)).split(",") if s]
    results = []
    for n in sizes:
        path = synthetic(n)
        for step in steps:
            first = run_child(BEFORE[step][0], path) if step in BEFORE else {}
            figure = {"step": step, "size": n, **first, **run_child(step, path)}
            print(json.dumps(figure), flush=True)
            results.append(figure)
    return 1 if any("error" in r for r in results) else 0


def run_shapes(steps: list[str]) -> int:
    failed = False
    for step in steps:
        names = SHAPES[step][1]
        paths = [make(CACHE, name) for name in names]
        figure = {"step": step, "shape": names[0], **run_child(step, paths[0])}
        print(json.dumps(figure), flush=True)
        failed = failed or "error" in figure
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
