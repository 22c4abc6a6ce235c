"""The project's benchmark: `make bench` prints JSON figures, one object per measurement.

Each measurement runs in a fresh subprocess so peak memory (ru_maxrss) belongs to that step
alone. Synthetic documents are generated once into a cache folder (not committed).
Usage: python scripts/bench.py [--sizes 1000,10000,100000,1000000] [--only load,...]
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

    from timeline_app.core.index import TimeIndex
    from timeline_app.core.loading import load_path

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


CHILD_STEPS = {"load": bench_load}


def run_child(step: str, path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", step, str(path)],
        capture_output=True, text=True, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1"},
    )
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1:] or ["failed"]}
    return json.loads(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument("--only", default=",".join(CHILD_STEPS))
    parser.add_argument("--child", nargs=2, metavar=("STEP", "FILE"), help=argparse.SUPPRESS)
    ns = parser.parse_args()
    if ns.child:
        step, path = ns.child
        print(json.dumps(CHILD_STEPS[step](path)))
        return 0
    sizes = [int(s) for s in ns.sizes.split(",") if s]
    steps = [s for s in ns.only.split(",") if s]
    results = []
    for n in sizes:
        path = synthetic(n)
        for step in steps:
            figure = {"step": step, "size": n, **run_child(step, path)}
            print(json.dumps(figure), flush=True)
            results.append(figure)
    return 1 if any("error" in r for r in results) else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
