"""The overview strip: density of the whole document, a draggable, resizable window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QPalette
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


def dark(pal: QPalette) -> QPalette:
    pal = QPalette(pal)
    for role, color in ((QPalette.ColorRole.Window, "#1e1e1e"),
                        (QPalette.ColorRole.Base, "#1e1e1e"),
                        (QPalette.ColorRole.Text, "#e0e0e0"),
                        (QPalette.ColorRole.WindowText, "#e0e0e0")):
        pal.setColor(role, QColor(color))
    return pal


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_a_small_document_shows_one_tick_per_event(panel, seed_timeline, palette) -> None:
    from timeline_app.ui.timeline.style import Theme

    ov = panel.overview
    if palette == "dark":
        panel.setPalette(dark(panel.palette()))
    panel.timeline.set_document(seed_timeline)
    image = ov.grab().toImage()
    rects, stacked = ov._bars_cache
    assert stacked and len(rects) == len(seed_timeline.events) == 10
    doc = panel.timeline.doc_view()
    lo = sorted(doc.filtered_lo().tolist())
    for rect in rects:  # each tick stands where an event starts
        assert min(abs(rect.center().x() - ov.x_of(t)) for t in lo) <= rect.width()
    assert len({round(r.left()) for r in rects}) == 4  # 1 + 3 + 1 + 4 stacked by month
    theme = Theme.from_palette(ov.palette())
    for rect in rects:
        c = image.pixelColor(int(rect.center().x()), int(rect.center().y()))
        assert _contrast(c, theme.base) >= 2.5, c.name()
    # The baseline is drawn under the ticks, and the year is labelled.
    base_y = int(max(r.bottom() for r in rects)) + 1
    line = [image.pixelColor(x, base_y) for x in range(int(ov.canvas_left()) + 5, ov.width() - 5)]
    assert sum(_contrast(c, theme.base) >= 1.5 for c in line) > 0.9 * len(line)
    label_row = [image.pixelColor(x, y) for x in range(int(ov.x_of(lo[4])) - 60,
                                                     int(ov.x_of(lo[4])))
                 for y in range(2, 12)]
    assert max(_contrast(c, theme.base) for c in label_row) >= 3  # "2025" is readable


def test_a_large_document_shows_a_histogram(panel) -> None:
    specs = [(f"e{i}", f"{2000 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d}", f"E{i}")
             for i in range(2000)]
    panel.timeline.set_document(make_timeline(specs))
    ov = panel.overview
    ov.grab()
    rects, stacked = ov._bars_cache
    assert not stacked and rects
    assert ov._density().sum() == 2000
    assert max(r.height() for r in rects) > 20


def test_window_outline_and_selection_marks(panel) -> None:
    from timeline_app.ui.timeline.style import Theme

    ov, tl = panel.overview, panel.timeline
    tl.set_viewport(ov.t_of(500), ov.t_of(600))
    tl.select_ids(["e10"])
    image = ov.grab().toImage()
    theme = Theme.from_palette(ov.palette())
    edge = image.pixelColor(500, ov.height() // 2 - 10)
    assert _contrast(edge, theme.highlight) < 1.3  # the window's outline
    t = tl.doc_view().lane_index.lo[tl.doc_view().doc_of("e10")]
    x = round(ov.x_of(float(t)))
    top = [image.pixelColor(x, y) for y in range(10, 22)]
    assert min(_contrast(c, theme.highlight) for c in top) < 1.3  # the selection pointer


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        ch = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
              for v in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
