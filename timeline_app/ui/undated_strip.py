"""The "Undated" strip under the timeline: events with no date at all, listed, not dropped.

Rows of a sheet and records of a list often have no date (the seed's casualty figures are
such claims). They cannot be placed on a time axis, but they are counted and must stay
visible: this strip names them, and a click selects one like a click in the table. It is
hidden while there are none (and follows the filter, like the table).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from timeline_app.core.formats.date_hints import is_undated
from timeline_app.core.model.timeline import Timeline
from timeline_app.core.query.index import undated_mask
from timeline_app.ui.document import Document
from timeline_app.ui.i18n import number, tr
from timeline_app.ui.safe_text import elide, escape_tooltip

SHOWN = 6  # events named in the strip; the rest are counted ("and 12 more")
TITLE_CHARS = 100  # shared by the titles named: one gets 100 characters, six get 16 each


class UndatedStrip(QWidget):
    """A one-line list of the undated events; `activated(event id)` on a click."""

    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undatedStrip")
        self.setAccessibleName(tr("Undated events"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 2, 8, 2)
        self._layout.setSpacing(6)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(self.label)
        self.buttons: list[QToolButton] = []
        self.more = QLabel(self)
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(self.more)
        self._layout.addStretch(1)
        self.ids: list[str] = []
        self.hide()

    def follow(self, document: Document, activated: Callable[[str], None]) -> None:
        """Keep up with a document (loads, edits, filter changes); call `activated`."""
        for signal in (document.loaded, document.edited, document.filterChanged):
            signal.connect(lambda *_: self._follow(document))
        self.activated.connect(activated)

    def _follow(self, document: Document) -> None:
        index = document.index
        # The filter index's extents say which events are undated: no scan of the events.
        undated = (np.flatnonzero(undated_mask(index.lo, index.hi))
                   if index is not None and index.timeline is document.timeline else None)
        self.set_events(document.timeline, document.mask, undated)

    def set_events(self, timeline: Timeline | None, mask: np.ndarray | None = None,
                   undated: np.ndarray | None = None) -> None:
        """Show the undated events of `timeline` that pass `mask` (None: all); `undated`,
        when known, holds their document positions."""
        events = timeline.events if timeline is not None else []
        if undated is None:
            shown = [e for i, e in enumerate(events)
                     if is_undated(e) and (mask is None or i >= len(mask) or mask[i])]
        else:
            if mask is not None and len(mask) == len(events):
                undated = undated[mask[undated]]
            shown = [events[i] for i in undated.tolist()]
        self.ids = [e.id for e in shown]
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        self._fill([e.id for e in shown[:SHOWN]], [e.title for e in shown[:SHOWN]])
        rest = len(shown) - SHOWN
        self.label.setText(tr("Undated ({count}):").format(count=number(len(shown))))
        self.more.setText(tr("and %Ln more (listed in the Events table)", "", rest)
                          if rest > 0 else "")
        self.setVisible(bool(shown))

    def _fill(self, ids: Sequence[str], titles: Sequence[str]) -> None:
        chars = max(16, TITLE_CHARS // max(1, len(ids)))  # the strip never widens the window
        for n, (event_id, title) in enumerate(zip(ids, titles, strict=True)):
            button = QToolButton(self)
            button.setAutoRaise(True)
            button.setText(elide(" ".join(title.split()), chars).replace("&", "&&"))
            button.setToolTip(escape_tooltip(elide(title, 500)))
            button.setAccessibleName(tr("Undated event: {title}").format(title=elide(title, 80)))
            button.clicked.connect(lambda _c=False, i=event_id: self.activated.emit(i))
            self._layout.insertWidget(1 + n, button)
            self.buttons.append(button)
