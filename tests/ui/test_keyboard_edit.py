"""Issue 16 §4: Alt+Left/Right moves the current event, Alt+Shift+Left/Right its end,
Ctrl+Alt+Left/Right its start; a burst of presses is one undo step, a pause starts another."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import shown_widget
from timeline_app.ui.timeline import keyboard_edit
from timeline_app.ui.timeline.keyboard_edit import burst_key, tick_unit
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
    qtbot.keyClick(w, Qt.Key.Key_Right, ALT | Qt.KeyboardModifier.ControlModifier)
    assert got[-1][1] > "1920" and got[-1][2] == "1930-01-01"  # the start moved, not the end
    assert len({g[3] for g in got}) == 3  # move, end, start: three gestures


def test_a_point_event_has_no_end_or_start_to_resize(qtbot):
    w = _widget(qtbot)
    ev = w.doc_view().timeline.events[0]
    w.select_ids([ev.id], current=ev.id)
    got, hints = [], []
    w.eventMoved.connect(lambda *a: got.append(a))
    w.hint.connect(hints.append)
    qtbot.keyClick(w, Qt.Key.Key_Right, ALT | Qt.KeyboardModifier.ControlModifier)
    assert got == [] and hints


def test_burst_keys():
    class W:
        pass
    w = W()
    a = burst_key(w, "e", "move", now=10.0)
    assert burst_key(w, "e", "move", now=10.5) == a  # within the burst
    assert burst_key(w, "e", "move", now=11.4) == a  # the burst goes on from each press
    b = burst_key(w, "e", "move", now=11.4 + keyboard_edit.BURST_S + 0.1)
    assert b != a  # a pause: a new step
    c = burst_key(w, "e", "end", now=12.6)
    assert c not in (a, b)  # another part
    assert burst_key(w, "f", "end", now=12.7) != c  # another event


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


def test_a_pause_makes_a_second_undo_step(qtbot, seeded):
    w = seeded.timeline
    stack = seeded.document.undo_stack
    view = w.doc_view()
    ev = view.timeline.events[int(view.index.order[0])]
    w.select_ids([ev.id], current=ev.id)
    w.setFocus()
    count = stack.count()
    qtbot.keyClick(w, Qt.Key.Key_Right, ALT)
    qtbot.keyClick(w, Qt.Key.Key_Right, ALT)
    key, last, serial = w._key_burst
    w._key_burst = (key, last - keyboard_edit.BURST_S - 1, serial)  # as after a pause
    qtbot.keyClick(w, Qt.Key.Key_Right, ALT)
    assert stack.count() == count + 2
    stack.undo()
    stack.undo()
    assert seeded.document.event_by_id(ev.id).start.text == ev.start.text


def test_alt_up_and_down_fold_the_current_events_lane(qtbot):
    doc = {"sources": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
           "events": [{"title": f"E{i}", "start": "1900-01-01", "sources": ["a"]}
                      for i in range(30)] + [{"title": "Other", "start": "1900-01-01",
                                              "sources": ["b"]}]}
    w = shown_widget(qtbot, doc)
    hints = []
    w.hint.connect(hints.append)
    qtbot.keyClick(w, Qt.Key.Key_Up, ALT)
    assert hints and not w._collapsed  # nothing current: a hint
    ev = w.doc_view().timeline.events[0]
    w.select_ids([ev.id], current=ev.id)
    qtbot.keyClick(w, Qt.Key.Key_Up, ALT)
    lane = next(g for g in w.scene().lanes if g.key == "a")
    assert lane.collapsed and "A" in hints[-1]
    qtbot.keyClick(w, Qt.Key.Key_Down, ALT)
    lane = next(g for g in w.scene().lanes if g.key == "a")
    assert not lane.collapsed
    assert lane.more_text  # 30 events on one day: cut short, "+N more"
    rows = lane.rows
    qtbot.keyClick(w, Qt.Key.Key_Down, ALT)  # every row, as a click on "+N more" gives
    lane = next(g for g in w.scene().lanes if g.key == "a")
    assert "a" in w._expanded and lane.rows > rows
    assert w.current_id() == ev.id  # the selection stays where it was


def test_shift_arrows_extend_the_selection(qtbot):
    w = shown_widget(qtbot, {"events": [{"title": t, "start": d} for t, d in
                                        (("A", "1900"), ("B", "1910"), ("C", "1920"))]})
    first = w.doc_view().timeline.events[0]
    w.select_ids([first.id], current=first.id)
    qtbot.keyClick(w, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(w, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert len(w.selected_ids()) == 3
    qtbot.keyClick(w, Qt.Key.Key_Left)  # a plain arrow: one again
    assert len(w.selected_ids()) == 1
