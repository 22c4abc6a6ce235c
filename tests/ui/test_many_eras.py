"""Fifty thousand eras: painted as one coverage image, so a repaint costs what the canvas
shows (issue 12: it took 9 s a frame), with the bands where the eras are and titles that
do not run over each other."""

from __future__ import annotations

import datetime
import itertools
import statistics
import time

from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from timeline_app.core.formats.registry import load_bytes
from timeline_app.core.model.calendar import to_seconds
from timeline_app.ui.timeline import era_bands
from timeline_app.ui.timeline.painter import Marks, paint_scene
from timeline_app.ui.timeline.widget import TimelineWidget


def _document(n: int, gap_from: int | None = None, days: int = 1) -> bytes:
    """`n` eras, one a day from 1900, each `days` long (so they overlap when longer)."""
    d0 = datetime.date(1900, 1, 1)
    eras = [{"title": f"Era {i}", "start": (d0 + datetime.timedelta(days=i)).isoformat(),
             "end": (d0 + datetime.timedelta(days=i + days)).isoformat()}
            for i in range(n) if gap_from is None or not gap_from <= i < gap_from + 3000]
    return json_bytes({"events": [{"title": "first", "start": "1900-01-01"},
                                  {"title": "last", "start": "2036-11-01"}], "eras": eras})


def json_bytes(value: object) -> bytes:
    import json

    return json.dumps(value).encode()


def _view(qtbot, data: bytes) -> TimelineWidget:
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1600, 900)
    w.set_document(load_bytes(data, "eras.json").timeline)
    return w


def _frame_ms(w: TimelineWidget, image: QImage) -> float:
    fonts, theme = w._style()
    start = time.perf_counter()
    p = QPainter(image)
    paint_scene(p, w.scene(), w.doc_view(), theme, fonts, Marks())
    p.end()
    return (time.perf_counter() - start) * 1000


def test_fifty_thousand_eras_repaint_in_a_frame(qtbot) -> None:
    w = _view(qtbot, _document(50_000))
    w.fit_all()
    assert len(w.scene().eras) == 50_000
    image = QImage(1600, 900, QImage.Format.Format_ARGB32_Premultiplied)
    _frame_ms(w, image)  # the image is made once per layout
    median = statistics.median(_frame_ms(w, image) for _ in range(15))
    assert median < 16 * 3, median  # 16 ms on an idle machine (bench); was 260 ms


def test_the_bands_show_where_eras_are_and_only_there(qtbot) -> None:
    w = _view(qtbot, _document(20_000, gap_from=10_000))
    w.set_viewport(to_seconds(1900), to_seconds(1960))
    scene = w.scene()
    assert len(scene.eras) > era_bands.BANDS_ABOVE
    image = w.grab().toImage()
    y = w.height() - 3
    inside = round(w.x_of(to_seconds(1910)))
    gap = round(w.x_of(to_seconds(1933.5)))  # days 10,000 to 13,000: no era
    after = round(w.x_of(to_seconds(1945)))
    assert image.pixelColor(inside, y) != image.pixelColor(gap, y)
    assert image.pixelColor(after, y) == image.pixelColor(inside, y)


def test_titles_of_many_wide_eras_do_not_overlap(qtbot) -> None:
    w = _view(qtbot, _document(2_000, days=400))  # each era overlaps 400 others
    w.set_viewport(to_seconds(1901), to_seconds(1903))
    assert len(w.scene().eras) > era_bands.BANDS_ABOVE
    image = QImage(1600, 900, QImage.Format.Format_ARGB32_Premultiplied)
    _frame_ms(w, image)
    fm = QFontMetricsF(w._style()[0].small)
    titles = era_bands._last[2].titles
    assert 10 < len(titles) < 1600 / era_bands.MIN_TITLE_PX
    for (a, text), (b, _) in itertools.pairwise(titles):
        assert b.left() >= a.left() + min(a.width(), fm.horizontalAdvance(text))
