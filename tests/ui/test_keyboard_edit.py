"""Issue 16 §4: Alt+Left/Right moves the current event, Alt+Shift+Left/Right its end."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import shown_widget
from timeline_app.ui.timeline.keyboard_edit import tick_unit
from timeline_app.ui.timeline.widget import TimelineWidget

DOC = {"events": [{"title": "A", "start": "1900-01-01"},
                  {"title": "B", "start": "1920-01-01", "end": "1930-01-01"}]}
ALT = Qt.KeyboardModifier.AltModifier


def _widget(qtbot) -> TimelineWidget:
    return shown_widget(qtbot, DOC)


def test_alt_arrows_move_and_resize(qtbot):
    w = _widget(qtbot)
    assert tick_unit(w) > 0
    ev = w.doc_view().timeline.events[1]
    w.select_ids([ev.id], current=ev.id)
    got = []
    w.eventMoved.connect(lambda *a: got.append(a))
    qtbot.keyClick(w, Qt.Key.Key_Right, ALT)
    assert got and got[-1][0] == ev.id and got[-1][1] > "1920" and got[-1][2] > "1930"
    qtbot.keyClick(w, Qt.Key.Key_Left, ALT | Qt.KeyboardModifier.ShiftModifier)
    assert got[-1][1].startswith("1920") and got[-1][2] < "1930"
    assert w.current_id() == ev.id  # Alt+arrow does not step the selection


def test_presses_are_one_undo_step(qtbot, seeded):
    w = seeded.timeline
    stack = seeded.document.undo_stack
    view = w.doc_view()
    doc = int(view.index.order[0])
    ev = view.timeline.events[doc]
    before = ev.start.text
    w.select_ids([ev.id], current=ev.id)
    w.setFocus()
    count = stack.count()
    for _ in range(3):
        qtbot.keyClick(w, Qt.Key.Key_Right, ALT)
    assert stack.count() == count + 1
    assert seeded.document.event_by_id(ev.id).start.text != before
    stack.undo()
    assert seeded.document.event_by_id(ev.id).start.text == before
