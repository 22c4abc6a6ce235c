"""A process that saves a large document in a loop, to be killed with SIGKILL mid-save.

Used by test_kill_save.py. Starting Python and importing the app for each of a hundred runs
would take most of a minute, so this process starts once and forks a saver per run (it has
no threads, so forking is safe). Protocol, one line each way:

    parent: "run R"   ->  zygote forks; saver saves versions R*1000, R*1000+1, …
                          and prints "saved K" after each save returns
    zygote: "pid P"
    parent: (kills P with SIGKILL at a random moment) "reap"
    zygote: "reaped P SIGNAL"

Version K writes "vNNNNNNN" (K, seven digits) into every event's title, so a file mixing
two versions anywhere differs from both. `template(path)` gives version 0's bytes; version
K's are those with the marker replaced.

Usage: python -m tests.hardening.kill_saver FILE EVENTS
"""

from __future__ import annotations

import os
import signal
import sys

from timeline_app.core.formats.saving import save, to_bytes
from timeline_app.core.model.dates import parse_date
from timeline_app.core.model.timeline import Claim, Event, Source, Timeline

MARKER = b"v0000000"


def document(events: int) -> Timeline:
    day = parse_date("2024-10-18")
    timeline = Timeline(title="Kill test", events=[
        Event(f"e{i}", f"event {i} v0000000", day,
              description="A description long enough to make the file a realistic size. " * 2,
              tags=("kill",), claims=[Claim("nis", "a quote from the source")])
        for i in range(events)])
    timeline.sources = {"nis": Source("nis", "NIS")}
    return timeline


def expected(template: bytes, version: int) -> bytes:
    return template.replace(MARKER, f"v{version:07d}".encode())


def _saver(path: str, timeline: Timeline, first: int) -> None:
    version = first
    while True:
        stamp = f"v{version:07d}"
        for i, event in enumerate(timeline.events):
            event.title = f"event {i} {stamp}"
        save(timeline, path)
        os.write(1, f"saved {version}\n".encode())
        version += 1


def main() -> int:
    path, events = sys.argv[1], int(sys.argv[2])
    timeline = document(events)
    with open(path + ".template", "wb") as fh:
        fh.write(to_bytes(timeline))
    save(timeline, path)  # version 0 is on disk before the first kill
    print("ready", flush=True)
    for line in sys.stdin:
        word, *rest = line.split()
        if word == "run":
            pid = os.fork()
            if pid == 0:  # the saver: never returns
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                _saver(path, timeline, int(rest[0]) * 1000)
            print(f"pid {pid}", flush=True)
        elif word == "reap":
            pid, status = os.wait()
            print(f"reaped {pid} {os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0}",
                  flush=True)
        elif word == "quit":
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
