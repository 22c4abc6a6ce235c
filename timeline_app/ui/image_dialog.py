"""The Export image options: the command line's `--size`, `--from`/`--to` and `--lanes`,
in a dialog that starts from the window's view. The events are those the filter shows (the
window's counterpart of `--source`), and the dialog says how many."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.core.model.dates import format_instant
from timeline_app.ui.form_fields import DateField, add_row
from timeline_app.ui.timeline.export import ExportRequest
from timeline_app.ui.window_state import precision_for_span

LANE_CHOICES = ((LaneMode.SOURCE, "One lane per source"), (LaneMode.TAG, "One lane per tag"),
                (LaneMode.STATUS, "One lane per status"), (LaneMode.NONE, "A single lane"))
SIZE_LIMITS = ((200, 20_000), (150, 20_000))  # as `timeline-app export --size` accepts
PRESETS = (("As the window", None), ("1280 × 720", (1280, 720)), ("1600 × 900", (1600, 900)),
           ("1920 × 1080", (1920, 1080)), ("3840 × 2160", (3840, 2160)))


class ImageOptions(QDialog):
    """Size, date range and lanes of the picture; `request()` is the export request."""

    def __init__(self, base: ExportRequest, shown: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export Image")
        self._base = base
        self.preset = QComboBox(self)
        self.preset.setAccessibleName("Size preset")
        for label, size in PRESETS:
            self.preset.addItem(label, size or (base.width, base.height))
        self.width_box, self.height_box = (self._spin(lo, hi, name) for (lo, hi), name in
                                           zip(SIZE_LIMITS, ("Width", "Height"), strict=True))
        self.width_box.setValue(base.width)
        self.height_box.setValue(base.height)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        size = QWidget(self)
        row = QHBoxLayout(size)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preset)
        row.addWidget(self.width_box)
        row.addWidget(QLabel("×", size))
        row.addWidget(self.height_box)
        row.addWidget(QLabel("pixels", size))
        size.setFocusProxy(self.preset)
        span = (base.end or 0) - (base.start or 0)
        precision = precision_for_span(span)
        self.date_from = DateField("From", required=False, parent=self)
        self.date_to = DateField("To", required=False, parent=self)
        if base.start is not None and base.end is not None:
            self.date_from.set_text(format_instant(base.start, precision))
            self.date_to.set_text(format_instant(base.end, precision))
        self.date_to.check = self._check_to
        self.date_from.changed.connect(self.date_to.validate)  # the end's check needs it
        self.date_to.changed.connect(self._update)
        self.lanes = QComboBox(self)
        self.lanes.setAccessibleName("Lanes")
        for mode, label in LANE_CHOICES:
            self.lanes.addItem(label, mode)
        self.lanes.setCurrentIndex(max(0, self.lanes.findData(base.lanes)))
        events = QLabel(f"{shown:,} event{'s' * (shown != 1)}: those the filter shows", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("&Export…")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        add_row(form, "&Size", size)
        add_row(form, "&From", self.date_from)
        add_row(form, "&To", self.date_to)
        add_row(form, "&Lanes", self.lanes)
        form.addRow("Events", events)
        form.addRow(self.buttons)
        self._update()

    def _spin(self, lo: int, hi: int, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(lo, hi)
        box.setAccessibleName(name)
        return box

    def _preset_chosen(self) -> None:
        width, height = self.preset.currentData()
        self.width_box.setValue(width)
        self.height_box.setValue(height)

    def _check_to(self, end) -> str:
        start = self.date_from.date
        return "the end is before the start" if start is not None and \
            end.latest <= start.earliest else ""

    def _update(self) -> None:
        self.ok.setEnabled(self.date_from.valid and self.date_to.valid)

    def request(self) -> ExportRequest:
        """The picture asked for: a blank or open date fits the events, as on the command line."""
        start = _finite(self.date_from.date.earliest if self.date_from.date else None)
        end = _finite(self.date_to.date.latest if self.date_to.date else None)
        return replace(self._base, width=self.width_box.value(),
                       height=self.height_box.value(), start=start, end=end,
                       lanes=LaneMode(self.lanes.currentData()))


def _finite(t: float | None) -> float | None:
    return t if t is not None and math.isfinite(t) else None  # ".": fit the events
