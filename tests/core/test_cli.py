"""`timeline-app check`: summaries, one problem a line, exit codes, and never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED
from timeline_app import __version__
from timeline_app.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline_app", *args],
                          capture_output=True, text=True, timeout=120)


def test_check_seed_example_lists_sources_with_counts() -> None:
    result = run("check", str(SEED))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "valid (timeline-app), 10 events" in out
    assert "dates: 2024-06 to 2025-04~" in out
    assert "KCNA" in out and "3 events" in out
    assert "disputed (2)" in out and "Kursk" in out


def test_check_invalid_file_exit_1_one_problem_a_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "x", "title": "T", "start": "2024-13"}, {"title": 1, "start": "1"}]')
    result = run("check", str(bad), str(SEED))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f'{bad}: events[0] (id "x", "T"): start: month 13 does not exist'
    assert lines[1].startswith(f"{bad}: events[1]: title: expected text")
    assert "Traceback" not in result.stderr
    assert "10 events" in result.stdout  # the valid file is still summarised


def test_check_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "events": [\n    {"title": "x" "start": "2024"}\n  ]\n}\n')
    result = run("check", str(bad))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{bad}:3:19: JSON syntax")


def test_check_unreadable_and_usage_exit_2(tmp_path: Path) -> None:
    assert run("check", str(tmp_path / "missing.json")).returncode == 2
    assert run("check").returncode == 2
    assert run("--no-such-option").returncode == 2


def test_version_and_help(capsys) -> None:
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out
    result = run("check", "--help")
    assert result.returncode == 0 and "FILE:LINE:COL" in result.stdout
    result = run("--help")
    assert result.returncode == 0 and "check FILE" in result.stdout


def test_console_script_is_installed() -> None:
    exe = Path(sys.executable).with_name("timeline-app")
    result = subprocess.run([str(exe), "check", str(SEED)], capture_output=True, text=True)
    assert result.returncode == 0


def test_check_into_a_closed_pipe_ends_quietly() -> None:
    """`timeline-app check FILE... | head -2`: no BrokenPipeError traceback."""
    files = [str(SEED)] * 300  # more than a pipe's buffer of summaries
    code = ("import sys; from timeline_app.cli import main; sys.exit(main(sys.argv[1:]))")
    proc = subprocess.Popen([sys.executable, "-c", code, "check", *files],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, as `head` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert b"valid" in first
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err
