"""Fuzz the loaders for longer than `make test` does (`make fuzz`; default 10 minutes).

    python scripts/fuzz.py [--seconds N] [--target native|list|timelinejs|csv|bytes|mutate|dates]
                           [--keep-going] [--out DIR]

The targets and the property are those of tests/hardening/test_fuzz.py. A failing input is
shrunk by hypothesis and written to DIR (default: a new temporary folder) with the error,
to be turned into a corpus case once the bug is fixed.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hardening.fuzzing import BATCH, FAILURES, Escaped, Tally, run_for  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--target", action="append", choices=list(BATCH),
                        help="fuzz only this target (repeatable; default all)")
    parser.add_argument("--keep-going", action="store_true",
                        help="after a failure, save it and go on until the time is up")
    parser.add_argument("--out", type=Path, help="where failing inputs are written")
    ns = parser.parse_args()
    out = ns.out or Path(tempfile.mkdtemp(prefix="timeline-fuzz-"))
    tally = Tally()
    deadline = time.monotonic() + ns.seconds
    failures = 0
    while (left := deadline - time.monotonic()) > 0:
        try:
            run_for(left, tally, ns.target)
        except Escaped as err:
            failures += 1
            print(f"FAILURE: {str(err).splitlines()[0][:300]}", flush=True)
            if FAILURES:
                data, name = FAILURES[-1]
                digest = hashlib.sha1(data).hexdigest()[:10]
                path = out / f"fuzz-{digest}-{Path(name).name}"
                out.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                path.with_suffix(path.suffix + ".error.txt").write_text(str(err))
                print(f"  input written to {path}", flush=True)
            if not ns.keep_going:
                break
    total = sum(tally.inputs.values())
    print(f"{total:,} inputs in {tally.runs} runs, {failures} failure(s): "
          + ", ".join(f"{k} {n:,}" for k, n in tally.inputs.most_common()))
    print("outcomes: " + ", ".join(f"{k} {n:,}" for k, n in sorted(tally.outcomes.items())))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
