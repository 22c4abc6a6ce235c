"""A disputed event's tooltip says who affirms, who denies, and the differing figures."""

from __future__ import annotations

from timeline_app.core.model.dates import parse_date
from timeline_app.core.model.timeline import Claim, Event, Source, Stance, Timeline
from timeline_app.ui.timeline.docview import DocView
from timeline_app.ui.timeline.tooltips import event_tooltip_html


def view_of(timeline: Timeline) -> DocView:
    return DocView(timeline)


def test_seed_disputes_name_both_sides_and_figures(seed_timeline) -> None:
    view = view_of(seed_timeline)
    events = seed_timeline.events
    kursk = next(i for i, e in enumerate(events) if "Kursk" in e.title)
    tip = event_tooltip_html(view, kursk)
    assert "Affirmed by: Valery Gerasimov" in tip
    assert "Denied by: Ukraine&#x27;s General Staff" in tip
    casualties = next(i for i, e in enumerate(events) if "casualties" in e.title)
    tip = event_tooltip_html(view, casualties)
    assert "4,000" in tip and "1,200" in tip  # NIS's figures are an event of their own
    assert "Volodymyr Zelenskyy" in tip and "United States" in tip


def test_names_and_figures_are_escaped() -> None:
    timeline = Timeline(title="t", sources=[Source("a", "<b>A</b>"), Source("b", "B")],
        events=[Event(id="e", title="x", start=parse_date("2024"), claims=[
            Claim("a", "yes", stance=Stance.AFFIRMS, value=3, unit="<i>dead</i>"),
            Claim("b", "no", stance=Stance.DENIES, value=5, unit="<i>dead</i>")])])
    tip = event_tooltip_html(view_of(timeline), 0)
    assert "<b>A</b>" not in tip and "&lt;b&gt;A&lt;/b&gt;" in tip
    assert "<i>dead" not in tip
    assert "Affirmed by: &lt;b&gt;A&lt;/b&gt;" in tip and "Denied by: B" in tip
    assert "3" in tip and "5" in tip
