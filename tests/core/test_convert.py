"""Format detection, export by file name, and the command line's check/export on them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED, SHARED_DATA
from timeline_app.cli import main
from timeline_app.core.formats.registry import (
    export_bytes,
    export_path,
    is_csv,
    load_any,
    load_bytes,
    load_path,
    output_format,
)
from timeline_app.core.formats.saving import SaveError

DATA = Path(__file__).resolve().parents[1] / "data" / "csv"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline_app", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("name", "fmt"), [
    ("out.timelinejs.json", "timelinejs"), ("OUT.TimelineJS.JSON", "timelinejs"),
    ("out.json", "json"), ("out.timeline.json", "json"), ("out.csv", "csv"),
    ("out.png", None), ("out", None),
])
def test_output_format(name: str, fmt: str | None) -> None:
    assert output_format(name) == fmt


@pytest.mark.parametrize(("data", "name", "csv"), [
    (b"date,title\n2024,x\n", "f.csv", True),
    (b"date,title\n2024,x\n", "f.txt", True),
    (b"date;title\n", "data", True),
    (b'[{"title": "x", "start": "2024"}]', "f.txt", False),
    (b'  {"events": []}', "f", False),
    (b"date,title\n", "f.json", False),  # the name says JSON: JSON errors, not CSV ones
    (b"\xef\xbb\xbfdate,title\n", "f", True),
    ("date\ttitle\n".encode("utf-16"), "f", True),
    ('{"events": []}'.encode("utf-16"), "f", False),
    (b"", "f", False),
    (b"justoneword", "f", False),
])
def test_is_csv(data: bytes, name: str, csv: bool) -> None:
    assert is_csv(data, name) is csv


def test_file_open_reads_timelinejs_and_csv() -> None:
    """File > Open uses load_path: every supported format comes through it."""
    assert load_path(SHARED_DATA / "timelinejs3" / "src_template_eras.json").kind == "TimelineJS"
    assert load_path(DATA / "bom_semicolon.csv").kind == "CSV"
    assert load_bytes(b"date,title\n2024,x\n", "x.csv").timeline.events[0].title == "x"


def test_load_any_passes_csv_options_and_refuses_them_for_json() -> None:
    result = load_any(DATA / "cp1252.csv", encoding="cp1252")
    assert result.warnings == []
    assert load_any(DATA / "bom_semicolon.csv", {"title": "Notes"}).timeline.events[0].title \
        == "Said in Kyiv"
    with pytest.raises(ValueError, match="CSV input only"):
        load_any(SEED, {"title": "x"})


def test_export_path_by_suffix(tmp_path: Path) -> None:
    t = load_path(SEED).timeline
    for name in ("a.json", "a.csv", "a.timelinejs.json"):
        export_path(t, tmp_path / name)
    assert (tmp_path / "a.json").read_bytes() == SEED.read_bytes()
    assert (tmp_path / "a.csv").read_bytes() == export_bytes(t, "csv")[0]
    assert "events" in json.loads((tmp_path / "a.timelinejs.json").read_text())
    with pytest.raises(ValueError, match="cannot tell the format"):
        export_path(t, tmp_path / "a.xml")
    with pytest.raises(SaveError, match="the folder does not exist"):
        export_path(t, tmp_path / "missing" / "a.csv")


def test_round_trip_native_csv_timelinejs_native(tmp_path: Path) -> None:
    """native -> CSV -> native -> TimelineJS -> native: what CSV holds survives both hops."""
    seed = load_path(SEED).timeline
    export_path(seed, tmp_path / "a.csv")
    from_csv = load_path(tmp_path / "a.csv").timeline
    export_path(from_csv, tmp_path / "b.timelinejs.json")
    back = load_path(tmp_path / "b.timelinejs.json").timeline
    export_path(back, tmp_path / "c.csv")
    assert (tmp_path / "c.csv").read_bytes() == (tmp_path / "a.csv").read_bytes()
    assert [(e.id, e.title, e.start.text, e.tags) for e in back.events] == [
        (e.id, e.title, e.start.text, e.tags) for e in seed.events]


# -- the command line ---------------------------------------------------------------------------

def test_check_accepts_timelinejs_and_csv() -> None:
    files = [str(p) for p in sorted((SHARED_DATA / "timelinejs3").iterdir())]
    result = run("check", *files, str(SHARED_DATA / "vis-timeline" / "basic.json"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "contrib_women_in_computing.csv: valid (CSV, TimelineJS template), 10 events" in out
    assert "src_template_all-media-types.json: valid (TimelineJS), 41 events" in out
    assert "dates: Y-13800000000 to -3499" in out
    assert "basic.json: valid (event list), 6 events" in out


def test_check_csv_with_a_bad_row_exits_1_and_names_the_line() -> None:
    path = DATA / "quoted_newlines.csv"
    result = run("check", str(path))
    assert result.returncode == 1
    assert result.stderr == (f'warning: {path}:5: column "date": month 13 does not exist '
                             f'(row not loaded)\n')
    assert "partly read (CSV), 3 events; 1 item not loaded" in result.stdout


def test_check_map_and_encoding_options(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DATA / "bom_semicolon.csv")
    assert main(["check", path, "--map", "title=notes", "--map", "tags="]) == 0
    assert main(["check", "-q", str(DATA / "cp1252.csv"), "--encoding", "cp1252"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["check", path, "--map", "title=nope"]) == 1
    assert 'no column "nope"' in capsys.readouterr().err
    assert main(["check", str(SEED), "--map", "title=x"]) == 2
    with pytest.raises(SystemExit) as exit_:
        main(["check", path, "--map", "colour=x"])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit):
        main(["check", path, "--map", "title"])


def test_export_converts_by_output_suffix(tmp_path: Path) -> None:
    out = tmp_path / "seed.timelinejs.json"
    result = run("export", str(SEED), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}: TimelineJS JSON, 9 events\n"
    assert run("export", str(out), "-o", str(tmp_path / "back.json")).returncode == 0
    assert (tmp_path / "back.json").read_bytes() == SEED.read_bytes()
    plain = tmp_path / "plain.timelinejs.json"
    assert run("export", str(SEED), "-o", str(plain), "--no-app-data").returncode == 0
    assert "timeline_app" not in plain.read_text()
    csv_out = tmp_path / "seed.csv"
    result = run("export", str(SEED), "-o", str(csv_out))
    assert result.returncode == 0 and "cannot hold" in result.stderr
    result = run("export", str(DATA / "quoted_newlines.csv"), "-o", str(tmp_path / "q.json"),
                 "--map", "description=sources")
    assert result.returncode == 1  # written, but a row could not be read
    assert "q.json: native JSON, 3 events" in result.stdout
    assert json.loads((tmp_path / "q.json").read_text())["events"][0]["description"] == \
        "News report"


def test_export_refuses_unknown_suffix_and_unwritable_output(tmp_path: Path) -> None:
    result = run("export", str(SEED), "-o", str(tmp_path / "x.xml"))
    assert result.returncode == 2 and ".timelinejs.json" in result.stderr
    result = run("export", str(SEED), "-o", str(tmp_path / "no" / "x.csv"))
    assert result.returncode == 1 and "the folder does not exist" in result.stderr
    assert "Traceback" not in result.stderr
