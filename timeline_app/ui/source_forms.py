"""The source registry's forms and what they show: a source's fields (add or edit) and the
choice of a source to merge another into, with the citations each would move."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from timeline_app.core.model.timeline import Source, Timeline
from timeline_app.ui.form_fields import Hint, add_row, line_edit, too_long, with_hint
from timeline_app.ui.grade_fields import reliability_combo, set_grade
from timeline_app.ui.i18n import tr
from timeline_app.ui.safe_text import elide
from timeline_app.ui.sources_panel import source_colors


def citations(t: Timeline) -> tuple[Counter[str], Counter[str]]:
    """Claims and events citing each source id (an event counts once per source)."""
    claims: Counter[str] = Counter()
    events: Counter[str] = Counter()
    for event in t.events:
        ids = [c.source for c in event.claims]
        claims.update(ids)
        events.update(set(ids))
    return claims, events


def claims_in_events(claims: int, events: int) -> str:
    """"3 claims in 2 events"."""
    return tr("{claims} in {events}").format(claims=tr("%Ln claim(s)", "", claims),
                                             events=tr("%Ln event(s)", "", events))


def swatch(color: str | None, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color) if color and QColor(color).isValid() else Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class SourceForm(QDialog):
    """Name, kind, country, web page, notes and colour of one source (new or existing)."""

    def __init__(self, sources: Mapping[str, Source], source: Source | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit Source") if source else tr("Add Source"))
        self._others = {s.name.casefold() for s in sources.values() if s is not source}
        self.name = line_edit(self, tr("Name"), tr("e.g. Yonhap News Agency"))
        self.name_hint = Hint(self)
        self.kind = line_edit(self, tr("Kind"), tr("e.g. news agency, government"))
        self.country = line_edit(self, tr("Country"))
        for edit, attr in ((self.kind, "kind"), (self.country, "country")):
            known = sorted({getattr(s, attr) for s in sources.values()} - {""})
            completer = QCompleter(known, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            edit.setCompleter(completer)
        self.url = line_edit(self, tr("Web page"), "https://…")
        self.reliability = reliability_combo(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.color: str | None = source.color if source else None
        self.color_button = QPushButton(tr("Choose…"), self)  # "Co&lour" is its mnemonic
        self.color_button.setAccessibleName(tr("Choose colour"))
        self.color_button.clicked.connect(self._choose_color)
        self.default_button = QPushButton(tr("Defa&ult"), self)
        self.default_button.setAccessibleName(tr("Use the default lane colour"))
        self.default_button.clicked.connect(lambda: self._set_color(None))
        colors = QWidget(self)
        row = QHBoxLayout(colors)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.color_button)
        row.addWidget(self.default_button)
        row.addStretch(1)
        colors.setFocusProxy(self.color_button)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Save") if source else tr("Add Source"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        add_row(form, tr("&Name"), with_hint(self.name, self.name_hint))
        add_row(form, tr("&Kind"), self.kind)
        add_row(form, tr("&Country"), self.country)
        add_row(form, tr("&Web page"), self.url)
        add_row(form, tr("&Reliability"), self.reliability)
        add_row(form, tr("No&tes"), self.notes)
        add_row(form, tr("Co&lour"), colors)
        form.addRow(self.buttons)

        if source is not None:
            for key in ("name", "kind", "country", "url"):
                getattr(self, key).setText(getattr(source, key))
            self.notes.setPlainText(source.notes)
            set_grade(self.reliability, source.reliability)
        self._set_color(self.color)
        self.name.textChanged.connect(self._validate)
        self.notes.textChanged.connect(self._validate)
        self._validate()
        self.resize(460, self.sizeHint().height())

    def _choose_color(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.color or "#888888"), self, tr("Source Colour"))
        if chosen.isValid():
            self._set_color(chosen.name())

    def _set_color(self, color: str | None) -> None:
        self.color = color
        self.color_button.setIcon(swatch(color, 14))
        self.color_button.setText(color or tr("Choose…"))
        self.default_button.setEnabled(color is not None)

    def problem(self) -> str:
        name = self.name.text().strip()
        if not name:
            return tr("a name is needed")
        if name.casefold() in self._others:
            return tr("another source is already called “{name}”; merge instead").format(
                name=elide(name, 80))
        return (too_long(tr("the notes"), self.notes.toPlainText()) or [""])[0]

    def _validate(self) -> None:
        problem = self.problem()
        self.name_hint.show_message(problem, error=True)
        self.ok.setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem():
            super().accept()

    def values(self) -> dict[str, object]:
        return {"name": self.name.text().strip(), "kind": self.kind.text().strip(),
                "country": self.country.text().strip(), "url": self.url.text().strip(),
                "notes": self.notes.toPlainText(), "color": self.color,
                "reliability": self.reliability.currentData()}


class MergeForm(QDialog):
    """Pick the source to merge into; says how many claims will move before anything does."""

    def __init__(self, t: Timeline, source_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Merge Source"))
        claims, events = citations(t)
        self._name = t.sources[source_id].name
        self._n = claims_in_events(claims[source_id], events[source_id])
        self.target = QComboBox(self)
        self.target.setAccessibleName(tr("Merge into"))
        self.target.setMinimumContentsLength(30)
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        colors = source_colors(t)
        for sid, source in t.sources.items():
            if sid != source_id:
                self.target.addItem(swatch(colors[sid]), elide(source.name, 200), sid)
        self.summary = Hint(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Merge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.target.count() > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        add_row(form, tr("Merge “{name}” &into").format(name=elide(self._name, 60)), self.target)
        form.addRow(self.summary)
        form.addRow(self.buttons)
        self.target.currentIndexChanged.connect(self._describe)
        self._describe()

    def _describe(self) -> None:
        into = self.target.currentText()
        self.summary.show_message(
            tr("{claims_in_events} will move from “{name}” to “{into}”, and “{name}” is then "
               "removed. Undo puts everything back.").format(
                claims_in_events=self._n, name=elide(self._name, 60), into=into))

    def into(self) -> str:
        return self.target.currentData()
