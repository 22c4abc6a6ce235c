"""The window is laid out for the timeline: the canvas takes most of the width, source
names are not cut for a Kind column, the filter bar's hints stay readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from tests.conftest import SEED
from tests.ui.conftest import open_and_wait
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.models.sources import KIND, NAME


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1600, 1000)])
def test_canvas_gets_most_of_the_width(qtbot, config_dir, width, height) -> None:
    window = MainWindow()  # a first start: no saved layout
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    open_and_wait(qtbot, window, SEED)
    qtbot.waitUntil(lambda: not window._default_layout_pending)
    qtbot.waitUntil(lambda: not window._fit_sources_pending)
    qtbot.wait(50)  # the docks' and the header's resizes settle
    QApplication.processEvents()
    ratio = window.panel.width() / window.width()
    assert ratio >= 0.6, ratio
    assert window.width() == width
    assert window.details_dock.width() < window.panel.width() / 2
    view = window.sources_panel.view
    assert view.header().isSectionHidden(KIND)  # Kind is a tooltip (or an optional column)
    model = view.model()
    # The Sources panel is sized to its names: all but the very longest (41 characters,
    # Valery Gerasimov's, shown by tooltip and wrapped in its lane) stand unelided.
    names = sorted((model.index(r, NAME).data() for r in range(model.rowCount())), key=len)
    for name in names[:-1]:
        row = next(r for r in range(model.rowCount()) if model.index(r, NAME).data() == name)
        index = model.index(row, NAME)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        option.rect = view.visualRect(index)
        text_rect = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option,
                                                view)
        needed = view.fontMetrics().horizontalAdvance(name)
        assert text_rect.width() >= needed, (name, text_rect.width(), needed)
    row = next(r for r in range(model.rowCount())
               if model.index(r, NAME).data() == "Yonhap News Agency")
    index = model.index(row, NAME)
    assert "news agency" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_kind_column_can_be_shown(seeded) -> None:
    seeded.sources_panel.show_kind_column(True)
    assert not seeded.sources_panel.view.header().isSectionHidden(KIND)


def test_date_fields_show_their_whole_hint(seeded) -> None:
    for edit in (seeded.filter_bar.date_from, seeded.filter_bar.date_to):
        assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.placeholderText())


def test_first_size_fits_a_small_screen() -> None:
    from timeline_app.ui.window_state import DEFAULT_SIZE, default_size

    assert default_size(None) == DEFAULT_SIZE
    assert default_size((1280, 690)) == (1280, 690)  # a 1280×720 screen less its panel
    assert default_size((2560, 1400)) == DEFAULT_SIZE


def test_long_lane_names_wrap_to_a_second_line(qtbot) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    from timeline_app.ui.timeline.margins import header_lines

    fm = QFontMetricsF(QFont())
    name = "Valery Gerasimov (Russian General Staff)"
    width = fm.horizontalAdvance(name) * 0.6
    two = header_lines(name, fm, width, 2)
    assert len(two) == 2 and " ".join(two) == name  # broken at a space, nothing lost
    assert all(fm.horizontalAdvance(line) <= width for line in two)
    one = header_lines(name, fm, width, 1)
    assert len(one) == 1 and one[0].endswith("…")
    assert header_lines("KCNA", fm, width, 2) == ["KCNA"]
    unbroken = "Ministry-of-Foreign-Affairs-of-the-Democratic-People's-Republic"
    assert len(header_lines(unbroken, fm, width, 2)) == 1  # nowhere to break: elided
