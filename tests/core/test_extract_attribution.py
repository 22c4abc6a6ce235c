"""Attribution: each frame of issue 13 as a small sentence with the expected source (and
speaker), matching to existing sources by name and alias, guessed kinds, figures, stance."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.article import read_article
from timeline_app.core.extract.proposals import extract
from timeline_app.core.extract.reader import read_claims
from timeline_app.core.model.dates import parse_date
from timeline_app.core.model.timeline import Source, Stance, Status, Timeline

PUB = parse_date("2025-04-28")


def _claims(text: str, timeline: Timeline | None = None):
    reading = read_claims(read_article(text, "a.txt", published=PUB, outlet="Wire"), timeline)
    return reading, reading.claims


FRAMES = [
    ("The ministry said 20 people were hurt.", "ministry", ""),
    ("Reuters reported that the border was closed.", "Reuters", ""),
    ("According to the Red Cross, the camp was shelled overnight.", "Red Cross", ""),
    ("“We will not retreat,” KCNA quoted Kim as saying.", "KCNA", "Kim"),
    ("The KCNA reported that Kim stated the troops were heroes.", "KCNA", "Kim"),
    ("The Pentagon estimated that 1,000 soldiers had been killed.", "Pentagon", ""),
    ("NATO's statement called the strike reckless and dangerous.", "NATO", ""),
    ("A statement released by the Interior Ministry said the curfew would end.",
     "Interior Ministry", ""),
    ("The army responded, asserting that the town was still under its control.", "army", ""),
    ("The plan was welcomed by investors, as noted by the central bank.", "central bank", ""),
    ("“The dam is intact,” said the regional governor, Ivan Petrov.", "Ivan Petrov", ""),
    ("Prices rose sharply in the capital over the winter months.", "Wire", ""),
]


@pytest.mark.parametrize(("sentence", "source", "speaker"), FRAMES)
def test_frames(sentence: str, source: str, speaker: str) -> None:
    reading, claims = _claims(sentence)
    assert claims, sentence
    assert reading.book.name_of(claims[0].source).lower().endswith(source.lower())
    assert claims[0].speaker == speaker


def test_nested_attribution_keeps_source_and_speaker() -> None:
    _reading, (claim,) = _claims("“Those who battled are heroes,” KCNA quoted Kim as declaring.")
    assert claim.speaker == "Kim" and claim.frame.startswith("KCNA quoted")


def test_existing_sources_match_by_name_alias_and_surname() -> None:
    t = Timeline(sources=[Source("nis", "National Intelligence Service (NIS)",
                                 "intelligence agency"),
                          Source("zelenskyy", "Volodymyr Zelenskyy", "head of state")])
    text = ("South Korea’s National Intelligence Service (NIS) said 300 soldiers died. "
            "The NIS said it would update the figure. Zelenskyy said the number could "
            "reach 4,000.")
    reading, claims = _claims(text, t)
    assert [c.source for c in claims] == ["nis", "nis", "zelenskyy"]
    assert reading.book.new.keys() == {"wire"}


def test_new_sources_get_a_guessed_kind() -> None:
    text = ("Yonhap News Agency reported the launch of two missiles. The Defense Ministry "
            "said two missiles were fired. President Lee Jae-myung said the launch was a "
            "provocation. "
            "The National Intelligence Service said the site was known. The state-run "
            "Central News Agency (KCNA) said the test succeeded.")
    reading, _ = _claims(text)
    kinds = {m.name: m.kind for m in reading.book.new.values()}
    assert kinds["Yonhap News Agency"] == "news agency"
    assert kinds["Defense Ministry"] == "military"
    assert kinds["Lee Jae-myung"] == "head of state"
    assert kinds["National Intelligence Service"] == "intelligence agency"
    assert kinds["Central News Agency"] == "state media"


def test_figures_units_and_bounds() -> None:
    text = ("The agency said approximately 300 soldiers had died in combat, with an "
            "additional 2,700 injured. Kyiv said the number of killed or wounded could reach "
            "4,000. Washington gave an estimate of about 1,200 casualties. The army said "
            "around 14,000 troops were deployed, including 3,000 replacements.")
    _reading, claims = _claims(text)
    figures = [(c.value, c.unit, c.figure.bound, c.figure.approximate)
               for c in claims if c.figure]
    assert figures == [(300, "killed", "", True), (2700, "injured", "", False),
                       (4000, "killed or wounded", "upper", False),
                       (1200, "casualties", "", True), (14000, "troops", "", True),
                       (3000, "replacements", "", False)]


def test_years_and_dates_are_not_figures() -> None:
    _reading, claims = _claims("The ministry said on April 28, 2025 that 2024 was calm.")
    assert all(c.figure is None for c in claims)


@pytest.mark.parametrize("verb", ["denied", "rejected", "refuted"])
def test_denials_are_stance_denies(verb: str) -> None:
    _reading, claims = _claims(f"The Kremlin {verb} that its forces shelled the Kharkiv dam.")
    assert claims[0].stance is Stance.DENIES


def test_claim_and_rebuttal_make_one_disputed_event() -> None:
    text = ("The defence ministry said its forces had retaken the Kursk region on Monday. "
            "Ukraine’s General Staff quickly responded, asserting that its operations in "
            "parts of Kursk were still ongoing.")
    result = extract(read_article(text, "a.txt", published=PUB))
    kursk = [e for e in result.events if any("Kursk" in c.text for c in e.claims)]
    assert len(kursk) == 1
    stances = [c.stance for c in kursk[0].claims]
    assert stances == [Stance.AFFIRMS, Stance.DENIES]
    from timeline_app.core.model.timeline import Claim, derive_status
    assert derive_status([Claim("a", stance=s) for s in stances]) is Status.DISPUTED


def test_date_in_the_frame_is_when_it_was_said() -> None:
    _reading, (claim,) = _claims("The NIS reported in January that the troops had "
                                 "moved in October.")
    assert claim.published == "2025-01"
    assert claim.when is not None and claim.when.value == "2024-10"
