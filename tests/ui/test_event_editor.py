"""The event editor: live validation, one undoable edit out, nothing touched before that."""

from __future__ import annotations

from types import MappingProxyType

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from tests.conftest import SEED
from timeline_app.core.formats.ids import generated_id
from timeline_app.core.formats.registry import load_path
from timeline_app.core.model.dates import parse_date
from timeline_app.core.model.edits import AddEvents, Compound, SetEventFields
from timeline_app.core.model.timeline import Claim, Event, Stance, Status, Timeline
from timeline_app.ui import claims_editor
from timeline_app.ui.claims_editor import ClaimDraft, ClaimsModel, parse_value, value_text
from timeline_app.ui.document import Document
from timeline_app.ui.event_editor import EventEditor, split_tags

KURSK = "kursk-retaken-claim"


def event_of(timeline: Timeline, event_id: str) -> Event:
    return next(e for e in timeline.events if e.id == event_id)


@pytest.fixture
def doc(qtbot, seed_timeline: Timeline) -> Document:
    document = Document()
    document.set_timeline(seed_timeline, None)
    return document


def open_editor(qtbot, timeline: Timeline, event: Event | None, **kw) -> EventEditor:
    editor = EventEditor(timeline, event, **kw)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()  # shortcuts and mnemonics need the active window
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    """Select all and type over, as a user would."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClicks(edit, text)


def apply(qtbot, editor: EventEditor):
    assert editor.apply_button.isEnabled(), editor.problems()
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert editor.result() == QDialog.DialogCode.Accepted
    return editor.edit()


# -- validation ------------------------------------------------------------------------------
def test_invalid_start_disables_apply_and_says_why(qtbot, doc: Document) -> None:
    editor = open_editor(qtbot, doc.timeline, event_of(doc.timeline, KURSK))
    assert editor.apply_button.isEnabled()
    assert editor.start.hint.text() == "Stored as 2025-04~ → " + parse_date("2025-04~").describe()
    retype(qtbot, editor.start.edit, "2025-13")
    assert not editor.apply_button.isEnabled()
    assert editor.start.hint.text() == "month 13 does not exist"
    assert editor.start.hint.is_error and editor.start.hint.isVisible()
    assert editor.problem.text() == "Start: month 13 does not exist"
    QTest.keyClick(editor.start.edit, Qt.Key.Key_Backspace)
    QTest.keyClicks(editor.start.edit, "0")
    assert editor.apply_button.isEnabled()
    assert editor.start.hint.text() == "Stored as 2025-10 → Oct 2025 (1–31 Oct 2025)"
    assert not editor.start.hint.is_error


def test_end_before_start_is_an_error_and_open_dates_are_allowed(qtbot, doc: Document) -> None:
    editor = open_editor(qtbot, doc.timeline, event_of(doc.timeline, KURSK))
    retype(qtbot, editor.end.edit, "2024-12")
    assert editor.end.hint.text() == "end is before the start"
    assert not editor.apply_button.isEnabled()
    retype(qtbot, editor.start.edit, "2024")  # moving the start re-checks the end
    assert editor.end.valid and editor.apply_button.isEnabled()
    retype(qtbot, editor.end.edit, "..")
    assert editor.end.hint.text() == "Stored as .. → open (unknown)"
    assert editor.apply_button.isEnabled()
    retype(qtbot, editor.end.edit, "")
    assert editor.end.date is None and editor.end.hint.isHidden()


def test_empty_title_or_bad_claim_blocks_apply(qtbot, doc: Document) -> None:
    editor = open_editor(qtbot, doc.timeline, event_of(doc.timeline, KURSK))
    retype(qtbot, editor.title, "   ")
    assert not editor.apply_button.isEnabled()
    assert editor.title_hint.text() == "a title is needed"
    retype(qtbot, editor.title, "Kursk")
    claims = editor.claims
    claims.table.selectRow(1)
    retype(qtbot, claims.value, "1,200")
    assert claims.value_hint.text() == "write the figure without separators, e.g. 1200"
    assert editor.problems() == ["Claim 2: write the figure without separators, e.g. 1200"]
    assert not editor.apply_button.isEnabled()
    retype(qtbot, claims.value, "1200")
    retype(qtbot, claims.published.edit, "2025-02-30")
    assert claims.published.hint.text() == "day 30 is not in February"
    assert not editor.apply_button.isEnabled()
    retype(qtbot, claims.published.edit, "2025-02")
    assert editor.apply_button.isEnabled()
    # Enter on a disabled Apply must not accept either.
    retype(qtbot, editor.title, "")
    QTest.keyClick(editor.title, Qt.Key.Key_Return)
    assert editor.isVisible() and editor.edit() is None


# -- results ---------------------------------------------------------------------------------
def test_title_edit_is_one_undoable_step(qtbot, doc: Document) -> None:
    event = event_of(doc.timeline, KURSK)
    before = load_path(SEED).timeline
    editor = open_editor(qtbot, doc.timeline, event)
    retype(qtbot, editor.title, "Russia says Kursk is retaken")
    assert event.title == "Russia claims Kursk region retaken"  # the dialog edits copies
    edit = apply(qtbot, editor)
    assert isinstance(edit, SetEventFields)
    assert edit.text == "Edit Event"
    assert edit.new == {"title": "Russia says Kursk is retaken"}
    doc.push(edit)
    assert event.title == "Russia says Kursk is retaken"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.timeline == before


def test_unchanged_dialog_gives_no_edit(qtbot, doc: Document) -> None:
    editor = open_editor(qtbot, doc.timeline, event_of(doc.timeline, "casualty-estimates"))
    assert apply(qtbot, editor) is None


def test_escape_rejects_without_an_edit(qtbot, doc: Document) -> None:
    editor = open_editor(qtbot, doc.timeline, event_of(doc.timeline, KURSK))
    retype(qtbot, editor.title, "Something else")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.result() == QDialog.DialogCode.Rejected
    assert not editor.isVisible()
    assert editor.edit() is None


def test_new_event_gets_an_id_and_the_prefilled_start(qtbot, doc: Document) -> None:
    timeline = doc.timeline
    n = len(timeline.events)
    editor = open_editor(qtbot, timeline, None, default_start="2024-10")
    assert editor.windowTitle() == "New Event"
    assert editor.start.text() == "2024-10"
    assert not editor.apply_button.isEnabled()
    assert not editor.problem.is_error  # not red before the user typed anything
    QTest.keyClicks(editor.title, "Troops seen near Kursk")
    QTest.keyClicks(editor.tags, "kursk, sightings")
    edit = apply(qtbot, editor)
    assert isinstance(edit, AddEvents) and edit.text == "New Event"
    [(index, event)] = edit.items
    assert index == n
    taken = {e.id for e in timeline.events}
    assert event.id == generated_id("Troops seen near Kursk", "2024-10", taken)
    assert event.start == parse_date("2024-10") and event.end is None
    assert event.tags == ("kursk", "sightings") and event.status_set is None
    doc.push(edit)
    assert doc.event_by_id(event.id) is event
    doc.undo_stack.undo()
    assert len(timeline.events) == n


def test_claim_from_a_new_source_is_one_undo_step(qtbot, doc: Document, monkeypatch) -> None:
    timeline = doc.timeline
    event = event_of(timeline, KURSK)
    before = load_path(SEED).timeline
    editor = open_editor(qtbot, timeline, event)
    claims = editor.claims
    asked: list[str] = []

    def ask(parent, sources):
        asked.append(",".join(sorted(sources)))
        return {"name": "Institute for the Study of War", "kind": "think tank",
                "url": "https://understandingwar.org"}

    monkeypatch.setattr(claims_editor, "ask_new_source", ask)
    qtbot.mouseClick(claims.add_button, Qt.MouseButton.LeftButton)
    assert claims.model.rowCount() == 4 and claims.current_row() == 3  # appended, selected
    assert claims.source.hasFocus() and claims.source.currentIndex() == -1
    assert claims.quote.toPlainText() == "" and claims.value.text() == ""
    assert claims.published.text() == "" and claims.url.text() == ""
    assert editor.problems() == ["Claim 4: choose a source"]
    QTest.keyClick(claims.source, Qt.Key.Key_End)  # "New source…", the last item
    assert len(asked) == 1 and "gerasimov" in asked[0]
    assert claims.source.currentText() == "Institute for the Study of War"
    QTest.keyClicks(claims.quote, "Russian forces have likely retaken most of Kursk")
    QTest.keyClicks(claims.published.edit, "2025-03")
    edit = apply(qtbot, editor)
    assert isinstance(edit, Compound) and edit.text == "Edit Event"
    doc.push(edit)
    assert doc.undo_stack.count() == 1
    assert timeline.sources["institute-for-the-study-of-war"].name == \
        "Institute for the Study of War"
    isw = timeline.sources["institute-for-the-study-of-war"]
    assert (isw.kind, isw.url) == ("think tank", "https://understandingwar.org")
    claim = event.claims[3]
    assert claim.source == "institute-for-the-study-of-war"
    assert claim.text == "Russian forces have likely retaken most of Kursk"
    assert claim.published == parse_date("2025-03")
    doc.undo_stack.undo()
    assert timeline == before


def test_cancelled_new_source_keeps_the_old_one(qtbot, doc: Document, monkeypatch) -> None:
    editor = open_editor(qtbot, doc.timeline, event_of(doc.timeline, KURSK))
    monkeypatch.setattr(claims_editor, "ask_new_source", lambda parent, sources: None)
    claims = editor.claims
    claims.source.setFocus()
    QTest.keyClick(claims.source, Qt.Key.Key_End)
    assert claims.source.currentData() == "gerasimov"
    assert claims.new_sources == []


def test_new_source_with_an_existing_name_reuses_it(qtbot, doc: Document, monkeypatch) -> None:
    editor = open_editor(qtbot, doc.timeline, event_of(doc.timeline, KURSK))
    assert editor.claims.create_source("  kcna ") == "kcna"
    made = editor.claims.create_source("KCNA Watch")
    assert made == "kcna-watch" and editor.claims.new_sources[0].name == "KCNA Watch"
    assert editor.claims.cited_new_sources() == []  # made but cited by no claim: not added


def test_removing_and_editing_claims(qtbot, doc: Document) -> None:
    timeline = doc.timeline
    event = event_of(timeline, KURSK)
    editor = open_editor(qtbot, timeline, event)
    claims = editor.claims
    assert editor.status.currentData() == "disputed"
    editor.status.setCurrentIndex(0)
    assert editor.status.currentText() == "Derived from claims (currently: disputed)"
    claims.table.setFocus()
    claims.table.selectRow(1)  # Ukraine's General Staff denies
    QTest.keyClick(claims.table, Qt.Key.Key_Delete)
    assert [d.source for d in claims.model.drafts] == ["gerasimov", "kcna"]
    assert editor.status.currentText() == "Derived from claims (currently: reported)"
    claims.table.selectRow(0)
    claims.stance.setCurrentIndex(claims.stance.findData(Stance.DENIES))
    retype(qtbot, claims.value, "2.5")
    QTest.keyClicks(claims.unit, "km")
    assert editor.status.currentText() == "Derived from claims (currently: disputed)"
    edit = apply(qtbot, editor)
    assert set(edit.new) == {"claims", "status_set"}
    doc.push(edit)
    assert event.status_set is None
    first = event.claims[0]
    assert first.stance is Stance.DENIES and first.value == 2.5 and first.unit == "km"
    assert len(event.claims) == 2


def test_unknown_fields_survive_an_edit(qtbot, doc: Document) -> None:
    timeline = doc.timeline
    event = event_of(timeline, KURSK)
    event.extra = {"media": {"url": "https://example.org/a.jpg"}, "x-rank": 3}
    event.claims[0].extra = MappingProxyType({"confidence": "low"})
    editor = open_editor(qtbot, timeline, event)
    retype(qtbot, editor.title, "Renamed")
    editor.claims.table.selectRow(0)
    editor.claims.quote.setFocus()
    QTest.keyClick(editor.claims.quote, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor.claims.quote, " (sic)")
    editor.status.setCurrentIndex(editor.status.findData(Status.CONFIRMED))
    doc.push(apply(qtbot, editor))
    assert event.extra == {"media": {"url": "https://example.org/a.jpg"}, "x-rank": 3}
    assert event.claims[0].extra == {"confidence": "low"}
    assert event.claims[0].text.endswith(" (sic)")
    assert event.status_set is Status.CONFIRMED  # a real enum, not Qt's plain str


def test_figures_keep_their_type_when_untouched(qtbot, doc: Document) -> None:
    event = event_of(doc.timeline, "nis-report-2025-01")
    event.claims[0].value = 300.0  # as a CSV import might have it
    editor = open_editor(qtbot, doc.timeline, event)
    assert editor.claims.value.text() == "300"
    retype(qtbot, editor.title, "NIS casualty figures")
    edit = apply(qtbot, editor)
    assert set(edit.new) == {"title"}
    assert [claim.value for claim in editor.claims.claims()][:2] == [300.0, 2700]
    assert type(editor.claims.claims()[1].value) is int


# -- tags --------------------------------------------------------------------------------------
def test_tags_complete_the_word_being_typed(qtbot, doc: Document) -> None:
    editor = open_editor(qtbot, doc.timeline, event_of(doc.timeline, KURSK))
    editor.tags.setFocus()
    editor.tags.end(False)
    QTest.keyClicks(editor.tags, ", dep")
    completer = editor.completer
    assert completer.completionPrefix() == "kursk, dep"
    assert completer.splitPath(editor.tags.text()) == ["dep"]
    assert completer.currentCompletion() == "kursk, deployment"
    popup = completer.popup()
    assert popup.isVisible()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert editor.tags.text() == "kursk, deployment"
    edit = apply(qtbot, editor)
    assert edit.new == {"tags": ("kursk", "deployment")}


def test_split_tags() -> None:
    assert split_tags(" a, b ,,a , c") == ("a", "b", "c")
    assert split_tags("") == ()


# -- accessibility and safety ---------------------------------------------------------------
def test_every_input_is_named_and_every_label_has_a_buddy(qtbot, doc: Document) -> None:
    editor = open_editor(qtbot, doc.timeline, event_of(doc.timeline, KURSK))
    inputs = [*editor.findChildren(QLineEdit), *editor.findChildren(QPlainTextEdit),
              *editor.findChildren(QComboBox), *editor.findChildren(QAbstractItemView)]
    inputs = [w for w in inputs if w.isVisibleTo(editor) and not isinstance(w, QHeaderView)]
    assert all(w.accessibleName() for w in inputs), [w for w in inputs if not w.accessibleName()]
    labels = [lb for lb in editor.findChildren(QLabel) if "&" in lb.text()]
    assert len(labels) >= 13
    assert all(lb.buddy() is not None for lb in labels)
    keys = [lb.text()[lb.text().index("&") + 1].lower() for lb in labels]
    keys += ["m", "r", "i", "a"]  # Add Claim, Remove Claim, Claims box, Apply
    assert len(keys) == len(set(keys)), sorted(keys)
    QTest.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert editor.claims.published.edit.hasFocus()


def test_file_text_is_shown_as_plain_text(qtbot) -> None:
    hostile = '<img src="file:///etc/passwd"><b>x</b>'
    timeline = Timeline(sources=[], events=[])
    event = Event("e", hostile, parse_date("2024"), claims=[Claim("ghost", hostile, value=1)])
    editor = open_editor(qtbot, timeline, event)
    assert editor.title.text() == hostile
    assert editor.claims.source.currentText() == "ghost (not in the sources)"
    for label in editor.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or "&" in label.text() or \
            not label.text()
    assert apply(qtbot, editor) is None  # an unknown source id is kept, not an error


def test_claims_model(qtmodeltester) -> None:
    drafts = [ClaimDraft("kcna", "said so", "12"), ClaimDraft("", "x", "abc")]
    model = ClaimsModel(drafts, str.upper)
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "KCNA"
    assert model.index(0, 3).data() == "12"
    assert model.index(1, 0).data() == "(choose)"
    tip = model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "choose a source" in tip and "<br>" in tip


@pytest.mark.parametrize(("text", "value"), [("", None), ("12", 12), ("2.5", 2.5),
                                             ("-3e2", -300.0), (" 7 ", 7)])
def test_parse_value(text: str, value: float | None) -> None:
    assert parse_value(text) == value
    assert type(parse_value(text)) is type(value)


@pytest.mark.parametrize("text", ["abc", "1,200", "inf", "nan"])
def test_parse_value_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_value(text)


def test_value_text_round_trips() -> None:
    for value in (None, 3, 2.5, 300.0, 1e20):
        assert parse_value(value_text(value)) == value


# -- dates as people type them ---------------------------------------------------------------
@pytest.mark.parametrize(("typed", "stored"), [
    ("28 April 2025", "2025-04-28"), ("April 2025", "2025-04"), ("Apr 2025", "2025-04"),
    ("2025-04-28", "2025-04-28"), ("spring 2025", "2025-21"), ("April 28, 2025", "2025-04-28"),
    ("about April 2025", "2025-04~"), ("c. 2024", "2024~"), ("Oct 2024?", "2024-10?")])
def test_typed_dates_show_and_store_their_edtf(qtbot, doc: Document, typed, stored) -> None:
    editor = open_editor(qtbot, doc.timeline, event_of(doc.timeline, KURSK))
    retype(qtbot, editor.start.edit, typed)
    assert editor.start.hint.text().startswith(f"Stored as {stored} → ")
    assert not editor.start.hint.is_error
    retype(qtbot, editor.end.edit, "")
    assert editor.values()["start"].text == stored
    edit = apply(qtbot, editor)
    if edit is not None:  # "about April 2025" is what the event already says
        doc.push(edit)
    assert event_of(doc.timeline, KURSK).start.text == stored


@pytest.mark.parametrize("typed", ["30 February 2025", "Foo 2025", "04/05/2025"])
def test_untypable_dates_stay_errors(qtbot, doc: Document, typed) -> None:
    editor = open_editor(qtbot, doc.timeline, event_of(doc.timeline, KURSK))
    retype(qtbot, editor.start.edit, typed)
    assert editor.start.hint.is_error and not editor.apply_button.isEnabled()


def test_calendar_picks_a_day(qtbot, doc: Document) -> None:
    editor = open_editor(qtbot, doc.timeline, event_of(doc.timeline, KURSK))
    retype(qtbot, editor.start.edit, "2024-10-18")
    qtbot.mouseClick(editor.start.calendar_button, Qt.MouseButton.LeftButton)
    calendar = editor.start.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2024, 10, 18)
    calendar.setSelectedDate(QDate(2024, 10, 21))
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert editor.start.text() == "2024-10-21" and not calendar.isVisible()
