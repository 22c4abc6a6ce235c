"""The review dialog for an imported article: the story with its dates, sources and figures
highlighted, and the proposals grouped into events, each to accept, reject or correct.

Nothing reaches the document until "Add to Timeline", and then as one undoable edit built by
the core (`proposals.build_edit`); rejecting everything adds nothing. Keys: J/K next and
previous proposal, A accept, R reject (on an event: all its claims).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.extract.article import Article, ArticleError
from timeline_app.core.extract.grouping import EventProposal
from timeline_app.core.extract.proposals import AcceptProposals, Extraction, build_edit, extract
from timeline_app.core.extract.reader import ClaimProposal
from timeline_app.core.extract.sources import parse_mention
from timeline_app.core.model.dates import DateError, parse_date, parse_interval
from timeline_app.core.model.timeline import Event, Stance, Timeline
from timeline_app.ui import file_ops
from timeline_app.ui.article_text import COLORS, CURRENT, cursor, legend, selection
from timeline_app.ui.disagreements import format_value
from timeline_app.ui.safe_text import elide, plain_label

COLUMNS = ("Decision", "Proposal", "Date", "Source", "Stance", "Figure", "Unit", "Kind")
PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
MARKS = {PENDING: "·", ACCEPTED: "✓ accept", REJECTED: "✗ reject"}
ROLE = Qt.ItemDataRole.UserRole
DECISION = Qt.ItemDataRole.UserRole + 1


class ArticleReview(QDialog):
    """Review of one article's proposals against a document (which it never changes)."""

    decided = Signal()

    def __init__(self, extraction: Extraction, timeline: Timeline | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import Article")
        self.setObjectName("articleReview")
        self.resize(1200, 720)
        self.timeline = timeline
        self.extraction = extraction
        self._edit: AcceptProposals | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._meta_form())
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setObjectName("articleText")
        self.text.setAccessibleName("Article")
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.text)
        left_box.addWidget(legend())
        split.addWidget(left)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("proposals")
        self.tree.setAccessibleName("Proposals")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setColumnWidth(0, 95)
        self.tree.setColumnWidth(1, 330)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._show_current)
        split.addWidget(self.tree)
        split.setSizes([480, 720])
        layout.addWidget(split, 1)
        self.summary = plain_label("")
        layout.addWidget(self.summary)
        layout.addLayout(self._buttons())
        self._keys = {Qt.Key.Key_J: lambda: self.move(1), Qt.Key.Key_K: lambda: self.move(-1),
                      Qt.Key.Key_A: lambda: self.decide(ACCEPTED),
                      Qt.Key.Key_R: lambda: self.decide(REJECTED)}
        self.tree.installEventFilter(self)
        self.text.installEventFilter(self)
        self._fill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """J/K/A/R in the proposals and the article (not while a cell is being edited, whose
        editor is a child that gets the keys itself)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            slot = self._keys.get(Qt.Key(event.key()))
            if slot is not None and mods == Qt.KeyboardModifier.NoModifier:
                slot()
                return True
        return super().eventFilter(watched, event)

    # -- layout ----------------------------------------------------------------------------
    def _meta_form(self) -> QFormLayout:
        a = self.extraction.article
        form = QFormLayout()
        self.title_edit = QLineEdit(a.title)
        self.outlet_edit = QLineEdit(a.outlet)
        self.url_edit = QLineEdit(a.url)
        self.published_edit = QLineEdit(a.published.text if a.published else "")
        self.published_edit.setPlaceholderText("e.g. 2025-04-28 (dates like “on Monday” "
                                               "are read from it)")
        reread = QPushButton("&Re-read")
        reread.setToolTip("Read the article again with this title, outlet, URL and date")
        reread.clicked.connect(self.reread)
        row = QHBoxLayout()
        row.addWidget(self.published_edit, 1)
        row.addWidget(reread)
        form.addRow("&Title:", self.title_edit)
        form.addRow("&Outlet:", self.outlet_edit)
        form.addRow("&URL:", self.url_edit)
        published = QLabel("&Published:")
        published.setBuddy(self.published_edit)
        form.addRow(published, row)
        return form

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in (("&Accept (A)", lambda: self.decide(ACCEPTED)),
                           ("Re&ject (R)", lambda: self.decide(REJECTED)),
                           ("Accept A&ll", lambda: self.decide_all(ACCEPTED)),
                           ("Reject All", lambda: self.decide_all(REJECTED))):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add to &Timeline")
        self.buttons.accepted.connect(self.finish)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        return row

    def _fill(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        article = self.extraction.article
        self.text.setPlainText(article.text)
        book = self.extraction.reading.book
        for event in self.extraction.events:
            existing = self._existing(event.match)
            title = f"→ {existing.title}" if existing is not None else event.title
            when = (existing.start.text + (f"/{existing.end.text}" if existing.end else "")
                    if existing is not None else _event_date(event))
            top = QTreeWidgetItem([MARKS[PENDING], title, when, "", "", "", "", ""])
            top.setData(0, ROLE, ("event", event))
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsEditable)
            target = (f"adds to the document's event “{elide(existing.title, 80)}” "
                      f"({event.match_why})" if existing is not None else "a new event")
            top.setToolTip(1, f"{target}\n{event.date_why}")
            top.setToolTip(2, event.date_why)
            for claim in event.claims:
                child = QTreeWidgetItem([
                    MARKS[PENDING], elide(claim.text, 300), claim.published or "",
                    book.name_of(claim.source), claim.stance.value,
                    format_value(claim.value) if claim.value is not None else "", claim.unit,
                    _kind_of(book, claim.source)])
                child.setData(0, ROLE, ("claim", claim))
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
                child.setToolTip(2, claim.published_why)
                child.setToolTip(3, _source_tip(self.extraction, claim))
                top.addChild(child)
                if claim.duplicate:
                    self._set(child, REJECTED)
                    child.setToolTip(0, "already in the document (same source and quote): "
                                        "rejected unless you accept it")
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            self._refresh_parent(top)
        self.tree.blockSignals(False)
        self._highlight(None)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_summary()

    def _existing(self, event_id: str | None) -> Event | None:
        if self.timeline is None or event_id is None:
            return None
        return next((e for e in self.timeline.events if e.id == event_id), None)

    # -- review ----------------------------------------------------------------------------
    def items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.append(top)
            out.extend(top.child(j) for j in range(top.childCount()))
        return out

    def move(self, step: int) -> None:
        items = self.items()
        if not items:
            return
        current = self.tree.currentItem()
        at = items.index(current) if current in items else -1
        self.tree.setCurrentItem(items[max(0, min(len(items) - 1, at + step))])

    def decide(self, decision: str) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        targets = [item.child(j) for j in range(item.childCount())] if item.childCount() \
            else [item]
        for child in targets:
            self._set(child, decision)
        self._refresh_parent(item if item.childCount() else item.parent())
        self._update_summary()
        self.move(1 if not item.childCount() else item.childCount() + 1)

    def decide_all(self, decision: str) -> None:
        for item in self.items():
            if item.parent() is not None:
                self._set(item, decision)
        for i in range(self.tree.topLevelItemCount()):
            self._refresh_parent(self.tree.topLevelItem(i))
        self._update_summary()

    @staticmethod
    def decision(item: QTreeWidgetItem) -> str:
        return item.data(0, DECISION) or PENDING

    def _set(self, item: QTreeWidgetItem, decision: str) -> None:
        self.tree.blockSignals(True)
        item.setData(0, DECISION, decision)
        item.setText(0, MARKS[decision])
        color = {ACCEPTED: QColor(40, 140, 60), REJECTED: QColor(170, 40, 40)}.get(decision)
        item.setForeground(0, QBrush(color) if color else QBrush())
        self.tree.blockSignals(False)

    def _refresh_parent(self, top: QTreeWidgetItem | None) -> None:
        if top is None:
            return
        states = {self.decision(top.child(j)) for j in range(top.childCount())}
        self._set(top, states.pop() if len(states) == 1 else PENDING)

    def _update_summary(self) -> None:
        claims = [i for i in self.items() if i.parent() is not None]
        accepted = sum(self.decision(i) == ACCEPTED for i in claims)
        rejected = sum(self.decision(i) == REJECTED for i in claims)
        notes = " ".join(self.extraction.notes)
        self.summary.setText(f"{len(self.extraction.events)} events, {len(claims)} claims: "
                             f"{accepted} accepted, {rejected} rejected, "
                             f"{len(claims) - accepted - rejected} to review. {notes}")

    def _show_current(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        kind, proposal = item.data(0, ROLE)
        claim = proposal if kind == "claim" else (proposal.claims[0] if proposal.claims
                                                  else None)
        self._highlight(claim)

    def _highlight(self, claim: ClaimProposal | None) -> None:
        text = self.extraction.article.text
        selections = []
        for h in self.extraction.reading.highlights:
            selections.append(selection(self.text, text, h.start, h.end, COLORS[h.kind]))
        if claim is not None:
            current = selection(self.text, text, claim.start, claim.end, CURRENT)
            selections.insert(0, current)
            self.text.setTextCursor(cursor(self.text, text, claim.start, claim.start))
            self.text.ensureCursorVisible()
        self.text.setExtraSelections(selections)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        """A cell was edited: check it now, so a bad date is said where it was typed."""
        kind, _proposal = item.data(0, ROLE)
        value = item.text(column).strip()
        problem = ""
        if column == 2 and value:
            try:
                parse_interval(value) if kind == "event" else parse_date(value)
            except DateError as err:
                problem = str(err)
        elif column == 4 and value not in ("affirms", "denies"):
            problem = "stance is affirms or denies"
        elif column == 5 and value:
            try:
                float(value.replace(",", ""))
            except ValueError:
                problem = f"not a number: {value!r}"
        item.setBackground(column, QBrush(QColor(255, 120, 120, 90)) if problem else QBrush())
        item.setToolTip(column, problem)

    # -- result ----------------------------------------------------------------------------
    def reread(self) -> None:
        """Read again with the corrected title, outlet, URL and publication date."""
        a = self.extraction.article
        text = self.published_edit.text().strip()
        try:
            published = parse_date(text) if text else None
        except DateError as err:
            _warn(self, f"Published: {err}")
            return
        article = Article(a.text, self.title_edit.text().strip(), published,
                          self.outlet_edit.text().strip(), self.url_edit.text().strip(),
                          a.author, a.body_start, a.name)
        self.extraction = extract(article, self.timeline)
        self._fill()

    def accepted_proposals(self) -> list[tuple[EventProposal, list[ClaimProposal]]]:
        """The accepted claims of each event, with the user's corrections applied."""
        out = []
        book = self.extraction.reading.book
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            _kind, event = top.data(0, ROLE)
            claims = []
            for j in range(top.childCount()):
                child = top.child(j)
                if self.decision(child) != ACCEPTED:
                    continue
                claims.append(_corrected(child, child.data(0, ROLE)[1], book))
            if claims:
                start = top.text(2).strip()
                first, _, second = start.partition("/")
                edited = EventProposal(top.text(1).strip() or event.title, first or "..",
                                       second or None, event.date_why, claims, event.match)
                out.append((edited, claims))
        return out

    def finish(self) -> None:
        a = self.extraction.article
        if self.published_edit.text().strip() != (a.published.text if a.published else ""):
            _warn(self, "The publication date was changed: press Re-read so that the dates "
                        "are read from it.")
            return
        self.extraction.reading.article = replace(
            a, title=self.title_edit.text().strip(), outlet=self.outlet_edit.text().strip(),
            url=self.url_edit.text().strip())
        problems = [f"{it.text(1)[:40]}: {it.toolTip(c)}" for it in self.items()
                    for c in (2, 4, 5) if it.background(c).style() != Qt.BrushStyle.NoBrush]
        if problems:
            _warn(self, "Fix these first:\n" + "\n".join(problems[:10]))
            return
        accepted = self.accepted_proposals()
        if accepted:
            t = self.timeline if self.timeline is not None else Timeline()
            try:
                self._edit = build_edit(self.extraction, t, accepted)
            except (DateError, ValueError) as err:
                _warn(self, str(err))
                return
        self.accept()

    def edit(self) -> AcceptProposals | None:
        """The one edit for everything accepted, or None when nothing was."""
        return self._edit


def _kind_of(book, sid: str) -> str:
    if sid in book.existing:
        return book.existing[sid].kind
    mention = book.new.get(sid)
    return mention.kind if mention is not None else ""


def _corrected(item: QTreeWidgetItem, claim: ClaimProposal, book) -> ClaimProposal:
    out = ClaimProposal(**{k: getattr(claim, k) for k in claim.__dataclass_fields__})
    name = item.text(3).strip()
    if name and name != book.name_of(claim.source):
        out.source = book.resolve(parse_mention(name))[0]
    kind = item.text(7).strip()
    if out.source in book.new and kind:
        book.new[out.source].kind = kind  # the user confirms or corrects the guess
    out.stance = Stance(item.text(4).strip() or "affirms")
    out.published = item.text(2).strip() or None
    value, unit = item.text(5).strip().replace(",", ""), item.text(6).strip()
    if claim.figure is not None or value:
        number = float(value) if value else None
        if number is not None and number.is_integer():
            number = int(number)
        out.figure = (replace(claim.figure, value=number, unit=unit) if claim.figure
                      is not None and number is not None else None)
    return out


def _event_date(event: EventProposal) -> str:
    return f"{event.start}/{event.end}" if event.end else event.start


def _source_tip(extraction: Extraction, claim: ClaimProposal) -> str:
    book = extraction.reading.book
    if claim.source in book.existing:
        return "matches a source of the document"
    mention = book.new.get(claim.source)
    if mention is None:
        return ""
    aliases = f", also “{'”, “'.join(sorted(mention.aliases))}”" if mention.aliases else ""
    return f"new source: {mention.name} ({mention.kind}){aliases}; confirm its kind"


def _warn(parent: QWidget, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Import Article", text,
                      QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    file_ops.ask(box)


__all__ = ["ArticleError", "ArticleReview"]
