"""TimelineJS eras drawn as background bands, on screen and in exports."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtGui import QColor, QPalette

from tests.conftest import SHARED_DATA
from timeline_app.core.formats.registry import load_path
from timeline_app.core.model.calendar import to_seconds
from timeline_app.ui.timeline.export import ExportRequest, render_image
from timeline_app.ui.timeline.widget import TimelineWidget

ERAS = SHARED_DATA / "timelinejs3" / "src_template_eras.json"
pytestmark = pytest.mark.skipif(not ERAS.exists(), reason="shared TimelineJS data missing")


@pytest.fixture
def eras_timeline():
    return load_path(ERAS).timeline


def without_eras(timeline):
    plain = copy.copy(timeline)
    plain.extra = {k: v for k, v in timeline.extra.items() if k != "eras"}
    return plain


def _render(qtbot, timeline, dark=False):
    w = TimelineWidget()
    qtbot.addWidget(w)
    if dark:
        pal = QPalette()
        for role, color in ((QPalette.ColorRole.Base, "#1e1e1e"),
                            (QPalette.ColorRole.Window, "#2a2a2a"),
                            (QPalette.ColorRole.Text, "#eeeeee")):
            pal.setColor(role, QColor(color))
        w.setPalette(pal)
    w.resize(1000, 500)
    w.show()
    qtbot.waitExposed(w)
    w.set_document(timeline)
    w.set_viewport(to_seconds(560), to_seconds(760))
    return w, w.grab().toImage()


@pytest.mark.parametrize("dark", [False, True])
def test_eras_are_bands_behind_the_events(qtbot, eras_timeline, dark) -> None:
    w, image = _render(qtbot, eras_timeline, dark)
    scene = w.scene()
    assert [title for title, *_ in scene.eras] == ["Era Test 650-700", "Era Test 600-650",
                                                   "Era Test 700-720"]
    _, plain = _render(qtbot, without_eras(eras_timeline), dark)
    y = w.height() - 3  # the bottom of the last lane: background only
    inside = round(w.x_of(to_seconds(625)))
    outside = round(w.x_of(to_seconds(580)))
    assert image.pixelColor(inside, y) != plain.pixelColor(inside, y)
    assert image.pixelColor(outside, y) == plain.pixelColor(outside, y)
    # Neighbouring eras get different tints, so where one ends is visible.
    assert image.pixelColor(inside, y) != image.pixelColor(round(w.x_of(to_seconds(675))), y)


def test_eras_are_in_the_export_too(qapp, eras_timeline) -> None:
    req = ExportRequest(1000, 600)
    with_eras = render_image(eras_timeline, req)
    plain = render_image(without_eras(eras_timeline), req)
    assert with_eras.size() == plain.size()
    assert with_eras != plain
