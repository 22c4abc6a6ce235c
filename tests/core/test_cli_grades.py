"""`timeline-app check` summarises grades; `export --min-reliability/--min-credibility`
exports what the window's grade filter shows."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SEED
from timeline_app.cli import main


def graded(tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({
        "format": "timeline-app",
        "sources": [{"id": "kcna", "name": "KCNA", "reliability": "E"},
                    {"id": "nis", "name": "NIS", "reliability": "B"}, {"id": "us", "name": "US"}],
        "events": [
            {"id": "a", "title": "A", "start": "2024", "claims": [
                {"source": "kcna", "credibility": 5}, {"source": "nis", "credibility": 2}]},
            {"id": "b", "title": "B", "start": "2024", "claims": [{"source": "kcna"}]},
            {"id": "c", "title": "C", "start": "2024", "claims": [
                {"source": "us", "credibility": 1}]}]}))
    return path


def test_check_summarises_grades(tmp_path: Path, capsys) -> None:
    assert main(["check", str(graded(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "  grades:\n" in out
    assert "    source reliability: B 1, E 1; 1 source not graded\n" in out
    assert "    claim credibility: 1 1, 2 1, 5 1; 1 claim not graded\n" in out


def test_check_says_when_nothing_is_graded(capsys) -> None:
    assert main(["check", str(SEED)]) == 0
    assert "  grades: none (10 sources, " in capsys.readouterr().out


def test_export_keeps_what_the_grade_filter_shows(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.json"
    assert main(["export", str(graded(tmp_path)), "-o", str(out),
                 "--min-reliability", "b"]) == 0
    assert [e["id"] for e in json.loads(out.read_text())["events"]] == ["a"]
    assert "2 events left out by the grade filter" in capsys.readouterr().err
    # the same claim must pass both: NIS (B) says 2, so "a" passes B and 2 ...
    assert main(["export", str(graded(tmp_path)), "-o", str(out),
                 "--min-reliability", "B", "--min-credibility", "2"]) == 0
    assert [e["id"] for e in json.loads(out.read_text())["events"]] == ["a"]
    # ... but not B and 1 (the 1 is the ungraded US source's)
    assert main(["export", str(graded(tmp_path)), "-o", str(out),
                 "--min-reliability", "B", "--min-credibility", "1"]) == 0
    assert json.loads(out.read_text())["events"] == []


def test_export_refuses_a_bad_grade(tmp_path: Path, capsys) -> None:
    for option, value, message in (("--min-reliability", "G", '"G" is not one of A–F'),
                                   ("--min-credibility", "7", '"7" is not one of 1–6')):
        try:
            main(["export", str(graded(tmp_path)), "-o", str(tmp_path / "x.json"), option,
                  value])
        except SystemExit as exit_:
            assert exit_.code == 2
        else:
            raise AssertionError("no usage error")
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err
