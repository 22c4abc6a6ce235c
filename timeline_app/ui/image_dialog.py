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
from timeline_app.ui.editing import date_text_at
from timeline_app.ui.form_fields import DateField, add_row
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.export import ExportRequest

SIZE_LIMITS = ((200, 20_000), (150, 20_000))  # as `timeline-app export --size` accepts
SIZES = ((1280, 720), (1600, 900), (1920, 1080), (3840, 2160))


def lane_choices() -> tuple[tuple[LaneMode, str], ...]:
    return ((LaneMode.SOURCE, tr("One lane per source")), (LaneMode.TAG, tr("One lane per tag")),
            (LaneMode.STATUS, tr("One lane per status")), (LaneMode.NONE, tr("A single lane")))


class ImageOptions(QDialog):
    """Size, date range and lanes of the picture; `request()` is the export request."""

    def __init__(self, base: ExportRequest, shown: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export Image"))
        self._base = base
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(tr("Size preset"))
        self.preset.addItem(tr("As the window"), (base.width, base.height))
        for w, h in SIZES:
            self.preset.addItem(tr("{width} × {height}").format(width=w, height=h), (w, h))
        self.width_box, self.height_box = (self._spin(lo, hi, name) for (lo, hi), name in
                                           zip(SIZE_LIMITS, (tr("Width"), tr("Height")),
                                               strict=True))
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
        row.addWidget(QLabel(tr("pixels"), size))
        size.setFocusProxy(self.preset)
        span = (base.end or 0) - (base.start or 0)
        self.date_from = DateField(tr("From"), required=False, parent=self)
        self.date_to = DateField(tr("To"), required=False, parent=self)
        if base.start is not None and base.end is not None:
            # EDTF, which the fields read in any language (and with a time of day)
            self.date_from.set_text(date_text_at(base.start, span))
            self.date_to.set_text(date_text_at(base.end, span))
        self.date_to.check = self._check_to
        self.date_from.changed.connect(self.date_to.validate)  # the end's check needs it
        self.date_to.changed.connect(self._update)
        self.lanes = QComboBox(self)
        self.lanes.setAccessibleName(tr("Lanes"))
        for mode, label in lane_choices():
            self.lanes.addItem(label, mode)
        self.lanes.setCurrentIndex(max(0, self.lanes.findData(base.lanes)))
        events = QLabel(tr("%Ln event(s): those the filter shows", "", shown), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        add_row(form, tr("&Size"), size)
        add_row(form, tr("&From"), self.date_from)
        add_row(form, tr("&To"), self.date_to)
        add_row(form, tr("&Lanes"), self.lanes)
        form.addRow(tr("Events"), events)
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
        return tr("the end is before the start") if start is not None and \
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
