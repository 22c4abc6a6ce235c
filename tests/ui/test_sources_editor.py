"""The source registry dialog: every action is one undo step and the list follows the stack."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialog,
    QMessageBox,
    QToolButton,
    QWidget,
)

from tests.conftest import SEED
from timeline_app.core.formats.registry import load_path
from timeline_app.core.model.edits import AddSource
from timeline_app.core.model.timeline import Source, Timeline
from timeline_app.ui.document import Document
from timeline_app.ui.sources_editor import (
    CLAIMS,
    NAME,
    MergeForm,
    RegistryModel,
    SourceForm,
    SourcesEditor,
    citations,
)


@pytest.fixture
def doc(qtbot, seed_timeline: Timeline) -> Document:
    document = Document()
    document.set_timeline(seed_timeline, None)
    return document


def activate(qtbot, window: QWidget) -> None:
    """Make `window` active: offscreen windows are not activated on show, nor is a parent
    when its modal child closes, and window shortcuts need an active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def editor(qtbot, doc: Document) -> SourcesEditor:
    dialog = SourcesEditor(doc)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    return dialog


class Modal:
    """Runs `handle(dialog)` on the next modal dialog once its exec() has started, and
    closes it if the handler failed, so a broken test fails instead of hanging."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.errors: list[BaseException] = []
        self.seen: list[QWidget] = []
        self.pending = 0

    def then(self, handle: Callable[[QWidget], None]) -> None:
        tries = iter(range(200))
        self.pending += 1

        def run() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog in self.seen or not dialog.isVisible():
                if next(tries, None) is not None:
                    QTimer.singleShot(10, run)
                    return
                self.errors.append(AssertionError("no modal dialog opened"))
                self.pending -= 1
                return
            self.seen.append(dialog)
            try:
                activate(self.qtbot, dialog)
                handle(dialog)
            except BaseException as err:
                self.errors.append(err)
                if isinstance(dialog, QDialog) and dialog.isVisible():
                    dialog.reject()
            finally:
                self.pending -= 1

        QTimer.singleShot(0, run)

    def check(self, parent: QWidget) -> None:
        """Wait for every handler to have run (none may outlive the test), then re-activate
        the parent, as a window manager would."""
        self.qtbot.waitUntil(lambda: self.pending == 0, timeout=5_000)
        if self.errors:
            raise self.errors[0]
        activate(self.qtbot, parent)


def registry(t: Timeline) -> list[tuple[str, str]]:
    return [(s.id, s.name) for s in t.sources.values()]


def cited(t: Timeline) -> list[list[str]]:
    return [[c.source for c in e.claims] for e in t.events]


def select(editor: SourcesEditor, source_id: str) -> None:
    editor.select(source_id)
    assert editor.selected_id() == source_id


def test_add_a_source(qtbot, doc: Document, editor: SourcesEditor, monkeypatch) -> None:
    monkeypatch.setattr(QColorDialog, "getColor",
                        staticmethod(lambda *args, **kwargs: QColor("#117733")))
    modal = Modal(qtbot)

    def fill(form: QWidget) -> None:
        assert isinstance(form, SourceForm)
        assert not form.ok.isEnabled()  # a name is needed
        QTest.keyClicks(form.name, "Institute for the Study of War")
        QTest.keyClicks(form.kind, "think tank")
        QTest.keyClicks(form.country, "United States")
        QTest.keyClicks(form.url, "https://understandingwar.org")
        QTest.keyClicks(form.notes, "Daily campaign assessments")
        qtbot.mouseClick(form.color_button, Qt.MouseButton.LeftButton)
        assert form.color_button.text() == "#117733"
        qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)

    modal.then(fill)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    modal.check(editor)
    t = doc.timeline
    added = t.sources["institute-for-the-study-of-war"]
    assert (added.name, added.kind, added.country, added.url, added.notes, added.color) == (
        "Institute for the Study of War", "think tank", "United States",
        "https://understandingwar.org", "Daily campaign assessments", "#117733")
    assert editor.selected_id() == added.id
    assert editor.model.rowCount() == len(t.sources) == 11
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Add Source"
    doc.undo_stack.undo()
    assert added.id not in t.sources and editor.model.rowCount() == 10
    doc.undo_stack.redo()
    assert editor.model.ids[-1] == added.id


def test_rename_keeps_the_id_and_the_claims(qtbot, doc: Document, editor: SourcesEditor) -> None:
    before = load_path(SEED).timeline
    select(editor, "kcna")
    modal = Modal(qtbot)

    def rename(form: QWidget) -> None:
        assert isinstance(form, SourceForm) and form.name.text() == "KCNA"
        form.name.selectAll()
        QTest.keyClicks(form.name, "Yonhap News Agency")
        assert not form.ok.isEnabled()
        assert form.name_hint.text().startswith("another source is already called")
        form.name.selectAll()
        QTest.keyClicks(form.name, "Korean Central News Agency")
        QTest.keyClick(form.name, Qt.Key.Key_Return)

    modal.then(rename)
    QTest.keyClick(editor.table, Qt.Key.Key_Return)  # Enter edits the selected source
    modal.check(editor)
    t = doc.timeline
    assert t.sources["kcna"].name == "Korean Central News Agency"
    assert t.sources["kcna"].notes == before.sources["kcna"].notes
    assert editor.model.index(0, NAME).data() == "Korean Central News Agency"
    assert cited(t) == cited(before)
    assert doc.undo_stack.undoText() == "Rename Source"
    QTest.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert t == before
    assert editor.model.index(0, NAME).data() == "KCNA"


def test_merge_moves_the_claims_and_undo_restores(qtbot, doc: Document,
                                                 editor: SourcesEditor) -> None:
    before = load_path(SEED).timeline
    claims, events = citations(doc.timeline)
    assert (claims["kcna"], events["kcna"]) == (6, 3)
    select(editor, "kcna")
    modal = Modal(qtbot)

    def merge(form: QWidget) -> None:
        assert isinstance(form, MergeForm)
        form.target.setCurrentIndex(form.target.findData("yonhap"))
        assert form.summary.text().startswith(
            "6 claims in 3 events will move from “KCNA” to “Yonhap News Agency”")
        form.accept()

    modal.then(merge)
    qtbot.mouseClick(editor.merge_button, Qt.MouseButton.LeftButton)
    modal.check(editor)
    t = doc.timeline
    assert "kcna" not in t.sources
    assert "kcna" not in {c.source for e in t.events for c in e.claims}
    assert editor.selected_id() == "yonhap"
    assert editor.model.index(editor.model.ids.index("yonhap"), CLAIMS).data() == "9"
    assert doc.undo_stack.count() == 1
    tools = [b for b in editor.findChildren(QToolButton) if b.defaultAction() is not None]
    assert tools and all(b.width() >= b.sizeHint().width() for b in tools)  # not cut off
    table_w = editor.table.width()
    doc.undo_stack.undo()
    assert registry(t) == registry(before) and cited(t) == cited(before)
    assert editor.model.ids == list(before.sources)
    QApplication.processEvents()
    assert editor.table.width() == table_w  # "Undo Merge Sources" -> "Redo …": no jump


def test_deleting_a_cited_source_explains_and_offers_a_merge(qtbot, doc: Document,
                                                             editor: SourcesEditor) -> None:
    before = load_path(SEED).timeline
    select(editor, "kcna")
    modal = Modal(qtbot)
    texts: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.textFormat() == Qt.TextFormat.PlainText  # the name comes from a file
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    modal.then(cancel)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    modal.check(editor)
    assert texts == ["KCNA is cited by 6 claims in 3 events. Merge it into another source "
                     "first, or remove those claims."]
    assert doc.timeline == before and doc.undo_stack.count() == 0

    def choose_merge(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        modal.then(lambda form: form.accept())  # the merge form, which opens next
        next(b for b in box.buttons() if b.text() == "&Merge Into…").click()

    modal.then(choose_merge)
    editor.table.setFocus()
    QTest.keyClick(editor.table, Qt.Key.Key_Delete)
    modal.check(editor)
    assert isinstance(modal.seen[-1], MergeForm)
    assert "kcna" not in doc.timeline.sources and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.timeline == before


def test_deleting_an_unused_source_is_one_undo_step(qtbot, doc: Document,
                                                    editor: SourcesEditor) -> None:
    t = doc.timeline
    doc.push(AddSource(Source("unused", "Unused source")))  # the list follows any edit
    assert editor.model.ids[-1] == "unused"
    order = list(t.sources)
    select(editor, "unused")
    editor.table.setFocus()
    QTest.keyClick(editor.table, Qt.Key.Key_Delete)
    assert "unused" not in t.sources
    assert doc.undo_stack.undoText() == "Delete Source"
    assert editor.selected_id() == "report"  # the row that took its place
    doc.undo_stack.undo()
    assert list(t.sources) == order


def test_buttons_follow_the_selection(qtbot, doc: Document, editor: SourcesEditor) -> None:
    assert editor.selected_id() == "kcna"
    assert editor.table.hasFocus()
    editor.table.clearSelection()
    assert not editor.edit_button.isEnabled() and not editor.merge_button.isEnabled()
    assert editor.add_button.isEnabled()
    editor.delete_selected()  # nothing selected: nothing happens
    assert doc.undo_stack.count() == 0


def test_source_form_validation(qtbot, doc: Document) -> None:
    form = SourceForm(doc.timeline.sources, doc.timeline.sources["us"])
    qtbot.addWidget(form)
    assert form.ok.isEnabled() and form.name_hint.isHidden()
    form.name.setText("  ")
    assert not form.ok.isEnabled() and form.name_hint.text() == "a name is needed"
    form.name.setText("united states")  # its own name, in another case: fine
    assert form.ok.isEnabled()
    form.name.setText("kcna")
    assert not form.ok.isEnabled()
    form.accept()
    assert form.result() != QDialog.DialogCode.Accepted


def test_registry_model(qtmodeltester, doc: Document) -> None:
    model = RegistryModel(doc)
    qtmodeltester.check(model)
    assert model.index(0, NAME).data() == "KCNA"
    assert model.index(0, CLAIMS).data() == "6"
    hostile = '<img src="file:///etc/passwd">'
    doc.timeline.sources["kcna"].notes = hostile
    tip = model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img" in tip
