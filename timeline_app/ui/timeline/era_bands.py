"""Many eras at once, painted at the cost of the canvas width rather than the era count.

Each era is a translucent full-height band. Beyond a few hundred visible eras one
`fillRect` each costs tens of milliseconds a frame (50,000 eras: a quarter of a second)
while most are narrower than a pixel. Past `BANDS_ABOVE` the bands become one image with a
column per pixel, as opaque as the number of eras covering that column, and only titles
that do not run into the previous one are drawn. Both are made once per scene (a
layout), so a repaint costs a few draw calls.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from timeline_app.ui.timeline.scene import Scene

BANDS_ABOVE = 200  # visible eras; up to this many are painted one by one
_ALPHA = 35 / 255  # one era's opacity (the one-by-one path alternates 26 and 44)
_MAX_LAYERS = 2  # no darker than two eras: the bands stay a background
MIN_TITLE_PX = 12


@dataclass
class _Prepared:
    image: QImage
    pixels: np.ndarray  # owns the image's memory
    titles: list[tuple[QRectF, str]]


# The last scene's era list (held, so its identity cannot be reused), style key, result.
_last: tuple[list[tuple[str, float, float]], int, _Prepared] | None = None


def paint_many(p: QPainter, scene: Scene, highlight: QColor, fm: QFontMetricsF) -> None:
    """Paint `scene.eras` (more than BANDS_ABOVE) as one coverage image plus titles."""
    global _last
    key = (highlight.rgba() << 8) ^ hash(fm.height())
    if _last is not None and _last[0] is scene.eras and _last[1] == key:
        prepared = _last[2]
    else:
        prepared = _prepare(scene, highlight, fm)
        _last = (scene.eras, key, prepared)
    image = prepared.image
    p.drawImage(QRectF(0, scene.axis_h, image.width(), image.height()), image)
    for rect, text in prepared.titles:
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _prepare(scene: Scene, highlight: QColor, fm: QFontMetricsF) -> _Prepared:
    x0, x1 = scene.eras.x0, scene.eras.x1
    width = max(1, int(np.ceil(scene.canvas_w)))
    columns = np.arange(width, dtype=np.float64)
    begun = np.searchsorted(np.sort(x0), columns + 1, side="left")  # start before its right
    ended = np.searchsorted(np.sort(x1), columns, side="right")  # ended by its left edge
    layers = np.clip(begun - ended, 0, _MAX_LAYERS)
    alpha = np.rint(255 * (1 - (1 - _ALPHA) ** layers)).astype(np.uint32)
    c = highlight
    pixels = ((alpha << 24) | (c.red() * alpha // 255) << 16 | (c.green() * alpha // 255) << 8
              | (c.blue() * alpha // 255)).astype(np.uint32)
    # Full height: blending an image of the target's size is a fast copy, while scaling a
    # one-pixel row up costs several milliseconds every frame.
    height = max(1, int(np.ceil(scene.height - scene.axis_h)))
    pixels = np.ascontiguousarray(np.broadcast_to(pixels, (height, width)))
    image = QImage(pixels.data, width, height, width * 4,
                   QImage.Format.Format_ARGB32_Premultiplied)
    left = np.maximum(x0, 0.0) + 4
    right = np.minimum(x1, scene.canvas_w) - 4
    titles: list[tuple[QRectF, str]] = []
    free = -np.inf
    wide = np.nonzero(right - left > MIN_TITLE_PX)[0]
    for i in wide[np.argsort(left[wide], kind="stable")].tolist():
        if left[i] < free:
            continue  # it would run into the title before it
        text = fm.elidedText(scene.eras.title(i), Qt.TextElideMode.ElideRight, right[i] - left[i])
        titles.append((QRectF(left[i], scene.axis_h + 1, right[i] - left[i], fm.height() + 2),
                       text))
        free = left[i] + fm.horizontalAdvance(text) + 8
    return _Prepared(image, pixels, titles)
