"""The filter bar: find (Ctrl+F), tag, status, grades and date range, with what is active
in words.

Find works like a browser's: matches are highlighted on the timeline, Enter selects the next
one and centres it, Escape goes back to the timeline keeping the selection. "Only matches"
turns the same text into a filter. Every control writes to the Document's filter, so the
timeline, the table and the counts all follow.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from timeline_app.core.model.dates import DateError, parse_date
from timeline_app.ui.document import Document
from timeline_app.ui.filter_words import status_labels, summary
from timeline_app.ui.grade_fields import credibility_words, reliability_words
from timeline_app.ui.i18n import number, tr
from timeline_app.ui.settings import FileState


class FilterBar(QToolBar):
    """Search box and filter controls; emits find requests the window acts on."""

    findNext = Signal(bool)      # backwards?
    searchChanged = Signal(str)  # the find text changed (for highlighting)
    escaped = Signal()           # Escape in the search box: back to the timeline

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(tr("Filter", "toolbar"), parent)
        self.setObjectName("filterBar")
        self.setMovable(False)
        self._doc = document
        self._updating = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Find events (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Find events"))
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(lambda: self.findNext.emit(False))
        self.search.installEventFilter(self)
        self.matches = QLabel("", self)
        self.matches.setTextFormat(Qt.TextFormat.PlainText)
        self.matches.setMinimumWidth(90)
        self.only_matches = QCheckBox(tr("Only &matches"), self)
        self.only_matches.setAccessibleName(tr("Show only matching events"))
        self.only_matches.toggled.connect(self._apply_text)

        self.tag = QComboBox(self)
        self.tag.setAccessibleName(tr("Tag filter"))
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag.currentIndexChanged.connect(self._apply_tag)
        self.status = QComboBox(self)
        self.status.setAccessibleName(tr("Status filter"))
        self.status.addItem(tr("Any status"), None)
        for s, label in status_labels().items():
            self.status.addItem(label, s)
        self.status.currentIndexChanged.connect(self._apply_status)
        # Short items ("Rel. B or better"): the bar must keep its date boxes at 1280 px.
        self.reliability = self._grade_combo(
            tr("Reliability filter"), tr("Any reliability"),
            [(g, tr("Rel. {grade}").format(grade=g) if g == "A"
              else tr("Rel. {grade} or better").format(grade=g),
              tr("sources graded {grade} ({words})").format(grade=g, words=w) if g == "A"
              else tr("sources graded {grade} ({words}) or better").format(grade=g, words=w))
             for g, w in list(reliability_words().items())[:-1]]
            + [("F", tr("Rel. graded"), tr("sources graded A–F"))])
        self.credibility = self._grade_combo(
            tr("Credibility filter"), tr("Any credibility"),
            [(g, tr("Cred. {grade}").format(grade=g) if g == 1
              else tr("Cred. {grade} or better").format(grade=g),
              tr("claims graded {grade} ({words})").format(grade=g, words=w) if g == 1
              else tr("claims graded {grade} ({words}) or better").format(grade=g, words=w))
             for g, w in list(credibility_words().items())[:-1]]
            + [(6, tr("Cred. graded"), tr("claims graded 1–6"))])

        self.date_from = self._date_edit(tr("From (e.g. 2024-06)"), tr("Filter from date"))
        self.date_to = self._date_edit(tr("To (e.g. 2025)"), tr("Filter to date"))

        self.clear_button = QToolButton(self)
        self.clear_button.setText(tr("C&lear filters"))
        self.clear_button.setAccessibleName(tr("Clear all filters"))
        self.clear_button.clicked.connect(self.clear)
        self.summary = QLabel("", self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(tr("Active filters"))

        for w in (self.search, self.matches, self.only_matches):
            self.addWidget(w)
        self.addSeparator()
        self._grade_actions = []
        for w in (self.tag, self.status, self.reliability, self.credibility, self.date_from,
                  self.date_to, self.clear_button, self.summary):
            action = self.addWidget(w)
            if w in (self.reliability, self.credibility):
                self._grade_actions.append(action)
        document.loaded.connect(self._reload)
        document.edited.connect(lambda _changes: self._show_grades(after_edit=True))
        document.filterChanged.connect(self._sync)

    def _grade_combo(self, name: str, anything: str,
                     items: list[tuple[object, str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(anything, None)
        for grade, text, words in items:
            combo.addItem(text, grade)
            combo.setItemData(combo.count() - 1, words, Qt.ItemDataRole.ToolTipRole)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._apply_grades)
        return combo

    def _show_grades(self, after_edit: bool = False) -> None:
        """The grade filters appear when the document grades something (or one is set).
        After an edit they stay once shown: no scan of every claim on each keystroke."""
        if after_edit and self._grade_actions[0].isVisible():
            return
        index, f = self._doc.index, self._doc.filter
        shown = self._doc.timeline is not None and index is not None and (
            f.min_reliability is not None or f.min_credibility is not None or index.graded)
        for action in self._grade_actions:
            action.setVisible(shown)

    def _date_edit(self, placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        # Wide enough for its hint whatever the font, so it never squeezes to "From (e…".
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(placeholder) + 24)
        edit.setMaximumWidth(edit.minimumWidth() + 40)
        edit.editingFinished.connect(self._apply_dates)
        return edit

    # -- find ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.escaped.emit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.findNext.emit(True)
                return True
        return super().eventFilter(watched, event)

    def set_match_count(self, current: int | None, total: int) -> None:
        if not self.search.text().strip():
            self.matches.setText("")
        elif total == 0:
            self.matches.setText(tr("no matches"))
        elif current is None:
            self.matches.setText(tr("%Ln match(es)", "", total))
        else:
            self.matches.setText(tr("{current} of {total}", "match").format(
                current=number(current), total=number(total)))

    def _search_changed(self, text: str) -> None:
        self.searchChanged.emit(text)
        if self.only_matches.isChecked():
            self._apply_text()

    def _apply_text(self) -> None:
        if not self._updating:
            text = self.search.text() if self.only_matches.isChecked() else ""
            self._doc.update_filter(text=text)

    # -- other filters ---------------------------------------------------------------------
    def _apply_tag(self) -> None:
        if self._updating:
            return
        tag = self.tag.currentData()
        self._doc.update_filter(tags=frozenset({tag}) if tag else frozenset())

    def _apply_status(self) -> None:
        if self._updating:
            return
        status = self.status.currentData()
        self._doc.update_filter(statuses=frozenset({status}) if status else frozenset())

    def _apply_grades(self) -> None:
        if not self._updating:
            self._doc.update_filter(min_reliability=self.reliability.currentData(),
                                    min_credibility=self.credibility.currentData())

    def _apply_dates(self) -> None:
        if self._updating:
            return
        start = self._read_date(self.date_from, lambda d: d.earliest)
        end = self._read_date(self.date_to, lambda d: d.latest)
        if start is not False and end is not False:
            self._doc.update_filter(start=start, end=end)

    def _read_date(self, edit: QLineEdit, pick) -> float | bool | None:
        """The instant a date box stands for; None when empty, False when invalid."""
        text = edit.text().strip()
        if not text:
            self._mark(edit, "")
            return None
        try:
            date = parse_date(text)
        except DateError as err:
            self._mark(edit, str(err))
            return False
        self._mark(edit, "")
        return None if date.is_open else pick(date)

    @staticmethod
    def _mark(edit: QLineEdit, error: str) -> None:
        edit.setToolTip(error)  # our own message, never text from a file
        edit.setStyleSheet("QLineEdit { border: 1px solid #D55E00; }" if error else "")

    def clear(self) -> None:
        self._updating = True
        try:
            self.search.clear()
            self.only_matches.setChecked(False)
            self.tag.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            self.reliability.setCurrentIndex(0)
            self.credibility.setCurrentIndex(0)
            self.date_from.clear()
            self.date_to.clear()
            self._mark(self.date_from, "")
            self._mark(self.date_to, "")
        finally:
            self._updating = False
        self._doc.update_filter(hidden_sources=frozenset(), tags=frozenset(),
                                statuses=frozenset(), start=None, end=None, text="",
                                min_reliability=None, min_credibility=None)

    def show_state(self, state: FileState | None) -> None:
        """Put a file's remembered find text and date boxes back (the Document already has
        the filter they stand for)."""
        self._updating = True
        try:
            self.date_from.setText(state.date_from if state else "")
            self.date_to.setText(state.date_to if state else "")
            self.only_matches.setChecked(bool(state and state.text))
            self.search.setText(state.text if state else "")
        finally:
            self._updating = False
        self._sync()

    # -- following the document ------------------------------------------------------------
    def reload_tags(self) -> None:
        """Tags changed by an edit: refill the tag list, keeping the choice."""
        self._reload()

    def _reload(self) -> None:
        self._updating = True
        try:
            self.tag.clear()
            self.tag.addItem(tr("All tags"), None)
            index = self._doc.index
            for tag in sorted(index.tag_names if index is not None else [], key=str.casefold):
                self.tag.addItem(tag, tag)
        finally:
            self._updating = False
        self._show_grades()
        self._sync()

    def _sync(self) -> None:
        """Show the document's filter in the controls (it may be set from elsewhere)."""
        f = self._doc.filter
        self._updating = True
        try:
            tag = next(iter(f.tags)) if len(f.tags) == 1 else None
            self.tag.setCurrentIndex(max(0, self.tag.findData(tag)) if tag else 0)
            status = next(iter(f.statuses)) if len(f.statuses) == 1 else None
            self.status.setCurrentIndex(max(0, self.status.findData(status)) if status else 0)
            for combo, grade in ((self.reliability, f.min_reliability),
                                 (self.credibility, f.min_credibility)):
                combo.setCurrentIndex(max(0, combo.findData(grade)) if grade is not None
                                      else 0)
        finally:
            self._updating = False
        names = {}
        if self._doc.timeline is not None and f.hidden_sources:  # only then are names said
            names = {sid: s.name for sid, s in self._doc.timeline.sources.items()}
        self.summary.setText(summary(f, names))
        self.clear_button.setEnabled(not f.is_empty() or bool(self.search.text()))
