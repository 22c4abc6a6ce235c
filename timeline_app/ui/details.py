"""The Details panel: everything about one event, and where its sources disagree.

The first part is Qt-free: `disagreements(event)` finds the claims that conflict, by the
same rules as `derive_status` (a denial against an affirmation; different figures for the
same unit), so what the panel shows side by side is exactly why an event counts as
disputed. The panel then shows the event and its claims, all as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from timeline_app.core.formats.date_hints import is_undated
from timeline_app.core.model.timeline import Claim, Event, Stance, Status, Timeline
from timeline_app.ui.claims_view import (
    ClaimList,
    Colors,
    bold,
    comparison,
    format_value,
    paint,
)
from timeline_app.ui.media_view import media_box
from timeline_app.ui.safe_text import elide, plain_label, soft_wrap

MAX_NAMED = 6  # sources named in a heading before "and N more"
MAX_SIDE_BY_SIDE = 6  # columns shown for one disagreement
TITLE_LIMIT = 1_000
DESCRIPTION_LIMIT = 10_000  # laying out wrapped text costs ~10 ms per 1,000 characters


class Kind(StrEnum):
    STANCE = "stance"  # one claim denies what another affirms
    FIGURES = "figures"  # different values for the same unit
    MARKED = "marked"  # the file says disputed; no conflict the rules can see


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Claims that conflict, grouped by source in the order sources first appear."""

    kind: Kind
    columns: tuple[tuple[str, tuple[Claim, ...]], ...]  # (source id, its claims)
    unit: str = ""  # for FIGURES: the unit as first written

    def heading(self, name_of: Callable[[str], str]) -> str:
        """The disagreement in words, e.g. "Sources disagree on killed: NIS 300 · X 4,000"."""
        cols = self.columns[:MAX_NAMED]
        more = len(self.columns) - len(cols)

        def name(sid: str) -> str:
            return elide(name_of(sid), 80)

        def listing(parts: list[str], sep: str) -> str:
            return sep.join(parts) + (f"{sep}and {more} more" if more else "")

        if self.kind is Kind.STANCE:
            parts = [f"{name(sid)} {stance_words(claims)}" for sid, claims in cols]
            return "Sources disagree: " + listing(parts, ", ")
        if self.kind is Kind.FIGURES:
            what = self.unit or "the figure"
            if len(self.columns) == 1:
                sid, claims = self.columns[0]
                values = " · ".join(format_value(c.value or 0) for c in claims)
                return f"{name(sid)} gives different figures for {what}: {values}"
            parts = [f"{name(sid)} {values_text(claims, with_unit=False)}" for sid, claims in cols]
            return f"Sources disagree on {what}: " + listing(parts, " · ")
        if any(c.value is not None for _, claims in cols for c in claims):
            parts = [f"{name(sid)} {values_text(claims, with_unit=True)}" for sid, claims in cols]
            return "Disputed figures, in different units: " + listing(parts, " · ")
        return "Marked disputed; compare what the sources say: " + listing(
            [name(sid) for sid, _ in cols], ", ")


def stance_words(claims: tuple[Claim, ...]) -> str:
    stances = {c.stance for c in claims}
    if len(stances) > 1:
        return "affirms and denies"
    return "denies" if Stance.DENIES in stances else "affirms"


def values_text(claims: tuple[Claim, ...], with_unit: bool) -> str:
    out = []
    for c in claims:
        if c.value is not None:
            unit = f" {c.unit.strip()}" if with_unit and c.unit.strip() else ""
            out.append(format_value(c.value) + unit)
    return ", ".join(dict.fromkeys(out)) or "no figure"


def _by_source(claims: list[Claim]) -> tuple[tuple[str, tuple[Claim, ...]], ...]:
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(claim.source, []).append(claim)
    return tuple((sid, tuple(cs)) for sid, cs in groups.items())


def unit_key(unit: str) -> str:
    """Units compare without case and surrounding spaces, as in `derive_status`."""
    return unit.strip().casefold()


def disagreements(event: Event) -> list[Disagreement]:
    """Why the event's sources conflict: a stance conflict first, then one per unit whose
    figures differ; if the file marks it disputed but neither rule applies, its sources
    (two or more) side by side so the reader can judge."""
    claims = event.claims
    out: list[Disagreement] = []
    if len({c.stance for c in claims}) > 1:
        out.append(Disagreement(Kind.STANCE, _by_source(claims)))
    by_unit: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.value is not None:
            by_unit.setdefault(unit_key(claim.unit), []).append(claim)
    for same_unit in by_unit.values():
        if len({c.value for c in same_unit}) > 1:
            out.append(Disagreement(Kind.FIGURES, _by_source(same_unit),
                                    unit=same_unit[0].unit.strip()))
    if not out and event.status is Status.DISPUTED and len(event.source_ids()) > 1:
        with_values = [c for c in claims if c.value is not None]
        pick = with_values if len({c.source for c in with_values}) > 1 else claims
        out.append(Disagreement(Kind.MARKED, _by_source(pick)))
    return out


STATUS_TEXT = {
    Status.REPORTED: "Reported",
    Status.CONFIRMED: "✓ Confirmed",
    Status.DISPUTED: "⚠ Disputed",
    Status.DENIED: "✗ Denied",
}


def date_text(event: Event) -> str:
    """The date as written and as resolved: "2024-10 · Oct 2024 (1–31 Oct 2024)"."""
    if is_undated(event):
        return "No date (undated)"
    if event.end is None:
        return f"{event.start.text} · {event.start.describe()}"
    return (f"{event.start.text} – {event.end.text} · "
            f"{event.start.describe()} – {event.end.describe()}")


def status_text(event: Event) -> str:
    how = "set in the file" if event.status_set is not None else "derived from the claims"
    return f"{STATUS_TEXT[event.status]} ({how})"


class DetailsPanel(QWidget):
    """One event in full; `set_event` is called on every selection change, so the fixed
    fields are reused and only the claims are rebuilt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Event details")
        self._timeline: Timeline | None = None
        self._event: Event | None = None
        self._colors = Colors.from_palette(self.palette())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self._scroll)
        body = QWidget()
        body.setObjectName("details-body")
        self._scroll.setWidget(body)
        self._box = QVBoxLayout(body)
        self._box.setContentsMargins(12, 12, 12, 12)
        self._box.setSpacing(10)

        self.empty = self._label("No event selected", "No event selected")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = bold(self._label("", "Event title"), 1.3)
        self.date = self._label("", "Event date")
        self.status = self._label("", "Event status")
        self.tags = self._label("", "Event tags")
        self.location = self._label("", "Event location")
        self.description = self._label("", "Event description")
        self._form = QFormLayout()
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setHorizontalSpacing(10)
        self._form.setVerticalSpacing(4)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form_names: list[QLabel] = []
        for name, field in (("Date", self.date), ("Status", self.status),
                            ("Tags", self.tags), ("Location", self.location)):
            caption = QLabel(name)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            self._form_names.append(caption)
            self._form.addRow(caption, field)
        self._box.addWidget(self.empty, 1_000)  # takes the height from the end stretch: centred
        self._box.addWidget(self.title)
        self._box.addLayout(self._form)
        self._box.addWidget(self.description)
        self._claims: QWidget | None = None
        self._box.addStretch(1)
        self._apply_colors()
        self._show(None, None)

    def _label(self, text: str, accessible: str) -> QLabel:
        label = plain_label(text)
        label.setAccessibleName(accessible)
        return label

    @property
    def current_event(self) -> Event | None:
        """The event shown (not named `event`: that would shadow QWidget.event())."""
        return self._event

    def set_event(self, timeline: Timeline | None, event: Event | None) -> None:
        """Show `event` (None or no timeline: the empty state) from the top."""
        self._show(timeline, event)
        self._scroll.verticalScrollBar().setValue(0)

    def refresh(self) -> None:
        """Show the current event again, e.g. after an edit, keeping the scroll position."""
        self._show(self._timeline, self._event)

    def _show(self, timeline: Timeline | None, event: Event | None) -> None:
        self._timeline, self._event = timeline, event
        if self._claims is not None:
            self._claims.hide()
            self._box.removeWidget(self._claims)
            self._claims.deleteLater()
            self._claims = None
        shown = event is not None
        self.empty.setVisible(not shown)
        self.title.setVisible(shown)
        for row in range(self._form.rowCount()):
            self._form.setRowVisible(row, shown)
        self.description.setVisible(shown)
        if event is None:
            return
        self.title.setText(soft_wrap(elide(event.title, TITLE_LIMIT)))
        self.date.setText(soft_wrap(elide(date_text(event), 1_000)))
        self.status.setText(status_text(event))
        paint(self.status, fg=self._colors.dispute if event.status is Status.DISPUTED
              else self.palette().color(self.foregroundRole()))
        self.tags.setText(soft_wrap(elide(", ".join(event.tags), 2_000)))
        self.location.setText(soft_wrap(elide(event.location, 1_000)))
        self._form.setRowVisible(2, bool(event.tags))
        self._form.setRowVisible(3, bool(event.location.strip()))
        self.description.setText(soft_wrap(elide(event.description.strip(), DESCRIPTION_LIMIT)))
        self.description.setVisible(bool(event.description.strip()))
        self._claims = self._build_claims(timeline, event)
        self._box.insertWidget(self._box.count() - 1, self._claims)

    def _build_claims(self, timeline: Timeline | None, event: Event) -> QWidget:
        box_widget = QWidget()
        box_widget.setObjectName("claims")
        box_widget.setAccessibleName("Claims")
        box = QVBoxLayout(box_widget)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(12)
        media = media_box(event.extra.get("media"), self._colors)
        if media is not None:
            box.addWidget(media)
        sources = timeline.sources if timeline is not None else {}

        def name_of(sid: str) -> str:
            return sources[sid].name if sid in sources else sid

        for d in disagreements(event):
            cols = [(sid, list(cs)) for sid, cs in d.columns[:MAX_SIDE_BY_SIDE]]
            box.addWidget(comparison(d.heading(name_of), cols, name_of,
                                     show_stance=d.kind is Kind.STANCE, colors=self._colors))
        n, nsrc = len(event.claims), len(event.source_ids())
        heading = (f"Claims: {n} from {nsrc} source{'s' * (nsrc != 1)}" if n
                   else "No claims: no source is cited for this event")
        box.addWidget(bold(plain_label(heading), 1.1))
        box.addWidget(ClaimList(event.claims, sources, self._colors))
        return box_widget

    def _apply_colors(self) -> None:
        self._colors = Colors.from_palette(self.palette())
        paint(self.empty, fg=self._colors.muted)
        for caption in self._form_names:
            paint(caption, fg=self._colors.muted)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # also follows app palette changes
            self._apply_colors()
            self.refresh()
