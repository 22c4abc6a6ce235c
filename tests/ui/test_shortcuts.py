"""No two actions share a key sequence, and Ctrl+D duplicates while Delete deletes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from timeline_app.ui.actions import shortcut_owners


def test_every_key_sequence_has_one_action(seeded) -> None:
    owners = shortcut_owners(seeded)
    assert len(owners) > 15  # the collection found the menus' actions
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_delete_keeps_the_delete_key_and_duplicate_owns_ctrl_d(seeded) -> None:
    delete = seeded.delete_action.shortcuts()
    assert QKeySequence(Qt.Key.Key_Delete) in delete
    assert QKeySequence("Ctrl+D") not in delete
    assert seeded.duplicate_action.shortcuts() == [QKeySequence("Ctrl+D")]
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Delete)
    others = {k.toString() for a in seeded.findChildren(QAction) if a is not seeded.delete_action
              for k in a.shortcuts()}
    # the platform's other Delete sequences stay wherever nothing else wants them
    assert {k.toString() for k in platform} - others <= {k.toString() for k in delete}


def test_ctrl_d_duplicates_without_an_ambiguity_warning(seeded, qtbot, capfd) -> None:
    first = seeded.document.timeline.events[0]
    seeded.timeline.select_ids([first.id])
    seeded.timeline.setFocus()
    QTest.keyClick(seeded.timeline, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    titles = [e.title for e in seeded.document.timeline.events]
    assert f"{first.title} (copy)" in titles
    assert "Ambiguous" not in capfd.readouterr().err
