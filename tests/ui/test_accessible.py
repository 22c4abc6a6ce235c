"""Issue 16 §4: the canvas is a list of events in time order to assistive technology."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible

from tests.ui.conftest import shown_widget
from timeline_app.core.model.dates import parse_date
from timeline_app.ui.timeline.widget import TimelineWidget

DOC = {"events": [{"title": "Late", "start": "1950-05-01"},
                  {"title": "Early", "start": "1900-01-01"},
                  {"title": "Middle", "start": "1920"}]}


def _widget(qtbot) -> TimelineWidget:
    return shown_widget(qtbot, DOC)


def test_children_are_events_in_time_order(qtbot):
    w = _widget(qtbot)
    iface = QAccessible.queryAccessibleInterface(w)
    assert iface.role() == QAccessible.Role.List
    assert iface.childCount() == 3 + len(w.doc_view().lanes)  # events, then lane headers
    names = [iface.child(i).text(QAccessible.Text.Name) for i in range(3)]
    assert names == ["Early", "Middle", "Late"]
    desc = iface.child(1).text(QAccessible.Text.Description)
    assert "1920" in desc and "Jan 1920" in desc and "e+" not in desc
    assert iface.indexOfChild(iface.child(2)) == 2


def test_keyboard_selection_moves_accessible_focus(qtbot):
    w = _widget(qtbot)
    w.setFocus()
    iface = QAccessible.queryAccessibleInterface(w)
    seen = []
    orig = QAccessible.updateAccessibility
    import timeline_app.ui.timeline.accessible as acc
    QAccessible.setActive(True)
    acc.QAccessible.updateAccessibility = lambda ev: (seen.append((ev.type(), ev.child())),
                                                      orig(ev))
    try:
        w.select_ids([w.doc_view().timeline.events[1].id])  # "Early"
        qtbot.keyClick(w, Qt.Key.Key_Right)
    finally:
        acc.QAccessible.updateAccessibility = orig
    focus = iface.focusChild()
    assert focus is not None and focus.text(QAccessible.Text.Name) == "Middle"
    assert focus.state().selected
    assert (QAccessible.Event.Focus, 1) in seen


def test_overview_has_accessible_name(qtbot):
    from timeline_app.ui.timeline.overview import OverviewStrip
    strip = OverviewStrip(TimelineWidget())
    qtbot.addWidget(strip)
    iface = QAccessible.queryAccessibleInterface(strip)
    assert iface.text(QAccessible.Text.Name) == "Timeline overview"


def test_the_accessible_list_follows_the_filter(qtbot):
    """What the filter hides is neither drawn nor listed: the list is what the canvas shows."""
    import numpy as np

    w = _widget(qtbot)
    iface = QAccessible.queryAccessibleInterface(w)
    w.set_filter_mask(np.array([True, False, True]))  # hides "Early" (document index 1)
    assert iface.childCount() == 2 + len(w.doc_view().lanes)
    assert [iface.child(i).text(QAccessible.Text.Name) for i in range(2)] == ["Middle", "Late"]
    assert iface.indexOfChild(iface.child(1)) == 1


SOURCED = {"sources": [{"id": "kcna", "name": "KCNA", "reliability": "E"},
                       {"id": "nis", "name": "NIS"}],
           "events": [{"title": "Said", "start": "1950-05-01", "sources": ["kcna"]},
                      {"title": "Reported", "start": "1900-01-01", "sources": ["nis"]},
                      {"title": "Both", "start": "1920", "sources": ["kcna", "nis"]}]}


def test_lane_headers_are_named_row_headers(qtbot):
    w = shown_widget(qtbot, SOURCED)
    iface = QAccessible.queryAccessibleInterface(w)
    lanes = w.doc_view().lanes
    assert iface.childCount() == 3 + len(lanes)
    headers = [iface.child(3 + i) for i in range(len(lanes))]
    assert {h.role() for h in headers} == {QAccessible.Role.RowHeader}
    names = [h.text(QAccessible.Text.Name) for h in headers]
    assert names == [f"Lane: {t}" for t in lanes.titles] and "Lane: KCNA" in names
    kcna = headers[names.index("Lane: KCNA")]
    desc = kcna.text(QAccessible.Text.Description)
    assert "2 events" in desc and "Reliability: E" in desc
    assert iface.indexOfChild(kcna) == 3 + names.index("Lane: KCNA")
    assert not kcna.state().collapsed and kcna.state().expandable
    w.set_lane_collapsed("kcna", True)
    assert kcna.state().collapsed and "collapsed" in kcna.text(QAccessible.Text.Description)


def test_children_say_where_they_are_on_screen(qtbot):
    w = shown_widget(qtbot, SOURCED)
    iface = QAccessible.queryAccessibleInterface(w)
    screen = QRect(w.mapToGlobal(QPoint(0, 0)), w.size())
    for i in range(iface.childCount()):
        child = iface.child(i)
        box = child.rect()
        assert not box.isEmpty() and screen.contains(box), child.text(QAccessible.Text.Name)
        assert not child.state().offscreen
        hit = iface.childAt(box.center().x(), box.center().y())
        assert hit is not None
        assert hit.text(QAccessible.Text.Name) == child.text(QAccessible.Text.Name)
    # Zoomed in on 1950, the 1900 event is not on the screen, and says so.
    w.set_viewport(parse_date("1950-04-01").earliest, parse_date("1950-06-01").earliest)
    early = next(iface.child(i) for i in range(3)
                 if iface.child(i).text(QAccessible.Text.Name) == "Reported")
    assert early.rect().isEmpty() and early.state().offscreen
