"""Why an event's sources conflict, in words, so the Details panel and the
timeline's tooltips explain a dispute by the same rules as `derive_status` (a denial
against an affirmation; different figures for the same unit)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QLocale

from timeline_app.core.model.timeline import Claim, Event, Stance, Status
from timeline_app.ui.i18n import number, tr
from timeline_app.ui.timeline.docview import clean_label

MAX_NAMED = 6  # sources named in a heading before "and N more"


def format_value(value: float) -> str:
    """A figure as the window's language writes it: "4,000", "2.5" (Ukrainian "4 000",
    "2,5"; files keep integers as int)."""
    if isinstance(value, int) or (value.is_integer() and abs(value) < 1e15):
        return number(int(value))
    return QLocale().toString(float(value), "g", 6)


def status_word(status: Status) -> str:
    """A status as people read it ("Disputed"); the file keeps the English value."""
    return {Status.REPORTED: tr("Reported"), Status.CONFIRMED: tr("Confirmed"),
            Status.DISPUTED: tr("Disputed"), Status.DENIED: tr("Denied")}[status]


def figure(claim: Claim) -> str:
    """"300 killed", or "" when the claim gives no figure."""
    if claim.value is None:
        return ""
    return f"{format_value(claim.value)} {claim.unit.strip()}".rstrip()



class Kind(StrEnum):
    STANCE = "stance"  # one claim denies what another affirms
    FIGURES = "figures"  # different values for the same unit
    MARKED = "marked"  # the file says disputed; no conflict the rules can see


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Claims that conflict, grouped by source in the order sources first appear."""

    kind: Kind
    columns: tuple[tuple[str, tuple[Claim, ...]], ...]  # (source id, its claims)
    unit: str = ""  # for FIGURES: the unit as first written

    def heading(self, name_of: Callable[[str], str]) -> str:
        """The disagreement in words, e.g. "Sources disagree on killed: NIS 300 · X 4,000"."""
        cols = self.columns[:MAX_NAMED]
        more = len(self.columns) - len(cols)

        def name(sid: str) -> str:
            return clean_label(name_of(sid), 80)

        def listing(parts: list[str], sep: str) -> str:
            items = sep.join(parts)
            return tr("{items}{separator}and %Ln more", "", more).format(
                items=items, separator=sep) if more else items

        if self.kind is Kind.STANCE:
            parts = [stance_words(claims).format(source=name(sid)) for sid, claims in cols]
            return tr("Sources disagree: {sources}").format(sources=listing(parts, ", "))
        if self.kind is Kind.FIGURES:
            what = self.unit or tr("the figure")
            if len(self.columns) == 1:
                sid, claims = self.columns[0]
                values = " · ".join(format_value(c.value or 0) for c in claims)
                return tr("{source} gives different figures for {what}: {values}").format(
                    source=name(sid), what=what, values=values)
            parts = [f"{name(sid)} {values_text(claims, with_unit=False)}" for sid, claims in cols]
            return tr("Sources disagree on {what}: {sources}").format(
                what=what, sources=listing(parts, " · "))
        if any(c.value is not None for _, claims in cols for c in claims):
            parts = [f"{name(sid)} {values_text(claims, with_unit=True)}" for sid, claims in cols]
            return tr("Disputed figures, in different units: {sources}").format(
                sources=listing(parts, " · "))
        return tr("Marked disputed; compare what the sources say: {sources}").format(
            sources=listing([name(sid) for sid, _ in cols], ", "))


def stance_words(claims: tuple[Claim, ...]) -> str:
    """"{source} affirms" (and so on), translated, for `.format(source=...)`."""
    stances = {c.stance for c in claims}
    if len(stances) > 1:
        return tr("{source} affirms and denies")
    return tr("{source} denies") if Stance.DENIES in stances else tr("{source} affirms")


def values_text(claims: tuple[Claim, ...], with_unit: bool) -> str:
    out = []
    for c in claims:
        if c.value is not None:
            unit = f" {c.unit.strip()}" if with_unit and c.unit.strip() else ""
            out.append(format_value(c.value) + unit)
    return ", ".join(dict.fromkeys(out)) or tr("no figure")


def _by_source(claims: list[Claim]) -> tuple[tuple[str, tuple[Claim, ...]], ...]:
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(claim.source, []).append(claim)
    return tuple((sid, tuple(cs)) for sid, cs in groups.items())


def unit_key(unit: str) -> str:
    """Units compare without case and surrounding spaces, as in `derive_status`."""
    return unit.strip().casefold()


def disagreements(event: Event) -> list[Disagreement]:
    """Why the event's sources conflict: a stance conflict first, then one per unit whose
    figures differ; if the file marks it disputed but neither rule applies, its sources
    (two or more) side by side so the reader can judge."""
    claims = event.claims
    out: list[Disagreement] = []
    if len({c.stance for c in claims}) > 1:
        out.append(Disagreement(Kind.STANCE, _by_source(claims)))
    by_unit: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.value is not None:
            by_unit.setdefault(unit_key(claim.unit), []).append(claim)
    for same_unit in by_unit.values():
        if len({c.value for c in same_unit}) > 1:
            out.append(Disagreement(Kind.FIGURES, _by_source(same_unit),
                                    unit=same_unit[0].unit.strip()))
    if not out and event.status is Status.DISPUTED and len(event.source_ids()) > 1:
        with_values = [c for c in claims if c.value is not None]
        pick = with_values if len({c.source for c in with_values}) > 1 else claims
        out.append(Disagreement(Kind.MARKED, _by_source(pick)))
    return out


def who_says(event: Event, name_of: Callable[[str], str]) -> list[str]:
    """A dispute in short lines for a tooltip: who affirms, who denies, and each unit's
    differing figures by source ("killed: NIS 300 · Zelenskyy 4,000")."""
    lines: list[str] = []
    for d in disagreements(event):
        if d.kind is Kind.STANCE:
            for stance, words in ((Stance.AFFIRMS, tr("Affirmed by: {sources}")),
                                  (Stance.DENIES, tr("Denied by: {sources}"))):
                names = [clean_label(name_of(sid), 80) for sid, claims in d.columns
                         if any(c.stance is stance for c in claims)]
                if names:
                    more = len(names) - MAX_NAMED
                    listed = ", ".join(names[:MAX_NAMED])
                    if more > 0:
                        listed = tr("{items} and %Ln more", "", more).format(items=listed)
                    lines.append(words.format(sources=listed))
        else:
            lines.append(d.heading(name_of))
    return lines
