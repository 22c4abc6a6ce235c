"""Dates in prose: every form of issue 13 as a small sentence with the expected EDTF, plus
properties: the value always contains the dates the words allow, never finer than them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract.reldates import find_dates
from timeline_app.core.model.calendar import MONTH_NAMES
from timeline_app.core.model.dates import Precision, parse_date, parse_interval

PUB = parse_date("2025-04-28")  # a Monday

CASES = [
    ("In June of last year, the two leaders signed a treaty.", "June of last year", "2024-06"),
    ("Troops were sent to Russia in October.", "in October", "2024-10"),
    ("The agency reported in January that 300 died.", "in January", "2025-01"),
    ("Officials indicated earlier this year that 14,000 were deployed.", "earlier this year",
     "2025-01~/2025-04~"),
    ("A statement released on Monday confirmed it.", "on Monday", "2025-04-28"),
    ("The ministry issued a statement on Sunday evening.", "on Sunday evening", "2025-04-27"),
    ("The talks collapsed last week.", "last week", "2025-04-21/2025-04-27"),
    ("The village was shelled two days ago.", "two days ago", "2025-04-26"),
    ("Fighting has continued since February.", "since February", "2025-02/.."),
    ("The plant was to be finished by the end of 2024.", "by the end of 2024", "../2024"),
    ("The summit took place on April 28, 2025.", "April 28, 2025", "2025-04-28"),
    ("The summit took place on 28 April 2025.", "28 April 2025", "2025-04-28"),
    ("The summit took place on Apr. 28.", "Apr. 28", "2025-04-28"),
    ("The ceasefire began on 2025-04-01, the army said.", "2025-04-01", "2025-04-01"),
    ("Strikes were reported from March to May.", "from March to May", "2025-03/2025-05"),
    ("The town grew in the 1990s.", "the 1990s", "199X"),
    ("The fortress dates from the 19th century.", "the 19th century", "18XX"),
    ("Talks will resume next month.", "next month", "2025-05"),
    ("Elections will be held in October.", "in October", "2025-10"),
    ("He will visit on Friday.", "on Friday", "2025-05-02"),
    ("It happened last Monday.", "last Monday", "2025-04-21"),
    ("The law was passed in 2019.", "in 2019", "2019"),
    ("Prices rose in mid-2024.", "mid-2024", "2024"),
    ("Prices rose in March 2023.", "March 2023", "2023-03"),
    ("It was hot in the summer of 2023.", "the summer of 2023", "2023-22"),
    ("The bridge was hit yesterday.", "yesterday", "2025-04-27"),
    ("Output fell last month.", "last month", "2025-03"),
    ("Output fell last year.", "last year", "2024"),
    ("The report came out earlier this month.", "earlier this month", "2025-04"),
    ("Sales doubled between 2019 and 2021.", "between 2019 and 2021", "2019/2021"),
]


@pytest.mark.parametrize(("sentence", "words", "value"), CASES)
def test_date_forms(sentence: str, words: str, value: str) -> None:
    found = find_dates(sentence, PUB)
    assert [(d.text, d.value) for d in found] == [(words, value)]
    mention = found[0]
    assert sentence[mention.start:mention.end] == words
    assert mention.why  # every value says why
    parse_interval(value)  # a value in our EDTF subset


def test_month_is_never_a_day() -> None:
    (mention,) = find_dates("It happened in June.", PUB)
    assert mention.value == "2024-06" and mention.precision is Precision.MONTH


def test_evening_is_kept_as_text_not_an_hour() -> None:
    (mention,) = find_dates("They met on Sunday evening.", PUB)
    assert "T" not in (mention.value or "") and "evening" in mention.why


def test_without_publication_date_relative_dates_have_no_value() -> None:
    found = find_dates("It was sent in October and signed on April 28, 2025.")
    assert [d.value for d in found] == [None, "2025-04-28"]
    assert "publication" in found[0].why


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("Officials may meet again, and 1200 troops may go.", PUB) == []


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_a_publication_date_at_the_calendars_edge_is_no_traceback(published: str) -> None:
    found = find_dates("He said yesterday that on Monday and next year it would end; "
                       "last week it began.", parse_date(published))
    assert len(found) == 4
    unplaced = [d for d in found if d.value is None]
    assert unplaced and all("outside the calendar" in d.why for d in unplaced)


def test_impossible_date_is_not_placed() -> None:
    (mention,) = find_dates("It was signed on February 30, 2025.", PUB)
    assert mention.value is None and "not a real date" in mention.why


# -- properties -------------------------------------------------------------------------------
pub_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))


def _contains(value: str, day: date) -> bool:
    first, second = parse_interval(value)
    lo = first.earliest
    hi = (second or first).latest
    t = (day - date(1970, 1, 1)).days * 86400.0
    return lo <= t < hi


def _precision_at_most(value: str, words: Precision) -> bool:
    first, second = parse_interval(value)
    return all(d.precision is None or d.precision <= words for d in (first, second) if d)


@st.composite
def past_phrases(draw):
    """A publication date, a day before it, and words for that day at some precision."""
    pub = draw(pub_dates)
    back = draw(st.integers(min_value=0, max_value=330))
    day = pub - timedelta(days=back)
    month = MONTH_NAMES[day.month - 1]
    forms = [(f"in {month}", Precision.MONTH)]
    if back < 7:
        forms.append((f"on {day.strftime('%A')}", Precision.DAY))
    if 1 <= back <= 12:
        forms.append((f"{back} days ago", Precision.DAY))
    forms += [(f"on {month} {day.day}, {day.year}", Precision.DAY),
              (f"on {day.day} {month} {day.year}", Precision.DAY),
              (f"in {month} {day.year}", Precision.MONTH), (f"in {day.year}", Precision.YEAR),
              (f"on {month} {day.day}", Precision.DAY)]
    if day.year == pub.year:
        forms.append(("earlier this year", Precision.MONTH))
        forms.append(("this year", Precision.YEAR))
    if day.year == pub.year - 1:
        forms.append(("last year", Precision.YEAR))
        forms.append((f"in {month} of last year", Precision.MONTH))
    words, precision = draw(st.sampled_from(forms))
    return pub, day, words, precision


@settings(max_examples=300, deadline=None)
@given(past_phrases())
def test_value_contains_the_day_and_is_never_finer(case) -> None:
    pub, day, words, precision = case
    found = find_dates(f"The officials said it happened {words}.", parse_date(pub.isoformat()))
    assert len(found) == 1, (words, found)
    value = found[0].value
    assert value is not None
    assert _contains(value, day), (words, pub, day, value)
    assert _precision_at_most(value, precision), (words, value)


@settings(max_examples=150, deadline=None)
@given(pub_dates, st.integers(min_value=1, max_value=12))
def test_future_month_is_after_publication(pub: date, month: int) -> None:
    name = MONTH_NAMES[month - 1]
    (mention,) = find_dates(f"The vote will be held in {name}.", parse_date(pub.isoformat()))
    first, _ = parse_interval(mention.value)
    assert first.latest > (pub - date(1970, 1, 1)).days * 86400.0
    assert first.precision is Precision.MONTH


def test_a_publication_date_before_year_one_leaves_relative_dates_unplaced() -> None:
    (found,) = find_dates("The ministry said yesterday it was over.", parse_date("-0044-03-15"))
    assert found.text == "yesterday" and found.value is None
