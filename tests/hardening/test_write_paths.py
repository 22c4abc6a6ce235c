"""Writes and messages that cannot mislead: every picture export is atomic like a save;
saving through a symlink writes its target; a broken hard link is said; setuid/setgid are
never copied; an SVG is well-formed XML whatever the text; the command line prints text from
files escaped; a picture export with skipped rows exits 1; dates read as they are written.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hardening.published import svg_problems
from timeline_app.cli import terminal_safe
from timeline_app.core.formats.registry import load_bytes
from timeline_app.core.formats.saving import SaveError, save, write_atomic
from timeline_app.core.model.dates import parse_date

DOC = {"format": "timeline-app", "version": 1, "title": "T", "sources": [{"id": "s", "name": "S"}],
       "events": [{"id": "a", "title": "A", "start": "2024", "claims": [{"source": "s"}]}]}


@pytest.fixture(autouse=True)
def _widgets_app(qapp):  # pictures need Qt, and some tests here open the window
    """pytest-qt's QApplication before anything makes a bare QGuiApplication."""
    return qapp


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "timeline_app.cli", *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT, env=env)


def _timeline(title: str = "T") -> object:
    return load_bytes(json.dumps({**DOC, "title": title}).encode(), "doc.json").timeline


# -- atomic pictures ---------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_a_failing_picture_export_leaves_the_old_picture_whole(fmt: str, tmp_path: Path,
                                                               monkeypatch) -> None:
    from timeline_app.ui.timeline.export import ExportRequest, export_file

    target = tmp_path / f"old.{fmt}"
    target.write_bytes(b"the old picture")
    real_fsync = os.fsync

    def full_disk(fd: int) -> None:  # the bytes could not all reach the disk
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(SaveError, match="the disk is full"):
        export_file(_timeline(), target, ExportRequest(400, 300))
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert target.read_bytes() == b"the old picture"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left
    export_file(_timeline(), target, ExportRequest(400, 300))
    assert target.read_bytes() != b"the old picture"


def test_cli_picture_export_failure_is_a_message_and_the_old_file_stays(tmp_path: Path
                                                                        ) -> None:
    source = tmp_path / "doc.json"
    source.write_text(json.dumps(DOC), encoding="utf-8")
    folder = tmp_path / "ro"
    folder.mkdir()
    old = folder / "out.svg"
    old.write_bytes(b"old")
    folder.chmod(0o500)
    try:
        proc = _cli("export", str(source), "-o", str(old))
    finally:
        folder.chmod(0o700)
    if os.geteuid() == 0:  # root writes anyway: then the write must be whole
        assert proc.returncode == 0 and svg_problems(old.read_bytes()) == []
        return
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "Could not save" in proc.stderr and old.read_bytes() == b"old"


def test_picture_export_with_skipped_rows_exits_1(tmp_path: Path) -> None:
    source = tmp_path / "rows.csv"
    source.write_bytes(b"date,title\n2024,good\nnot a date,bad\n")
    out = tmp_path / "out.png"
    proc = _cli("export", str(source), "-o", str(out))
    assert proc.returncode == 1, proc.stderr
    assert out.exists() and "row not loaded" in proc.stderr
    assert _cli("export", str(source), "-o", str(tmp_path / "out.csv")).returncode == 1


# -- links, modes --------------------------------------------------------------------------

def test_saving_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    real = tmp_path / "data" / "real.timeline.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.timeline.json"
    link.symlink_to(os.path.relpath(real, tmp_path))
    assert save(_timeline("Through the link"), link) == []
    assert link.is_symlink() and os.readlink(link) == os.path.relpath(real, tmp_path)
    assert json.loads(real.read_text(encoding="utf-8"))["title"] == "Through the link"
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.timeline.json"]
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "data" / "new.json")
    write_atomic(dangling, b"{}")
    assert dangling.is_symlink() and (tmp_path / "data" / "new.json").read_bytes() == b"{}"


def test_a_hard_link_that_cannot_be_kept_is_said(tmp_path: Path) -> None:
    first = tmp_path / "a.json"
    first.write_bytes(b"old")
    os.link(first, tmp_path / "b.json")
    notes = write_atomic(first, b"new")
    assert first.read_bytes() == b"new" and (tmp_path / "b.json").read_bytes() == b"old"
    assert len(notes) == 1 and "1 other hard link" in notes[0] and "old content" in notes[0]


def test_the_cli_prints_the_hard_link_note(tmp_path: Path) -> None:
    source = tmp_path / "doc.json"
    source.write_text(json.dumps(DOC), encoding="utf-8")
    out = tmp_path / "out.svg"
    out.write_bytes(b"old")
    os.link(out, tmp_path / "other.svg")
    proc = _cli("export", str(source), "-o", str(out))
    assert proc.returncode == 0 and "other hard link" in proc.stderr


def test_setuid_and_setgid_are_never_copied(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(b"old")
    path.chmod(0o6754)
    if not os.stat(path).st_mode & stat.S_ISUID:
        pytest.skip("this file system does not keep setuid bits")
    write_atomic(path, b"new")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o754


# -- well-formed SVG -------------------------------------------------------------------------

XML_ILLEGAL = "A\ufffeB\uffffC\x01D\x0bE\x1bF\x08G"


def test_svg_is_well_formed_for_any_text() -> None:
    from timeline_app.ui.timeline.export import ExportRequest, render_bytes, well_formed

    doc = {**DOC, "title": XML_ILLEGAL, "sources": [{"id": "s", "name": XML_ILLEGAL}],
           "events": [{"id": "a", "title": XML_ILLEGAL, "start": "2024", "tags": [XML_ILLEGAL],
                       "claims": [{"source": "s"}]}]}
    timeline = load_bytes(json.dumps(doc).encode(), "doc.json").timeline
    for lanes in ("source", "tag"):
        from timeline_app.core.geometry.lanes import LaneMode

        svg = render_bytes(timeline, ExportRequest(800, 500, lanes=LaneMode(lanes)), "svg")
        root = ET.fromstring(svg)  # raises if not well-formed
        title = next(e for e in root.iter() if e.tag.endswith("title"))
        assert title.text is not None and title.text.startswith("A\ufffdB\ufffdC")
    # Lone surrogates and references to illegal characters, straight into the fixer.
    fixed = well_formed("<svg><title>x\ud800y&#1;z&#xFFFE;w&#65;</title></svg>".encode(
        "utf-8", "surrogatepass"))
    text = ET.fromstring(fixed).findtext("title") or ""
    assert text.startswith("x\ufffd") and text.endswith("y\ufffdz\ufffdwA"), text
    assert svg_problems(fixed) == []


# -- terminal-safe messages ---------------------------------------------------------------

ESCAPES = "\x1b[2K\x1b[1G x.json: valid \x1b]52;c;ZXZpbA==\x07 \u202eevil\u2066 \x9b31m"


def test_terminal_safe_escapes_controls_and_bidi() -> None:
    assert terminal_safe(ESCAPES) == (
        "\\x1b[2K\\x1b[1G x.json: valid \\x1b]52;c;ZXZpbA==\\x07 \\u202eevil\\u2066 \\x9b31m")
    assert terminal_safe("a\nb\tc\ud800") == "a\\x0ab\\x09c\\ud800"
    assert terminal_safe("Ünïcode, 김, 😀") == "Ünïcode, 김, 😀"


def test_check_prints_no_escape_sequence_from_a_file(tmp_path: Path) -> None:
    name = tmp_path / "evil\x1b[31m\u202e.json"
    good = {**DOC, "title": ESCAPES, "sources": [{"id": "s", "name": ESCAPES}],
            "events": [{"id": "a", "title": ESCAPES, "start": "2024", "status": "disputed",
                        "claims": [{"source": "s"}]}]}
    name.write_text(json.dumps(good), encoding="utf-8")
    bad = tmp_path / "bad\x1b]0;x\x07.json"
    bad.write_text(json.dumps({**good, "events": [{"id": "b", "title": ESCAPES,
                                                   "start": ESCAPES}]}), encoding="utf-8")
    csv_file = tmp_path / "rows\x1b.csv"
    csv_file.write_text(f"date,title\n2024,{ESCAPES}\nbad\x1b[2K,x\n", encoding="utf-8")
    proc = _cli("check", str(name), str(bad), str(csv_file), str(tmp_path / "gone\x1b.json"))
    out = proc.stdout + proc.stderr
    for char in ("\x1b", "\x07", "\x9b", "\u202e", "\u2066"):
        assert char not in out
    assert "\\x1b[2K" in proc.stdout and "\\u202e" in proc.stdout
    assert "evil\\x1b[31m\\u202e.json: valid" in proc.stdout
    assert "bad\\x1b]0;x\\x07.json" in proc.stderr and "rows\\x1b.csv:3" in proc.stderr
    assert "gone\\x1b.json" in proc.stderr
    for line in proc.stdout.splitlines():  # no line made to look like another file's verdict
        assert not line.lstrip().startswith("x.json")
    usage = _cli("export", str(name), "-o", str(tmp_path / "x\x1b.bad"), "--map", "\x1b=x")
    assert usage.returncode == 2 and "\x1b" not in usage.stderr


# -- dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "described"), [
    ("9999-12-31T23:59:59.99999999999", "31 Dec 9999 23:59:59.99… UTC"),
    ("9999-12-31T23:59:59.5", "31 Dec 9999 23:59:59.5 UTC"),
    ("2024-10-18T09:30:05.25+09:00", "18 Oct 2024 00:30:05.25 UTC"),
    ("Y-999999999999999", "about 1 quadrillion years ago"),
    ("Y-999999999", "about 1 billion years ago"),
    ("Y-13800000000", "13.8 billion years ago"),
    ("Y-2500000000000", "2.5 trillion years ago"),
])
def test_descriptions_read_as_written(text: str, described: str) -> None:
    assert parse_date(text).describe() == described


def test_corpus_cases_of_this_issue_read_as_they_must() -> None:
    corpus = ROOT / "tests" / "corpus" / "bad"
    proc = _cli("check", str(corpus / "terminal-escapes-everywhere.json"))
    assert proc.returncode == 0 and "\x1b" not in proc.stdout + proc.stderr
    assert "title: \\x1b[2K\\x1b[1G x.json: valid \\x1b]52;c;ZXZpbA==\\x07 \\u202etxt.exe" in (
        proc.stdout)
    dates = load_bytes((corpus / "dates-describe-edges.json").read_bytes(), "d.json").timeline
    assert [e.start.describe() for e in dates.events] == [
        "31 Dec 9999 23:59:59.99… UTC", "about 1 quadrillion years ago"]
    from timeline_app.ui.timeline.export import ExportRequest, render_bytes

    svg_doc = load_bytes((corpus / "svg-xml-illegal-characters.json").read_bytes(), "s.json")
    assert svg_problems(render_bytes(svg_doc.timeline, ExportRequest(600, 400), "svg")) == []


def test_the_window_says_when_a_save_or_picture_breaks_a_hard_link(qtbot, window,
                                                                   tmp_path: Path) -> None:
    from tests.ui.conftest import open_and_wait
    from timeline_app.ui import export_actions, file_ops

    path = tmp_path / "doc.timeline.json"
    path.write_text(json.dumps(DOC), encoding="utf-8")
    os.link(path, tmp_path / "other-name.json")
    open_and_wait(qtbot, window, path)
    assert file_ops.write_to(window, path)
    assert "other hard link" in window.statusBar().currentMessage()
    picture = tmp_path / "view.svg"
    picture.write_bytes(b"old")
    os.link(picture, tmp_path / "view-copy.svg")
    assert export_actions.export_image(window, picture)
    assert "other hard link" in window.statusBar().currentMessage()
    assert svg_problems(picture.read_bytes()) == []
    assert (tmp_path / "view-copy.svg").read_bytes() == b"old"
