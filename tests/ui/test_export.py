"""Export without a window: PNG, SVG, PDF through the screen's painter, and the CLI."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import SEED
from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.core.model.calendar import to_seconds
from timeline_app.ui.timeline.export import ExportError, ExportRequest, render_bytes, render_image


def test_png_svg_pdf_are_valid(seed_timeline, qapp) -> None:
    req = ExportRequest(800, 500)
    png = render_bytes(seed_timeline, req, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png[16:20], "big") == 800 and int.from_bytes(png[20:24], "big") == 500
    svg = render_bytes(seed_timeline, req, "svg")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert b"KCNA" in svg  # text stays text: vector, not a bitmap
    pdf = render_bytes(seed_timeline, req, "pdf")
    assert pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-64:]


def test_image_has_title_legend_and_events(seed_timeline, qapp) -> None:
    image = render_image(seed_timeline, ExportRequest(1000, 600))
    assert (image.width(), image.height()) == (1000, 600)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1000, 7) for y in range(0, 600, 7)}
    assert "#0072b2" in colours  # KCNA's lane colour appears


def test_source_filter_and_range(seed_timeline, qapp) -> None:
    req = ExportRequest(800, 500, to_seconds(2024, 9), to_seconds(2025, 1), ("kcna",),
                        LaneMode.STATUS)
    render_image(seed_timeline, req)
    with pytest.raises(ExportError, match="unknown source id 'nope'"):
        render_image(seed_timeline, ExportRequest(sources=("nope",)))
    with pytest.raises(ExportError, match="empty"):
        render_image(seed_timeline, ExportRequest(start=10.0, end=5.0))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline_app", "export", *args],
                          capture_output=True, text=True, timeout=120)


def test_cli_export_and_errors(tmp_path: Path) -> None:
    out = tmp_path / "seed.png"
    result = run(str(SEED), "-o", str(out), "--size", "640x400", "--source", "kcna",
                 "--from", "2024-06", "--to", "2025-04", "--lanes", "tag")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:4] == b"\x89PNG"
    cases = [
        (["--source", "nope"], 2, "unknown source id 'nope'"),
        (["--from", "2024-13"], 2, "--from: month 13 does not exist"),
        (["--size", "big"], 2, "--size"),
    ]
    for extra, code, message in cases:
        result = run(str(SEED), "-o", str(tmp_path / "x.svg"), *extra)
        assert result.returncode == code and message in result.stderr
        assert "Traceback" not in result.stderr
    result = run(str(SEED), "-o", str(tmp_path / "missing" / "x.pdf"))
    assert result.returncode == 1 and "the folder does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    result = run(str(SEED), "-o", str(tmp_path / "x.gif"))
    assert result.returncode == 2 and "cannot tell the format" in result.stderr
    assert ".png, .svg" in result.stderr and ".pdf" in result.stderr
    result = run(str(tmp_path / "none.json"), "-o", str(tmp_path / "x.png"))
    assert result.returncode == 2 and "Traceback" not in result.stderr


# -- undated events: noted in a picture, written by the data exports ------------------------

def _with_undated():
    from timeline_app.core.model.dates import OPEN, parse_date
    from timeline_app.core.model.timeline import Claim, Event, Source, Timeline

    return Timeline(title="Figures", sources=[Source("a", "A")], events=[
        Event("d1", "Dated one", parse_date("2024-02"), claims=[Claim("a")]),
        Event("u", "Casualty figure", OPEN, claims=[Claim("a", "They said 500")]),
        Event("d2", "Dated two", parse_date("2024-08-01"), claims=[Claim("a")])])


def test_a_picture_notes_undated_events_instead_of_drawing_them(qapp) -> None:
    from timeline_app.ui.timeline.docview import DocView
    from timeline_app.ui.timeline.export import _fonts, _subtitle, export_scene, undated_note

    t = _with_undated()
    req = ExportRequest(900, 500)
    doc = DocView(t)
    scene = export_scene(doc, req, _fonts(), 300)
    assert [it.doc for g in scene.lanes for it in g.items] == [0, 2]
    assert scene.lanes[0].undated == 1
    assert undated_note(doc) == "1 undated event not drawn"
    assert _subtitle(doc, scene.vp, None, req).endswith("·  1 undated event not drawn")
    svg = render_bytes(t, req, "svg").decode("utf-8")
    assert "1 undated event not drawn" in svg and "3 + 1 undated" not in svg
    assert "2 + 1 undated" in svg  # the lane's header counts it
    assert "Casualty figure" not in svg  # no bar, no label
    dated = DocView(type(t)(title=t.title, sources=list(t.sources.values()),
                            events=[t.events[0], t.events[2]]))
    fitted = export_scene(dated, req, _fonts(), 300).vp  # the range: the dated events
    assert (fitted.start, fitted.span) == (scene.vp.start, scene.vp.span)
    assert undated_note(dated) == ""


def test_cli_notes_undated_events_and_data_exports_keep_them(tmp_path: Path) -> None:
    from timeline_app.core.formats.date_hints import is_undated
    from timeline_app.core.formats.registry import load_path
    from timeline_app.core.formats.saving import to_bytes

    src = tmp_path / "figures.timeline.json"
    src.write_bytes(to_bytes(_with_undated()))
    result = run(str(src), "-o", str(tmp_path / "f.png"), "--size", "640x400")
    assert result.returncode == 0, result.stderr
    assert "1 undated event not drawn" in result.stderr and "Traceback" not in result.stderr
    for name in ("f.json", "f.csv", "f.timelinejs.json"):
        result = run(str(src), "-o", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
        back = load_path(tmp_path / name).timeline
        undated = [e for e in back.events if is_undated(e)]
        assert [e.title for e in undated] == ["Casualty figure"], name
        assert len(back.events) == 3, name
        assert [e.title for e in back.events][1] == "Casualty figure", name  # in its place


def _many_sources(tmp_path: Path, n_sources: int = 120) -> Path:
    import json

    from timeline_app.synth import document

    path = tmp_path / "many.json"
    path.write_text(json.dumps(document(400, seed=2, n_sources=n_sources)))
    return path


def test_a_picture_too_small_for_its_lanes_says_what_it_leaves_out(tmp_path: Path) -> None:
    """120 lanes cannot stand in 720 px: the subtitle and stderr say how many lanes are shown
    and how many events are not drawn; a picture that holds them all says nothing."""
    from timeline_app.core.formats.registry import load_path

    path = _many_sources(tmp_path)
    out = run(str(path), "-o", str(tmp_path / "m.png"), "--size", "1280x720")
    assert out.returncode == 0, out.stderr
    note = re.search(r"(\d+) of 120 lanes shown: (\d+) events not drawn", out.stderr)
    assert note, out.stderr
    shown, missing = int(note[1]), int(note[2])
    assert 3 <= shown < 120 and 0 < missing < 400
    notes: list[str] = []
    render_image(load_path(path).timeline, ExportRequest(1280, 720), notes)
    assert notes and notes[0].startswith(f"{shown} of 120 lanes shown")
    few = _many_sources(tmp_path, n_sources=4)
    notes = []
    render_image(load_path(few).timeline, ExportRequest(1280, 2000), notes)
    assert notes == []
    out = run(str(few), "-o", str(tmp_path / "f.png"), "--size", "1280x2000")
    assert "lanes shown" not in out.stderr


def test_the_legend_of_sources_counts_what_it_cannot_hold(qapp) -> None:
    from timeline_app.ui.timeline.export import LEGEND_ROWS, _fonts, _legend_rows

    fonts = _fonts()
    entries = [(f"Source {i}", None, i) for i in range(120)]
    rows = _legend_rows(entries, 1280.0, fonts)
    assert len(rows) == LEGEND_ROWS
    last = rows[-1][-1][2]
    named = sum(len(r) for r in rows) - 1
    assert last[0] == f"… and {120 - named} more sources" and last[2] == -1
    assert all(x + w <= 1280 - 12 + 1 for r in rows for x, w, _ in r)
    few = _legend_rows(entries[:3], 1280.0, fonts)
    assert [e[2][0] for r in few for e in r] == ["Source 0", "Source 1", "Source 2"]
