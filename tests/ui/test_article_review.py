"""Importing an article in the window (issue 13): review with real keys and clicks, accept as
one undo step, undo, accept some, save, reopen; rejecting everything changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QPushButton

from tests.conftest import SEED, STORY, needs_story
from tests.ui.conftest import open_and_wait
from timeline_app.core.formats.registry import load_path
from timeline_app.core.formats.saving import to_bytes
from timeline_app.ui.article_review import ACCEPTED, REJECTED
from timeline_app.ui.article_rows import DATE, FIGURE, INTO, KIND, SOURCE, new_event

pytestmark = needs_story  # the seed story in ../shared/seed


def _menu_action(window, text: str):
    for action in window.menu.file.actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no File menu item {text!r}")


def _import(qtbot, window, monkeypatch, path: Path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    _menu_action(window, "Import Article…").trigger()
    dialog = window.article_review
    assert dialog is not None and dialog.isVisible()
    dialog.published_edit.setText("2025-04-28")
    qtbot.mouseClick(_button(dialog, "Re-read"), Qt.MouseButton.LeftButton)
    return dialog


def _button(dialog, text: str) -> QPushButton:
    for button in dialog.findChildren(QPushButton):
        if button.text().replace("&", "").startswith(text):
            return button
    raise AssertionError(f"no button {text!r}")


def _ok(qtbot, dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_import_review_accept_undo_accept_some_save_reopen(qtbot, window, tmp_path: Path,
                                                           monkeypatch) -> None:
    path = tmp_path / "seed.timeline.json"
    shutil.copy(SEED, path)
    open_and_wait(qtbot, window, path)
    w = window
    before = to_bytes(w.document.timeline)
    n_events = len(w.document.timeline.events)

    # Accept all with the mouse: one undo step adds every proposal.
    dialog = _import(qtbot, w, monkeypatch, STORY)
    proposals = dialog.extraction.claims()
    qtbot.mouseClick(_button(dialog, "Accept All"), Qt.MouseButton.LeftButton)
    _ok(qtbot, dialog)
    assert w.document.undo_stack.count() == 1
    claims = [c for e in w.document.timeline.events for c in e.claims]
    read = [c for c in claims if "provenance" in c.extra]
    assert len(read) == len(proposals)
    assert "north-korea" in w.document.timeline.sources  # the one source not in the example
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert to_bytes(w.document.timeline) == before

    # Keyboard review: accept the first event (A on it), skip, reject one claim, accept one.
    dialog = _import(qtbot, w, monkeypatch, STORY)
    tree = dialog.tree
    tree.setFocus()
    first = tree.topLevelItem(0)
    tree.setCurrentItem(first)
    QTest.keyClick(tree, Qt.Key.Key_A)
    assert all(dialog.decision(first.child(j)) == ACCEPTED for j in range(first.childCount()))
    QTest.keyClick(tree, Qt.Key.Key_J)
    current = tree.currentItem()
    QTest.keyClick(tree, Qt.Key.Key_R)
    assert dialog.decision(current) == REJECTED
    QTest.keyClick(tree, Qt.Key.Key_K)
    assert tree.currentItem() is current
    nis_item = next(it for it in dialog.items() if it.parent() is not None
                    and it.text(FIGURE) == "300")
    assert nis_item.text(KIND) == "intelligence agency"  # the document's source, matched
    tree.setCurrentItem(nis_item)
    QTest.keyClick(tree, Qt.Key.Key_A)
    accepted = sum(dialog.decision(it) == ACCEPTED for it in dialog.items() if it.parent())
    assert accepted == first.childCount() + 1
    _ok(qtbot, dialog)
    assert w.document.undo_stack.count() == 1  # the undone import was replaced
    added = [c for e in w.document.timeline.events for c in e.claims if "provenance" in c.extra]
    assert len(added) == accepted
    (nis,) = [c for c in added if c.value == 300]
    assert nis.source == "nis" and nis.unit == "killed" and nis.published.text == "2025-01"
    prov = nis.extra["provenance"]
    text = STORY.read_text(encoding="utf-8")
    assert text[prov["start"]:prov["end"]] == prov["quote"]
    assert prov["article"]["published"] == "2025-04-28"

    # Details shows the quote in context.
    event = next(e for e in w.document.timeline.events if nis in e.claims)
    w.timeline.select_ids([event.id])
    qtbot.waitUntil(lambda: any(lbl.objectName() == "quoteInContext"
                                for lbl in w.details.findChildren(QLabel)), timeout=5_000)
    context = [lbl.text() for lbl in w.details.findChildren(QLabel)
               if lbl.objectName() == "quoteInContext"]
    assert any("»" in t and "reported in January" in t.replace("\u200b", "") for t in context)

    # Save with Ctrl+S, reopen, and the claims and their provenance are there.
    QTest.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not w.document.modified
    reopened = load_path(path).timeline
    again = [c for e in reopened.events for c in e.claims if "provenance" in c.extra]
    assert len(again) == accepted
    assert {c.extra["provenance"]["quote"] for c in again} == {c.text for c in added}
    open_and_wait(qtbot, w, path)
    assert len(w.document.timeline.events) >= n_events


def test_rejecting_everything_changes_nothing(qtbot, window, monkeypatch) -> None:
    from timeline_app.ui.file_ops import new_document  # noqa: F401  (window starts empty)

    open_and_wait(qtbot, window, SEED)
    before = to_bytes(window.document.timeline)
    dialog = _import(qtbot, window, monkeypatch, STORY)
    qtbot.mouseClick(_button(dialog, "Reject All"), Qt.MouseButton.LeftButton)
    _ok(qtbot, dialog)
    assert window.document.undo_stack.count() == 0
    assert to_bytes(window.document.timeline) == before
    assert not window.document.modified


def test_bad_date_in_a_cell_is_said_where_it_was_typed(qtbot, window, monkeypatch) -> None:
    open_and_wait(qtbot, window, SEED)
    dialog = _import(qtbot, window, monkeypatch, STORY)
    top = dialog.tree.topLevelItem(0)
    top.setText(INTO, new_event())  # it matches the document's event, whose date is read-only
    top.setText(DATE, "2025-13")
    assert "month 13 does not exist" in top.toolTip(DATE)
    dialog.decide_all(ACCEPTED)
    shown = []
    monkeypatch.setattr("timeline_app.ui.article_review.file_ops.ask",
                        lambda box: shown.append(box.text()))
    _ok(qtbot, dialog)
    assert shown and "month 13" in shown[0]
    assert window.document.undo_stack.count() == 0
    dialog.reject()


def test_dropping_a_markdown_story_opens_the_review(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    story = tmp_path / "story.md"
    story.write_text("# Troops sent\n\nThe ministry said on Monday that **300** soldiers "
                     "had died in combat.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(story))])
    args = (QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(*args))
    qtbot.waitUntil(lambda: getattr(window, "article_review", None) is not None, timeout=5000)
    dialog = window.article_review
    assert dialog.extraction.article.title == "Troops sent"
    assert "**" not in dialog.extraction.article.text
    assert [c.value for c in dialog.extraction.claims()] == [300]
    dialog.reject()


def test_a_new_sources_guessed_kind_is_confirmed_in_review(qtbot, window, monkeypatch,
                                                           tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Dam breach\nThe Rivers Authority said 12 villages were flooded.\n",
                     encoding="utf-8")
    dialog = _import(qtbot, window, monkeypatch, story)
    (item,) = [it for it in dialog.items() if it.parent() is not None]
    assert item.text(SOURCE) == "Rivers Authority" and item.text(KIND) == "organisation"
    item.setText(KIND, "government")
    dialog.decide_all(ACCEPTED)
    _ok(qtbot, dialog)
    assert window.document.timeline.sources["rivers-authority"].kind == "government"


def test_highlights_land_on_the_words_after_an_emoji(qtbot) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from timeline_app.ui.article_text import cursor

    text = "Fire 🔥 report\nThe ministry said on Monday that 40 people died."
    pane = QPlainTextEdit()
    qtbot.addWidget(pane)
    pane.setPlainText(text)
    start = text.index("on Monday")
    assert cursor(pane, text, start, start + len("on Monday")).selectedText() == "on Monday"


def test_a_publication_date_outside_the_calendar_is_said_not_read(qtbot, window, monkeypatch,
                                                                  tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Dam breach\nThe Rivers Authority said yesterday 12 villages were "
                     "flooded.\n", encoding="utf-8")
    dialog = _import(qtbot, window, monkeypatch, story)
    shown = []
    monkeypatch.setattr("timeline_app.ui.article_review.file_ops.ask",
                        lambda box: shown.append(box.text()))
    before = dialog.extraction
    dialog.published_edit.setText("-0044-03-15")
    qtbot.mouseClick(_button(dialog, "Re-read"), Qt.MouseButton.LeftButton)
    assert shown == ["Published: a publication date is in the years 1 to 9999"]
    assert dialog.extraction is before  # not read again
    dialog.reject()
