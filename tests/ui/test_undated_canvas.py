"""Undated events on the timeline canvas: never drawn as a bar across the range, never
stretching Fit All, counted in their lane's header ("2 + 1 undated") and in the status bar
("(1 undated, listed below)", where the Undated strip lists them)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPainter

from tests.ui.conftest import open_and_wait
from tests.ui.test_timeline_helpers import make_timeline
from timeline_app.core.formats.saving import to_bytes
from timeline_app.core.model.timeline import Timeline
from timeline_app.ui.timeline.frame import fit_viewport
from timeline_app.ui.timeline.painter import Marks, paint_scene
from timeline_app.ui.timeline.style import Fonts, Theme
from timeline_app.ui.timeline.tooltips import lane_tooltip_html
from timeline_app.ui.timeline.widget import TimelineWidget

HEADER = 220
DATED = [("p", "2024-03-10", "Point"), ("q", "2024-09-20", "Third"),
         ("r", "2024-05-01/2024-06-15", "Range")]
UNDATED = ("u", "..", "Casualty figure")


def widget(qtbot, timeline: Timeline) -> TimelineWidget:
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(900, 420)
    w.show()
    qtbot.waitExposed(w)
    w.set_header_width(HEADER)  # the same canvas whatever the header counts say
    w.set_document(timeline)
    return w


class Recorder(QPainter):
    """A painter that notes every text it draws."""

    def __init__(self, device) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args) -> None:  # (Qt's name for it)
        self.texts.extend(a for a in args if isinstance(a, str))
        super().drawText(*args)


def drawn_texts(w: TimelineWidget) -> list[str]:
    image = QImage(w.width(), w.height(), QImage.Format.Format_ARGB32_Premultiplied)
    p = Recorder(image)
    try:
        fonts, theme = w._style()
        paint_scene(p, w.scene(), w.doc_view(), theme, fonts, Marks())
    finally:
        p.end()
    return p.texts


def canvas(w: TimelineWidget) -> QImage:
    image = w.grab().toImage()
    return image.copy(QRect(HEADER + 1, 0, w.width() - HEADER - 1, w.height()))


def test_an_undated_event_draws_nothing_on_the_canvas(qtbot) -> None:
    plain = widget(qtbot, make_timeline(DATED))
    mixed = widget(qtbot, make_timeline([*DATED, UNDATED]))
    assert mixed.viewport() == plain.viewport()  # Fit All: the dated events only
    scene = mixed.scene()
    undated = mixed.doc_view().doc_of("u")
    assert all(it.doc != undated for g in scene.lanes for it in g.items)
    assert sum(len(g.items) for g in scene.lanes) == 3
    # Pixel for pixel the canvas is the one without the undated event: no bar across it.
    assert canvas(mixed) == canvas(plain)
    # ... while the header says what the lane holds.
    assert "3 + 1 undated" in drawn_texts(mixed) and "3" in drawn_texts(plain)
    assert "undated" not in " ".join(drawn_texts(plain))
    assert "+ 1 undated" in lane_tooltip_html(mixed.doc_view(), 0)


def test_no_bar_runs_across_the_canvas(qtbot) -> None:
    """The old defect, looked for directly: an undated event in a lane of its own was a
    faded bar from the first date to the last. Now its lane holds nothing but its count."""
    t = make_timeline([*DATED[:2], (*UNDATED, ("b",))], sources=("a", "b"))
    w = widget(qtbot, t)
    lane_b = next(g for g in w.scene().lanes if g.key == "b")
    assert (len(lane_b.items), lane_b.undated, lane_b.total) == (0, 1, 0)
    assert "0 + 1 undated" in drawn_texts(w)
    # Columns of lane b's band with a mark in them: grid and today lines run the band's
    # whole height, a bar or label only a few pixels of it.
    image = w.grab().toImage()
    top, bottom = math.ceil(lane_b.y) + 1, math.floor(lane_b.y + lane_b.h) - 1
    ground = image.pixelColor(HEADER + 3, top).rgb()
    marked = 0
    for x in range(HEADER + 2, w.width()):
        ink = sum(image.pixelColor(x, y).rgb() != ground for y in range(top, bottom))
        marked += 0 < ink < bottom - top
    assert marked < 5  # (the bar took over 600 columns)
    empty_b = widget(qtbot, make_timeline(DATED[:2], sources=("a", "b")))
    assert canvas(w) == canvas(empty_b)


def test_fit_all_ignores_undated_events_and_filters(qtbot) -> None:
    w = widget(qtbot, make_timeline([*DATED, UNDATED]))
    w.set_viewport(0.0, 1e6)
    w.fit_all()
    dated = widget(qtbot, make_timeline(DATED))
    assert w.viewport() == dated.viewport()
    doc = w.doc_view()
    lo, hi = doc.bounds()
    assert lo == doc.timeline.events[0].earliest and hi == doc.timeline.events[1].latest
    only_undated = np.array([False, False, False, True])
    w.set_filter_mask(only_undated)
    assert doc.bounds() is None and doc.undated_docs().tolist() == [3]
    default = fit_viewport(math.nan, math.nan, w.viewport().width)
    assert w.viewport() == default  # nothing dated passes: the default range, not 1970


def test_a_document_of_only_undated_events_opens_on_the_default_range(qtbot) -> None:
    t = make_timeline([UNDATED, ("v", "..", "Another figure")])
    w = widget(qtbot, t)
    empty = widget(qtbot, make_timeline([]))
    assert w.viewport() == empty.viewport()
    vp = w.viewport()
    assert math.isfinite(vp.start) and vp.span > 0
    assert vp.start > 1e9  # this year, not the epoch
    (lane,) = w.scene().lanes
    assert (len(lane.items), lane.undated) == (0, 2)
    assert "0 + 2 undated" in drawn_texts(w)
    assert not any(g.items for g in w.scene().lanes)


def test_keys_and_selection_skip_undated_events(qtbot) -> None:
    w = widget(qtbot, make_timeline([*DATED, UNDATED]))
    vp = w.viewport()
    w.select_ids(["u"])
    w.center_on_event("u")
    assert w.viewport() == vp  # no place on the axis to go to
    assert w.selected_ids() == ["u"] and w.current_id() == "u"
    doc = w.doc_view()
    assert doc.step(3, 1) is None and doc.step(3, -1) == doc.doc_of("q")
    assert doc.docs_between(doc.doc_of("r"), 3) == [doc.doc_of("r"), doc.doc_of("q"), 3]
    w.grab()  # the overview and painter have nothing to point at: no error


@pytest.fixture
def undated_file(tmp_path: Path) -> Path:
    path = tmp_path / "undated.timeline.json"
    path.write_bytes(to_bytes(make_timeline([*DATED, UNDATED])))
    return path


def test_status_bar_and_strip_count_the_undated_event(qtbot, window, undated_file) -> None:
    open_and_wait(qtbot, window, undated_file)
    assert window.status_count.text() == "Showing 4 of 4 events (1 undated, listed below)"
    assert window.undated.isVisible() and window.undated.ids == ["u"]
    vp = window.timeline.viewport()
    qtbot.mouseClick(window.undated.buttons[0], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.timeline.selected_ids() == ["u"]
    assert window.timeline.viewport() == vp  # the view stays on the data
    ov = window.panel.overview
    assert "4 events (1 undated)" in overview_texts(ov)  # counted, though not in the bars
    window.document.update_filter(text="Point")
    assert window.status_count.text() == "Showing 1 of 4 events"
    assert not window.undated.isVisible()
    assert "1 of 4 events" in overview_texts(ov)


def overview_texts(ov) -> list[str]:
    image = QImage(ov.width(), ov.height(), QImage.Format.Format_ARGB32_Premultiplied)
    p = Recorder(image)
    try:
        ov._paint(p, Theme.from_palette(ov.palette()), Fonts.from_font(ov.font()))
    finally:
        p.end()
    return p.texts
