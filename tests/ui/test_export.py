"""Export without a window: PNG, SVG, PDF through the screen's painter, and the CLI."""

from __future__ import annotations

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
    assert result.returncode == 1 and "cannot write" in result.stderr
    assert "Traceback" not in result.stderr
    result = run(str(SEED), "-o", str(tmp_path / "x.gif"))
    assert result.returncode == 2 and "cannot tell the format" in result.stderr
    assert ".png, .svg" in result.stderr and ".pdf" in result.stderr
    result = run(str(tmp_path / "none.json"), "-o", str(tmp_path / "x.png"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
