"""Grades on the canvas: a reliability badge in each source lane's header, a mark under a
bar whose claim is graded low (solid, dispute colour) or not graded (dotted), nothing at
all for a document without grades; the legend explains them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from tests.conftest import grade
from timeline_app.core.model.timeline import Timeline
from timeline_app.ui.timeline.grade_marks import GOOD, LOW, UNGRADED, scene_grades
from timeline_app.ui.timeline.legend import entries, grade_entries
from timeline_app.ui.timeline.scene import BAR_H
from timeline_app.ui.timeline.style import Theme
from timeline_app.ui.timeline.widget import TimelineWidget


@pytest.fixture
def view(qtbot):
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


def graded_seed(t: Timeline) -> Timeline:
    return grade(t, {"nis": 2})


def near(image: QImage, x: float, y: float, color: QColor, slop: int = 2) -> bool:
    """Some pixel around (x, y) is `color` (antialiasing blurs the exact one)."""
    return any(QColor(image.pixel(int(x) + dx, int(y) + dy)).name() == color.name()
               for dx in range(-slop, slop + 1) for dy in range(-slop, slop + 1))


def test_low_and_ungraded_claims_are_marked_under_their_bars(view, seed_timeline) -> None:
    view.set_document(graded_seed(seed_timeline))
    scene, doc = view.scene(), view.doc_view()
    grades = scene_grades(scene, doc)
    assert grades is not None and grades.reliability["kcna"] == "E"
    kinds = {lane.key: {grades.claim(doc.timeline.events[it.doc], lane.key, doc.timeline)
                        for it in lane.items} for lane in scene.lanes}
    assert kinds["kcna"] == {LOW} and kinds["nis"] == {GOOD} and kinds["yonhap"] == {UNGRADED}
    image = view.grab().toImage()
    theme = Theme.from_palette(view.palette())
    (kcna,) = [lane for lane in scene.lanes if lane.key == "kcna"]
    it = max(kcna.items, key=lambda i: i.x1 - i.x0)
    x = view.header_width() + (max(it.x0, 0) + min(it.x1, scene.canvas_w)) / 2
    assert near(image, x, scene.bar_y(it) + BAR_H / 2 + 2.5, theme.dispute)


def test_an_ungraded_document_looks_as_before(view, seed_timeline) -> None:
    view.set_document(seed_timeline)
    assert scene_grades(view.scene(), view.doc_view()) is None


def test_the_legend_explains_the_marks(view, seed_timeline) -> None:
    assert set(grade_entries()) <= set(entries(grades=True))
    assert not set(grade_entries()) & set(entries())
    view.set_document(seed_timeline)
    view.set_legend_visible(True)
    plain = view.grab().toImage()
    view.set_document(graded_seed(seed_timeline))
    graded = view.grab().toImage()
    assert plain != graded


def test_lanes_can_be_ordered_by_reliability(view, seed_timeline) -> None:
    view.set_document(graded_seed(seed_timeline))
    before = [lane.key for lane in view.scene().lanes]
    view.set_lanes_by_reliability(True)
    keys = [lane.key for lane in view.scene().lanes]
    assert keys[:2] == ["nis", "kcna"]  # B, then E, then the ungraded in document order
    assert keys[2:] == [k for k in before if k not in ("nis", "kcna")]
    view.prepare_reload()
    view.reload_document()  # after an edit the order stays
    assert [lane.key for lane in view.scene().lanes][:2] == ["nis", "kcna"]
    view.set_lanes_by_reliability(False)
    assert [lane.key for lane in view.scene().lanes] == before


def test_the_view_menu_orders_lanes(qtbot, seed_timeline) -> None:
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.settings import FileState

    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_timeline(graded_seed(seed_timeline), None)
    from PySide6.QtGui import QAction

    (action,) = [a for a in window.findChildren(QAction) if a.text() == "Order by &Reliability"]
    assert action is window.menu.by_reliability
    action.trigger()
    assert window.timeline.lanes_by_reliability()
    window._apply_view_state(FileState(lanes_by_reliability=False))  # another file's choice
    assert not window.timeline.lanes_by_reliability() and not action.isChecked()
    window._apply_view_state(FileState(lanes_by_reliability=True))
    assert window.timeline.lanes_by_reliability()


def test_assistive_technology_hears_the_grades(seed_timeline) -> None:
    from timeline_app.ui.timeline.accessible import describe

    t = graded_seed(seed_timeline)
    event = next(e for e in t.events if {c.source for c in e.claims} >= {"nis"})
    assert "Grades: National Intelligence Service (NIS) B2" in describe(event, t)
    plain = next(e for e in t.events if not any(c.source in ("nis", "kcna")
                                                  for c in e.claims))
    assert "Grades" not in describe(plain, t)
