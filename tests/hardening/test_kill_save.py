"""SIGKILL during saving, 100 times: the file always loads and is exactly one of the saved
versions (the last one confirmed, or the one being written when the kill came).

A saver process (tests/hardening/kill_saver.py) writes a document of about 1.5 MB in a
loop; the test kills it at a random moment, then reads the file. The figures (versions
found old or new, temporary files the kills left behind) are printed for the report.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hardening.kill_saver import expected
from timeline_app.core.formats.registry import load_path

RUNS = 100
EVENTS = 4_000


def _read_until(proc: subprocess.Popen[str], word: str) -> list[str]:
    lines = []
    while True:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        assert line, f"the saver process ended: {proc.stderr.read()}"  # type: ignore[union-attr]
        lines.append(line.strip())
        if line.startswith(word):
            return lines


@pytest.mark.slow
def test_sigkill_during_save_never_leaves_a_broken_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "big.timeline.json"
    rng = random.Random(7)
    zygote = subprocess.Popen([sys.executable, "-m", "tests.hardening.kill_saver", str(path),
                               str(EVENTS)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        _read_until(zygote, "ready")
        template = Path(f"{path}.template").read_bytes()
        on_disk, saves, newer, leftovers = 0, 0, 0, 0
        for run in range(1, RUNS + 1):
            zygote.stdin.write(f"run {run}\n")  # type: ignore[union-attr]
            zygote.stdin.flush()  # type: ignore[union-attr]
            pid = int(_read_until(zygote, "pid")[-1].split()[1])
            time.sleep(rng.uniform(0.0, 0.08))  # one save takes about 20-30 ms
            os.kill(pid, signal.SIGKILL)
            zygote.stdin.write("reap\n")  # type: ignore[union-attr]
            zygote.stdin.flush()  # type: ignore[union-attr]
            lines = _read_until(zygote, "reaped")
            assert lines[-1].split()[-1] == str(int(signal.SIGKILL)), lines
            confirmed = [int(line.split()[1]) for line in lines if line.startswith("saved")]
            saves += len(confirmed)
            # The file is the last confirmed version, or the next one if its rename happened
            # before the kill but the "saved" line did not get out.
            last = confirmed[-1] if confirmed else None
            allowed = {last, last + 1} if last is not None else {on_disk, run * 1000}
            data = path.read_bytes()
            found = next((v for v in allowed if data == expected(template, v)), None)
            assert found is not None, f"run {run}: the file is none of {sorted(allowed)}"
            load_path(path)  # and it opens
            newer += found != (last if last is not None else on_disk)
            on_disk = found
            temps = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
            leftovers += len(temps)
            for p in temps:
                p.unlink()
    finally:
        if zygote.poll() is None:
            zygote.stdin.write("quit\n")  # type: ignore[union-attr]
            zygote.stdin.close()  # type: ignore[union-attr]
            zygote.wait(10)
    with capsys.disabled():
        print(f"\nkill during save: {RUNS} SIGKILLs, {saves} saves completed, 0 broken files; "
              f"{newer} kills landed after the rename (new version on disk), "
              f"{leftovers} temporary files left by kills between create and rename "
              f"({len(template) / 1e6:.1f} MB document)")
