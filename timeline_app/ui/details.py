"""The Details panel: everything about one event, and where its sources disagree.

The first part is Qt-free: `disagreements(event)` finds the claims that conflict, by the
same rules as `derive_status` (a denial against an affirmation; different figures for the
same unit), so what the panel shows side by side is exactly why an event counts as
disputed. The panel then shows the event and its claims, all as plain text.
"""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from timeline_app.core.formats.date_hints import is_undated
from timeline_app.core.model.timeline import Event, Status, Timeline
from timeline_app.core.model.zoned import UTC_CLOCK, Clock
from timeline_app.ui.claims_view import ClaimList, Colors, bold, comparison, paint
from timeline_app.ui.disagreements import Kind, disagreements, status_word
from timeline_app.ui.i18n import number, tr
from timeline_app.ui.media_view import media_box
from timeline_app.ui.safe_text import LinkLabel, elide, is_safe_url, plain_label, soft_wrap

MAX_SIDE_BY_SIDE = 6  # columns shown for one disagreement
TITLE_LIMIT = 1_000
MAX_OTHER_FIELDS = 40  # a row may carry thousands of unknown columns
DESCRIPTION_LIMIT = 10_000  # laying out wrapped text costs ~10 ms per 1,000 characters


STATUS_MARKS = {Status.REPORTED: "", Status.CONFIRMED: "✓ ", Status.DISPUTED: "⚠ ",
                Status.DENIED: "✗ "}


# Where a written date-time may wrap in the narrow panel: before its time, its [zone] and
# after a zone's "/" (2025-04-27 T19:00-04:00 [America/ New_York]), as zero-width spaces.
_DATE_BREAKS = re.compile(r"(?<=[0-9])(?=T[0-9])|(?=\[)|(?<=[A-Za-z]/)")


def date_text(event: Event, clock: Clock = UTC_CLOCK) -> str:
    """The date as written and as resolved: "2024-10 · Oct 2024 (1–31 Oct 2024)"; a time
    of day as reported and in the display zone ("… 19:00 EDT · Mon 28 Apr 08:00 KST")."""
    if is_undated(event):
        return tr("No date (undated)")
    if event.end is None:
        return f"{event.start.text} · {clock.describe(event.start)}"
    return (f"{event.start.text} – {event.end.text} · "
            f"{clock.describe(event.start)} – {clock.describe(event.end)}")


def status_text(event: Event) -> str:
    word = STATUS_MARKS[event.status] + status_word(event.status)
    if event.status_set is not None:
        return tr("{status} (set in the file)").format(status=word)
    return tr("{status} (derived from the claims)").format(status=word)


class DetailsPanel(QWidget):
    """One event in full; `set_event` is called on every selection change, so the fixed
    fields are reused and only the claims are rebuilt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Event details"))
        self._timeline: Timeline | None = None
        self.clock = UTC_CLOCK  # the zone times are shown in, besides the one written
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

        self.empty = self._label(tr("No event selected"), tr("No event selected"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = bold(self._label("", tr("Event title")), 1.3)
        self.date = self._label("", tr("Event date"))
        self.status = self._label("", tr("Event status"))
        self.tags = self._label("", tr("Event tags"))
        self.location = self._label("", tr("Event location"))
        self.description = self._label("", tr("Event description"))
        self._form = QFormLayout()
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setHorizontalSpacing(10)
        self._form.setVerticalSpacing(4)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form_names: list[QLabel] = []
        for name, field in ((tr("Date"), self.date), (tr("Status"), self.status),
                            (tr("Tags"), self.tags), (tr("Location"), self.location)):
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

    def set_clock(self, clock: Clock) -> None:
        self.clock = clock
        self.refresh()

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
        self.date.setText(_DATE_BREAKS.sub("\u200b", soft_wrap(elide(date_text(event, self.clock),
                                                                      1_000))))
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
        box_widget.setAccessibleName(tr("Claims"))
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
        heading = (tr("Claims: {claims} from %Ln source(s)", "", nsrc).format(claims=number(n))
                   if n else tr("No claims: no source is cited for this event"))
        box.addWidget(bold(plain_label(heading), 1.1))
        box.addWidget(ClaimList(event.claims, sources, self._colors, clock=self.clock))
        if event.extra:
            box.addWidget(self._other_fields(event))
        return box_widget

    def _other_fields(self, event: Event) -> QWidget:
        """The fields the file has and the program keeps but does not model (an imported
        row's `article`, `image`, `link`): http(s) links clickable, anything else as text."""
        widget = QWidget()
        widget.setObjectName("other-fields")
        widget.setAccessibleName(tr("Other fields"))
        outer = QVBoxLayout(widget)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(bold(plain_label(tr("Other fields")), 1.1))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for n, (key, value) in enumerate(event.extra.items()):
            if n == MAX_OTHER_FIELDS:
                more = len(event.extra) - n
                form.addRow(plain_label(tr("… and %Ln more field(s)", "", more)))
                break
            text = (value if isinstance(value, str)
                    else json.dumps(value, ensure_ascii=False, default=str))
            field = (LinkLabel(text) if isinstance(value, str) and is_safe_url(text.strip())
                     else plain_label(soft_wrap(elide(text, 2_000))))
            field.setAccessibleName(elide(str(key), 200))
            caption = plain_label(elide(str(key), 80))
            paint(caption, fg=self._colors.muted)
            form.addRow(caption, field)
        outer.addLayout(form)
        return widget

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
