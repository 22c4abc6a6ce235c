"""The proposals tree of the article review: its columns, what each row keeps, and the
delegate that decides which cells can be edited.

An event proposal that matches an event of the document has an Into choice: its claims go
into that event (whose title and date are the document's and cannot be edited here), or
into a new event (whose title and date the user may correct). A claim's Kind and Country
are editable only for a source the article introduces; a source of the document is changed
in Edit > Sources…, never by an import.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidgetItem,
    QWidget,
)

from timeline_app.core.extract.grouping import EventProposal
from timeline_app.core.extract.proposals import Extraction
from timeline_app.core.extract.reader import ClaimProposal
from timeline_app.core.model.dates import DateError, parse_date, parse_interval
from timeline_app.core.model.timeline import Event, Stance
from timeline_app.ui.disagreements import format_value
from timeline_app.ui.i18n import number, tr
from timeline_app.ui.safe_text import elide

COLUMN_COUNT = 10
(DECISION_COL, TEXT, INTO, DATE, SOURCE, STANCE, FIGURE, UNIT, KIND,
 COUNTRY) = range(COLUMN_COUNT)


def column_labels() -> list[str]:
    return [tr("Decision"), tr("Proposal"), tr("Into"), tr("Date"), tr("Source"),
            tr("Stance"), tr("Figure"), tr("Unit"), tr("Kind"), tr("Country")]

ROLE = Qt.ItemDataRole.UserRole             # ("event", EventProposal) or ("claim", Claim…)
DECISION = Qt.ItemDataRole.UserRole + 1     # pending / accepted / rejected
TARGET = Qt.ItemDataRole.UserRole + 2       # an event row: EXISTING or NEW
KEPT = Qt.ItemDataRole.UserRole + 3         # an event row: the new event's (title, date)
SOURCE_ID = Qt.ItemDataRole.UserRole + 4    # a claim row: the id of the source it cites
NEW_SOURCE = Qt.ItemDataRole.UserRole + 5   # a claim row: True when that source is new
MATCHED = Qt.ItemDataRole.UserRole + 6      # an event row: the document event's (title, date)

EXISTING, NEW = "existing", "new"

CLAIM_EDITABLE = {DATE, SOURCE, STANCE, FIGURE, UNIT}
SOURCE_FIELDS = (KIND, COUNTRY)


def new_event() -> str:
    """The Into choice of a new event (the cell's text, compared when it changes)."""
    return tr("new event")


def existing_label(title: str) -> str:
    return tr("existing event “{title}”").format(title=elide(title, 60))


def is_event(index: QModelIndex | QPersistentModelIndex) -> bool:
    return not index.parent().isValid()


def editable(index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether the cell at `index` may be edited, by the rules in the module's docstring."""
    column = index.column()
    row = index.siblingAtColumn(0)
    if is_event(index):
        if column == INTO:
            return row.data(TARGET) is not None  # a choice only where there is a match
        return column in (TEXT, DATE) and row.data(TARGET) != EXISTING
    if column in SOURCE_FIELDS:
        return bool(row.data(NEW_SOURCE))
    return column in CLAIM_EDITABLE


class ReviewDelegate(QStyledItemDelegate):
    """No editor where a cell is read-only; a combo box for Into."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget | None:
        if not editable(index):
            return None
        if index.column() != INTO:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("intoChoice")
        combo.setAccessibleName(tr("Into"))
        title, _date = index.siblingAtColumn(0).data(MATCHED)
        combo.addItems([existing_label(title), new_event()])
        combo.activated.connect(lambda _i: self._done(combo))
        return combo

    def _done(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(1 if index.siblingAtColumn(0).data(TARGET) == NEW else 0)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
            return
        super().setModelData(editor, model, index)


PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
READ_ONLY = QColor(110, 110, 110)


def mark(decision: str) -> str:
    """The Decision cell of a row."""
    return {PENDING: "·", ACCEPTED: tr("✓ accept"), REJECTED: tr("✗ reject")}[decision]


def merged_tip() -> str:
    return tr("the document's event: only the new claims are added (choose “new event” "
              "under Into to edit its title and date)")


def event_row(event: EventProposal, existing: Event | None) -> QTreeWidgetItem:
    """The row of an event proposal; one matching `existing` is set to go into it (the
    dialog then shows that target)."""
    top = QTreeWidgetItem([mark(PENDING), event.title, new_event(), event_date(event)]
                          + [""] * (COLUMN_COUNT - 4))
    top.setData(0, ROLE, ("event", event))
    top.setFlags(top.flags() | Qt.ItemFlag.ItemIsEditable)
    if existing is None:
        top.setToolTip(TEXT, tr("a new event"))
        top.setToolTip(DATE, event.date_why)
        return top
    top.setData(0, MATCHED, (existing.title, existing.start.text
                             + (f"/{existing.end.text}" if existing.end else "")))
    top.setData(0, KEPT, (event.title, event_date(event)))
    top.setData(0, TARGET, EXISTING)
    top.setToolTip(INTO, tr("matches the document's event ({why}): its claims are added to "
                            "it, or choose “new event” to add one").format(why=event.match_why))
    return top


def claim_row(claim: ClaimProposal, source_name: str) -> QTreeWidgetItem:
    """The row of a claim proposal (its source's kind and country are set by the dialog)."""
    child = QTreeWidgetItem([
        mark(PENDING), elide(claim.text, 300), "", claim.published or "", source_name,
        claim.stance.value, format_value(claim.value) if claim.value is not None else "",
        claim.unit, "", ""])
    child.setData(0, ROLE, ("claim", claim))
    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
    child.setToolTip(DATE, claim.published_why)
    return child


def corrected(item: QTreeWidgetItem, claim: ClaimProposal) -> ClaimProposal:
    out = ClaimProposal(**{k: getattr(claim, k) for k in claim.__dataclass_fields__})
    out.source = item.data(0, SOURCE_ID) or claim.source
    out.stance = Stance(item.text(STANCE).strip() or "affirms")
    out.published = item.text(DATE).strip() or None
    value, unit = item.text(FIGURE).strip().replace(",", ""), item.text(UNIT).strip()
    if claim.figure is not None or value:
        amount = float(value) if value else None
        if amount is not None and amount.is_integer():
            amount = int(amount)
        out.figure = (replace(claim.figure, value=amount, unit=unit) if claim.figure
                      is not None and amount is not None else None)
    return out


def summary_text(events: int, claims: int, accepted: int, rejected: int, notes: str) -> str:
    """The line under the proposals: how many there are and how many are decided."""
    return tr("{events}, {claims}: {accepted} accepted, {rejected} rejected, {left} to "
              "review. {notes}").format(
        events=tr("%Ln event(s)", "", events), claims=tr("%Ln claim(s)", "", claims),
        accepted=number(accepted), rejected=number(rejected),
        left=number(claims - accepted - rejected), notes=notes)


def date_tip(item: QTreeWidgetItem) -> str:
    """Why a date cell holds its date (shown again once a bad date typed there is fixed)."""
    kind, proposal = item.data(0, ROLE)
    if kind == "claim":
        return proposal.published_why
    return merged_tip() if item.data(0, TARGET) == EXISTING else proposal.date_why


def event_date(event: EventProposal) -> str:
    return f"{event.start}/{event.end}" if event.end else event.start


def source_tip(extraction: Extraction, sid: str) -> str:
    book = extraction.reading.book
    if sid in book.existing:
        return tr("matches a source of the document")
    mention = book.new.get(sid)
    if mention is None:
        return ""
    if mention.aliases:
        return tr("new source: {name}, also “{aliases}”; confirm its kind and country (the "
                  "same on every row that cites it)").format(
            name=mention.name, aliases="”, “".join(sorted(mention.aliases)))
    return tr("new source: {name}; confirm its kind and country (the same on every row that "
              "cites it)").format(name=mention.name)

def cite(row: QTreeWidgetItem, sid: str, extraction: Extraction,
         peer: QTreeWidgetItem | None) -> None:
    """Point a claim row at source `sid`: its kind and country, editable when it is new
    (as `peer`, another row already proposing it, shows them, so the rows agree)."""
    book = extraction.reading.book
    new = sid not in book.existing
    row.setData(0, SOURCE_ID, sid)
    row.setData(0, NEW_SOURCE, new)
    if peer is not None:
        values = [peer.text(c) for c in SOURCE_FIELDS]
    elif new:
        mention = book.new.get(sid)
        values = [mention.kind, mention.country] if mention is not None else ["", ""]
    else:
        values = [book.existing[sid].kind, book.existing[sid].country]
    for column, value in zip(SOURCE_FIELDS, values, strict=True):
        row.setText(column, value)
        row.setForeground(column, QBrush() if new else QBrush(READ_ONLY))
        row.setToolTip(column, "" if new else tr("the document's source: change it in "
                                                 "Edit > Sources…"))
    row.setToolTip(SOURCE, source_tip(extraction, sid))


def check_cell(item: QTreeWidgetItem, column: int) -> None:
    """Check an edited cell now, so a bad date, stance or figure is said where it was
    typed (a red cell, the reason in its tooltip)."""
    kind, _proposal = item.data(0, ROLE)
    value = item.text(column).strip()
    problem = ""
    if column == DATE and value and not (kind == "event"
                                         and item.data(0, TARGET) == EXISTING):
        try:
            parse_interval(value) if kind == "event" else parse_date(value)
        except DateError as err:
            problem = str(err)
    elif column == STANCE and kind == "claim" and value not in ("affirms", "denies"):
        problem = tr("stance is affirms or denies")
    elif column == FIGURE and value:
        try:
            float(value.replace(",", ""))
        except ValueError:
            problem = tr("not a number: {value}").format(value=repr(value))
    item.setBackground(column, QBrush(QColor(255, 120, 120, 90)) if problem else QBrush())
    item.setToolTip(column, problem or (date_tip(item) if column == DATE else ""))
