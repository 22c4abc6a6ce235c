"""Colours, fonts and text measurement for the timeline, shared by the screen and export.

Canvas colours come from the widget's `QPalette`, so the view follows the light or dark
system scheme; lane colours come from the Okabe–Ito colour-blind-safe set (black and yellow
left out: invisible on one of the two backgrounds), lightened on dark backgrounds, unless a
source sets its own colour. With high contrast (the system's preference, Qt's
QAccessibilityHints, or View > High Contrast) muted text, grid lines and the uncertain parts
of extents are drawn stronger and every lane colour is pushed to at least 4.5:1 against the
canvas (WCAG AA for text), so nothing is told by a faint tone alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPalette, QStyleHints

from timeline_app.ui.timeline.colors import CATEGORICAL, DISPUTE_COLOR

_high_contrast: bool | None = None  # View > High Contrast; None: as the system prefers


def set_high_contrast(on: bool | None) -> None:
    """Override the system's contrast preference (None: follow it again)."""
    global _high_contrast
    _high_contrast = on


def high_contrast() -> bool:
    """Whether to draw for high contrast: the user's choice, else the system's."""
    if _high_contrast is not None:
        return _high_contrast
    app = QGuiApplication.instance()
    if app is None:
        return False
    hints: QStyleHints = QGuiApplication.styleHints()
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def luminance(c: QColor) -> float:
    """WCAG relative luminance."""
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """`a` moved a fraction `t` of the way towards `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


@dataclass(frozen=True)
class Theme:
    """Every colour the painter uses, derived from one palette."""

    base: QColor
    alt: QColor
    window: QColor
    text: QColor
    muted: QColor
    grid: QColor
    grid_major: QColor
    highlight: QColor
    highlight_text: QColor
    search: QColor
    today: QColor
    dispute: QColor
    overview_bar: QColor  # the overview's histogram: a muted tone of the text colour
    fade_alpha: int  # opacity of an extent's uncertain part (more on dark backgrounds)
    dark: bool
    high_contrast: bool = False

    @classmethod
    def from_palette(cls, pal: QPalette, high: bool | None = None) -> Theme:
        """`high`: draw for high contrast (None: as `high_contrast()` says)."""
        high = high_contrast() if high is None else high
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        dark = base.lightnessF() < 0.5
        window = pal.color(QPalette.ColorRole.Window)
        if abs(window.lightnessF() - base.lightnessF()) < 0.03:
            # Headers and the axis band must stand apart from the canvas even where a
            # (typically dark) palette makes the window the same colour as the base.
            window = mix(base, text, 0.06)
        if high:
            return cls(
                base=base, alt=base, window=mix(base, text, 0.1), text=text,
                muted=mix(text, base, 0.18), grid=mix(base, text, 0.3),
                grid_major=mix(base, text, 0.6),
                highlight=pal.color(QPalette.ColorRole.Highlight),
                highlight_text=pal.color(QPalette.ColorRole.HighlightedText),
                search=QColor("#6b5e00") if dark else QColor("#ffe45c"),
                today=QColor("#ff9c8f") if dark else QColor("#a01c10"),
                dispute=QColor("#ffa060") if dark else QColor("#a04000"),
                overview_bar=mix(text, base, 0.2), fade_alpha=190, dark=dark,
                high_contrast=True)
        return cls(
            base=base,
            alt=mix(base, text, 0.035),
            window=window,
            text=text,
            muted=mix(text, base, 0.42),
            grid=mix(base, text, 0.08),
            grid_major=mix(base, text, 0.2),
            highlight=pal.color(QPalette.ColorRole.Highlight),
            highlight_text=pal.color(QPalette.ColorRole.HighlightedText),
            search=QColor("#8a7a00") if dark else QColor("#fff2a8"),
            today=QColor("#ff7f6e") if dark else QColor("#c0392b"),
            dispute=QColor("#ff8c42") if dark else QColor(DISPUTE_COLOR),
            overview_bar=mix(text, base, 0.5 if dark else 0.45),
            fade_alpha=125 if dark else 70,
            dark=dark,
        )

    def lane_color(self, spec: str | None, number: int) -> QColor:
        """A source's own colour if valid, else the `number`-th palette colour; made
        lighter on a dark background so it stays legible."""
        color = QColor(spec) if spec else QColor()
        if not color.isValid():
            color = QColor(CATEGORICAL[number % len(CATEGORICAL)])
        if self.dark and color.lightnessF() < 0.55:
            color = mix(color, QColor("white"), 0.35)
        if self.high_contrast:  # towards the text colour until it reads as text would
            for step in range(1, 11):
                if contrast(color, self.base) >= 4.5:
                    break
                color = mix(color, self.text, 0.1 * step)
        return color


class TextMeasure:
    """Label widths for many strings at once, in the label font.

    QFontMetricsF costs about 10 µs a string; summing per-character advances from a table
    (kerning is off in the label font, so this is what gets drawn) is one numpy call for a
    whole frame's labels. Characters beyond the table are measured once and remembered.
    """

    TABLE = 0x250  # Latin; other characters (and their scripts) only when met

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.font.setKerning(False)
        self.metrics = QFontMetricsF(self.font)
        fm = self.metrics
        self._table = np.array([fm.horizontalAdvance(chr(c)) if not 0xD800 <= c < 0xE000
                                else 0.0 for c in range(self.TABLE)], dtype=np.float64)
        self._extra: dict[int, float] = {}
        self._single: dict[str, float] = {}  # axis labels recur on every frame
        self.height = fm.height()
        self.ascent = fm.ascent()

    def width(self, text: str) -> float:
        w = self._single.get(text)
        if w is None:
            if len(self._single) > 4096:
                self._single.clear()
            w = self._single[text] = float(self._widths([text])[0])
        return w

    def widths(self, texts: list[str]) -> np.ndarray:
        if len(texts) == 1:
            return np.array([self.width(texts[0])])
        return self._widths(texts)

    def _widths(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
        codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
        big = codes >= self.TABLE
        w = self._table[np.where(big, 0, codes)]
        if big.any():
            for i in np.flatnonzero(big).tolist():
                c = int(codes[i])
                if c not in self._extra:
                    self._extra[c] = self.metrics.horizontalAdvance(chr(c))
                w[i] = self._extra[c]
        sums = np.concatenate(([0.0], np.cumsum(w)))
        ends = np.cumsum(lens)
        return sums[ends] - sums[ends - lens] + np.where(lens > 0, 1.0, 0.0)


@dataclass(frozen=True)
class Fonts:
    """The fonts of one rendering: labels, bold axis majors, small counts."""

    label: QFont
    bold: QFont
    small: QFont
    strike: QFont
    measure: TextMeasure

    @classmethod
    def from_font(cls, font: QFont) -> Fonts:
        measure = TextMeasure(font)
        label = measure.font
        bold = QFont(label)
        bold.setBold(True)
        small = QFont(label)
        small.setPointSizeF(max(6.0, label.pointSizeF() * 0.85)) if label.pointSizeF() > 0 \
            else small.setPixelSize(max(8, int(label.pixelSize() * 0.85)))
        strike = QFont(label)
        strike.setStrikeOut(True)
        return cls(label, bold, small, strike, measure)
