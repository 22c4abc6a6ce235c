"""Admiralty grades in the window: the sources panel column, Details, and both editors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import grade
from timeline_app.core.model.edits import SetSourceFields
from timeline_app.core.model.timeline import Claim, Timeline
from timeline_app.ui.claims_editor import ClaimDraft, ClaimsEditor
from timeline_app.ui.claims_view import grade_line, source_line
from timeline_app.ui.details import DetailsPanel
from timeline_app.ui.document import Document
from timeline_app.ui.grade_fields import not_graded
from timeline_app.ui.models.sources import RELIABILITY, SOURCE_ID_ROLE, SourcesModel
from timeline_app.ui.sources_editor import SourceForm
from timeline_app.ui.sources_panel import SourcesPanel


@pytest.fixture
def graded(seed_timeline: Timeline) -> Timeline:
    return grade(seed_timeline, {"kcna": 5})


def _doc(t: Timeline) -> Document:
    doc = Document()
    doc.set_timeline(t, None)
    return doc


def test_sources_panel_shows_and_sorts_by_reliability(qtbot, graded: Timeline) -> None:
    model = SourcesModel(_doc(graded))
    panel = SourcesPanel(model)
    qtbot.addWidget(panel)
    assert not panel.view.header().isSectionHidden(RELIABILITY)  # the document grades
    model.sort(RELIABILITY, Qt.SortOrder.AscendingOrder)
    ids = [model.index(r, 0).data(SOURCE_ID_ROLE) for r in range(model.rowCount())]
    assert ids[:2] == ["nis", "kcna"]  # B before E, then the ungraded
    row = ids.index("kcna")
    assert model.index(row, RELIABILITY).data() == "E"
    assert model.index(row, RELIABILITY).data(Qt.ItemDataRole.ToolTipRole) == "E (unreliable)"
    assert "reliability E (unreliable)" in model.index(row, 0).data(
        Qt.ItemDataRole.AccessibleTextRole)
    ungraded = ids[-1]
    assert model.index(ids.index(ungraded), RELIABILITY).data() == ""
    assert model.index(ids.index(ungraded), RELIABILITY).data(
        Qt.ItemDataRole.ToolTipRole) == "not graded"


def test_reliability_column_hidden_when_nothing_is_graded(qtbot, seed_timeline) -> None:
    panel = SourcesPanel(SourcesModel(_doc(seed_timeline)))
    qtbot.addWidget(panel)
    assert panel.view.header().isSectionHidden(RELIABILITY)
    panel.show_reliability_column(True)
    assert not panel.view.header().isSectionHidden(RELIABILITY)


def test_details_show_each_claims_grade(qtbot, graded: Timeline) -> None:
    event = next(e for e in graded.events if any(c.source == "kcna" for c in e.claims))
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 900)
    panel.show()
    panel.set_event(graded, event)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    grades = [w for w in panel.findChildren(QLabel) if w.accessibleName() == "Grade"
              and w.isVisibleTo(panel)]
    assert grades and grades[0].text() == "KCNA · E5"
    assert grades[0].toolTip() == "E: unreliable; 5: improbable"


def test_grade_line_and_source_line(graded: Timeline) -> None:
    kcna = graded.sources["kcna"]
    assert grade_line(Claim("kcna", credibility=5), kcna) == (
        "KCNA · E5", "E: unreliable; 5: improbable")
    assert grade_line(Claim("kcna"), kcna) == ("KCNA · E", "E: unreliable")
    ungraded = graded.sources["us"]
    assert grade_line(Claim("us"), ungraded) is None
    assert grade_line(Claim("us", credibility=2), ungraded) == (
        f"{ungraded.name} · 2", "2: probably true")
    assert source_line(kcna).endswith("reliability E (unreliable)")


def test_source_form_reliability_is_one_undo_step(qtbot, graded: Timeline) -> None:
    doc = _doc(graded)
    kcna = graded.sources["kcna"]
    form = SourceForm(graded.sources, kcna)
    qtbot.addWidget(form)
    combo = form.reliability
    assert combo.itemText(0) == not_graded()
    assert combo.itemText(2) == "B — usually reliable"
    assert combo.currentData() == "E"
    combo.setCurrentIndex(combo.findData("C"))
    changed = {k: v for k, v in form.values().items() if getattr(kcna, k) != v}
    assert changed == {"reliability": "C"}
    doc.push(SetSourceFields(kcna, **changed))
    assert graded.sources["kcna"].reliability == "C"
    doc.undo_stack.undo()
    assert graded.sources["kcna"].reliability == "E"


def test_claims_editor_credibility(qtbot, graded: Timeline) -> None:
    claims = [Claim("kcna", "said", credibility=5), Claim("nis", "denied")]
    editor = ClaimsEditor(graded.sources, claims)
    qtbot.addWidget(editor)
    editor.show()
    combo = editor.credibility
    assert combo.currentData() == 5 and combo.currentText() == "5 — improbable"
    combo.setCurrentIndex(combo.findData(3))
    assert [c.credibility for c in editor.claims()] == [3, None]
    editor.table.setCurrentIndex(editor.model.index(1, 0))  # as a click or an arrow key
    assert combo.currentText() == not_graded()
    assert ClaimDraft.of(claims[0]).claim() == claims[0]  # the grade survives a round trip


def test_filter_bar_filters_by_grades(qtbot, graded: Timeline, seed_timeline) -> None:
    from timeline_app.ui.filter_bar import FilterBar
    from timeline_app.ui.settings import FileState
    from timeline_app.ui.window_state import filter_from_state

    doc = Document()
    bar = FilterBar(doc)
    qtbot.addWidget(bar)
    bar.resize(2400, 40)  # wide enough that no control goes to the overflow menu
    bar.show()
    doc.set_timeline(graded, None)
    assert bar.reliability.isVisible() and bar.credibility.isVisible()
    assert bar.reliability.itemText(2) == "Rel. B or better"
    assert bar.reliability.itemData(2, Qt.ItemDataRole.ToolTipRole) == (
        "sources graded B (usually reliable) or better")
    bar.reliability.setCurrentIndex(bar.reliability.findData("B"))
    assert doc.filter.min_reliability == "B"
    shown = {graded.events[i].id for i in doc.mask.nonzero()[0]}
    assert shown == {e.id for e in graded.events
                     if any(c.source == "nis" for c in e.claims)}  # NIS is the only B
    assert "reliability B or better" in bar.summary.text()
    bar.credibility.setCurrentIndex(bar.credibility.findData(2))
    assert doc.visible_count() == 0  # no NIS claim is graded 2 or better
    state = FileState(min_reliability="B", min_credibility=2)
    assert filter_from_state(state).min_credibility == 2
    assert filter_from_state(FileState(min_reliability="Q")).min_reliability is None
    bar.clear()
    assert doc.filter.is_empty() and bar.reliability.currentIndex() == 0
    plain_doc = Document()
    plain = FilterBar(plain_doc)
    qtbot.addWidget(plain)
    plain.resize(2400, 40)
    plain.show()
    plain_doc.set_timeline(load_plain(), None)
    QCoreApplication.processEvents()  # the tool bar lays out its hidden actions later
    assert not plain.reliability.isVisible()  # nothing graded: no grade filters


def load_plain() -> Timeline:
    from tests.conftest import SEED
    from timeline_app.core.formats.registry import load_path
    return load_path(SEED).timeline
