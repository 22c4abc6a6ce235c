"""File > Export from the window: the view as PNG/SVG/PDF, the document as CSV/TimelineJS/JSON."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QMenu, QMessageBox

from tests.conftest import SEED
from timeline_app.core.formats.csv_import import import_csv
from timeline_app.core.formats.registry import load_path
from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.ui import export_actions, file_ops
from timeline_app.ui.export_actions import view_request, visible_timeline, with_suffix


@pytest.fixture
def target(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Answer the save dialog with a file name in tmp_path; records what was asked."""
    asked: list[tuple[str, Path, str]] = []

    def choose(name: str) -> Path:
        path = tmp_path / name

        def fake(parent, caption: str, suggestion: Path, filters: str) -> Path:
            asked.append((caption, suggestion, filters))
            return path

        monkeypatch.setattr(export_actions, "choose_export_path", fake)
        return path

    choose.asked = asked  # type: ignore[attr-defined]
    return choose


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def fake_ask(box: QMessageBox) -> QMessageBox.StandardButton:
        shown.append(box)
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(file_ops, "ask", fake_ask)
    return shown


def export_action(window, name: str) -> QAction:
    menu = window.findChild(QMenu, "exportMenu")
    assert menu is not None
    menu.aboutToShow.emit()
    return next(a for a in menu.actions() if a.objectName() == name)


def test_png_of_the_view(seeded, target, boxes) -> None:
    path = target("view.png")
    export_action(seeded, "exportImage").trigger()
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage(str(path))
    req = view_request(seeded)
    assert (image.width(), image.height()) == (req.width, req.height)
    assert not boxes
    assert "Exported the view (9 events) to view.png" in seeded.statusBar().currentMessage()
    _caption, suggestion, filters = target.asked[0]
    assert suggestion.name == "north-korean-troops-russia.png"
    assert "*.svg" in filters and "*.pdf" in filters


def test_svg_and_pdf(seeded, target, boxes) -> None:
    svg = target("view.svg")
    export_action(seeded, "exportImage").trigger()
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    pdf = target("view.pdf")
    export_action(seeded, "exportImage").trigger()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not boxes


def test_the_picture_follows_the_view(seeded, qtbot) -> None:
    seeded.timeline.set_lane_mode(LaneMode.STATUS)
    vp = seeded.timeline.viewport()
    seeded.timeline.set_viewport(vp.start, vp.start + vp.span / 2)
    req = view_request(seeded)
    now = seeded.timeline.viewport()
    assert (req.start, req.end, req.lanes) == (now.start, now.end, LaneMode.STATUS)
    assert visible_timeline(seeded) is seeded.document.timeline  # no filter: no copy
    seeded.document.update_filter(hidden_sources=frozenset({"kcna"}))
    shown = seeded.document.visible_count()
    assert 0 < shown < 9
    subset = visible_timeline(seeded)
    assert len(subset.events) == shown
    assert list(subset.sources) == list(seeded.document.timeline.sources)  # same colours


def test_filtered_view_export_names_the_count(seeded, target, boxes) -> None:
    seeded.document.update_filter(hidden_sources=frozenset({"kcna"}))
    shown = seeded.document.visible_count()
    target("filtered.png")
    export_action(seeded, "exportImage").trigger()
    assert f"({shown} events)" in seeded.statusBar().currentMessage()


def test_csv_reimports_to_the_same_events(seeded, target, boxes) -> None:
    path = target("seed.csv")
    export_action(seeded, "export_csv").trigger()
    result = import_csv(path.read_bytes(), str(path))
    assert len(result.timeline.events) == len(seeded.document.timeline.events) == 9
    assert not boxes
    assert "Exported CSV to seed.csv" in seeded.statusBar().currentMessage()


def test_timelinejs_json(seeded, target, boxes) -> None:
    path = target("seed.timelinejs.json")
    export_action(seeded, "export_timelinejs").trigger()
    doc = json.loads(path.read_bytes())
    assert len(doc["events"]) == 9
    assert target.asked[0][1].name == "north-korean-troops-russia.timelinejs.json"


def test_native_copy_leaves_the_document_alone(seeded, target, boxes) -> None:
    path = target("copy.timeline.json")
    export_action(seeded, "export_json").trigger()
    assert len(load_path(path).timeline.events) == 9
    assert seeded.document.path == SEED.resolve()
    assert not seeded.document.modified


def test_failure_is_a_plain_text_box(seeded, target, boxes, tmp_path: Path) -> None:
    for name in ("exportImage", "export_csv"):
        target("missing/<b>bold.png" if name == "exportImage" else "missing/x.csv")
        export_action(seeded, name).trigger()
    assert len(boxes) == 2
    for box in boxes:
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert "could not be written" in box.text()
        assert box.informativeText()
    assert boxes[0].text() == "<b>bold.png could not be written."
    assert not (tmp_path / "missing").exists()


def test_unknown_picture_suffix_is_refused(seeded, target, boxes) -> None:
    target("view.gif")
    export_action(seeded, "exportImage").trigger()
    assert len(boxes) == 1
    assert ".png, .svg or .pdf" in boxes[0].informativeText()


def test_nothing_to_export_without_a_document(window) -> None:
    assert not export_action(window, "exportImage").isEnabled()
    assert not export_action(window, "export_csv").isEnabled()
    assert export_actions.export_data(window, "csv") is False


def test_with_suffix() -> None:
    assert with_suffix(Path("/a/view"), "PNG image (*.png)") == Path("/a/view.png")
    assert with_suffix(Path("/a/view.PNG"), "PNG image (*.png)") == Path("/a/view.PNG")
    assert with_suffix(Path("/a/t"), "TimelineJS JSON (*.timelinejs.json *.json)") == \
        Path("/a/t.timelinejs.json")
    assert with_suffix(Path("/a/t.json"), "TimelineJS JSON (*.timelinejs.json *.json)") == \
        Path("/a/t.json")
    assert with_suffix(Path("/a/t"), "All files (*)") == Path("/a/t")
