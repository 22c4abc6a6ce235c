"""Widgets for an event's claims: the list by source, claim cards, disagreements side by side.

Everything from the document is shown through `safe_text` (plain text, safe links). Colours
come from the palette via the timeline's `Theme`, so cards and markings follow dark mode;
`Colors` is recomputed by the panel when the palette changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.model.grades import CREDIBILITY, RELIABILITY, grade_text
from timeline_app.core.model.timeline import Claim, Source, Stance
from timeline_app.core.model.zoned import UTC_CLOCK, Clock
from timeline_app.ui.article_provenance import provenance_widget
from timeline_app.ui.disagreements import figure
from timeline_app.ui.grade_fields import credibility_words, reliability_words
from timeline_app.ui.i18n import number, tr
from timeline_app.ui.safe_text import LinkLabel, elide, escape_tooltip, plain_label, soft_wrap
from timeline_app.ui.timeline.style import Theme, mix

QUOTE_LIMIT = 2_000  # characters of a quote shown in the full list
SHORT_QUOTE_LIMIT = 300  # ... and in a side-by-side column
PER_COLUMN = 4  # claims in one side-by-side column before "and N more"
BATCH_CLAIMS = 40  # claims added to the list at a time
BATCH_CHARS = 12_000  # ... or this much quoted text, whichever comes first
MAX_COLUMNS = 3  # side-by-side columns per row before wrapping to the next row
MIN_COLUMN_WIDTH = 120  # narrower than this (or than a card needs), fewer columns per row


def denies_mark() -> str:
    return "✗ " + tr("Denies")


@dataclass(frozen=True)
class Colors:
    """The few colours the details widgets need, derived from one palette."""

    muted: QColor
    dispute: QColor
    card: QColor
    dispute_card: QColor

    @classmethod
    def from_palette(cls, pal: QPalette) -> Colors:
        theme = Theme.from_palette(pal)
        window = pal.color(QPalette.ColorRole.Window)
        text = pal.color(QPalette.ColorRole.WindowText)
        card = mix(window, text, 0.06)
        return cls(
            muted=mix(text, window, 0.4),  # 4.8:1 on a card, light or dark
            dispute=mix(theme.dispute, text, 0.3),  # the canvas's hue, readable as text
            card=card,
            dispute_card=mix(card, theme.dispute, 0.08),
        )


def paint(widget: QWidget, fg: QColor | None = None, bg: QColor | None = None) -> None:
    """Set a widget's text and/or background colour (no style sheets: they defeat palettes)."""
    pal = widget.palette()
    if fg is not None:
        pal.setColor(QPalette.ColorRole.WindowText, fg)
        pal.setColor(QPalette.ColorRole.Text, fg)
    if bg is not None:
        pal.setColor(QPalette.ColorRole.Window, bg)
        widget.setAutoFillBackground(True)
    widget.setPalette(pal)


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def muted_label(text: str, colors: Colors) -> QLabel:
    label = plain_label(text)
    paint(label, fg=colors.muted)
    return label


def source_line(source: Source | None) -> str:
    """"military · Russia · reliability E (unreliable)": what is known of a source."""
    if source is None:
        return tr("not in the document's sources")
    parts = [elide(p.strip(), 200) for p in (source.kind, source.country) if p.strip()]
    if source.reliability in RELIABILITY:
        parts.append(tr("reliability {grade} ({meaning})").format(
            grade=source.reliability, meaning=reliability_words()[source.reliability]))
    return " · ".join(parts)


def grade_line(claim: Claim, source: Source | None) -> tuple[str, str] | None:
    """("KCNA · E5", "E: unreliable; 5: improbable") for a graded claim, else None: the
    Admiralty grade of what the source says (its reliability, then the claim's credibility)."""
    reliability = source.reliability if source is not None else None
    grade = grade_text(reliability, claim.credibility)
    if not grade:
        return None
    name = elide(source.name, 200) if source is not None else elide(claim.source, 200)
    words = [f"{reliability}: {reliability_words()[reliability]}"] \
        if reliability in RELIABILITY else []
    if claim.credibility in CREDIBILITY:
        words.append(f"{claim.credibility}: {credibility_words()[claim.credibility]}")
    return f"{name} · {grade}", "; ".join(words)


def card(colors: Colors, disputed: bool = False, name: str = "claim") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    paint(frame, bg=colors.dispute_card if disputed else colors.card)
    box = QVBoxLayout(frame)
    box.setContentsMargins(8, 6, 8, 6)
    box.setSpacing(3)
    return frame, box


def claim_card(claim: Claim, colors: Colors, source: Source | None = None,
               clock: Clock = UTC_CLOCK) -> QFrame:
    """One claim in full: quote, figure, stance, when it was said, its grade and where."""
    denies = claim.stance is Stance.DENIES
    frame, box = card(colors, disputed=denies)
    frame.setAccessibleName(tr("Claim (denies)") if denies else tr("Claim"))
    if claim.text.strip():
        quote = plain_label(soft_wrap(f"“{elide(claim.text.strip(), QUOTE_LIMIT)}”"))
        quote.setAccessibleName(tr("Quote"))
        box.addWidget(quote)
    if claim.value is not None:
        box.addWidget(bold(plain_label(soft_wrap(elide(figure(claim), 300)))))
    said = clock.describe(claim.published) if claim.published else None
    if denies:
        mark = bold(plain_label(denies_mark()))
        paint(mark, fg=colors.dispute)
        box.addWidget(mark)
        box.addWidget(muted_label(tr("Published {date}").format(date=said) if said is not None
                                  else tr("Date not given"), colors))
    else:
        box.addWidget(muted_label(tr("Affirms · published {date}").format(date=said)
                                  if said is not None else tr("Affirms · date not given"),
                                  colors))
    graded = grade_line(claim, source)
    if graded is not None:
        grade = muted_label(graded[0], colors)
        grade.setToolTip(escape_tooltip(graded[1]))
        grade.setAccessibleName(tr("Grade"))
        grade.setAccessibleDescription(graded[1])
        box.addWidget(grade)
    if claim.url.strip():
        box.addWidget(LinkLabel(claim.url.strip()))
    if (read_from := provenance_widget(claim)) is not None:
        box.addWidget(read_from)
    citation = claim.extra.get("citation")
    if isinstance(citation, str) and citation.strip():  # a citation that is not a link
        cited = tr("Cited: {citation}").format(citation=elide(citation.strip(), QUOTE_LIMIT))
        box.addWidget(muted_label(soft_wrap(cited), colors))
    return frame


def source_header(source_id: str, source: Source | None, colors: Colors) -> QWidget:
    """A source's name (its notes as tooltip), then its kind and country."""
    head = QWidget()
    head.setObjectName("source")
    box = QVBoxLayout(head)
    box.setContentsMargins(0, 6, 0, 0)
    box.setSpacing(1)
    name = bold(plain_label(soft_wrap(elide(source.name if source else source_id, 500))))
    name.setAccessibleName(tr("Source"))
    if source is not None and source.notes.strip():
        name.setToolTip(escape_tooltip(elide(source.notes.strip(), 2_000)))
    box.addWidget(name)
    line = source_line(source)
    if line:
        box.addWidget(muted_label(soft_wrap(line), colors))
    return head


class ClaimList(QWidget):
    """Every claim, grouped by source in order of first appearance, built a batch at a time.

    Laying out wrapped text costs about as much as the text is long, and one event in a
    stranger's file may carry thousands of long quotes; so the first batch is shown at once
    and a button adds the next, keeping each selection change quick.
    """

    def __init__(self, claims: list[Claim], sources: Mapping[str, Source], colors: Colors,
                 parent: QWidget | None = None, clock: Clock = UTC_CLOCK) -> None:
        super().__init__(parent)
        self.setObjectName("claim-list")
        groups: dict[str, list[Claim]] = {}
        for claim in claims:
            groups.setdefault(claim.source, []).append(claim)
        self._queue = [(sid, c) for sid, cs in groups.items() for c in cs]
        self._sources = sources
        self._colors = colors
        self._clock = clock
        self._done = 0
        self._last_source: str | None = None
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(4)
        self.more = QPushButton()
        self.more.setObjectName("more-claims")
        self.more.clicked.connect(self.show_more)
        self._box.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_more()

    @property
    def remaining(self) -> int:
        return len(self._queue) - self._done

    def show_more(self) -> None:
        """Add claims until `BATCH_CLAIMS` claims or `BATCH_CHARS` characters of text."""
        chars = count = 0
        while self._done < len(self._queue) and count < BATCH_CLAIMS and chars < BATCH_CHARS:
            sid, claim = self._queue[self._done]
            if sid != self._last_source:
                self._add(source_header(sid, self._sources.get(sid), self._colors))
                self._last_source = sid
            self._add(claim_card(claim, self._colors, self._sources.get(sid), self._clock))
            chars += min(len(claim.text), QUOTE_LIMIT)
            count += 1
            self._done += 1
        left = self.remaining
        self.more.setText(tr("Show more claims ({count} not shown)").format(count=number(left)))
        self.more.setAccessibleName(tr("Show more claims, {count} not shown").format(
            count=number(left)))
        self.more.setVisible(left > 0)

    def _add(self, widget: QWidget) -> None:
        self._box.insertWidget(self._box.count() - 1, widget)


def comparison(heading: str, columns: list[tuple[str, list[Claim]]],
               name_of: Callable[[str], str], show_stance: bool, colors: Colors) -> QWidget:
    """Disagreeing claims in columns, one per source, under a heading that says so in words."""
    view = QWidget()
    view.setObjectName("comparison")
    view.setAccessibleName(elide(heading, 300))
    box = QVBoxLayout(view)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(6)
    title = bold(plain_label(soft_wrap(f"⚠ {heading}")))
    title.setObjectName("comparison-heading")
    paint(title, fg=colors.dispute)
    box.addWidget(title)
    frames = []
    for source_id, claims in columns:
        denies = any(c.stance is Stance.DENIES for c in claims)
        frame, col = card(colors, disputed=denies, name="comparison-column")
        frame.setAccessibleName(tr("What {source} says").format(
            source=elide(name_of(source_id), 200)))
        col.addWidget(bold(plain_label(soft_wrap(elide(name_of(source_id), 300)))))
        if show_stance:
            stances = sorted({c.stance for c in claims}, key=list(Stance).index)
            text = (tr("Affirms and ✗ Denies") if len(stances) > 1 else denies_mark()
                    if Stance.DENIES in stances else tr("Affirms"))
            mark = plain_label(text)
            paint(mark, fg=colors.dispute if denies else colors.muted)
            col.addWidget(bold(mark) if denies else mark)
        for claim in claims[:PER_COLUMN]:
            if claim.value is not None:
                col.addWidget(bold(plain_label(soft_wrap(elide(figure(claim), 300)))))
            if claim.text.strip():
                quote = f"“{elide(claim.text.strip(), SHORT_QUOTE_LIMIT)}”"
                col.addWidget(plain_label(soft_wrap(quote)))
        if len(claims) > PER_COLUMN:
            col.addWidget(muted_label(tr("… and %Ln more", "", len(claims) - PER_COLUMN),
                                      colors))
        col.addStretch(1)
        frames.append(frame)
    box.addWidget(Columns(frames))
    return view


class Columns(QWidget):
    """Cards side by side, as many per row as fit (two to `MAX_COLUMNS`), re-flowed when
    the panel is resized."""

    def __init__(self, cards: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards = cards
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see below
        self._per_row = 0
        self._flow(MAX_COLUMNS)

    def per_row(self) -> int:
        return self._per_row

    def _flow(self, per_row: int) -> None:
        per_row = max(1, min(per_row, len(self._cards)))
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for card_ in self._cards:
            self._grid.removeWidget(card_)
        for i, card_ in enumerate(self._cards):
            self._grid.addWidget(card_, i // per_row, i % per_row)
        for c in range(self._grid.columnCount()):
            self._grid.setColumnStretch(c, 1 if c < per_row else 0)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest card alone: in a narrow panel the cards stack rather
        than push the panel's text beyond its right edge."""
        hint = super().minimumSizeHint()
        widest = max((c.minimumSizeHint().width() for c in self._cards), default=0)
        return QSize(widest, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width, spacing = event.size().width(), self._grid.spacing()
        fit, used = 0, -spacing
        for card_ in self._cards[:MAX_COLUMNS]:  # as many as their own widths allow
            used += spacing + max(MIN_COLUMN_WIDTH, card_.minimumSizeHint().width())
            if used > width:
                break
            fit += 1
        self._flow(max(1, fit))
