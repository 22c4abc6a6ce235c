"""Regression guard for PySide6 6.12.0 on Python 3.11, which decremented None's refcount on
every void call (QPainter.drawRect...) and aborted after about 1e5 calls. pyproject pins
around it; this paints a few hundred thousand primitives and checks None survived."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QImage, QPainter


def test_void_calls_do_not_leak_none_refcount(qapp) -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    rect, line = QRectF(1, 1, 10, 10), QLineF(0, 0, 20, 20)
    before = sys.getrefcount(None)
    p = QPainter(image)
    try:
        for _ in range(100_000):
            p.drawRect(rect)
            p.drawLine(line)
            p.fillRect(rect, 0)
    finally:
        p.end()
    after = sys.getrefcount(None)
    assert after >= before - 1000, (before, after)
