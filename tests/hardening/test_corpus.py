"""A corpus of bad inputs: each must give a clear message (or a clean load with warnings),
fast and in bounded memory, both from `timeline-app check` and from the loader itself.

The committed cases live in tests/corpus/bad/ with MANIFEST.json saying what each must
produce. Giant inputs (deep nesting, ten million nulls, a 200 MB string, a million CSV
columns, a 50 MB cell, a file over the size limit, and the inputs that used to take minutes)
are written to tmp_path here, so the repository stays small.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from timeline_app.cli import summary
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import load_bytes, load_path
from timeline_app.core.formats.result import LoadResult
from timeline_app.core.formats.saving import to_bytes

CORPUS = ROOT / "tests" / "corpus" / "bad"
MANIFEST = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))["cases"]
SECONDS = 5.0  # the limit per input


def _lines(result: LoadResult, path: Path) -> list[str]:
    return [*result.warnings, *summary(str(path), result).splitlines()]


def _outcome(path: Path) -> tuple[str, list[str], LoadResult | None]:
    try:
        result = load_path(path)
    except LoadError as err:
        return "error", err.lines(), None
    return ("warnings" if result.warnings else "clean"), _lines(result, path), result


def test_manifest_matches_the_folder() -> None:
    files = {p.name for p in CORPUS.iterdir()} - {"MANIFEST.json"}
    assert files == set(MANIFEST)
    assert len(files) >= 60
    assert all(case["expect"] in ("error", "warnings", "clean") for case in MANIFEST.values())


def test_check_command_over_the_whole_corpus() -> None:
    """One `timeline-app check` run over every committed case: each file's lines carry its
    fragment, nothing crashes, and the exit status says "invalid" (not "unreadable")."""
    paths = [str(CORPUS / name) for name in sorted(MANIFEST)]
    proc = subprocess.run([sys.executable, "-m", "timeline_app.cli", "check", *paths],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr[-3000:]
    assert proc.returncode == 1, proc.stderr[-3000:]
    out, err = proc.stdout.splitlines(), proc.stderr.splitlines()
    wrong = []
    for name, case in sorted(MANIFEST.items()):
        path = str(CORPUS / name)
        mine_out = [line for line in out if line.startswith(f"{path}: ")]
        mine_err = [line for line in err if path in line]
        found = any(case["fragment"] in line for line in mine_out + mine_err)
        valid = bool(mine_out) and not mine_out[0].startswith(f"{path}: partly read")
        shape = {"error": not mine_out, "warnings": bool(mine_out) and bool(mine_err),
                 "clean": valid and not mine_err}[case["expect"]]
        if not (found and shape):
            wrong.append((name, case["expect"], case["fragment"], mine_out[:2] + mine_err[:3]))
    assert not wrong, "\n".join(map(repr, wrong))


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_case_loads_or_fails_clearly_fast_and_small(name: str) -> None:
    """In-process: the expected outcome and fragment, within 5 s and a few MB of Python
    memory; a case that loads must also save to a file that opens again, whole."""
    case = MANIFEST[name]
    path = CORPUS / name
    tracemalloc.start()
    start = time.perf_counter()
    try:
        outcome, lines, result = _outcome(path)
        seconds = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert outcome == case["expect"], lines
    assert any(case["fragment"] in line for line in lines), lines
    assert seconds < SECONDS
    assert peak < 64 * 2**20 + 40 * path.stat().st_size
    assert all(line and "\n" not in line for line in lines)  # one problem, one line
    if result is not None:
        again = load_bytes(to_bytes(result.timeline), "saved.timeline.json")
        assert len(again.timeline.events) == len(result.timeline.events)
        assert to_bytes(again.timeline) == to_bytes(result.timeline)


# -- giants, generated --------------------------------------------------------------------------

Chunks = Callable[[], Iterator[bytes]]


@dataclass(frozen=True)
class Giant:
    """A generated input: how to write it, what check must say, and its time and memory
    budget (peak RSS of the checking process, which includes Python and pydantic)."""

    name: str
    chunks: Chunks
    fragment: str
    status: int = 1
    max_mb: int = 100
    sparse_bytes: int = 0


def _repeat(head: bytes, unit: bytes, times: int, tail: bytes, block: int = 1 << 20
            ) -> Chunks:
    def chunks() -> Iterator[bytes]:
        yield head
        per = max(1, block // len(unit))
        left = times
        while left:
            n = min(per, left)
            yield unit * n
            left -= n
        yield tail
    return chunks


GIANTS = [
    Giant("deep-nesting-100000.json", _repeat(b"", b"[", 100_000, b"]" * 100_000),
          "JSON nested too deeply: Timeline App reads and writes at most 200 levels"),
    Giant("nulls-10-million.json", _repeat(b"[null", b",null", 10_000_000 - 1, b"]"),
          "events[0]: expected an event object, got null", max_mb=350),
    Giant("nulls-10-million-native.json",
          _repeat(b'{"events": [null', b",null", 10_000_000 - 1, b"]}"),
          "… and more problems; stopped reading at events[", max_mb=350),
    Giant("string-200mb-title.json", _repeat(b'{"title": "', b"a", 200_000_000,
                                              b'", "events": []}'),
          "title: too long: 200,000,000 characters (at most 10,000)", max_mb=800),
    Giant("string-200mb-unknown-field.json",
          _repeat(b'{"events": [{"title": "t", "start": "2024"}], "blob": "', b"\\u00e9",
                  33_000_000, b'"}'),
          "valid (timeline-app), 1 event", status=0, max_mb=700),
    Giant("csv-million-columns.csv", _repeat(b"date,title", b",c", 1_000_000, b"\n2024,a\n"),
          "1:1: the header has 1,000,002 columns; Timeline App reads at most 1,000",
          max_mb=120),
    Giant("csv-cell-50mb.csv", _repeat(b'date,title\n2024,"', b"a", 50_000_000, b'"\n'),
          "2:1: a cell is longer than 1,000,000 characters", max_mb=550),
    Giant("over-the-size-limit.json", _repeat(b"", b" ", 0, b"{}"),
          "Timeline App opens files of up to 805 MB", sparse_bytes=800 * 2**20),
]


def _write(path: Path, giant: Giant) -> None:
    with path.open("wb") as fh:
        for chunk in giant.chunks():
            fh.write(chunk)
        if giant.sparse_bytes:
            fh.truncate(giant.sparse_bytes)  # no disk used: the size alone must refuse it


@pytest.mark.slow
@pytest.mark.parametrize("giant", GIANTS, ids=[g.name for g in GIANTS])
def test_giant_input(giant: Giant, tmp_path: Path) -> None:
    """Each giant, checked in a fresh process: the message, within 5 s, within its memory
    budget (measured peaks plus about a half: the bytes, the text once decoded, the parsed
    value; a 50 MB CSV cell costs about seven times its size in the CSV reader)."""
    path = tmp_path / giant.name
    _write(path, giant)
    proc = subprocess.run([sys.executable, "-m", "tests.hardening.load_child", str(path),
                           "4096"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr[-3000:]
    report: dict[str, Any] = json.loads(proc.stdout.splitlines()[-1])
    lines = report["lines"]
    assert report["status"] == giant.status, lines[:5]
    assert any(giant.fragment in line for line in lines), lines[:5]
    assert report["seconds"] < SECONDS, report
    assert report["maxrss_mb"] < giant.max_mb, report
    path.unlink()


# Inputs that took minutes before the fix (a "-2", "-3" … suffix search started afresh for
# every repeat): now each is well under a second.
def _slides(n: int) -> bytes:
    slide = {"start_date": {"year": 2024}, "text": {"headline": "same"}, "unique_id": "x"}
    return json.dumps({"events": [slide] * n}).encode()


REPEATS = {
    "untitled-identical-events.json": json.dumps([{"title": "a", "start": "2024"}] * 20_000
                                                 ).encode,
    "timelinejs-repeated-unique-id.json": lambda: _slides(20_000),
    "csv-repeated-id.csv": lambda: b"id,date,title\n" + b"x,2024,a\n" * 20_000,
    "sources-one-name.json": lambda: json.dumps({"sources": ["NIS"] * 20_000, "events": []}
                                                ).encode(),
    "one-event-20000-sources.json": lambda: json.dumps(
        [{"title": "a", "start": "2024", "sources": [f"s{i}" for i in range(20_000)]}]).encode(),
}


@pytest.mark.parametrize("name", sorted(REPEATS))
def test_repeated_names_load_in_linear_time(name: str) -> None:
    data = REPEATS[name]()
    start = time.perf_counter()
    result = load_bytes(data, name)
    assert time.perf_counter() - start < 2.0
    ids = [e.id for e in result.timeline.events]
    assert len(ids) == len(set(ids))
    assert len(result.timeline.sources) in (0, 1, 20_000)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_a_file_that_says_it_is_empty_is_read_whole() -> None:
    """Files are read with a buffer of their size (not 768 MiB each time); one whose size
    is reported as 0 while it has content, like /proc files, is still read to the end."""
    from timeline_app.core.formats.files import read_bytes

    data = read_bytes("/proc/self/status")
    assert Path("/proc/self/status").stat().st_size == 0
    assert b"VmHWM" in data and data.endswith(b"\n")
