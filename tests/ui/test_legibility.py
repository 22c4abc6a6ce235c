"""Issue 16 §4: a large font and a dark high-contrast palette keep the timeline legible."""

from __future__ import annotations

import json

from PySide6.QtGui import QColor, QFont, QPalette

from timeline_app.core.formats.registry import load_bytes
from timeline_app.ui.timeline.widget import TimelineWidget

DOC = {"events": [{"title": f"Event {i}", "start": f"{1900 + i}-01-01"} for i in range(5)]}


def _lum(c: QColor) -> float:
    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_lum(a), _lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _widget(qtbot, font: QFont | None = None, pal: QPalette | None = None) -> TimelineWidget:
    w = TimelineWidget()
    qtbot.addWidget(w)
    if font is not None:
        w.setFont(font)
    if pal is not None:
        w.setPalette(pal)
    w.resize(900, 400)
    w.set_document(load_bytes(json.dumps(DOC).encode(), "a.json").timeline)
    w.show()
    w.grab()
    return w


def test_large_font_and_high_contrast(qtbot):
    small = _widget(qtbot)
    base_font = QFont(small.font())
    big_font = QFont(base_font)
    big_font.setPointSizeF(base_font.pointSizeF() * 2)
    pal = QPalette()
    r = QPalette.ColorRole
    for role, colour in ((r.Base, "#000000"), (r.Window, "#000000"), (r.Text, "#ffffff"),
                         (r.WindowText, "#ffffff")):
        pal.setColor(role, QColor(colour))
    big = _widget(qtbot, big_font, pal)
    assert big.scene().text_h >= 1.6 * small.scene().text_h
    _fonts, theme = big._style()
    assert _contrast(theme.text, theme.base) >= 7
    img = big.grab().toImage()
    whites = sum(1 for x in range(0, img.width(), 2) for y in range(0, img.height(), 2)
                 if QColor(img.pixel(x, y)).lightness() > 200)
    assert whites > 0  # label text drawn in the palette's text colour on black
