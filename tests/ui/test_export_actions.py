"""File > Export from the window: the view as PNG/SVG/PDF, the document as CSV/TimelineJS/JSON."""

from __future__ import annotations

import dataclasses
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from tests.conftest import SEED
from timeline_app.core.formats.csv_import import import_csv
from timeline_app.core.formats.registry import load_path
from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.core.model.dates import parse_date
from timeline_app.ui import export_actions, file_ops
from timeline_app.ui.export_actions import view_request, visible_timeline, with_suffix
from timeline_app.ui.image_dialog import ImageOptions

ASK_OPTIONS = export_actions.ask_image_options


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
        monkeypatch.setattr(export_actions, "ask_image_options", view_request)  # as shown
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
    assert "Exported the view (10 events) to view.png" in seeded.statusBar().currentMessage()
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
    assert 0 < shown < 10
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
    assert len(result.timeline.events) == len(seeded.document.timeline.events) == 10
    assert not boxes
    assert "Exported CSV to seed.csv" in seeded.statusBar().currentMessage()


def test_timelinejs_json(seeded, target, boxes) -> None:
    path = target("seed.timelinejs.json")
    export_action(seeded, "export_timelinejs").trigger()
    doc = json.loads(path.read_bytes())
    assert len(doc["events"]) == 10
    assert target.asked[0][1].name == "north-korean-troops-russia.timelinejs.json"


def test_native_copy_leaves_the_document_alone(seeded, target, boxes) -> None:
    path = target("copy.timeline.json")
    export_action(seeded, "export_json").trigger()
    assert len(load_path(path).timeline.events) == 10
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


def test_image_options_offer_the_command_lines_size_range_and_lanes(seeded, qtbot) -> None:
    base = view_request(seeded)
    dialog = ImageOptions(base, seeded.document.visible_count(), seeded)
    qtbot.addWidget(dialog)
    assert (dialog.width_box.value(), dialog.height_box.value()) == (base.width, base.height)
    assert dialog.lanes.currentData() == LaneMode.SOURCE
    assert dialog.date_from.date is not None and dialog.date_to.date is not None
    dialog.preset.setCurrentIndex(dialog.preset.findText("1280 × 720"))
    dialog.date_from.set_text("2024-06")
    dialog.date_to.set_text("2025-05")
    dialog.lanes.setCurrentIndex(dialog.lanes.findData(LaneMode.NONE))
    req = dialog.request()
    assert (req.width, req.height, req.lanes) == (1280, 720, LaneMode.NONE)
    assert req.start == parse_date("2024-06").earliest and req.end == parse_date("2025-05").latest
    dialog.date_to.set_text("2023")
    assert not dialog.ok.isEnabled()  # the end before the start
    dialog.date_from.set_text("")
    dialog.date_to.set_text("")
    assert dialog.ok.isEnabled() and dialog.request().start is None  # blank: fit the events


def test_export_image_uses_the_options_chosen(seeded, target, boxes, monkeypatch) -> None:
    path = target("chosen.png")

    def answer(dialog: ImageOptions) -> int:
        dialog.width_box.setValue(1200)
        dialog.height_box.setValue(700)
        dialog.lanes.setCurrentIndex(dialog.lanes.findData(LaneMode.STATUS))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(export_actions, "ask_image_options", ASK_OPTIONS)
    monkeypatch.setattr(ImageOptions, "exec", answer)
    export_action(seeded, "exportImage").trigger()
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1200, 700)
    assert not boxes
    monkeypatch.setattr(ImageOptions, "exec", lambda d: QDialog.DialogCode.Rejected.value)
    path.unlink()
    export_action(seeded, "exportImage").trigger()
    assert not path.exists()  # cancelled: nothing written, no file asked for


def test_an_empty_range_is_explained_in_the_dialogs_words(seeded, target, boxes,
                                                          monkeypatch) -> None:
    target("empty.png")
    base = view_request(seeded)
    monkeypatch.setattr(export_actions, "ask_image_options",
                        lambda w: dataclasses.replace(base, start=base.end, end=base.start))
    export_action(seeded, "exportImage").trigger()
    assert boxes, "no message"
    text = boxes[-1].informativeText()
    assert "--" not in text and "the To date" in text
