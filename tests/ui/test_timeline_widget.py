"""The timeline widget under real Qt input: pixels, zoom at the cursor, panning, keys,
selection, hit testing, tooltips and level of detail."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.test_timeline_helpers import make_timeline, mouse, wheel
from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.core.model.calendar import to_seconds
from timeline_app.ui.timeline.scene import HEADER_MAX_PX, HEADER_MIN_PX, PACK_GAP
from timeline_app.ui.timeline.widget import SCROLLBAR_W, TimelineWidget

DAY = 86400.0
NoMod = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def view(qtbot):
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1000, 500)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def three(view):
    t = make_timeline([("p", "2024-03-10", "Point"), ("q", "2024-06-01", "Second"),
                       ("r", "2024-09-20", "Third")])
    view.set_document(t)
    return view


def item(view, doc_id):
    doc = view.doc_view().doc_of(doc_id)
    return next(it for lane in view.scene().lanes for it in lane.items if it.doc == doc)


def centre(view, it):
    scene = view.scene()
    x = (it.x0 + it.x1) / 2 if it.point else max(it.x0, 0) + 3
    return view.header_width() + x, scene.bar_y(it)


def test_event_lands_at_its_computed_x_within_a_pixel(three) -> None:
    image = three.grab().toImage()
    assert image.width() == 1000  # QT_SCALE_FACTOR=1
    noon = to_seconds(2024, 3, 10, 12)
    x = three.x_of(noon)
    it = item(three, "p")
    assert abs(three.header_width() + (it.x0 + it.x1) / 2 - x) < 1
    y = int(three.scene().bar_y(it))
    lane_color = QColor("#0072B2")
    hits = [dx for dx in range(-6, 7)
            if _close(image.pixelColor(round(x) + dx, y), lane_color)]
    assert hits and min(hits) <= 0 <= max(hits)  # the marker is centred on x
    assert not _close(image.pixelColor(round(x) + 40, y), lane_color)


def _close(a: QColor, b: QColor, tol: int = 40) -> bool:
    return all(abs(p - q) <= tol for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_month_precision_reads_as_a_span_over_its_month(view) -> None:
    view.set_document(make_timeline([("m", "2024-10", "October"), ("z", "2024-03-01", "x")]))
    it = item(view, "m")
    assert not it.point
    assert it.x0 == pytest.approx(view.viewport().x_of(to_seconds(2024, 10, 1)), abs=0.5)
    assert it.x1 == pytest.approx(view.viewport().x_of(to_seconds(2024, 11, 1)), abs=0.5)


def test_wheel_zooms_around_the_cursor(three) -> None:
    for x in (three.header_width() + 50, 500, 990):
        before = three.viewport()
        t = before.t_of(x - three.header_width())
        wheel(three, x, 200, dy=120)
        after = three.viewport()
        assert after.span < before.span
        assert abs(three.x_of(t) - x) < 0.5
        wheel(three, x, 200, dy=-240)
        assert abs(three.x_of(t) - x) < 0.5


def test_shift_wheel_and_horizontal_wheel_pan(three) -> None:
    before = three.viewport()
    wheel(three, 500, 200, dy=-120, mods=Qt.KeyboardModifier.ShiftModifier)
    after = three.viewport()
    assert after.span == pytest.approx(before.span) and after.start > before.start
    wheel(three, 500, 200, dx=240)
    assert three.viewport().start < after.start


def test_dragging_empty_space_pans(three) -> None:
    before = three.viewport()
    y = three.height() - 20
    mouse(three, QEvent.Type.MouseButtonPress, 600, y)
    mouse(three, QEvent.Type.MouseMove, 650, y, button=Qt.MouseButton.NoButton)
    mouse(three, QEvent.Type.MouseMove, 700, y, button=Qt.MouseButton.NoButton)
    mouse(three, QEvent.Type.MouseButtonRelease, 700, y, buttons=Qt.MouseButton.NoButton)
    after = three.viewport()
    assert after.span == pytest.approx(before.span)
    assert after.start == pytest.approx(before.start - 100 / before.width * before.span)


def test_keys_zoom_pan_and_fit(three) -> None:
    fitted = three.viewport()
    QTest.keyClick(three, Qt.Key.Key_Plus)
    assert three.viewport().span < fitted.span
    QTest.keyClick(three, Qt.Key.Key_Minus)
    QTest.keyClick(three, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert three.viewport().span > fitted.span
    QTest.keyClick(three, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    start = three.viewport().start
    QTest.keyClick(three, Qt.Key.Key_Right)
    assert three.viewport().start > start
    QTest.keyClick(three, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert three.viewport() == fitted
    QTest.keyClick(three, Qt.Key.Key_End)
    end_vp = three.viewport()
    third = to_seconds(2024, 9, 20, 12)
    assert abs(end_vp.start + end_vp.span / 2 - third) < DAY
    QTest.keyClick(three, Qt.Key.Key_Home)
    assert three.viewport().start < end_vp.start


def test_click_selects_ctrl_toggles_shift_extends_and_empty_clears(three, qtbot) -> None:
    px, py = centre(three, item(three, "p"))
    with qtbot.waitSignal(three.selectionChanged) as sig:
        QTest.mouseClick(three, Qt.MouseButton.LeftButton, NoMod, QPoint(int(px), int(py)))
    assert sig.args == [["p"]]
    rx, ry = centre(three, item(three, "r"))
    QTest.mouseClick(three, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     QPoint(int(rx), int(ry)))
    assert three.selected_ids() == ["p", "q", "r"]
    QTest.mouseClick(three, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     QPoint(int(px), int(py)))
    assert three.selected_ids() == ["q", "r"]
    QTest.mouseClick(three, Qt.MouseButton.LeftButton, NoMod,
                     QPoint(700, three.height() - 10))
    assert three.selected_ids() == []


def test_arrows_step_through_the_filter_and_enter_activates(three, qtbot) -> None:
    three.select_ids(["p"])
    QTest.keyClick(three, Qt.Key.Key_Right)
    assert three.selected_ids() == ["q"]
    three.set_filter_mask(np.array([True, False, True]))
    three.select_ids(["p"])
    QTest.keyClick(three, Qt.Key.Key_Right)
    assert three.selected_ids() == ["r"]  # q is filtered out
    with qtbot.waitSignal(three.activated) as sig:
        QTest.keyClick(three, Qt.Key.Key_Return)
    assert sig.args == ["r"]
    QTest.keyClick(three, Qt.Key.Key_Left)
    assert three.selected_ids() == ["p"]


def test_double_click_activates(three, qtbot) -> None:
    x, y = centre(three, item(three, "q"))
    with qtbot.waitSignal(three.activated) as sig:
        QTest.mouseDClick(three, Qt.MouseButton.LeftButton, NoMod, QPoint(int(x), int(y)))
    assert sig.args == ["q"]


def test_hit_testing_finds_every_drawn_item(seed_timeline, view) -> None:
    view.resize(1000, 900)  # room for every row whatever the application font
    view.set_document(seed_timeline)
    scene = view.scene()
    items = [it for lane in scene.lanes for it in lane.items]
    assert len(items) == sum(len(e.source_ids()) for e in seed_timeline.events)
    for it in items:
        x = (it.x0 + it.x1) / 2 if it.point else (max(it.x0, 0) + min(it.x1, 700)) / 2
        assert scene.item_at(x, scene.bar_y(it)).doc == it.doc
        assert scene.item_at(it.label_x + 2, it.y + 5).doc == it.doc
    assert scene.item_at(5, scene.axis_h + 2) is None or True
    assert scene.item_at(400, 5) is None  # the axis


def test_rubber_band_selects(three) -> None:
    x0 = three.x_of(to_seconds(2024, 3, 10)) - 3
    x1 = three.x_of(to_seconds(2024, 7, 1))
    shift = Qt.KeyboardModifier.ShiftModifier
    mouse(three, QEvent.Type.MouseButtonPress, x0, three.scene().axis_h + 2, mods=shift)
    mouse(three, QEvent.Type.MouseMove, x1, three.height() - 5,
          button=Qt.MouseButton.NoButton, mods=shift)
    mouse(three, QEvent.Type.MouseButtonRelease, x1, three.height() - 5,
          buttons=Qt.MouseButton.NoButton, mods=shift)
    assert three.selected_ids() == ["p", "q"]


def test_tooltip_is_escaped_and_tells_date_and_sources(view) -> None:
    evil = "<b>x</b><img src=file:///etc/passwd>"
    view.set_document(make_timeline([("e", "2024-10~", evil, ("a", "b"))], sources=("a", "b")))
    tip = view.tooltip_html(0)
    assert "&lt;b&gt;x&lt;/b&gt;&lt;img src=file:///etc/passwd&gt;" in tip
    assert "<img" not in tip
    assert "2024-10~" in tip and "approximate" in tip and "A, B" in tip


def test_labels_never_overlap_in_a_dense_set(view) -> None:
    rng = np.random.default_rng(3)
    days = rng.integers(0, 365, 400)
    specs = [(f"e{i}", f"2024-{1 + d // 31 % 12:02d}-{1 + d % 28:02d}",
              "Title " + "w" * int(rng.integers(1, 30))) for i, d in enumerate(days)]
    view.set_document(make_timeline(specs))
    view.set_lane_mode(LaneMode.NONE)
    view.set_viewport(to_seconds(2024, 2, 1), to_seconds(2024, 4, 1))
    scene = view.scene()
    (lane,) = scene.lanes
    assert lane.detail and len(lane.items) > 20
    fm = view._style()[0].measure.metrics
    by_row: dict[int, list] = {}
    for it in lane.items:
        by_row.setdefault(it.row, []).append(it)
        title = view.doc_view().timeline.events[it.doc].title
        assert fm.horizontalAdvance(title) <= it.label_w + 1
    for row in by_row.values():
        row.sort(key=lambda it: it.label_x)
        for a, b in itertools.pairwise(row):
            assert a.label_x + a.label_w <= min(b.label_x, b.x0 if not b.point else b.label_x)
    view.grab()


def test_level_of_detail_switches_and_switches_back(view) -> None:
    rng = np.random.default_rng(1)
    days = rng.integers(0, 3650, 5000)
    specs = [(f"e{i}", f"{2015 + d // 365}-{1 + d % 12:02d}-{1 + d % 28:02d}", f"E{i}")
             for i, d in enumerate(days)]
    view.set_document(make_timeline(specs))
    fitted = view.viewport()
    (lane,) = view.scene().lanes
    assert lane.density is not None and not lane.items
    view.set_viewport(to_seconds(2020, 5, 1), to_seconds(2020, 5, 8))
    (lane,) = view.scene().lanes
    assert lane.density is None and lane.items
    view.grab()
    view.set_viewport(fitted)
    (lane,) = view.scene().lanes
    assert lane.density is not None
    view.grab()


def test_lane_modes_collapse_highlight_and_center(seed_timeline, view, qtbot) -> None:
    view.set_document(seed_timeline)
    assert len(view.scene().lanes) == 10
    for mode in LaneMode:
        view.set_lane_mode(mode)
        view.grab()
    view.set_lane_mode("source")
    first = view.scene().lanes[0]
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, NoMod, QPoint(10, int(first.y + 8)))
    assert view.scene().lanes[0].collapsed
    view.set_highlight(["treaty-2024-06"])
    view.grab()
    view.center_on_event("treaty-2024-06")
    vp = view.viewport()
    assert vp.start < to_seconds(2024, 6, 15) < vp.end


@pytest.mark.parametrize(
    "text", ["-0044-03-15", "Y-13800000000", "Y-66000000", "1969-07-20T20:17Z"])
def test_extremes_render(view, text) -> None:
    view.set_document(make_timeline([("x", text, "Far"), ("y", "2024", "Now")]))
    view.grab()
    for _ in range(60):
        wheel(view, 600, 200, dy=120)
    view.grab()
    assert view.viewport().span >= 60
    for _ in range(200):
        wheel(view, 600, 200, dy=-1200)
    view.grab()


def test_dark_palette_is_followed(seed_timeline, view) -> None:
    from PySide6.QtGui import QPalette

    pal = QPalette(view.palette())
    pal.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    pal.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    view.setPalette(pal)
    view.set_document(seed_timeline)
    image = view.grab().toImage()
    assert image.pixelColor(view.width() - 30, view.height() - 5).lightness() < 60


# --- labels near the edges, label hit areas -------------------------------------------------


def label_point(view, it, where: float = 0.5) -> QPoint:
    """Widget coordinates inside an item's label text (a fraction `where` along it)."""
    x = view.header_width() + it.label_x + it.label_w * where
    return QPoint(int(x), int(it.y + view.scene().text_h / 2 + 1))


def all_items(scene):
    return [it for lane in scene.lanes for it in lane.items]


def assert_rows_disjoint(scene) -> None:
    """Within a row, the union of each mark and its label (as placed) overlaps nothing."""
    for lane in scene.lanes:
        by_row: dict[int, list] = {}
        for it in lane.items:
            l0, _, l1, _ = scene.label_rect(it)
            m0, _, m1, _ = scene.mark_rect(it)
            by_row.setdefault(it.row, []).append((max(min(l0 + 2, m0), -1.0), max(l1 - 2, m1)))
        for spans in by_row.values():
            spans.sort()
            for (_, a1), (b0, _) in itertools.pairwise(spans):
                assert a1 + PACK_GAP <= b0 + 1e-6


def test_labels_near_the_right_edge_flip_and_stay_whole(seed_timeline, view) -> None:
    """The main window gives the timeline about 750 px: the last events' labels, which ran
    off the canvas, now end where their events end, whole and inside the canvas."""
    view.resize(750, 900)
    view.set_document(seed_timeline)
    scene = view.scene()
    room = scene.canvas_w - SCROLLBAR_W
    fm = view._style()[0].measure.metrics
    events = seed_timeline.events
    items = all_items(scene)
    assert len(items) == sum(len(e.source_ids()) for e in events)
    for it in items:
        assert scene.label_rect(it)[0] + 2 >= 0
        assert it.label_x + it.label_w <= room + 0.5
        assert not it.elide
        assert fm.horizontalAdvance(events[it.doc].title) <= it.label_w + 1
        if it.flipped:
            assert it.label_x + it.label_w == pytest.approx(min(scene.mark_rect(it)[2], room))
    kursk = [it for it in items if events[it.doc].title.startswith("Russia claims Kursk")]
    assert kursk and all(it.flipped for it in kursk)
    assert_rows_disjoint(scene)
    # Drawn where laid out: the flipped label's last letters are just left of its bar's end.
    image = view.grab().toImage()
    it = kursk[0]
    x_end = int(view.header_width() + it.label_x + it.label_w)
    y = int(it.y + 1)
    ink = [x for x in range(x_end - 12, x_end + 1) for dy in range(int(scene.text_h))
           if image.pixelColor(x, y + dy).lightness() < 100]
    assert ink


@pytest.mark.parametrize("months", [(2, 4), (3, 4), (6, 7)])
def test_dense_labels_at_the_right_edge_never_overlap(view, months) -> None:
    rng = np.random.default_rng(5)
    days = rng.integers(0, 365, 300)
    specs = [(f"e{i}", f"2024-{1 + d // 31 % 12:02d}-{1 + d % 28:02d}",
              "Label " + "m" * int(rng.integers(1, 40))) for i, d in enumerate(days)]
    view.set_document(make_timeline(specs))
    view.set_lane_mode(LaneMode.NONE)
    first, last = months
    view.set_viewport(to_seconds(2024, first, 1),
                      to_seconds(2024 + (last - 1) // 12, (last - 1) % 12 + 1, 1))
    scene = view.scene()
    (lane,) = scene.lanes
    assert lane.detail and len(lane.items) > 10
    room = scene.canvas_w - SCROLLBAR_W
    for it in lane.items:
        assert it.label_x >= 0 and it.label_x + it.label_w <= room + 0.5
    assert any(it.flipped for it in lane.items)
    assert_rows_disjoint(scene)
    view.grab()


def test_a_label_at_the_left_edge_starts_inside(view) -> None:
    view.set_document(make_timeline([("a", "2024-03-10", "At the left edge"),
                                     ("b", "2024-09-01", "Later")]))
    noon = to_seconds(2024, 3, 10, 12)
    span = view.viewport().span
    view.set_viewport(noon - 1.0 / view.viewport().width * span, noon - span / 1000 + span)
    it = item(view, "a")
    assert (it.x0 + it.x1) / 2 < 3
    assert it.label_x >= 0 and not it.flipped and not it.elide


def test_clicking_a_label_selects_and_hovering_it_tells(three, qtbot) -> None:
    it = item(three, "q")
    with qtbot.waitSignal(three.selectionChanged) as sig:
        QTest.mouseClick(three, Qt.MouseButton.LeftButton, NoMod, label_point(three, it, 0.9))
    assert sig.args == [["q"]]
    QTest.mouseClick(three, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     label_point(three, item(three, "p"), 0.9))
    assert three.selected_ids() == ["p", "q"]
    # Past the label's end on its line is empty space: a click there clears.
    end = label_point(three, it, 1.0)
    QTest.mouseClick(three, Qt.MouseButton.LeftButton, NoMod, QPoint(end.x() + 25, end.y()))
    assert three.selected_ids() == []
    QTest.mouseMove(three, label_point(three, it, 0.8))
    assert three._hover == it.doc
    pos = label_point(three, it, 0.8)
    QApplication.sendEvent(three, QHelpEvent(QEvent.Type.ToolTip, pos, three.mapToGlobal(pos)))
    assert QToolTip.isVisible() and "<b>Second</b>" in QToolTip.text()
    QToolTip.hideText()


def test_clicking_a_flipped_label_left_of_its_marker_selects(view, qtbot) -> None:
    view.set_document(make_timeline([("a", "2024-01-10", "Early"),
                                     ("z", "2024-12-20", "A long title for the last event")]))
    view.set_viewport(to_seconds(2024, 1, 1), to_seconds(2024, 12, 24))
    it = item(view, "z")
    assert it.flipped and it.label_x + it.label_w < it.x0 + 10
    pos = label_point(view, it, 0.1)  # far left of the marker
    assert pos.x() < view.header_width() + it.x0 - 100
    with qtbot.waitSignal(view.selectionChanged) as sig:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, NoMod, pos)
    assert sig.args == [["z"]]
    with qtbot.waitSignal(view.activated) as sig:
        QTest.mouseDClick(view, Qt.MouseButton.LeftButton, NoMod, pos)
    assert sig.args == ["z"]


def test_the_hit_area_is_the_union_of_mark_and_label(three) -> None:
    scene = three.scene()
    it = item(three, "q")
    cx = (it.x0 + it.x1) / 2
    assert scene.item_at(cx, scene.bar_y(it)).doc == it.doc  # the marker
    assert scene.item_at(it.label_x + it.label_w - 1, it.y + 4).doc == it.doc  # the label
    # Right of the marker on the marker's line, under the label's far end: neither.
    assert scene.item_at(it.label_x + it.label_w - 1, scene.bar_y(it) + 4) is None


def test_disputed_badge_is_part_of_the_label(view) -> None:
    t = make_timeline([("d", "2024-05-01", "Disputed thing", ("a", "b"), True),
                       ("e", "2024-09-01", "Other")], sources=("a", "b"))
    view.set_document(t)
    view.set_lane_mode(LaneMode.NONE)
    it = item(view, "d")
    scene = view.scene()
    assert scene.item_at(it.label_x - 8, it.y + scene.text_h / 2).doc == it.doc


# --- tooltips stay plain ---------------------------------------------------------------------


def test_lane_tooltip_is_escaped_and_tells_the_full_name(view) -> None:
    t = make_timeline([("e", "2024-10-01", "x")], sources=("a",))
    t.sources["a"].name = "<i>Very</i> long source name \u202eevil " + "w" * 60
    view.set_document(t)
    tip = view.lane_tooltip_html(0)
    assert "&lt;i&gt;Very&lt;/i&gt;" in tip and "<i>" not in tip and "\u202e" not in tip
    lane = view.scene().lanes[0]
    pos = QPoint(30, int(lane.y + 8))
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))
    assert QToolTip.text() == tip and "1 event" in tip
    QToolTip.hideText()


def test_event_tooltip_drops_control_and_bidi_characters(view) -> None:
    view.set_document(make_timeline([("e", "2024-10-01", "Title\u202e\u2066 <x>\nnext")]))
    tip = view.tooltip_html(0)
    assert "\u202e" not in tip and "\u2066" not in tip and "\n" not in tip
    assert "&lt;x&gt;" in tip


# --- the lane-header column ------------------------------------------------------------------


def test_header_default_width_follows_the_longest_lane_name(view) -> None:
    short = make_timeline([("e", "2024-10-01", "x")], sources=("a",))
    view.set_document(short)
    assert view.header_width() == HEADER_MIN_PX
    t = make_timeline([("e", "2024-10-01", "x", ("a", "b"))], sources=("a", "b"))
    t.sources["b"].name = "National Intelligence Service"
    view.set_document(t)
    fm = view._style()[0].measure
    need = fm.width("National Intelligence Service")
    assert HEADER_MIN_PX < view.header_width() <= HEADER_MAX_PX
    assert view.header_width() >= need + 30  # the name and its count, unelided
    t.sources["b"].name = "A source whose name is far too long to show whole " * 2
    view.set_document(t)
    assert view.header_width() == HEADER_MAX_PX
    view.resize(500, 400)  # a narrow view keeps most of its width for the canvas
    assert view.header_width() <= 0.35 * 500
    assert view.viewport().width == view.width() - view.header_width()


def test_dragging_the_header_edge_resizes_it(three, qtbot) -> None:
    ov_before = three.header_width()
    y = three.height() // 2
    edge = int(ov_before)
    QTest.mouseMove(three, QPoint(edge - 40, y))
    assert three.cursor().shape() != Qt.CursorShape.SplitHCursor
    QTest.mouseMove(three, QPoint(edge + 1, y))
    assert three.cursor().shape() == Qt.CursorShape.SplitHCursor
    with qtbot.waitSignal(three.headerWidthChanged) as sig:
        QTest.mousePress(three, Qt.MouseButton.LeftButton, NoMod, QPoint(edge + 1, y))
        QTest.mouseMove(three, QPoint(edge + 101, y))
        QTest.mouseRelease(three, Qt.MouseButton.LeftButton, NoMod, QPoint(edge + 101, y))
    assert three.header_width() == ov_before + 100 == sig.args[0]
    assert three.user_header_width() == ov_before + 100
    assert three.viewport().width == three.width() - three.header_width()
    assert three.selected_ids() == []  # a resize is not a click on the canvas
    # Never wider than leaves a usable canvas, never narrower than the floor.
    QTest.mousePress(three, Qt.MouseButton.LeftButton, NoMod, QPoint(edge + 101, y))
    QTest.mouseMove(three, QPoint(three.width() - 5, y))
    QTest.mouseRelease(three, Qt.MouseButton.LeftButton, NoMod, QPoint(three.width() - 5, y))
    assert three.width() - three.header_width() >= 120
    QTest.mouseMove(three, QPoint(5, y))
    QTest.mouseMove(three, QPoint(int(three.header_width()), y))
    QTest.mouseDClick(three, Qt.MouseButton.LeftButton, NoMod,
                      QPoint(int(three.header_width()), y))
    assert three.header_width() == ov_before and three.user_header_width() is None
    three.set_header_width(10)
    assert three.header_width() == 60
    three.set_header_width(None)
    assert not three.scene().lanes[0].collapsed  # none of this toggled a lane


def test_header_width_lines_up_the_overview(qtbot) -> None:
    from timeline_app.ui.timeline.overview import TimelinePanel

    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.timeline.set_document(make_timeline([("a", "2024-01-01", "A"),
                                               ("b", "2024-06-01", "B")]))
    panel.timeline.set_header_width(300)
    assert panel.overview.canvas_left() == 300
    rect = panel.overview.window_rect()
    assert rect.left() >= 300


# --- the dark palette ------------------------------------------------------------------------


def dark_palette(base: QPalette) -> QPalette:
    pal = QPalette(base)
    for role, color in ((QPalette.ColorRole.Window, "#1e1e1e"),
                        (QPalette.ColorRole.Base, "#1e1e1e"),
                        (QPalette.ColorRole.AlternateBase, "#262626"),
                        (QPalette.ColorRole.Text, "#e0e0e0"),
                        (QPalette.ColorRole.WindowText, "#e0e0e0")):
        pal.setColor(role, QColor(color))
    return pal


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio."""
    def lum(c: QColor) -> float:
        ch = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
              for v in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_theme_colours_are_legible(view, dark) -> None:
    from timeline_app.ui.timeline.colors import CATEGORICAL
    from timeline_app.ui.timeline.style import Theme

    pal = dark_palette(view.palette()) if dark else QPalette(view.palette())
    if not dark:
        pal.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        pal.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    theme = Theme.from_palette(pal)
    assert theme.dark == dark
    assert contrast(theme.text, theme.base) >= 7
    assert contrast(theme.muted, theme.base) >= 4.5  # axis minors, counts, captions
    assert contrast(theme.overview_bar, theme.base) >= 3
    assert contrast(theme.dispute, theme.base) >= 3
    assert contrast(theme.today, theme.base) >= 3
    assert contrast(theme.grid_major, theme.base) >= 1.4
    assert contrast(theme.grid, theme.base) >= 1.1
    assert contrast(theme.window, theme.base) >= 1.1  # headers stand apart from the canvas
    if dark:
        for number in range(len(CATEGORICAL)):
            assert contrast(theme.lane_color(None, number), theme.base) >= 4


def test_dark_palette_renders_legibly(seed_timeline, view) -> None:
    view.setPalette(dark_palette(view.palette()))
    view.resize(1000, 900)
    view.set_document(seed_timeline)
    scene = view.scene()
    image = view.grab().toImage()
    hw = view.header_width()
    base = QColor("#1e1e1e")
    events = seed_timeline.events
    # Label text is light on the dark canvas.
    it = next(it for it in all_items(scene) if not it.flags & 0x40)
    light = [image.pixelColor(int(hw + it.label_x + dx), int(it.y + dy)).lightness()
             for dx in range(int(it.label_w)) for dy in range(1, int(scene.text_h))]
    assert max(light) > 180
    # Lane names in the header column are light too, on a panel distinct from the canvas.
    lane = scene.lanes[0]
    names = [image.pixelColor(x, int(lane.y + y)).lightness()
             for x in range(22, 60) for y in range(2, int(scene.text_h) + 2)]
    assert max(names) > 180
    panel = image.pixelColor(int(hw) - 8, int(lane.y + lane.h - 3))
    canvas = image.pixelColor(int(hw) + 200, int(scene.axis_h) + 1)
    assert panel != canvas
    # The hatched (approximate) end of a range shows lines clearly off the background.
    hatched = next(it for it in all_items(scene) if not it.point and it.flags & 0x4)
    cy = scene.bar_y(hatched)
    xs = range(int(hw + hatched.c1) + 2, int(hw + hatched.x1) - 2)
    pixels = [image.pixelColor(x, int(cy + dy)) for x in xs for dy in (-3, -1, 1, 3)]
    assert max(contrast(c, base) for c in pixels) >= 3
    # The faded (uncertain) part of a range is visibly there.
    faded = next(it for it in all_items(scene) if not it.point and it.c1 > it.c0 > it.x0 + 6)
    c = image.pixelColor(int(hw + (faded.x0 + faded.c0) / 2), int(scene.bar_y(faded)))
    assert contrast(c, base) >= 1.5
    # Disputed events carry the dispute colour, bright enough on the dark canvas.
    disputed = next(it for it in all_items(scene) if it.flags & 0x20)
    assert events[disputed.doc].id
    top = int(scene.bar_y(disputed) - 10 / 2 - 2)
    ring = [image.pixelColor(x, top) for x in range(int(hw + disputed.x0), int(hw + disputed.x1))]
    assert max(contrast(c, base) for c in ring) >= 4
