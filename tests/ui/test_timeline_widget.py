"""The timeline widget under real Qt input: pixels, zoom at the cursor, panning, keys,
selection, hit testing, tooltips and level of detail."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from tests.ui.test_timeline_helpers import make_timeline, mouse, wheel
from timeline_app.core.calendar import to_seconds
from timeline_app.core.lanes import LaneMode
from timeline_app.ui.timeline.widget import TimelineWidget

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
