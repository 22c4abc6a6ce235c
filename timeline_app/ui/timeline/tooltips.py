"""Tooltip text for the timeline: an event's or a lane's details as escaped rich text.

Kept apart from the widget because it is pure string building over a `DocView` (no Qt),
so it can be read and tested without the widget's input and painting machinery.
"""

from __future__ import annotations

import html

from timeline_app.core.model.timeline import Status
from timeline_app.ui.disagreements import status_word, who_says
from timeline_app.ui.i18n import number as count_text
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.docview import DocView, clean_label

TOOLTIP_CHARS = 600  # a tooltip shows more of a long title than a label does


def event_tooltip_html(view: DocView, doc: int) -> str:
    """Title, date as written and as resolved, sources; every piece escaped."""
    e = view.timeline.events[doc]
    written = clean_label(e.start.text + (f" / {e.end.text}" if e.end is not None else ""))
    clock = view.clock
    resolved = clock.describe(e.start) + (f" – {clock.describe(e.end)}" if e.end is not None
                                          else "")
    sources = clean_label(", ".join(view.timeline.source_name(s) for s in e.source_ids())
                          or tr("none", "sources"), TOOLTIP_CHARS)
    lines = [f"<b>{html.escape(clean_label(e.title, TOOLTIP_CHARS))}</b>",
             tr("Date: {date}").format(date=html.escape(written)),
             tr("Resolved: {date}").format(date=html.escape(resolved)),
             tr("Sources: {sources}").format(sources=html.escape(sources))]
    if e.status in (Status.DISPUTED, Status.DENIED):
        lines.append(f"<i>{html.escape(status_word(e.status))}</i>")
        lines.extend(html.escape(line) for line in who_says(e, view.timeline.source_name))
    return "<br>".join(lines)


def lane_tooltip_html(view: DocView, number: int) -> str:
    """A lane's full name and event count (its header may elide the name); escaped."""
    lane = view.lanes[number]
    n, undated = len(lane), lane.undated
    count = (tr("%Ln event(s) + {undated} undated (not drawn: listed in the Undated strip)",
                "", n).format(undated=count_text(undated)) if undated
             else tr("%Ln event(s)", "", n))
    return f"<b>{html.escape(clean_label(lane.title, TOOLTIP_CHARS))}</b><br>{html.escape(count)}"
