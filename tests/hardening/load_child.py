"""Load one file in a fresh process and report how it went, as one JSON line on stdout.

Used by test_corpus.py for the generated giant inputs: a separate process gives an honest
peak memory figure (ru_maxrss) per input and keeps a runaway load from taking the test run
down with it (an address-space ceiling turns it into a MemoryError here).

Usage: python -m tests.hardening.load_child FILE [MAX_MB]
"""

from __future__ import annotations

import json
import resource
import sys
import time


def main() -> int:
    path = sys.argv[1]
    if len(sys.argv) > 2:  # a safety net, well above the ceiling the test asserts
        limit = int(sys.argv[2]) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from timeline_app.core.convert import load_any
    from timeline_app.core.problems import LoadError

    report: dict[str, object] = {}
    start = time.perf_counter()
    try:
        result = load_any(path)
    except LoadError as err:
        report.update(outcome="error", lines=err.lines())
    except MemoryError:
        report.update(outcome="memory", lines=[])
    else:
        report.update(outcome="loaded", lines=result.warnings, events=len(result.timeline.events),
                      skipped=result.skipped)
    report["seconds"] = time.perf_counter() - start
    report["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
