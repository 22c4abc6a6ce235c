"""Why an event's sources conflict, in words: Qt-free, so the Details panel and the
timeline's tooltips explain a dispute by the same rules as `derive_status` (a denial
against an affirmation; different figures for the same unit)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from timeline_app.core.model.timeline import Claim, Event, Stance, Status
from timeline_app.ui.timeline.docview import clean_label

MAX_NAMED = 6  # sources named in a heading before "and N more"


def format_value(value: float) -> str:
    """A figure for people: "4,000", "2.5" (files keep integers as int)."""
    if isinstance(value, int) or (value.is_integer() and abs(value) < 1e15):
        return f"{int(value):,}"
    return f"{value:,.6g}"


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
            return sep.join(parts) + (f"{sep}and {more} more" if more else "")

        if self.kind is Kind.STANCE:
            parts = [f"{name(sid)} {stance_words(claims)}" for sid, claims in cols]
            return "Sources disagree: " + listing(parts, ", ")
        if self.kind is Kind.FIGURES:
            what = self.unit or "the figure"
            if len(self.columns) == 1:
                sid, claims = self.columns[0]
                values = " · ".join(format_value(c.value or 0) for c in claims)
                return f"{name(sid)} gives different figures for {what}: {values}"
            parts = [f"{name(sid)} {values_text(claims, with_unit=False)}" for sid, claims in cols]
            return f"Sources disagree on {what}: " + listing(parts, " · ")
        if any(c.value is not None for _, claims in cols for c in claims):
            parts = [f"{name(sid)} {values_text(claims, with_unit=True)}" for sid, claims in cols]
            return "Disputed figures, in different units: " + listing(parts, " · ")
        return "Marked disputed; compare what the sources say: " + listing(
            [name(sid) for sid, _ in cols], ", ")


def stance_words(claims: tuple[Claim, ...]) -> str:
    stances = {c.stance for c in claims}
    if len(stances) > 1:
        return "affirms and denies"
    return "denies" if Stance.DENIES in stances else "affirms"


def values_text(claims: tuple[Claim, ...], with_unit: bool) -> str:
    out = []
    for c in claims:
        if c.value is not None:
            unit = f" {c.unit.strip()}" if with_unit and c.unit.strip() else ""
            out.append(format_value(c.value) + unit)
    return ", ".join(dict.fromkeys(out)) or "no figure"


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
            for stance, words in ((Stance.AFFIRMS, "Affirmed by"), (Stance.DENIES, "Denied by")):
                names = [clean_label(name_of(sid), 80) for sid, claims in d.columns
                         if any(c.stance is stance for c in claims)]
                if names:
                    more = len(names) - MAX_NAMED
                    lines.append(f"{words}: " + ", ".join(names[:MAX_NAMED])
                                 + (f" and {more} more" if more > 0 else ""))
        else:
            lines.append(d.heading(name_of))
    return lines
