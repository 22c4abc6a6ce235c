"""Issue 16 §4: the canvas is a list of events in time order to assistive technology."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.ui.conftest import shown_widget
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
    assert iface.childCount() == 3
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
    assert iface.childCount() == 2
    assert [iface.child(i).text(QAccessible.Text.Name) for i in range(2)] == ["Middle", "Late"]
    assert iface.indexOfChild(iface.child(1)) == 1
