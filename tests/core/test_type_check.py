"""The type check `make lint` runs over timeline_app/core is strict enough to matter: with the
project's [tool.mypy] settings, a wrong argument type to a core function is an error."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CALLER = '''\
from timeline_app.core.model.dates import EDate, parse_date, parse_interval


def good(text: str) -> EDate:
    return parse_interval(text)[0]


def bad() -> EDate:
    return parse_interval(1963)[0]


def bad_cached() -> EDate:
    return parse_date(1963)


def untyped(text):
    return parse_interval(text)
'''


def _errors(output: str, path: Path) -> list[tuple[int, str]]:
    """(line, error code) of each error mypy reports in `path`."""
    pattern = re.compile(rf"{re.escape(path.name)}:(\d+): error: .*\[([a-z-]+)\]$")
    return [(int(m[1]), m[2]) for line in output.splitlines() if (m := pattern.search(line))]


def test_mypy_reports_a_wrong_argument_type_to_core(tmp_path: Path) -> None:
    caller = tmp_path / "caller.py"
    caller.write_text(CALLER, encoding="utf-8")
    # The project's configuration (run from the root, which also puts timeline_app on the
    # search path); a cache of its own in tmp, so the run never touches the project's.
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
         "--cache-dir", str(tmp_path / "cache"), "--no-error-summary",
         "--show-error-codes", str(caller)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 1, run.stdout + run.stderr
    lines = CALLER.splitlines()
    bad_line = lines.index("    return parse_interval(1963)[0]") + 1
    cached_line = lines.index("    return parse_date(1963)") + 1  # lru_cache took any type
    untyped_line = lines.index("def untyped(text):") + 1
    # Exactly these: the wrong ints, and (the project's disallow_untyped_defs, not mypy's
    # default) the unannotated function; the correct call is clean.
    assert sorted(_errors(run.stdout, caller)) == [
        (bad_line, "arg-type"), (cached_line, "arg-type"),
        (untyped_line, "no-untyped-def")], run.stdout
