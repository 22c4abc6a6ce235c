"""The review's Into choice (a proposal that matches the document's event goes into it, or
into a new event) and the new sources' Kind and Country, driven with real clicks and keys;
each import stays one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

from tests.conftest import STORY, needs_story
from tests.ui.conftest import open_and_wait
from tests.ui.test_article_review import _button, _import, _ok
from timeline_app.core.formats.saving import to_bytes
from timeline_app.ui.article_review import ACCEPTED
from timeline_app.ui.article_rows import COUNTRY, DATE, INTO, KIND, SOURCE, TEXT, new_event

pytestmark = needs_story  # the seed story in ../shared/seed


def _click(tree, item, column: int) -> None:
    index = tree.indexFromItem(item, column)
    tree.scrollTo(index)  # the cell may be beyond the right edge
    rect = tree.visualRect(index)
    assert tree.viewport().rect().contains(rect.center())
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 8, rect.center().y()))
    assert tree.currentItem() is item and tree.currentColumn() == column


def _edit_key(tree, item, column: int) -> QLineEdit | QComboBox | None:
    """Click the cell, press F2: the editor it opens, or None when it is read-only."""
    _click(tree, item, column)
    QTest.keyClick(tree, Qt.Key.Key_F2)
    if tree.state() != QAbstractItemView.State.EditingState:
        return None
    editors = [c for kind in (QLineEdit, QComboBox) for c in tree.viewport().findChildren(kind)
               if c.isVisible() and c.parent() is tree.viewport()]
    assert len(editors) == 1
    return editors[0]


def _type(tree, item, column: int, text: str) -> None:
    editor = _edit_key(tree, item, column)
    assert isinstance(editor, QLineEdit), f"column {column} is not editable"
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _closed(tree)


def _closed(tree) -> None:
    """The editor closes (Qt closes it from the event loop after Return)."""
    for _ in range(50):
        if tree.state() != QAbstractItemView.State.EditingState:
            return
        QTest.qWait(10)
    raise AssertionError("the cell's editor stayed open")


def _choose_into(tree, top, step: Qt.Key) -> None:
    combo = _edit_key(tree, top, INTO)
    assert isinstance(combo, QComboBox) and combo.count() == 2
    QTest.keyClick(combo, step)  # the choice applies at once
    _closed(tree)


def _undo_key(qtbot, w) -> None:
    """Ctrl+Z in the window, active again as after a dialog closes on a desktop."""
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2_000)
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _matched_top(dialog, event_id: str):
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        if top.data(0, Qt.ItemDataRole.UserRole)[1].match == event_id:
            return top
    raise AssertionError(f"no proposal matches {event_id}")


def _event(t, eid: str):
    return next(e for e in t.events if e.id == eid)


def test_a_matched_proposal_goes_into_the_existing_event_read_only(qtbot, window,
                                                                    seed_copy, monkeypatch):
    open_and_wait(qtbot, window, seed_copy)
    w = window
    before = to_bytes(w.document.timeline)
    kursk = _event(w.document.timeline, "kursk-retaken-claim")
    n_events, n_claims = len(w.document.timeline.events), len(kursk.claims)
    dialog = _import(qtbot, w, monkeypatch, STORY)
    tree = dialog.tree
    top = _matched_top(dialog, "kursk-retaken-claim")
    assert top.text(INTO) == f"existing event “{kursk.title}”"
    assert top.text(TEXT) == kursk.title and top.text(DATE) == kursk.start.text
    assert _edit_key(tree, top, TEXT) is None  # the document's title: read-only
    assert _edit_key(tree, top, DATE) is None
    new_claims = [top.child(j) for j in range(top.childCount())
                  if dialog.decision(top.child(j)) != "rejected"]  # not already there
    assert new_claims
    _click(tree, top, TEXT)
    QTest.keyClick(tree, Qt.Key.Key_A)
    _ok(qtbot, dialog)
    t = w.document.timeline
    assert w.document.undo_stack.count() == 1
    assert len(t.events) == n_events  # no new event
    kursk = _event(t, "kursk-retaken-claim")
    assert len(kursk.claims) == n_claims + len(new_claims)  # only the new claims added
    _undo_key(qtbot, w)
    assert to_bytes(w.document.timeline) == before


def test_new_event_takes_the_users_title_and_date(qtbot, window, seed_copy, monkeypatch):
    open_and_wait(qtbot, window, seed_copy)
    w = window
    before = to_bytes(w.document.timeline)
    n_kursk = len(_event(w.document.timeline, "kursk-retaken-claim").claims)
    dialog = _import(qtbot, w, monkeypatch, STORY)
    tree = dialog.tree
    top = _matched_top(dialog, "kursk-retaken-claim")
    proposed = top.data(0, Qt.ItemDataRole.UserRole)[1]
    _choose_into(tree, top, Qt.Key.Key_Down)
    assert top.text(INTO) == new_event()
    assert top.text(TEXT) == proposed.title  # the proposal's own title, now editable
    _type(tree, top, TEXT, "North Korea confirms its troops in Kursk")
    _type(tree, top, DATE, "2025-04-28")
    _choose_into(tree, top, Qt.Key.Key_Up)  # back into the existing event, and out again:
    assert top.text(TEXT) != "North Korea confirms its troops in Kursk"
    _choose_into(tree, top, Qt.Key.Key_Down)  # what was typed is kept
    assert (top.text(TEXT), top.text(DATE)) == ("North Korea confirms its troops in Kursk",
                                                "2025-04-28")
    _type(tree, top, DATE, "2025-13")  # a bad date is said where it was typed
    assert "month 13" in top.toolTip(DATE)
    _type(tree, top, DATE, "2025-04-28")
    assert top.toolTip(DATE) == proposed.date_why
    _click(tree, top, TEXT)
    QTest.keyClick(tree, Qt.Key.Key_A)
    accepted = sum(dialog.decision(top.child(j)) == ACCEPTED for j in range(top.childCount()))
    _ok(qtbot, dialog)
    t = w.document.timeline
    assert w.document.undo_stack.count() == 1
    (made,) = [e for e in t.events if e.title == "North Korea confirms its troops in Kursk"]
    assert made.start.text == "2025-04-28" and made.end is None
    assert len(made.claims) == accepted
    assert len(_event(t, "kursk-retaken-claim").claims) == n_kursk  # untouched
    _undo_key(qtbot, w)
    assert to_bytes(w.document.timeline) == before


def test_a_new_sources_kind_and_country_are_the_same_on_every_row(qtbot, window,
                                                                   monkeypatch,
                                                                   tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text("Dam breach floods valley\nThe Rivers Authority said 12 villages were "
                     "flooded on Sunday. The Rivers Authority said 300 people were "
                     "evacuated.\n", encoding="utf-8")
    dialog = _import(qtbot, window, monkeypatch, story)
    tree = dialog.tree
    rows = [it for it in dialog.items() if it.parent() is not None]
    assert len(rows) == 2 and {r.text(SOURCE) for r in rows} == {"Rivers Authority"}
    assert rows[0].text(COUNTRY) == ""
    _type(tree, rows[0], KIND, "government")
    _type(tree, rows[1], COUNTRY, "Wales")
    assert [(r.text(KIND), r.text(COUNTRY)) for r in rows] == [("government", "Wales")] * 2
    assert dialog.isVisible()
    qtbot.mouseClick(_button(dialog, "Accept All"), Qt.MouseButton.LeftButton)
    _ok(qtbot, dialog)
    source = window.document.timeline.sources["rivers-authority"]
    assert (source.kind, source.country) == ("government", "Wales")
    assert window.document.undo_stack.count() == 1
    _undo_key(qtbot, window)
    assert window.document.timeline is None or not window.document.timeline.sources


def test_a_documents_source_is_read_only_and_renaming_cites_another(qtbot, window,
                                                                     seed_copy, monkeypatch):
    open_and_wait(qtbot, window, seed_copy)
    dialog = _import(qtbot, window, monkeypatch, STORY)
    tree = dialog.tree
    nis = next(it for it in dialog.items() if it.parent() is not None
               and it.text(SOURCE).startswith("National Intelligence"))
    assert nis.text(KIND) == "intelligence agency" and nis.text(COUNTRY) == "South Korea"
    assert _edit_key(tree, nis, KIND) is None and _edit_key(tree, nis, COUNTRY) is None
    _type(tree, nis, SOURCE, "Yonhap")  # now cites the document's Yonhap
    assert nis.text(SOURCE) == "Yonhap News Agency"
    assert nis.text(KIND) == window.document.timeline.sources["yonhap"].kind
    _type(tree, nis, SOURCE, "Harbour Watch Group")  # a source the article introduces
    assert _edit_key(tree, nis, KIND) is not None
    dialog.reject()
