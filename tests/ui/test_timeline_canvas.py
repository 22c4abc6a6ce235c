"""Issue 10's canvas half, with real mouse, key and wheel events: nothing moves unless the
user clearly asked, every counted event is drawn, the view stays on the data."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from tests.ui.test_timeline_drag import drag, grab_point, px_of, texts
from tests.ui.test_timeline_helpers import make_timeline, mouse, wheel
from timeline_app.core.formats.registry import load_path
from timeline_app.core.model.calendar import SECONDS_PER_YEAR
from timeline_app.core.model.dates import parse_date
from timeline_app.ui.timeline.docview import DocView
from timeline_app.ui.timeline.export import (
    ExportRequest,
    _fonts,
    body_height,
    export_scene,
    render_image,
    title_height,
)
from timeline_app.ui.timeline.widget import TimelineWidget

MONTH = SECONDS_PER_YEAR / 12
Press, Release, DoubleClick = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                               QEvent.Type.MouseButtonDblClick)
EXAMPLE = "resources/examples/north-korean-troops-russia.timeline.json"


def drawn(scene) -> dict[int, set[int]]:
    """Lane number -> document indices drawn whole (marker or bar with a label)."""
    return {g.number: {it.doc for it in g.items if it.label_w > 20} for g in scene.lanes}


# -- 1. nothing changes unless the user clearly asked --------------------------------------

def test_a_drag_on_an_unselected_event_pans_and_leaves_the_document_alone(seeded) -> None:
    w = seeded.timeline
    before = texts(seeded, "treaty-2024-06")
    count = seeded.document.undo_stack.count()
    vp = w.viewport()
    x, y = grab_point(w, "treaty-2024-06")
    drag(w, x, y, px_of(w, 2 * MONTH) + 3, select=False)
    assert texts(seeded, "treaty-2024-06") == before
    assert seeded.document.undo_stack.count() == count
    assert w.viewport().start < vp.start  # the content followed the pointer: a pan
    assert w.selected_ids() == []  # a drag is not a click
    assert "To move an event, click it first" in seeded.statusBar().currentMessage()


def test_a_click_without_movement_selects_and_a_drag_on_the_selected_moves(seeded) -> None:
    w = seeded.timeline
    x, y = grab_point(w, "treaty-2024-06")
    mouse(w, Press, x, y)
    mouse(w, Release, x, y, buttons=Qt.MouseButton.NoButton)
    assert w.selected_ids() == ["treaty-2024-06"]
    drag(w, x, y, px_of(w, 2 * MONTH) + 3, select=False)
    assert texts(seeded, "treaty-2024-06") == ("2024-08", None)
    message = seeded.statusBar().currentMessage()
    assert "Moved “Putin and Kim sign" in message
    assert "2024-06 → 2024-08" in message and "undoes" in message


def test_the_drag_tooltip_shows_the_dates_as_they_will_be_written(seeded) -> None:
    w = seeded.timeline
    x, y = grab_point(w, "treaty-2024-06")
    w.select_ids(["treaty-2024-06"])
    drag(w, x, y, px_of(w, 2 * MONTH) + 3, select=False, release=False)
    assert w._drag[1].preview_text() == "Move to 2024-08"
    w.cancel_drag()


def test_lock_editing_makes_the_canvas_read_only_and_is_remembered(seeded, qtbot) -> None:
    w = seeded.timeline
    seeded.menu.lock.setChecked(True)
    assert w.editing_locked()
    x, y = grab_point(w, "treaty-2024-06")
    w.select_ids(["treaty-2024-06"])
    drag(w, x, y, px_of(w, 2 * MONTH) + 3, select=False)
    assert texts(seeded, "treaty-2024-06") == ("2024-06", None)
    created = []
    w.emptyActivated.connect(lambda *a: created.append(a))
    mouse(w, DoubleClick, w.header_width() + 5, w.height() - 5)
    assert created == []
    seeded._remember_file_state()
    seeded.menu.lock.setChecked(False)
    from timeline_app.ui.settings import file_state
    state = file_state(seeded.settings, seeded.document.path)
    assert state.locked
    seeded._apply_view_state(state)
    assert w.editing_locked()


def test_a_locked_editor_opens_read_only(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    from timeline_app.ui.event_editor import EventEditor
    tl = make_timeline([("e", "2024-01", "One")])
    editor = EventEditor(tl, tl.events[0], read_only=True)
    qtbot.addWidget(editor)
    assert all(e.isReadOnly() for e in editor.findChildren(QLineEdit))
    assert not editor.apply_button.isVisible() and "read-only" in editor.windowTitle()
    assert editor.claims.isEnabled() is True  # visible, only its inputs are locked
    assert editor.edit() is None


def test_delete_says_what_was_deleted_and_how_to_undo(seeded) -> None:
    seeded.timeline.select_ids(["treaty-2024-06", "kursk-retaken-claim"])
    from timeline_app.ui import editing
    editing.delete_selected(seeded)
    message = seeded.statusBar().currentMessage()
    assert message.startswith("Deleted 2 events: “")
    assert "Russia claims Kursk region retaken" in message and "undoes" in message


# -- 2. every event the header counts is visible -------------------------------------------

@pytest.mark.parametrize("size", [(1280, 720), (1600, 1000)])
def test_every_counted_event_is_drawn_in_the_window(seeded, size) -> None:
    seeded.resize(*size)
    QTest.qWait(50)
    w = seeded.timeline
    scene = w.scene()
    doc = w.doc_view()
    for g in scene.lanes:
        assert len(drawn(scene)[g.number]) == g.total == len(doc.lanes[g.number]), g.title
        assert g.h >= g.rows * scene.row_h  # the lane is as tall as its rows


def test_lanes_taller_than_the_canvas_scroll_with_wheel_scroll_bar_and_page_keys(seeded) -> None:
    w = seeded.timeline
    seeded.resize(1280, 720)
    w.setFixedHeight(260)
    QTest.qWait(50)
    scene = w.scene()
    assert scene.content_h > w.height() - scene.axis_h
    assert w._scrollbar.isVisible()
    first_y = scene.lanes[0].y
    wheel(w, 20, 150, dy=-120)  # over the lane headers
    assert w.scene().lanes[0].y < first_y  # headers and lanes moved up together
    w._scrollbar.setValue(0)
    assert w.scene().lanes[0].y == first_y
    w.setFocus()
    QTest.keyClick(w, Qt.Key.Key_PageDown)
    assert w.scene().lanes[0].y < first_y
    QTest.keyClick(w, Qt.Key.Key_PageUp)
    assert w.scene().lanes[0].y == first_y


def one_lane(n: int, day: str | None = None) -> TimelineWidget:
    specs = [(f"e{i}", day or f"{2015 + i % 9}-{1 + i % 12:02d}-{1 + i % 28:02d}", f"Event {i}")
             for i in range(n)]
    return TimelineWidget(), make_timeline(specs)


def test_a_single_lane_uses_the_whole_height(qtbot) -> None:
    w, tl = one_lane(6000)
    qtbot.addWidget(w)
    w.resize(1000, 500)
    w.set_document(tl)
    scene = w.scene()
    (g,) = scene.lanes
    assert g.density is not None
    assert g.y + g.h >= w.height() - 2  # no empty canvas below the band
    assert g.rows * scene.row_h > 0.8 * (w.height() - scene.axis_h)


def test_a_selected_or_matching_event_in_a_band_is_drawn_whole(qtbot) -> None:
    w, tl = one_lane(6000)
    qtbot.addWidget(w)
    w.resize(1000, 500)
    w.set_document(tl)
    w.select_ids(["e17"])
    w.set_highlight(["e20", "e21"])
    scene = w.scene()
    doc = w.doc_view()
    items = {it.doc: it for it in scene.lanes[0].items}
    for eid in ("e17", "e20", "e21"):
        it = items[doc.doc_of(eid)]
        assert it.label_w > 30  # a marker with its label, not a tick
    image = QImage(w.size(), QImage.Format.Format_RGB32)
    w.render(image)
    it = items[doc.doc_of("e17")]
    x = int(w.header_width() + it.label_x + 3)
    row = [QColor(image.pixel(x + k, int(it.y + scene.text_h / 2 + 1))) for k in range(20)]
    assert any(c == w._style()[1].highlight for c in row)  # the selection is painted


def test_thousands_in_a_day_show_plus_n_more_that_expands_on_click(qtbot) -> None:
    w, tl = one_lane(60, day="2024-05-05")
    tl.events.append(make_timeline([("x", "2024-06-05", "Other")]).events[0])
    qtbot.addWidget(w)
    w.resize(900, 400)
    w.set_document(tl)
    g = w.scene().lanes[0]
    assert g.overflow_h and len(g.overflow_x) > 0
    hidden = len(g.overflow_x)
    assert len(g.items) + hidden == 61
    y = g.y + g.h - g.overflow_h / 2
    mouse(w, Press, w.width() - 40, y)
    mouse(w, Release, w.width() - 40, y, buttons=Qt.MouseButton.NoButton)
    g = w.scene().lanes[0]
    assert len(g.items) == 61 and not len(g.overflow_x)
    assert not w._scrollbar.isHidden()  # the grown lane scrolls


# -- 5. the view stays on the data ---------------------------------------------------------

def test_fit_all_pads_at_most_five_percent(seeded) -> None:
    w = seeded.timeline
    w.set_viewport(0.0, 1.0)
    QTest.keyClick(w, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    vp = w.viewport()
    lo, hi = w.doc_view().bounds()
    assert vp.start < lo and vp.end > hi
    assert (lo - vp.start) / vp.span <= 0.05 and (vp.end - hi) / vp.span <= 0.05


def test_a_view_restored_before_first_paint_keeps_its_range(qtbot) -> None:
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(300, 200)
    w.set_document(make_timeline([("a", "2020", "A"), ("b", "2023", "B")]))
    start, end = parse_date("2019").earliest, parse_date("2024").latest
    w.set_viewport(start, end)
    w.resize(1400, 600)
    w.show()
    qtbot.waitExposed(w)
    vp = w.viewport()
    assert abs(vp.start - start) < 1 and abs(vp.end - end) < 1


def test_a_filter_that_empties_the_view_moves_it_else_it_stays(seeded) -> None:
    w = seeded.timeline
    doc = w.doc_view()
    w.set_viewport(parse_date("2026-01").earliest, parse_date("2026-06").latest)
    mask = np.ones(len(doc), dtype=bool)
    mask[doc.doc_of("treaty-2024-06")] = False
    w.set_filter_mask(mask)  # nothing was visible: the view goes to the data
    lo, hi = w.doc_view().bounds()
    assert w.viewport().start <= lo and w.viewport().end >= hi
    here = parse_date("2024-09").earliest, parse_date("2025-02").latest
    w.set_viewport(*here)
    w.set_filter_mask(None)
    assert (w.viewport().start, w.viewport().end) == pytest.approx(here)


def test_find_brings_the_match_into_view_vertically(seeded) -> None:
    seeded.resize(1280, 720)
    w = seeded.timeline
    w.setFixedHeight(220)
    QTest.qWait(50)
    seeded.filter_bar.search.setText("complicit")
    seeded.find_next()
    doc = w.doc_view().doc_of("us-state-department-statement")
    scene = w.scene()
    it = next(it for g in scene.lanes for it in g.items if it.doc == doc)
    assert scene.axis_h <= it.y and it.y + scene.row_h <= w.height()
    assert w._scroll_y > 0


def test_unchecking_a_source_removes_its_lane_and_counts_agree(seeded) -> None:
    from dataclasses import replace
    doc = seeded.document
    before = {lane.key for lane in seeded.timeline.doc_view().lanes}
    doc.set_filter(replace(doc.filter, hidden_sources=frozenset({"kcna"})))
    lanes = {lane.key: len(lane) for lane in seeded.timeline.doc_view().lanes}
    assert "kcna" in before and "kcna" not in lanes  # even though Yonhap shares an event
    counts = doc.source_counts()
    assert all(counts[key] == n for key, n in lanes.items())
    others = frozenset(s for s in doc.timeline.sources if s != "ukraine-officials")
    doc.set_filter(replace(doc.filter, hidden_sources=others))
    assert "showing only Ukrainian officials" in seeded.status_filter.text()


# -- 6/7. legend, double-click creation, exports -------------------------------------------

def test_the_legend_is_painted_when_shown(seeded) -> None:
    w = seeded.timeline
    a = QImage(w.size(), QImage.Format.Format_RGB32)
    w.render(a)
    seeded.menu.legend.setChecked(True)
    b = QImage(w.size(), QImage.Format.Format_RGB32)
    w.render(b)
    corner = [(x, y) for x in range(w.width() - 200, w.width() - 20, 3)
              for y in range(w.height() - 40, w.height() - 8, 3)]
    assert sum(a.pixel(x, y) != b.pixel(x, y) for x, y in corner) > 20


def test_double_click_in_a_source_lane_names_the_source(seeded, monkeypatch) -> None:
    from timeline_app.ui import editing
    opened = []
    monkeypatch.setattr(editing, "new_event", lambda w, start, source: opened.append(source))
    w = seeded.timeline
    got = []
    w.emptyActivated.connect(lambda *a: got.append(a))
    lane = next(g for g in w.scene().lanes if g.key == "kcna")
    mouse(w, DoubleClick, w.header_width() + 30, lane.y + lane.h - 3)
    assert got and got[0][2] == "kcna" and opened == ["kcna"]


def test_a_new_event_from_a_lane_starts_with_its_claim(qtbot) -> None:
    from timeline_app.core.model.timeline import Claim
    from timeline_app.ui.event_editor import EventEditor
    tl = make_timeline([("e", "2024-01", "One")], sources=("a", "b"))
    editor = EventEditor(tl, None, default_claims=[Claim("b")])
    qtbot.addWidget(editor)
    assert [c.source for c in editor.claims.claims()] == ["b"]


@pytest.mark.parametrize("size", [(1280, 720), (1600, 900)])
def test_export_draws_every_event_of_the_example_with_a_label(size) -> None:
    timeline = load_path(EXAMPLE).timeline
    req = ExportRequest(*size)
    doc = DocView(timeline)
    fonts = _fonts()
    scene = export_scene(doc, req, fonts, body_height(doc, req, fonts))
    for g in scene.lanes:
        labelled = {it.doc for it in g.items if it.label_w >= 120 and not it.elide}
        assert len(labelled) == g.total, g.title
        assert g.y + g.h <= scene.height + 1  # inside the picture: nothing cut off
    image = render_image(timeline, req)
    assert (image.width(), image.height()) == size


def test_export_draws_no_collapse_triangles_and_a_legend() -> None:
    timeline = load_path(EXAMPLE).timeline
    req = ExportRequest(1280, 720)
    image = render_image(timeline, req)
    plain = render_image(timeline, ExportRequest(1280, 720, legend=False))
    doc = DocView(timeline)
    fonts = _fonts()
    scene = export_scene(doc, req, fonts, body_height(doc, req, fonts))
    top = title_height(fonts)
    for g in scene.lanes:  # where a triangle would be, beside the name: one flat colour
        y0 = int(top + g.y + 2)
        box = {image.pixel(x, y) for x in range(9, 18) for y in range(y0, y0 + 14)}
        assert len(box) == 1, g.title
        names = {image.pixel(x, y) for x in range(22, 60) for y in range(y0, y0 + 14)}
        assert len(names) > 1  # the name beside it is drawn
    # The legend of marks along the bottom: only the picture with it has it.
    assert {image.pixel(x, 712) for x in range(600)} != {plain.pixel(x, 712) for x in range(600)}


def click_note(w, g) -> None:
    a, b, c, d = g.more_box
    x, y = w.header_width() + (a + c) / 2, (b + d) / 2
    mouse(w, Press, x, y)
    mouse(w, Release, x, y, buttons=Qt.MouseButton.NoButton)


def test_a_band_says_how_many_it_holds_and_zooms_in_on_click(qtbot) -> None:
    w, tl = one_lane(6000)
    qtbot.addWidget(w)
    w.resize(1000, 500)
    w.set_document(tl)
    (g,) = w.scene().lanes
    assert g.density is not None and g.more_text == "6k in view · click to zoom in"
    span = w.viewport().span
    click_note(w, g)
    assert w.viewport().span == pytest.approx(span / 4)


def test_a_collapsed_lane_says_what_it_holds_and_opens_on_click(seeded) -> None:
    w = seeded.timeline
    w.set_lane_collapsed("kcna", True)
    g = next(g for g in w.scene().lanes if g.key == "kcna")
    assert g.collapsed and g.more_text.startswith("3 in view")
    click_note(w, g)
    g = next(g for g in w.scene().lanes if g.key == "kcna")
    assert not g.collapsed and len(g.items) == 3


def test_the_export_command_draws_the_legend_of_marks_unless_told_not_to(tmp_path) -> None:
    from timeline_app.cli import main
    with_legend, without = tmp_path / "a.png", tmp_path / "b.png"
    assert main(["export", EXAMPLE, "-o", str(with_legend), "--size", "1280x720"]) == 0
    assert main(["export", EXAMPLE, "-o", str(without), "--size", "1280x720",
                 "--no-legend"]) == 0
    a, b = QImage(str(with_legend)), QImage(str(without))
    assert a.size() == b.size()
    assert {a.pixel(x, 712) for x in range(600)} != {b.pixel(x, 712) for x in range(600)}


def test_a_selected_event_in_a_collapsed_lane_is_drawn_whole(seeded) -> None:
    w = seeded.timeline
    w.set_lane_collapsed("kcna", True)
    w.select_ids(["kcna-acknowledgment"])
    g = next(g for g in w.scene().lanes if g.key == "kcna")
    doc = w.doc_view().doc_of("kcna-acknowledgment")
    assert g.collapsed and g.density is not None
    assert [it.doc for it in g.items] == [doc] and g.items[0].label_w > 100
