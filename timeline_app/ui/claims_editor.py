"""Editing an event's claims: a keyboard-usable table of drafts and a form for the selected one.

Claims are edited as drafts that keep figures and dates as typed, so a half-typed "2024-1" is
shown as an error rather than lost; `ClaimDraft.claim()` builds the real `Claim` once valid.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.formats.ids import unique_slug
from timeline_app.core.model.dates import DateError, parse_date
from timeline_app.core.model.timeline import NO_EXTRA, Claim, Source, Stance
from timeline_app.ui.disagreements import format_value
from timeline_app.ui.form_fields import (
    DateField,
    Hint,
    add_row,
    line_edit,
    row_table,
    too_long,
    with_hint,
)
from timeline_app.ui.grade_fields import credibility_combo, set_grade
from timeline_app.ui.i18n import tr
from timeline_app.ui.models.base import FlatTableModel, Index
from timeline_app.ui.safe_text import elide, escape_tooltip
from timeline_app.ui.sources_editor import SourceForm

SOURCE, STANCE, QUOTE, FIGURE, PUBLISHED = range(5)


# -- drafts ------------------------------------------------------------------------------------
def value_text(value: float | None) -> str:
    """A figure as the user would type it back: no thousands separators."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def parse_value(text: str) -> float | None:
    """The figure typed, or None if empty; raises ValueError with a message for people."""
    s = text.strip()
    if not s:
        return None
    if "," in s:
        raise ValueError(tr("write the figure without separators, e.g. 1200"))
    try:
        return int(s)
    except ValueError:
        pass
    try:
        value = float(s)
    except ValueError:
        raise ValueError(tr("the figure must be a number, e.g. 1200 or 2.5")) from None
    if not math.isfinite(value):
        raise ValueError(tr("the figure must be a finite number"))
    return value


@dataclass
class ClaimDraft:
    """A claim being edited, with its figure and date as typed."""

    source: str
    text: str = ""
    value: str = ""
    unit: str = ""
    stance: Stance = Stance.AFFIRMS
    url: str = ""
    published: str = ""
    extra: Mapping[str, Any] = field(default_factory=lambda: NO_EXTRA)
    original: Claim | None = None
    credibility: int | None = None

    @classmethod
    def of(cls, claim: Claim) -> ClaimDraft:
        published = claim.published.text if claim.published is not None else ""
        return cls(claim.source, claim.text, value_text(claim.value), claim.unit, claim.stance,
                   claim.url, published, claim.extra, claim, claim.credibility)

    def problems(self) -> list[str]:
        found = [] if self.source else [tr("choose a source")]
        found += too_long(tr("the quote"), self.text)
        try:
            parse_value(self.value)
        except ValueError as err:
            found.append(str(err))
        if self.published.strip():
            try:
                parse_date(self.published.strip())
            except DateError as err:
                found.append(tr("published: {problem}").format(problem=err))
        return found

    def claim(self) -> Claim:
        """The claim (call only when `problems()` is empty); untouched parts keep their
        original values, so an int stays an int and a date keeps its exact text."""
        old = self.original
        if old is not None and self.value == value_text(old.value):
            value = old.value
        else:
            value = parse_value(self.value)
        text = self.published.strip()
        published = parse_date(text) if text else None
        return Claim(self.source, self.text, value, self.unit, self.stance, self.url,
                     published, self.extra, credibility=self.credibility)


class ClaimsModel(FlatTableModel):
    """The drafts as read-only rows; a row with problems carries a warning icon and tooltip."""

    HEADERS = ("Source", "Stance", "Quote", "Figure", "Published")  # their number; see headerData

    def __init__(self, drafts: list[ClaimDraft], source_name: Callable[[str], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self._name = source_name

    def _row_count(self) -> int:
        return len(self.drafts)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Source"), tr("Stance"), tr("Quote"), tr("Figure"),
                    tr("Published"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.drafts):
            return None
        draft, col = self.drafts[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == SOURCE:
                return elide(self._name(draft.source), 80) if draft.source else tr("(choose)")
            if col == STANCE:
                return tr("Denies") if draft.stance is Stance.DENIES else tr("Affirms")
            if col == QUOTE:
                return elide(" ".join(draft.text[:400].split()), 200)
            if col == FIGURE:
                return self._figure(draft)
            if col == PUBLISHED:
                return elide(draft.published, 40)
        if col == SOURCE and (problems := draft.problems()):
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
            if role == Qt.ItemDataRole.ToolTipRole:
                return escape_tooltip("\n".join(problems))
        return None

    @staticmethod
    def _figure(draft: ClaimDraft) -> str:
        try:
            value = parse_value(draft.value)
        except ValueError:
            return draft.value[:40]
        return "" if value is None else f"{format_value(value)} {elide(draft.unit, 40)}".strip()

    def update_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def insert(self, row: int, draft: ClaimDraft) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.drafts.insert(row, draft)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.drafts[row]
        self.endRemoveRows()


# -- the editor --------------------------------------------------------------------------------
class ClaimsEditor(QWidget):
    """An event's claims: the table, Add/Remove, and a form editing the selected claim.

    Sources created here ("New source…") are only collected; the caller adds those still
    cited to its edit, so the document changes in one undo step or not at all.
    """

    changed = Signal()

    def __init__(self, sources: Mapping[str, Source], claims: list[Claim],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registry = sources
        self.new_sources: list[Source] = []
        self._loading = False
        self.model = ClaimsModel([ClaimDraft.of(c) for c in claims], self.source_name, self)

        self.table = row_table(self, self.model, tr("Claims"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((SOURCE, 140), (STANCE, 64), (FIGURE, 80), (PUBLISHED, 80)):
            self.table.setColumnWidth(col, width)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._load_form())
        delete = QAction(tr("Remove Claim"), self.table)
        delete.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete)])
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_claim)
        self.table.addAction(delete)

        self.add_button = QPushButton(tr("Add Clai&m"), self)
        self.remove_button = QPushButton(tr("&Remove Claim"), self)
        self.add_button.clicked.connect(self.add_claim)
        self.remove_button.clicked.connect(self.remove_claim)

        self.source = QComboBox(self)
        self.source.setAccessibleName(tr("Source"))
        self.source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(24)
        self.source.activated.connect(self._source_chosen)
        self.quote = QPlainTextEdit(self)
        self.quote.setAccessibleName(tr("Quote"))
        self.quote.setTabChangesFocus(True)
        self.quote.setFixedHeight(self.quote.fontMetrics().lineSpacing() * 3 + 12)
        self.stance = QComboBox(self)
        self.stance.setAccessibleName(tr("Stance"))
        self.stance.addItem(tr("Affirms"), Stance.AFFIRMS)
        self.stance.addItem(tr("Denies"), Stance.DENIES)
        self.value = line_edit(self, tr("Figure"), tr("number, e.g. 1200"))
        self.unit = line_edit(self, tr("Unit"), tr("unit, e.g. killed"))
        self.value_hint = Hint(self)
        self.published = DateField(tr("Published"), required=False, parent=self)
        self.url = line_edit(self, tr("Web link"), "https://…")
        self.credibility = credibility_combo(self)

        figure = QWidget(self)
        row = QHBoxLayout(figure)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.value, 1)
        row.addWidget(self.unit, 2)
        figure.setFocusProxy(self.value)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, tr("Sour&ce"), self.source)
        add_row(form, tr("Sta&nce"), self.stance)
        add_row(form, tr("&Quote"), self.quote)
        add_row(form, tr("&Value"), with_hint(figure, self.value_hint))
        add_row(form, tr("Pu&blished"), self.published)
        add_row(form, tr("&Web link"), self.url)
        add_row(form, tr("Credibilit&y"), self.credibility)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form)

        self.quote.textChanged.connect(self._form_changed)
        self.stance.currentIndexChanged.connect(self._form_changed)
        self.credibility.currentIndexChanged.connect(self._form_changed)
        for edit in (self.value, self.unit, self.url):
            edit.textChanged.connect(self._form_changed)
        self.published.changed.connect(self._form_changed)
        self._fill_sources()
        if self.model.drafts:
            self.table.selectRow(0)
        self._load_form()

    # -- results -------------------------------------------------------------------------------
    def claims(self) -> list[Claim]:
        return [d.claim() for d in self.model.drafts]

    def problems(self) -> list[str]:
        return [tr("Claim {number}: {problem}").format(number=i, problem=p)
                for i, d in enumerate(self.model.drafts, 1)
                for p in d.problems()]

    def cited_new_sources(self) -> list[Source]:
        """New sources some claim still cites (one made and then not used is dropped)."""
        cited = {d.source for d in self.model.drafts}
        return [s for s in self.new_sources if s.id in cited]

    def source_name(self, source_id: str) -> str:
        source = self._registry.get(source_id) or next(
            (s for s in self.new_sources if s.id == source_id), None)
        return source.name if source is not None else source_id

    # -- actions -------------------------------------------------------------------------------
    def add_claim(self) -> None:
        """A new, empty claim at the end, selected, its source to be chosen first."""
        row = len(self.model.drafts)
        self.model.insert(row, ClaimDraft(""))
        self.table.selectRow(row)
        self._load_form()
        self.source.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def remove_claim(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.model.remove(row)
        if self.model.drafts:
            self.table.selectRow(min(row, len(self.model.drafts) - 1))
        self._load_form()
        self.changed.emit()

    def create_source(self, name: str, **fields: object) -> str:
        """The id of the source called `name`, made new (with `fields`: kind, url…) unless
        one already has that name."""
        name = name.strip()
        for source in [*self._registry.values(), *self.new_sources]:
            if source.name.casefold() == name.casefold():
                return source.id
        taken = {*self._registry, *(s.id for s in self.new_sources)}
        source = Source(id=unique_slug(name, taken), name=name, **fields)  # type: ignore[arg-type]
        self.new_sources.append(source)
        self._fill_sources()
        return source.id

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    # -- internals -----------------------------------------------------------------------------
    def _fill_sources(self) -> None:
        """Sources by name (with the id where two share a name), any unknown id a claim
        cites, then "New source…" (item data None)."""
        self._loading = True
        self.source.clear()
        sources = [*self._registry.values(), *self.new_sources]
        names = [s.name.casefold() for s in sources]
        for source in sources:
            dup = names.count(source.name.casefold()) > 1
            label = elide(source.name, 200)
            if dup:
                label = tr("{name} ({id})").format(name=label, id=source.id)
            self.source.addItem(label, source.id)
        known = {s.id for s in sources}
        for sid in dict.fromkeys(d.source for d in self.model.drafts):
            if sid and sid not in known:
                self.source.addItem(tr("{id} (not in the sources)").format(id=elide(sid, 200)), sid)
        self.source.insertSeparator(self.source.count())
        self.source.addItem(tr("New source…"), None)
        self._loading = False
        self._load_form()

    def _load_form(self) -> None:
        row = self.current_row()
        self.form.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)
        draft = self.model.drafts[row] if row is not None else ClaimDraft("")
        self._loading = True
        self.source.setCurrentIndex(self.source.findData(draft.source) if draft.source else -1)
        if self.quote.toPlainText() != draft.text:
            self.quote.setPlainText(draft.text)
        self.stance.setCurrentIndex(self.stance.findData(draft.stance))
        self.value.setText(draft.value)
        self.unit.setText(draft.unit)
        self.published.set_text(draft.published)
        self.url.setText(draft.url)
        set_grade(self.credibility, draft.credibility)
        self._loading = False
        self._show_problems()

    def _source_chosen(self, index: int) -> None:
        row = self.current_row()
        if row is None:
            return
        sid = self.source.itemData(index)
        if sid is None:  # "New source…": its name, kind and web page
            known = {**self._registry, **{s.id: s for s in self.new_sources}}
            values = ask_new_source(self, known)
            sid = self.create_source(**values) if values else None
        if sid is not None:
            self.model.drafts[row].source = sid
            self.model.update_row(row)
            self.changed.emit()
        self._load_form()  # shows the chosen source, or the old one again after Cancel

    def _form_changed(self) -> None:
        row = self.current_row()
        if self._loading or row is None:
            return
        draft = self.model.drafts[row]
        self.model.drafts[row] = replace(
            draft, text=self.quote.toPlainText(), stance=Stance(self.stance.currentData()),
            value=self.value.text(), unit=self.unit.text(), url=self.url.text(),
            credibility=self.credibility.currentData(),
            published=self.published.date.text if self.published.date is not None
            else self.published.text())  # words typed ("March 2025") are stored as EDTF
        self.model.update_row(row)
        self._show_problems()
        self.changed.emit()

    def _show_problems(self) -> None:
        try:
            parse_value(self.value.text())
            self.value_hint.show_message("")
        except ValueError as err:
            self.value_hint.show_message(str(err), error=True)
        self.value.setAccessibleDescription(self.value_hint.text())


def ask_new_source(parent: QWidget, sources: Mapping[str, Source]) -> dict[str, object] | None:
    """The New Source form (name, kind, web page…); its values, or None when cancelled.
    Tests replace this function."""
    form = SourceForm(sources, None, parent)
    form.setWindowTitle(tr("New Source"))
    try:
        return form.values() if form.exec() == QDialog.DialogCode.Accepted else None
    finally:
        form.deleteLater()
