"""The overview strip: density of the whole document, a draggable, resizable window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.test_timeline_helpers import make_timeline, mouse
from timeline_app.ui.timeline.overview import TimelinePanel


@pytest.fixture
def panel(qtbot):
    p = TimelinePanel()
    qtbot.addWidget(p)
    p.resize(1000, 500)
    p.show()
    qtbot.waitExposed(p)
    specs = [(f"e{i}", f"{2000 + i}-06-01", f"E{i}") for i in range(20)]
    p.timeline.set_document(make_timeline(specs))
    return p


def test_density_and_window(panel) -> None:
    ov = panel.overview
    assert ov._density().sum() == 20
    # Fit-all: the window covers (nearly) the whole strip.
    rect = ov.window_rect()
    assert rect.width() > 0.8 * (ov.width() - ov.canvas_left())
    panel.timeline.set_viewport(ov.t_of(500), ov.t_of(600))
    rect = ov.window_rect()
    assert rect.left() == pytest.approx(500, abs=1) and rect.right() == pytest.approx(600, abs=1)
    image = ov.grab().toImage()
    assert image.width() == ov.width()


def test_drag_window_pans_and_edges_resize(panel) -> None:
    ov, tl = panel.overview, panel.timeline
    tl.set_viewport(ov.t_of(500), ov.t_of(600))
    span = tl.viewport().span
    y = ov.height() // 2
    mouse(ov, QEvent.Type.MouseButtonPress, 550, y)
    mouse(ov, QEvent.Type.MouseMove, 600, y, button=Qt.MouseButton.NoButton)
    mouse(ov, QEvent.Type.MouseButtonRelease, 600, y, buttons=Qt.MouseButton.NoButton)
    assert tl.viewport().span == pytest.approx(span)
    assert ov.window_rect().left() == pytest.approx(550, abs=1)
    mouse(ov, QEvent.Type.MouseButtonPress, 650, y)  # the right edge
    mouse(ov, QEvent.Type.MouseMove, 750, y, button=Qt.MouseButton.NoButton)
    mouse(ov, QEvent.Type.MouseButtonRelease, 750, y, buttons=Qt.MouseButton.NoButton)
    assert ov.window_rect().right() == pytest.approx(750, abs=1)
    assert ov.window_rect().left() == pytest.approx(550, abs=1)


def test_click_jumps(panel) -> None:
    ov, tl = panel.overview, panel.timeline
    tl.set_viewport(ov.t_of(300), ov.t_of(340))
    QTest.mouseClick(ov, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(800, ov.height() // 2))
    rect = ov.window_rect()
    assert rect.center().x() == pytest.approx(800, abs=1.5)


def test_filter_updates_density(panel) -> None:
    import numpy as np

    mask = np.zeros(20, dtype=bool)
    mask[:5] = True
    panel.timeline.set_filter_mask(mask)
    assert panel.overview._density().sum() == 5
