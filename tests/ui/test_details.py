"""The Details panel: plain text everywhere, safe links, and disagreements side by side."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from tests.conftest import SEED
from timeline_app.core.formats.registry import load_path
from timeline_app.core.model.dates import parse_date
from timeline_app.core.model.timeline import (
    Claim,
    Event,
    Source,
    Stance,
    Status,
    Timeline,
    derive_status,
)
from timeline_app.ui import safe_text
from timeline_app.ui.claims_view import Colors
from timeline_app.ui.details import (
    DetailsPanel,
    Kind,
    date_text,
    disagreements,
    status_text,
)
from timeline_app.ui.disagreements import format_value
from timeline_app.ui.safe_text import LinkLabel

HOSTILE = '<b>x</b><img src="file:///etc/passwd">'
GERASIMOV_QUOTE = "reporting to Putin that Kursk had been retaken"
REBUTTAL_QUOTE = "defensive operations in certain parts of Kursk were still ongoing"


@pytest.fixture(scope="module")
def seed() -> Timeline:
    return load_path(SEED).timeline


def event_by_id(timeline: Timeline, event_id: str) -> Event:
    return next(e for e in timeline.events if e.id == event_id)


def make_event(claims: list[Claim], status: Status | None = None, **kw) -> Event:
    return Event(kw.pop("id", "e"), kw.pop("title", "Event"), parse_date("2025-01"),
                 claims=claims, status=status, **kw)


@pytest.fixture
def panel(qtbot) -> DetailsPanel:
    widget = DetailsPanel()
    qtbot.addWidget(widget)
    widget.resize(480, 900)
    widget.show()
    return widget


def settle() -> None:
    """Lay out and delete the previous event's widgets, as the event loop would."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def shown(panel: QWidget, cls: type = QLabel, name: str | None = None) -> list:
    return [w for w in panel.findChildren(cls, name) if w.isVisibleTo(panel)]


def texts(widget: QWidget) -> str:
    return "\n".join(lb.text().replace("\u200b", "") for lb in shown(widget))


# --- the pure part ------------------------------------------------------------------------

def test_stance_disagreement_in_the_seed(seed: Timeline) -> None:
    (d,) = disagreements(event_by_id(seed, "kursk-retaken-claim"))
    assert d.kind is Kind.STANCE
    assert [sid for sid, _ in d.columns] == ["gerasimov", "ukraine-general-staff", "kcna"]
    assert d.heading(seed.source_name) == (
        "Sources disagree: Valery Gerasimov (Russian General Staff) affirms, "
        "Ukraine's General Staff denies, KCNA affirms"
    )


def test_figures_disagree_for_the_same_unit_ignoring_case() -> None:
    event = make_event([
        Claim("nis", value=300, unit="killed"),
        Claim("zel", value=4000, unit=" Killed "),
        Claim("nis", value=2700, unit="injured"),
        Claim("us", value=300, unit="KILLED"),
    ])
    (d,) = disagreements(event)
    assert d.kind is Kind.FIGURES and d.unit == "killed"
    assert [sid for sid, _ in d.columns] == ["nis", "zel", "us"]
    names = {"nis": "NIS", "zel": "Volodymyr Zelenskyy", "us": "United States"}
    assert d.heading(names.__getitem__) == (
        "Sources disagree on killed: NIS 300 · Volodymyr Zelenskyy 4,000 · United States 300"
    )


def test_one_source_contradicting_itself() -> None:
    event = make_event([Claim("nis", value=300, unit="killed"),
                        Claim("nis", value=500, unit="killed")])
    (d,) = disagreements(event)
    assert d.heading(str.upper) == "NIS gives different figures for killed: 300 · 500"


def test_no_disagreement_without_conflict() -> None:
    assert disagreements(make_event([])) == []
    assert disagreements(make_event([Claim("a", "x")])) == []
    assert disagreements(make_event([Claim("a", value=1, unit="troops"),
                                     Claim("b", value=2, unit="tanks")])) == []
    assert disagreements(make_event([Claim("a", value=1), Claim("b")])) == []


def test_marked_disputed_figures_in_different_units(seed: Timeline) -> None:
    """The casualty estimates count different things (killed or wounded, casualties), so no
    figure contradicts another; the file marks them disputed, so they are compared. (NIS's
    January figures are an event of their own.)"""
    (d,) = disagreements(event_by_id(seed, "casualty-estimates"))
    assert d.kind is Kind.MARKED
    assert d.heading(seed.source_name) == (
        "Disputed figures, in different units: Volodymyr Zelenskyy 4,000 killed or wounded "
        "· United States 1,200 casualties"
    )


def test_marked_disputed_without_figures() -> None:
    event = make_event([Claim("a", "it happened"), Claim("b", "it happened later")],
                       status=Status.DISPUTED)
    (d,) = disagreements(event)
    assert d.kind is Kind.MARKED
    assert d.heading(str.upper) == "Marked disputed; compare what the sources say: A, B"
    assert disagreements(make_event([Claim("a"), Claim("a")], status=Status.DISPUTED)) == []


def test_many_sources_are_summarised_in_the_heading() -> None:
    claims = [Claim(f"s{i}", stance=Stance.DENIES if i == 0 else Stance.AFFIRMS)
              for i in range(10)]
    heading = disagreements(make_event(claims))[0].heading(str)
    assert heading.endswith("s5 affirms, and 4 more")


claim_st = st.builds(
    Claim,
    source=st.sampled_from(["a", "b", "c"]),
    value=st.one_of(st.none(), st.sampled_from([1, 2, 2.0, 300])),
    unit=st.sampled_from(["", "killed", "Killed ", "troops"]),
    stance=st.sampled_from(list(Stance)),
)


@given(st.lists(claim_st, max_size=6))
def test_disagreements_explain_derived_status(claims: list[Claim]) -> None:
    """A derived "disputed" always comes with something to show side by side, and only then."""
    found = [d for d in disagreements(make_event(claims)) if d.kind is not Kind.MARKED]
    assert bool(found) == (derive_status(claims) is Status.DISPUTED)


def test_texts(seed: Timeline) -> None:
    assert date_text(event_by_id(seed, "deployment-2024-10")) == (
        "2024-10 · Oct 2024 (1–31 Oct 2024)"
    )
    assert date_text(event_by_id(seed, "early-losses")) == (
        "2024-10 – 2025-04~ · Oct 2024 (1–31 Oct 2024) – Apr 2025, approximate (1–30 Apr 2025)"
    )
    assert status_text(make_event([Claim("a"), Claim("b", stance=Stance.DENIES)])) == (
        "⚠ Disputed (derived from the claims)"
    )
    assert status_text(event_by_id(seed, "deployment-2024-10")) == "✓ Confirmed (set in the file)"
    assert [format_value(v) for v in (4000, 4000.0, 2.5, 1e20)] == ["4,000", "4,000", "2.5",
                                                                    "1e+20"]


# --- the panel ----------------------------------------------------------------------------

def test_empty_state(panel: DetailsPanel, seed: Timeline) -> None:
    assert panel.empty.isVisibleTo(panel)
    assert panel.empty.text() == "No event selected"
    panel.set_event(seed, seed.events[0])
    assert not panel.empty.isVisibleTo(panel)
    panel.set_event(seed, None)
    settle()
    assert panel.empty.isVisibleTo(panel)
    assert texts(panel) == "No event selected"


def test_a_narrow_panel_stacks_the_cards_and_clips_nothing(panel: DetailsPanel,
                                                          seed: Timeline) -> None:
    """At 1280x720 the Details dock is ~180 px wide: two cards side by side pushed the
    title and description past its right edge, where nothing scrolls to them."""
    panel.resize(190, 900)
    panel.set_event(seed, event_by_id(seed, "casualty-estimates"))
    settle()
    settle()  # the cards re-flow after the panel's first layout
    columns = shown(panel, QWidget, "comparison-column")
    assert len(columns) == 2 and columns[0].x() == columns[1].x() != None  # noqa: E711
    assert columns[0].y() != columns[1].y()
    body = panel.findChild(QWidget, "details-body")
    viewport = body.parentWidget()
    assert body.width() <= viewport.width()
    for label in shown(panel):
        right = label.mapTo(viewport, label.rect().topRight()).x()
        assert right <= viewport.width(), label.text()[:60]
    panel.resize(480, 900)  # wide again: side by side
    settle()
    settle()
    assert columns[0].y() == columns[1].y() and columns[0].x() < columns[1].x()


def test_kursk_claims_side_by_side(panel: DetailsPanel, seed: Timeline) -> None:
    panel.set_event(seed, event_by_id(seed, "kursk-retaken-claim"))
    settle()
    (view,) = shown(panel, QWidget, "comparison")
    (heading,) = shown(view, QLabel, "comparison-heading")
    assert "Sources disagree" in heading.text()
    columns = shown(view, QWidget, "comparison-column")
    by_text = {c: texts(c) for c in columns}
    gerasimov = next(c for c, t in by_text.items() if GERASIMOV_QUOTE in t)
    rebuttal = next(c for c, t in by_text.items() if REBUTTAL_QUOTE in t)
    assert "Valery Gerasimov" in by_text[gerasimov] and "Affirms" in by_text[gerasimov]
    assert "Ukraine's General Staff" in by_text[rebuttal] and "✗ Denies" in by_text[rebuttal]
    # Side by side: the same row, different columns.
    assert gerasimov.y() == rebuttal.y()
    assert gerasimov.geometry().right() < rebuttal.x()
    # The full list below still has every claim, grouped by source with kind and country.
    (claim_list,) = shown(panel, QWidget, "claim-list")
    assert len(shown(claim_list, QWidget, "source")) == 3
    assert len(shown(claim_list, QWidget, "claim")) == 3
    listed = texts(claim_list)
    assert "Valery Gerasimov (Russian General Staff)\nmilitary · Russia" in listed
    assert "published Apr 2025, approximate (1–30 Apr 2025)" in listed


def test_casualty_figures_side_by_side(panel: DetailsPanel, seed: Timeline) -> None:
    panel.set_event(seed, event_by_id(seed, "casualty-estimates"))
    settle()
    (view,) = shown(panel, QWidget, "comparison")
    columns = shown(view, QWidget, "comparison-column")
    figures = [texts(c) for c in columns]
    assert "4,000 killed or wounded" in figures[0]
    assert "1,200 casualties" in figures[1]
    assert columns[0].y() == columns[1].y() and columns[0].x() < columns[1].x()
    assert "Disputed" in panel.status.text() and "set in the file" in panel.status.text()


def test_details_fields(panel: DetailsPanel, seed: Timeline) -> None:
    panel.set_event(seed, event_by_id(seed, "early-losses"))
    settle()
    assert panel.title.text() == "North Korean forces take heavy early losses, then adapt"
    assert panel.title.font().bold()
    assert panel.date.text() == date_text(event_by_id(seed, "early-losses"))
    assert panel.tags.text() == "deployment, casualties, kursk"
    assert panel.location.text() == "Kursk region, Russia"
    assert panel.description.text().startswith("Without armored vehicles")
    assert shown(panel, QWidget, "comparison") == []
    assert "Claims: 2 from 1 source" in texts(panel)


def test_derived_status_and_no_location(panel: DetailsPanel) -> None:
    event = make_event([Claim("a", "yes"), Claim("b", "no", stance=Stance.DENIES)])
    panel.set_event(Timeline(sources=[Source("a", "A"), Source("b", "B")]), event)
    settle()
    assert panel.status.text() == "⚠ Disputed (derived from the claims)"
    assert not panel.location.isVisibleTo(panel)
    assert not panel.tags.isVisibleTo(panel)


def test_hostile_text_is_shown_literally(panel: DetailsPanel) -> None:
    timeline = Timeline(sources=[Source("s", HOSTILE, kind=HOSTILE, notes=HOSTILE)])
    event = make_event([Claim("s", HOSTILE, value=1, unit=HOSTILE, url=HOSTILE),
                        Claim("s", HOSTILE, value=2, unit=HOSTILE)],
                       title=HOSTILE, description=HOSTILE, location=HOSTILE, tags=(HOSTILE,))
    panel.set_event(timeline, event)
    settle()
    assert panel.title.text() == HOSTILE
    assert panel.title.textFormat() == Qt.TextFormat.PlainText
    labels = [lb for lb in panel.findChildren(QLabel) if lb.text()]
    assert sum(HOSTILE in lb.text() for lb in labels) >= 8
    assert all(lb.textFormat() == Qt.TextFormat.PlainText for lb in labels)
    assert all(not lb.openExternalLinks() for lb in labels)
    assert all("<b>" not in lb.toolTip() for lb in labels)
    assert not panel.grab().isNull()


def test_only_safe_links_open(panel: DetailsPanel, qtbot,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(safe_text, "open_url", lambda url: opened.append(url) or True)
    event = make_event([Claim("a", "bad", url="javascript:alert(1)"),
                        Claim("b", "good", url="https://example.com/story")])
    panel.set_event(Timeline(), event)
    settle()
    bad, good = shown(panel, LinkLabel)
    assert bad.text() == "javascript:alert(1)" and not bad.clickable
    assert good.text() == "https://example.com/story" and good.clickable
    for link in (bad, good):
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert opened == ["https://example.com/story"]


def test_rebuilding_does_not_pile_up_widgets(panel: DetailsPanel, seed: Timeline) -> None:
    for event in seed.events * 3:
        panel.set_event(seed, event)
    settle()
    assert len(panel.findChildren(QWidget, "claims")) == 1
    before = len(panel.findChildren(QWidget))
    for event in seed.events:
        panel.set_event(seed, event)
    settle()
    assert len(panel.findChildren(QWidget)) == before


def test_huge_event_is_capped_and_shown_in_batches(panel: DetailsPanel, qtbot) -> None:
    """A stranger's file may put thousands of long quotes on one event: selecting it must
    stay quick, so text is cut and claims are added a batch at a time."""
    claims = [Claim(f"s{i % 50}", "x" * 10_000, value=i, unit="killed") for i in range(1_000)]
    event = make_event(claims, title="T" * 100_000, description="word " * 200_000)
    panel.set_event(Timeline(), event)
    settle()
    assert len(panel.title.text()) <= 1_100
    assert len(panel.description.text()) <= 11_000
    (more,) = shown(panel, QPushButton, "more-claims")
    cards = len(shown(panel, QWidget, "claim"))
    assert 0 < cards < 50
    assert more.text() == f"Show more claims ({1_000 - cards:,} not shown)"
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    settle()
    assert len(shown(panel, QWidget, "claim")) == 2 * cards
    (view,) = shown(panel, QWidget, "comparison")
    columns = shown(view, QWidget, "comparison-column")
    assert len(columns) == 6
    assert "… and 16 more" in texts(columns[0])
    assert panel.minimumSizeHint().width() < 400


def test_every_claim_can_be_reached(panel: DetailsPanel, qtbot) -> None:
    claims = [Claim(f"s{i % 3}", f"quote {i}") for i in range(100)]
    panel.set_event(Timeline(), make_event(claims))
    settle()
    while shown(panel, QPushButton, "more-claims"):
        qtbot.mouseClick(shown(panel, QPushButton, "more-claims")[0], Qt.MouseButton.LeftButton)
        settle()
    assert len(shown(panel, QWidget, "claim")) == 100
    assert len(shown(panel, QWidget, "source")) == 3  # each source once, its claims together


def test_follows_a_dark_palette(panel: DetailsPanel, seed: Timeline) -> None:
    panel.set_event(seed, event_by_id(seed, "kursk-retaken-claim"))
    dark = QPalette(panel.palette())
    for role, color in ((QPalette.ColorRole.Window, "#202020"),
                        (QPalette.ColorRole.WindowText, "#eeeeee"),
                        (QPalette.ColorRole.Base, "#181818"),
                        (QPalette.ColorRole.Text, "#eeeeee")):
        dark.setColor(role, QColor(color))
    panel.setPalette(dark)
    settle()
    expected = Colors.from_palette(panel.palette())
    assert panel.status.palette().color(QPalette.ColorRole.WindowText) == expected.dispute
    assert panel.current_event is event_by_id(seed, "kursk-retaken-claim")
    assert len(shown(panel, QWidget, "comparison")) == 1


def test_screenshot(panel: DetailsPanel, seed: Timeline, tmp_path: Path) -> None:
    panel.set_event(seed, event_by_id(seed, "kursk-retaken-claim"))
    settle()
    image = panel.grab().toImage()
    assert image.save(str(tmp_path / "details.png"))
    assert image.width() == panel.width()


def test_other_fields_show_kept_keys_with_only_http_links_clickable(qtbot) -> None:
    event = Event(id="e", title="Imported row", start=parse_date("2024-10"), extra={
        "article": "https://example.org/story", "image": "file:///etc/passwd",
        "link": "javascript:alert(1)", "note": HOSTILE, "rank": 3})
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.set_event(Timeline(title="t", events=[event]), event)
    other = panel.findChild(QWidget, "other-fields")
    assert other is not None
    texts = [lb.text() for lb in other.findChildren(QLabel)]
    assert "Other fields" in texts
    assert {"article", "image", "link", "note", "rank", "3"} <= set(texts)
    links = {lb.url: lb.clickable for lb in other.findChildren(LinkLabel)}
    assert links == {"https://example.org/story": True}
    assert all(lb.textFormat() == Qt.TextFormat.PlainText for lb in other.findChildren(QLabel))
    assert any("file:///etc/passwd" in t for t in texts)  # shown, as text


def test_no_other_fields_section_without_extra_keys(qtbot, seed) -> None:
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.set_event(seed, seed.events[0])
    assert panel.findChild(QWidget, "other-fields") is None
