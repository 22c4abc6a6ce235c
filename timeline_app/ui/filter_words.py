"""The active filter in words, in the window's language, for the filter bar and the status
bar: "hiding News report; tag kursk; reliability B or better". The same information as
core's `Filter.describe` (which stays English for the command line), said through `tr()`.
"""

from __future__ import annotations

from timeline_app.core.model.timeline import Status
from timeline_app.core.query.filtering import Filter
from timeline_app.ui.i18n import number, tr


def status_labels() -> dict[Status, str]:
    """The statuses as the filter bar lists them."""
    return {Status.REPORTED: tr("Reported"), Status.CONFIRMED: tr("Confirmed"),
            Status.DISPUTED: tr("Disputed"), Status.DENIED: tr("Denied")}


def status_words() -> dict[Status, str]:
    """The statuses in lower case, as the filter summary and the Events table say them."""
    return {Status.REPORTED: tr("reported", "status"),
            Status.CONFIRMED: tr("confirmed", "status"),
            Status.DISPUTED: tr("disputed", "status"),
            Status.DENIED: tr("denied", "status")}


def name_list(names: list[str], more: int = 0) -> str:
    """Names in a row, then "and N more" when `more` were left out."""
    head = tr(", ", "between names").join(names)
    return tr("{names} and %Ln more", "", more).format(names=head) if more > 0 else head


def _some(names: list[str]) -> str:
    """Up to three names, then "and N more"."""
    return name_list(names[:3], len(names) - 3)


def describe(f: Filter, source_name: dict[str, str] | None = None) -> str:
    """The filter in words (empty when nothing is filtered)."""
    names = source_name or {}
    parts = []
    if f.hidden_sources:
        hidden = sorted(names.get(s, s) or tr("no source") for s in f.hidden_sources)
        # Name what is shown when that is the shorter list ("showing only X").
        kept = [n for s, n in names.items() if s not in f.hidden_sources]
        if kept and len(kept) < len(hidden):
            parts.append(tr("showing only {sources}").format(sources=_some(sorted(kept))))
        else:
            parts.append(tr("hiding {sources}").format(sources=_some(hidden)))
    if f.tags:
        parts.append(tr("tag {tags}").format(
            tags=tr(" or ", "between alternatives").join(sorted(f.tags))))
    if f.statuses:
        words = status_words()
        parts.append(tr(" or ", "between alternatives").join(
            words[s] for s in Status if s in f.statuses))
    if f.start is not None or f.end is not None:
        parts.append(tr("date range"))
    if f.min_reliability is not None:
        parts.append(tr("reliability {grade}").format(grade=f.min_reliability)
                     if f.min_reliability == "A"
                     else tr("reliability {grade} or better").format(grade=f.min_reliability))
    if f.min_credibility is not None:
        grade = number(f.min_credibility)
        parts.append(tr("credibility {grade}").format(grade=grade) if f.min_credibility == 1
                     else tr("credibility {grade} or better").format(grade=grade))
    if f.text.strip():
        parts.append(tr('matching "{text}"').format(text=f.text.strip()))
    return tr("; ", "between filter parts").join(parts)


def summary(f: Filter, source_name: dict[str, str] | None = None) -> str:
    """ "Filter: …" for the bar and the status bar; empty when nothing is filtered."""
    words = describe(f, source_name)
    return tr("Filter: {filter}").format(filter=words) if words else ""
