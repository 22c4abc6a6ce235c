"""A scripted editing session in the real window, as issue #5 describes it: open the seed
example, edit a title, move an event, add a claim from a new source, undo twice, redo once,
save, reload, compare."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from tests.conftest import SEED
from tests.ui.conftest import open_and_wait
from tests.ui.test_timeline_drag import MONTH, drag, grab_point, px_of
from timeline_app.core.formats.registry import load_path
from timeline_app.core.formats.saving import to_bytes
from timeline_app.ui.event_editor import EventEditor

TREATY = "treaty-2024-06"
KURSK = "kursk-retaken-claim"


def by_id(window, event_id: str):
    return window.document.event_by_id(event_id)


def test_scripted_session(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "seed.timeline.json"
    shutil.copy(SEED, path)
    open_and_wait(qtbot, window, path)
    w = window
    script: list = []

    def scripted_exec(editor: EventEditor) -> int:
        script.pop(0)(editor)
        editor.accept()
        return editor.result()

    monkeypatch.setattr(EventEditor, "exec", scripted_exec)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Institute for the Study of War", True)))

    # 1. Edit a title: select the treaty, Enter opens the editor.
    script.append(lambda ed: ed.title.setText("Putin and Kim sign defence treaty"))
    w.timeline.select_ids([TREATY])
    w.timeline.setFocus()
    QTest.keyClick(w.timeline, Qt.Key.Key_Return)
    assert by_id(w, TREATY).title == "Putin and Kim sign defence treaty"

    # 2. Move an event by dragging it two months to the right with the mouse.
    x, y = grab_point(w.timeline, TREATY)
    drag(w.timeline, x, y, px_of(w.timeline, 2 * MONTH) + 3)
    assert by_id(w, TREATY).start.text == "2024-08"

    # 3. Add a claim from a new source, in the editor.
    def add_claim(editor: EventEditor) -> None:
        claims = editor.claims
        qtbot.mouseClick(claims.add_button, Qt.MouseButton.LeftButton)
        claims.source.setFocus()
        QTest.keyClick(claims.source, Qt.Key.Key_End)  # "New source…", the last item
        claims.quote.setPlainText("Russian forces have likely retaken most of Kursk")

    script.append(add_claim)
    w.timeline.select_ids([KURSK])
    QTest.keyClick(w.timeline, Qt.Key.Key_Return)
    assert "institute-for-the-study-of-war" in w.document.timeline.sources
    assert w.document.undo_stack.count() == 3  # title, move (merged), claim

    # 4. Undo twice (the claim, then the move), redo once (the move again).
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert by_id(w, TREATY).start.text == "2024-06"
    assert "institute-for-the-study-of-war" not in w.document.timeline.sources
    QTest.keyClick(w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert by_id(w, TREATY).start.text == "2024-08"
    assert w.undo_action.text() == "&Undo Move Event"

    # 5. Save, reload, compare.
    QTest.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not w.isWindowModified()
    expected = to_bytes(w.document.timeline)
    with qtbot.waitSignal(w.loader.finished, timeout=10_000):
        w.open_path(path)
    assert to_bytes(w.document.timeline) == expected == path.read_bytes()
    reloaded = load_path(path).timeline
    treaty = next(e for e in reloaded.events if e.id == TREATY)
    assert treaty.title == "Putin and Kim sign defence treaty" and treaty.start.text == "2024-08"
    kursk = next(e for e in reloaded.events if e.id == KURSK)
    assert all(c.source != "institute-for-the-study-of-war" for c in kursk.claims)
    assert not script  # every scripted editor step ran
