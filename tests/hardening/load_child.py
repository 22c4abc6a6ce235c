"""Run `timeline-app check` on one file in a fresh process; report as one JSON line.

Used by test_corpus.py for the generated giant inputs: a separate process gives an honest
peak-memory figure (VmHWM) per input, and an address-space ceiling turns a runaway load
into a MemoryError here instead of trouble for the test run.

Usage: python -m tests.hardening.load_child FILE [ADDRESS_SPACE_MB]
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import sys
import time


def _peak_rss_mb() -> float:
    """This program's peak resident memory. Not ru_maxrss: Linux carries that over from the
    process that forked us (pytest, hundreds of MB into a full run) across exec."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    path = sys.argv[1]
    if len(sys.argv) > 2:
        limit = int(sys.argv[2]) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from timeline_app.cli import check

    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = check([path])
    except MemoryError:
        status = "memory"
    report = {
        "status": status,
        "lines": err.getvalue().splitlines() + out.getvalue().splitlines(),
        "seconds": time.perf_counter() - start,
        "maxrss_mb": _peak_rss_mb(),
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
