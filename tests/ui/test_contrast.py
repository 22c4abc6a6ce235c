"""Issue 16 §4: high contrast and large fonts keep the timeline legible."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QColor, QFont, QPalette

from tests.conftest import needs_story
from tests.ui.conftest import shown_widget
from timeline_app.core.formats.registry import load_bytes
from timeline_app.ui.settings import SettingsStore
from timeline_app.ui.timeline import style
from timeline_app.ui.timeline.colors import CATEGORICAL
from timeline_app.ui.timeline.export import ExportRequest, render_image
from timeline_app.ui.timeline.style import Theme, contrast

DOC = {"sources": [{"id": f"s{i}", "name": f"Source {i}"} for i in range(len(CATEGORICAL))],
       "events": [{"title": f"Event {i}", "start": f"{1900 + i}", "end": f"{1903 + i}~",
                   "sources": [f"s{i}"]} for i in range(len(CATEGORICAL))]}


@pytest.fixture(autouse=True)
def system_contrast():
    yield
    style.set_high_contrast(None)


def _palette(base: str, text: str) -> QPalette:
    pal = QPalette()
    for role, color in ((QPalette.ColorRole.Base, base), (QPalette.ColorRole.Window, base),
                        (QPalette.ColorRole.Text, text),
                        (QPalette.ColorRole.WindowText, text)):
        pal.setColor(role, QColor(color))
    return pal


@pytest.mark.parametrize("base,text", [("#ffffff", "#000000"), ("#000000", "#ffffff"),
                                       ("#1e1e1e", "#e0e0e0")])
def test_high_contrast_theme_meets_wcag(qapp, base, text):
    pal = _palette(base, text)
    normal, high = Theme.from_palette(pal, high=False), Theme.from_palette(pal, high=True)
    assert high.high_contrast and not normal.high_contrast
    assert contrast(high.muted, high.base) >= 7 > contrast(normal.muted, normal.base)
    assert contrast(high.grid_major, high.base) > contrast(normal.grid_major, normal.base)
    assert high.fade_alpha > normal.fade_alpha
    for number in range(len(CATEGORICAL)):  # every lane colour reads like text
        assert contrast(high.lane_color(None, number), high.base) >= 4.5
    assert contrast(high.lane_color("#ffff00", 0), high.base) >= 4.5  # a source's own


def test_the_system_preference_is_followed_until_the_user_chooses(qapp):
    style.set_high_contrast(None)
    assert style.high_contrast() is False  # offscreen: no preference
    style.set_high_contrast(True)
    assert style.high_contrast() is True
    assert Theme.from_palette(QPalette()).high_contrast


def test_view_high_contrast_redraws_and_is_remembered(qtbot, window):
    w = shown_widget(qtbot, DOC)
    plain = w.grab().toImage()
    action = window.high_contrast_action
    assert not action.isChecked()
    action.setChecked(True)
    assert window.timeline._style()[1].high_contrast  # the window's timeline redraws so
    w.restyle()
    assert w.grab().toImage() != plain
    assert SettingsStore().load().high_contrast is True
    action.setChecked(False)
    assert SettingsStore().load().high_contrast is False


def test_exports_keep_the_publication_colours(qapp):
    timeline = load_bytes(json.dumps(DOC).encode(), "a.json").timeline
    req = ExportRequest(width=800, height=400)
    plain = render_image(timeline, req)
    style.set_high_contrast(True)
    assert render_image(timeline, req) == plain


@pytest.mark.parametrize("pixels", [12, 24, 36])
def test_large_fonts_grow_rows_axis_and_headers(qtbot, pixels):
    w = shown_widget(qtbot, DOC)
    font = QFont(w.font())
    font.setPixelSize(pixels)
    w.setFont(font)
    w.resize(1600, 900)
    scene = w.scene()
    fm_h = w.fontMetrics().height()
    assert scene.text_h >= fm_h - 1 and scene.row_h > scene.text_h
    assert scene.axis_h >= fm_h
    for lane in scene.lanes:  # a lane header holds at least its name's line
        assert lane.h >= scene.text_h
        for item in lane.items:  # labels are not squeezed under the font's height
            assert item.y + scene.row_h <= lane.y + lane.h + 1
    assert not w.grab().toImage().isNull()


@needs_story
def test_seed_window_in_high_contrast_at_large_font(qtbot, seeded):
    font = QFont(seeded.font())
    font.setPointSizeF(18)
    seeded.setFont(font)
    seeded.high_contrast_action.setChecked(True)
    seeded.resize(1280, 720)
    image = seeded.grab().toImage()
    assert not image.isNull() and seeded.timeline.scene().lanes
