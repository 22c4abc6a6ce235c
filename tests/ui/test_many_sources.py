"""Opening many sources costs what is in sight (issue 12, item 9): the Sources panel asks the
model only for the rows in view and the few it names as widest, its columns still fit the
widest count, its swatches are the lanes' colours, and opening lanes nothing twice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.ui.test_timeline_helpers import make_timeline
from timeline_app.core.model.timeline import Claim, Event, Timeline
from timeline_app.core.query.filtering import FilterIndex
from timeline_app.ui.document import Document
from timeline_app.ui.i18n import number
from timeline_app.ui.models.sources import COUNT, NAME, RELIABILITY, SourcesModel
from timeline_app.ui.sources_panel import SourceColors, SourcesPanel, source_colors
from timeline_app.ui.timeline.docview import DocView

N = 5000
BUSY = 1234  # events of the last source: the widest count, far below the rows in sight


def many_sources() -> Timeline:
    sources = tuple(f"s{i:05d}" for i in range(N))
    specs = [(f"e{i}", f"{2000 + i % 20}-{1 + i % 12:02d}", f"Event {i}", (s,))
             for i, s in enumerate(sources)]
    t = make_timeline(specs, sources=sources)
    t.events.extend(Event(f"x{i}", f"Busy {i}", t.events[0].start,
                          claims=[Claim(sources[-1])]) for i in range(BUSY))
    t.sources[sources[-1]].name = "ZZZ " + "w" * 40  # sorts last by name, and is longest
    return t


class Counting(SourcesModel):
    """A SourcesModel that notes which rows the view asked about."""

    asked: set[int]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        self.asked.add(index.row())
        return super().data(index, role)


@pytest.fixture
def panel(qtbot):
    doc = Document()
    model = Counting(doc)
    model.asked = set()
    panel = SourcesPanel(model)
    qtbot.addWidget(panel)
    panel.resize(300, 600)
    panel.show()
    qtbot.waitExposed(panel)
    doc.set_timeline(many_sources(), None)
    qtbot.wait(50)
    return panel


def test_the_panel_asks_only_for_the_rows_in_sight_and_the_widest(qtbot, panel) -> None:
    model = panel.model
    assert model.rowCount() == N
    assert len(model.asked) < 200, "a thousand rows measured (Qt's default) or more"
    model.asked.clear()
    panel.model._doc.update_filter(tags=frozenset({"none"}))  # every count changes
    qtbot.wait(20)
    assert len(model.asked) < 200


def test_the_count_column_fits_the_widest_count_wherever_it_is(qtbot, panel) -> None:
    view, model = panel.view, panel.model
    view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    qtbot.wait(20)
    busy = model.source_ids().index(f"s{N - 1:05d}")
    assert busy == N - 1, "the busiest source is the last row, far out of sight"
    assert model.widest_rows(COUNT) == [busy]
    assert model.data(model.index(busy, COUNT)) == number(BUSY + 1)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    needed = view.itemDelegate().sizeHint(option, view.model().index(busy, COUNT))
    assert view.columnWidth(COUNT) >= needed.width()


def test_widest_rows_of_each_column(panel) -> None:
    model = panel.model
    t = model._doc.timeline
    t.sources["s00003"].reliability = "B"
    t.sources["s00007"].reliability = "E"
    rows = model.widest_rows(RELIABILITY)
    grades = {model.data(model.index(r, RELIABILITY)) for r in rows}
    assert grades == {"", "B", "E"}
    (longest,) = model.widest_rows(NAME)
    assert model.source_ids()[longest] == f"s{N - 1:05d}"


def test_swatches_are_worked_out_when_asked_and_match_the_lanes() -> None:
    t = many_sources()
    t.sources["s00002"].color = "#123456"
    lazy = SourceColors(DocView(t).color_keys())
    assert dict(lazy) == source_colors(t)
    assert lazy["s00002"] == "#123456" and len(lazy) == N
    assert lazy.get("nobody", "#888888") == "#888888"


def test_counts_by_code_are_the_counts_by_id() -> None:
    doc = Document()
    doc.set_timeline(many_sources(), None)
    doc.update_filter(hidden_sources=frozenset({"s00001"}))
    counts = doc.source_counts()
    assert counts["s00001"] == 1 and counts[f"s{N - 1:05d}"] == BUSY + 1
    index = doc.index
    assert index is not None
    codes = index.source_codes(["s00001", "nobody", f"s{N - 1:05d}"])
    assert codes.tolist()[1] == -1
    array = doc.source_count_array()
    assert [int(array[c]) for c in codes.tolist() if c >= 0] == [1, BUSY + 1]


def test_graded_is_asked_once_per_index() -> None:
    t = many_sources()
    index = FilterIndex(t)
    assert index.graded is False
    t.sources["s00009"].reliability = "A"
    assert index.graded is False, "kept: an edit makes a new index"
    assert FilterIndex(t).graded is True
    assert DocView(t, filters=index).graded is False, "the view takes the index's answer"


def test_a_view_made_from_the_filter_index_is_the_view_made_afresh() -> None:
    t = many_sources()
    t.sources["s00004"].color = "#abcdef"
    shared, afresh = DocView(t, filters=FilterIndex(t)), DocView(t)
    assert dict(shared.color_keys()) == dict(afresh.color_keys())
    assert "s00004" in shared.color_keys() and "nobody" not in shared.color_keys()
    assert shared.lanes.keys == afresh.lanes.keys
    assert shared.index.order.tolist() == afresh.index.order.tolist()
    t.events[0].claims.append(Claim("undeclared"))  # codes past the registry: made afresh
    assert isinstance(DocView(t, filters=FilterIndex(t)).color_keys(), dict)


def test_opening_lanes_the_view_once(qtbot) -> None:
    from timeline_app.ui.timeline.widget import TimelineWidget

    t = many_sources()
    w = TimelineWidget()
    qtbot.addWidget(w)
    view = DocView(t)
    w.set_document(t, view)
    generation = view.generation
    w.set_filter_mask(None)  # as the window does after opening: nothing filtered
    assert view.generation == generation
    w.set_filter_mask(None, frozenset({"s00001"}))
    assert view.generation == generation + 1 and "s00001" not in view.lanes.keys


def test_a_view_on_the_file_s_own_zone_still_shares_the_filter_index(qtbot) -> None:
    """The loader's view is on UTC; a file remembered in another zone is shown on that
    zone's clock, made from the same filter index (moved to the zone by the document)."""
    from zoneinfo import ZoneInfo

    from timeline_app.core.model.dates import parse_date
    from timeline_app.core.model.zoned import Clock
    from timeline_app.ui.timeline.widget import TimelineWidget

    t = many_sources()
    t.events[1].start = parse_date("2024-05-01T23:30:00Z")
    index = FilterIndex(t)
    loaded = DocView(t, filters=index)
    seoul = Clock(ZoneInfo("Asia/Seoul"))
    index.set_clock(seoul)
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.set_clock(seoul, relayout=False)
    w.set_document(t, loaded)
    shown, afresh = w.doc_view(), DocView(t, seoul)
    assert shown is not loaded and shown.filters is index and shown.clock == seoul
    assert shown.index.lo.tolist() == afresh.index.lo.tolist()
    assert shown.lanes.keys == afresh.lanes.keys
    assert dict(shown.color_keys()) == dict(afresh.color_keys())
