"""The review dialog for an imported article: the story with its dates, sources and figures
highlighted, and the proposals grouped into events, each to accept, reject or correct.

Nothing reaches the document until "Add to Timeline", and then as one undoable edit built by
the core (`proposals.build_edit`); rejecting everything adds nothing. Keys: J/K next and
previous proposal, A accept, R reject (on an event: all its claims). Which cells can be
edited, and the Into choice of an event that matches one of the document's, are in
`article_rows`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.extract.article import Article, ArticleError, publication_problem
from timeline_app.core.extract.grouping import EventProposal
from timeline_app.core.extract.proposals import AcceptProposals, Extraction, build_edit, extract
from timeline_app.core.extract.reader import ClaimProposal
from timeline_app.core.extract.sources import parse_mention
from timeline_app.core.model.dates import DateError, parse_date
from timeline_app.core.model.timeline import Event, Timeline
from timeline_app.ui import file_ops
from timeline_app.ui.article_meta import ArticleMeta
from timeline_app.ui.article_rows import (
    ACCEPTED,
    COLUMN_COUNT,
    COUNTRY,
    DATE,
    DECISION,
    EXISTING,
    FIGURE,
    INTO,
    KEPT,
    KIND,
    MATCHED,
    NEW,
    NEW_SOURCE,
    PENDING,
    READ_ONLY,
    REJECTED,
    ROLE,
    SOURCE,
    SOURCE_FIELDS,
    SOURCE_ID,
    STANCE,
    TARGET,
    TEXT,
    ReviewDelegate,
    check_cell,
    cite,
    claim_row,
    column_labels,
    corrected,
    event_row,
    existing_label,
    mark,
    merged_tip,
    new_event,
    summary_text,
)
from timeline_app.ui.article_text import COLORS, CURRENT, cursor, legend, selection
from timeline_app.ui.i18n import tr
from timeline_app.ui.safe_text import plain_label


class ArticleReview(QDialog):
    """Review of one article's proposals against a document (which it never changes)."""

    decided = Signal()

    def __init__(self, extraction: Extraction, timeline: Timeline | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import Article"))
        self.setObjectName("articleReview")
        self.resize(1200, 720)
        self.timeline = timeline
        self.extraction = extraction
        self._edit: AcceptProposals | None = None
        layout = QVBoxLayout(self)
        meta = ArticleMeta(extraction.article, self)
        meta.reread.connect(self.reread)
        layout.addWidget(meta)
        self.title_edit, self.outlet_edit = meta.title_edit, meta.outlet_edit
        self.url_edit, self.published_edit = meta.url_edit, meta.published_edit
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setObjectName("articleText")
        self.text.setAccessibleName(tr("Article"))
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.text)
        left_box.addWidget(legend())
        split.addWidget(left)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("proposals")
        self.tree.setAccessibleName(tr("Proposals"))
        self.tree.setColumnCount(COLUMN_COUNT)
        self.tree.setHeaderLabels(column_labels())
        self.tree.setItemDelegate(ReviewDelegate(self.tree))
        self.tree.setColumnWidth(0, 95)
        self.tree.setColumnWidth(TEXT, 300)
        self.tree.setColumnWidth(INTO, 210)
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
    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in ((tr("&Accept (A)"), lambda: self.decide(ACCEPTED)),
                           (tr("Re&ject (R)"), lambda: self.decide(REJECTED)),
                           (tr("Accept A&ll"), lambda: self.decide_all(ACCEPTED)),
                           (tr("Reject All"), lambda: self.decide_all(REJECTED))):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add to &Timeline"))
        self.buttons.accepted.connect(self.finish)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        return row

    def _fill(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        article = self.extraction.article
        self.text.setPlainText(article.text)
        for event in self.extraction.events:
            top = self._event_row(event)
            for claim in event.claims:
                child = self._claim_row(claim)
                top.addChild(child)
                if claim.duplicate:
                    self._set(child, REJECTED)
                    child.setToolTip(0, tr("already in the document (same source and "
                                           "quote): rejected unless you accept it"))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            self._refresh_parent(top)
        self.tree.blockSignals(False)
        self._highlight(None)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_summary()

    def _event_row(self, event: EventProposal) -> QTreeWidgetItem:
        top = event_row(event, self._existing(event.match))
        if top.data(0, TARGET) == EXISTING:
            self._show_target(top)
        return top

    def _claim_row(self, claim: ClaimProposal) -> QTreeWidgetItem:
        child = claim_row(claim, self.extraction.reading.book.name_of(claim.source))
        self._cite(child, claim.source)
        return child

    def _cite(self, row: QTreeWidgetItem, sid: str) -> None:
        peer = next((r for r in self._claim_items() if r is not row
                     and r.data(0, SOURCE_ID) == sid), None)
        cite(row, sid, self.extraction, peer)

    def _show_target(self, top: QTreeWidgetItem) -> None:
        """Show where an event proposal's claims go: into the document's event (its title
        and date, read-only) or a new one (the title and date the user may correct)."""
        into_existing = top.data(0, TARGET) == EXISTING
        title, when = top.data(0, MATCHED if into_existing else KEPT)
        top.setText(TEXT, title)
        top.setText(DATE, when)
        top.setText(INTO, existing_label(title) if into_existing else new_event())
        for column in (TEXT, DATE):
            top.setForeground(column, QBrush(READ_ONLY) if into_existing else QBrush())
        top.setToolTip(TEXT, merged_tip() if into_existing else tr("a new event"))
        check_cell(top, DATE)

    def _claim_items(self) -> list[QTreeWidgetItem]:
        return [i for i in self.items() if i.parent() is not None]

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
        item.setText(0, mark(decision))
        color = {ACCEPTED: QColor(40, 140, 60), REJECTED: QColor(170, 40, 40)}.get(decision)
        item.setForeground(0, QBrush(color) if color else QBrush())
        self.tree.blockSignals(False)

    def _refresh_parent(self, top: QTreeWidgetItem | None) -> None:
        if top is None:
            return
        states = {self.decision(top.child(j)) for j in range(top.childCount())}
        self._set(top, states.pop() if len(states) == 1 else PENDING)

    def _update_summary(self) -> None:
        claims = self._claim_items()
        accepted = sum(self.decision(i) == ACCEPTED for i in claims)
        rejected = sum(self.decision(i) == REJECTED for i in claims)
        self.summary.setText(summary_text(len(self.extraction.events), len(claims), accepted,
                                          rejected, " ".join(self.extraction.notes)))

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
        """A cell was edited: Into moves the event's claims; a source's kind or country is
        the same on every row citing it; anything else is checked now, so a bad date is
        said where it was typed."""
        self.tree.blockSignals(True)
        try:
            if item.parent() is None and column == INTO:
                self._retarget(item)
            elif item.parent() is not None and column == SOURCE:
                self._renamed_source(item)
            elif item.parent() is not None and column in SOURCE_FIELDS:
                for row in self._claim_items():
                    if row.data(0, SOURCE_ID) == item.data(0, SOURCE_ID):
                        row.setText(column, item.text(column))
            else:
                check_cell(item, column)
        finally:
            self.tree.blockSignals(False)

    def _retarget(self, top: QTreeWidgetItem) -> None:
        target = NEW if top.text(INTO) == new_event() else EXISTING
        if target != top.data(0, TARGET):
            if target == EXISTING:  # keep what the user typed for the new event
                top.setData(0, KEPT, (top.text(TEXT), top.text(DATE)))
            top.setData(0, TARGET, target)
        self._show_target(top)

    def _renamed_source(self, row: QTreeWidgetItem) -> None:
        book = self.extraction.reading.book
        name = row.text(SOURCE).strip()
        sid = (book.resolve(parse_mention(name))[0] if name
               else row.data(0, ROLE)[1].source)
        row.setText(SOURCE, book.name_of(sid))
        self._cite(row, sid)

    # -- result ----------------------------------------------------------------------------
    def reread(self) -> None:
        """Read again with the corrected title, outlet, URL and publication date."""
        a = self.extraction.article
        text = self.published_edit.text().strip()
        try:
            published = parse_date(text) if text else None
        except DateError as err:
            _warn(self, tr("Published: {problem}").format(problem=err))
            return
        problem = publication_problem(published) if published is not None else ""
        if problem:
            _warn(self, tr("Published: {problem}").format(problem=problem))
            return
        article = Article(a.text, self.title_edit.text().strip(), published,
                          self.outlet_edit.text().strip(), self.url_edit.text().strip(),
                          a.author, a.body_start, a.name)
        self.extraction = extract(article, self.timeline)
        self._fill()

    def accepted_proposals(self) -> list[tuple[EventProposal, list[ClaimProposal]]]:
        """The accepted claims of each event, with the user's corrections applied: into the
        document's event, or a new event with the title and date as the user left them."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            _kind, event = top.data(0, ROLE)
            claims = [corrected(child, child.data(0, ROLE)[1])
                      for child in (top.child(j) for j in range(top.childCount()))
                      if self.decision(child) == ACCEPTED]
            if not claims:
                continue
            if top.data(0, TARGET) == EXISTING:
                out.append((replace(event, claims=claims), claims))
                continue
            first, _, second = top.text(DATE).strip().partition("/")
            edited = EventProposal(top.text(TEXT).strip() or event.title, first or "..",
                                   second or None, event.date_why, claims, None)
            out.append((edited, claims))
        return out

    def _confirm_sources(self) -> None:
        """The new sources' kind and country as the user confirmed or corrected them."""
        book = self.extraction.reading.book
        for row in self._claim_items():
            mention = book.new.get(row.data(0, SOURCE_ID))
            if mention is not None and row.data(0, NEW_SOURCE):
                mention.kind = row.text(KIND).strip()
                mention.country = row.text(COUNTRY).strip()

    def finish(self) -> None:
        a = self.extraction.article
        if self.published_edit.text().strip() != (a.published.text if a.published else ""):
            _warn(self, tr("The publication date was changed: press Re-read so that the "
                           "dates are read from it."))
            return
        self.extraction.reading.article = replace(
            a, title=self.title_edit.text().strip(), outlet=self.outlet_edit.text().strip(),
            url=self.url_edit.text().strip())
        problems = [f"{it.text(TEXT)[:40]}: {it.toolTip(c)}" for it in self.items()
                    for c in (DATE, STANCE, FIGURE)
                    if it.background(c).style() != Qt.BrushStyle.NoBrush]
        if problems:
            _warn(self, tr("Fix these first:\n{problems}").format(
                problems="\n".join(problems[:10])))
            return
        self._confirm_sources()
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


def _warn(parent: QWidget, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Import Article"), text,
                      QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    file_ops.ask(box)


__all__ = ["ArticleError", "ArticleReview"]
