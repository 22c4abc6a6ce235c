"""The event editor dialog: every field of one event, validated live, returned as one edit.

The dialog edits copies and never touches the document: after `exec()` the caller asks
`edit()` for a single undoable edit (or None) and pushes it, so cancelling needs no cleanup
and a new source made for a claim is added in the same undo step as the claim.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.formats.ids import generated_id
from timeline_app.core.model.dates import EDate
from timeline_app.core.model.edits import AddEvents, AddSource, Compound, Edit, SetEventFields
from timeline_app.core.model.timeline import Claim, Event, Status, Timeline, derive_status
from timeline_app.core.model.zoned import UTC_CLOCK, Clock
from timeline_app.ui.claims_editor import ClaimsEditor
from timeline_app.ui.form_fields import DateField, Hint, add_row, line_edit, too_long, with_hint
from timeline_app.ui.i18n import tr
from timeline_app.ui.read_only import make_read_only


def status_labels() -> dict[Status, str]:
    """The statuses to choose from, as the Status box lists them."""
    return {Status.REPORTED: tr("Reported"), Status.CONFIRMED: tr("Confirmed"),
            Status.DISPUTED: tr("Disputed"), Status.DENIED: tr("Denied")}


def derived_words() -> dict[Status, str]:
    """A status derived from the claims, inside "Derived from claims (currently: …)"."""
    return {Status.REPORTED: tr("reported"), Status.CONFIRMED: tr("confirmed"),
            Status.DISPUTED: tr("disputed"), Status.DENIED: tr("denied")}


def split_tags(text: str) -> tuple[str, ...]:
    """Comma-separated tags, trimmed, without blanks or repeats, in the order typed."""
    return tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


class TagCompleter(QCompleter):
    """Completes the comma-separated tag under the cursor, not the whole line."""

    def __init__(self, tags: list[str], edit: QLineEdit) -> None:
        super().__init__(edit)
        self.setModel(QStringListModel(tags, self))  # owned: an unparented model is collected
        self._edit = edit
        self._cursor = 0
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit.setCompleter(self)
        self.activated.connect(self._place_cursor)

    def _span(self, text: str) -> tuple[int, int]:
        """Start and end of the tag being typed: the one holding the cursor."""
        pos = self._edit.cursorPosition() if self._edit.text() == text else len(text)
        start = text.rfind(",", 0, pos) + 1
        end = text.find(",", pos)
        return start, len(text) if end < 0 else end

    def splitPath(self, path: str) -> list[str]:
        start, end = self._span(path)
        return [path[start:end].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        text = self._edit.text()
        start, end = self._span(text)
        head = text[:start] + (" " if start else "") + str(index.data(Qt.ItemDataRole.EditRole))
        self._cursor = len(head)
        return head + text[end:]

    def _place_cursor(self, _text: str) -> None:
        self._edit.setCursorPosition(self._cursor)


class EventEditor(QDialog):
    """Edit an existing event, or make a new one (`event=None`), in a dialog.

    `known_tags` (e.g. `document.index.tag_names`) saves a pass over a large document.
    """

    def __init__(self, timeline: Timeline, event: Event | None, parent: QWidget | None = None,
                 *, default_start: str = "", known_tags: Iterable[str] | None = None,
                 default_claims: Iterable[Claim] = (), read_only: bool = False,
                 clock: Clock = UTC_CLOCK) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.original = event
        self.setWindowTitle(tr("Edit Event") if event is not None else tr("New Event"))

        self.title = line_edit(self, tr("Title"))
        self.title_hint = Hint(self)
        self.start = DateField(tr("Start"), required=True, parent=self)
        self.end = DateField(tr("End"), required=False, parent=self)
        self.start.clock = self.end.clock = clock
        self.end.check = self._check_end
        self.status = QComboBox(self)
        self.status.setAccessibleName(tr("Status"))
        self.status.addItem("", None)  # "Derived from claims (currently: …)", set below
        for status, label in status_labels().items():
            self.status.addItem(label, status)
        self.tags = line_edit(self, tr("Tags"), tr("comma-separated, e.g. deployment, kursk"),
                              32767)
        if known_tags is None:
            known_tags = dict.fromkeys(t for e in timeline.events for t in e.tags)
        self.completer = TagCompleter(sorted(known_tags, key=str.casefold), self.tags)
        self.location = line_edit(self, tr("Location"))
        self.description = QPlainTextEdit(self)
        self.description.setAccessibleName(tr("Description"))
        self.description.setTabChangesFocus(True)
        claims = event.claims if event else list(default_claims)
        self.claims = ClaimsEditor(timeline.sources, claims, self)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(tr("&Apply"))
        self.apply_button.setAccessibleName(tr("Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = Hint(self)

        form = QFormLayout()
        add_row(form, tr("&Title"), with_hint(self.title, self.title_hint))
        add_row(form, tr("&Start"), self.start)
        add_row(form, tr("&End"), self.end)
        add_row(form, tr("Stat&us"), self.status)
        add_row(form, tr("Ta&gs"), self.tags)
        add_row(form, tr("&Location"), self.location)
        add_row(form, tr("&Description"), self.description)
        claims_box = QGroupBox(tr("Cla&ims"), self)
        box = QVBoxLayout(claims_box)
        box.addWidget(self.claims)
        columns = QHBoxLayout()
        columns.addLayout(form, 4)
        columns.addWidget(claims_box, 5)
        footer = QHBoxLayout()
        footer.addWidget(self.problem, 1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(footer)

        self._fill(event, default_start)
        self._title_touched = event is not None  # no red before the user typed anything
        self.title.textEdited.connect(lambda: setattr(self, "_title_touched", True))
        self.title.textChanged.connect(self._update)
        self.start.changed.connect(self.end.validate)  # end's check depends on the start
        self.end.changed.connect(self._update)
        self.claims.changed.connect(self._update)
        self.description.textChanged.connect(self._update)
        self._update()
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(1040, 640)
        self.read_only = read_only  # View > Lock editing: a viewer that returns no edit
        if read_only:
            make_read_only(self, self.buttons)

    def _fill(self, event: Event | None, default_start: str) -> None:
        if event is None:
            self.start.set_text(default_start)
            return
        self.title.setText(event.title)
        self.start.set_text(event.start.text)
        self.end.set_text(event.end.text if event.end is not None else "")
        self.status.setCurrentIndex(max(0, self.status.findData(event.status_set)))
        self.tags.setText(", ".join(event.tags))
        self.location.setText(event.location)
        self.description.setPlainText(event.description)

    # -- validation ----------------------------------------------------------------------------
    def _check_end(self, end: EDate) -> str:
        start = self.start.date
        if start is None:
            return ""
        if start.is_open and end.is_open:
            return tr("the start and end cannot both be unknown")
        return tr("end is before the start") if end.latest <= start.earliest else ""

    def problems(self) -> list[str]:
        """What keeps Apply disabled, for the footer (first one shown)."""
        found = [] if self.title.text().strip() else [tr("The event needs a title.")]
        if self.start.error:
            found.append(tr("Start: {problem}").format(problem=self.start.error))
        if self.end.error:
            found.append(tr("End: {problem}").format(problem=self.end.error))
        found += too_long(tr("The description"), self.description.toPlainText())
        return found + self.claims.problems()

    def _update(self) -> None:
        try:
            status = derive_status(self.claims.claims())
            derived = derived_words().get(status, status.value)
        except (ValueError, TypeError):  # a claim still being typed
            derived = "…"
        self.status.setItemText(0, tr("Derived from claims (currently: {status})").format(
            status=derived))
        empty = not self.title.text().strip()
        shout = not empty or self._title_touched
        self.title_hint.show_message(tr("a title is needed") if empty and shout else "", error=True)
        problems = self.problems()
        self.apply_button.setEnabled(not problems)
        self.problem.show_message(problems[0] if problems else "", error=shout)

    def accept(self) -> None:
        if not self.problems():  # the Enter key must not get past a disabled Apply
            super().accept()

    # -- result --------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        """Every field as the dialog now has it (valid only when `problems()` is empty)."""
        old = self.original
        title = self.title.text()
        if old is None or title != old.title:
            title = title.strip()
        start = self.start.date
        status = self.status.currentData()  # Qt hands StrEnum data back as plain str
        tags = split_tags(self.tags.text())
        if old is not None and tags == split_tags(", ".join(old.tags)):
            tags = old.tags
        return {"title": title, "start": start, "end": self.end.date,
                "description": self.description.toPlainText(), "tags": tags,
                "location": self.location.text(), "status_set": Status(status) if status else None,
                "claims": self.claims.claims()}

    def edit(self) -> Edit | None:
        """The one edit to push after the dialog was accepted, or None (cancelled, or
        nothing changed). Only fields that changed are set; `extra` is never touched."""
        if self.result() != QDialog.DialogCode.Accepted or self.problems() or self.read_only:
            return None
        values = self.values()
        sources = self.claims.cited_new_sources()
        if self.original is None:
            taken = {e.id for e in self.timeline.events}
            start = values["start"]
            assert isinstance(start, EDate)
            event = Event(generated_id(str(values["title"]), start.text, taken),
                          **{k: v for k, v in values.items() if k != "status_set"},
                          status=values["status_set"])  # type: ignore[arg-type]
            return AddEvents([(len(self.timeline.events), event)], text=tr("New Event"),
                             sources=sources)
        old = self.original
        changed = {k: v for k, v in values.items() if getattr(old, k) != v}
        if not changed:
            return None
        fields = SetEventFields(old, text=tr("Edit Event"), **changed)
        if not sources:
            return fields
        return Compound([*(AddSource(s) for s in sources), fields], tr("Edit Event"))
