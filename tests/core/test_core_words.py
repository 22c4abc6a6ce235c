"""The core's words for people (core.text, core.model.date_text): English where no translator
is installed, as the command line prints them; another language's words where the window
installs them, except in what is written into files."""

from __future__ import annotations

import json

import pytest

from timeline_app.core import text
from timeline_app.core.formats.registry import load_bytes
from timeline_app.core.formats.timelinejs_out import to_timelinejs
from timeline_app.core.geometry.ticks import ticks, year_text
from timeline_app.core.model import date_text
from timeline_app.core.model.calendar import to_seconds
from timeline_app.core.model.dates import Precision, format_instant, parse_date
from timeline_app.core.model.zoned import UTC_CLOCK, Clock


@pytest.fixture
def bare():
    """The core as the command line runs it: no translator, English date words (a window test
    of the same session installs Qt's, in English)."""
    saved = text._translator, date_text.current()
    text.set_translator(None)
    date_text.set_words(None)
    yield
    text.set_translator(saved[0])
    date_text.set_words(saved[1])


def _pretend(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A made-up language: dates year first, its own words for the rest."""
    said = {"{day} {month} {year}": "{year}/{month}/{day}", "{month} {year}": "{year}/{month}",
            "{day} {month}": "{month}/{day}", "{year} BC": "-{year}", "approximate": "circa",
            "{weekday} {date} {time} {zone}": "{date} {time} {zone} ({weekday})"}
    return said.get(source, text.english(source, disambiguation, n))


@pytest.fixture
def pretend(bare):
    words = date_text.make_words(_pretend, months=[f"m{i}" for i in range(1, 13)],
                                 weekdays=[f"w{i}" for i in range(1, 8)])
    date_text.set_words(words)
    return words


def test_english_is_the_words_without_a_translator(bare) -> None:
    assert text.tr("%Ln event(s)", "", 1) == "1 event"
    assert text.tr("%Ln match(es)", "", 12345) == "12,345 matches"
    assert text.tr("Edit Event") == "Edit Event"
    assert parse_date("2024-10~").describe() == "Oct 2024, approximate (1–31 Oct 2024)"
    assert parse_date("2024-10-27").describe() == "27 Oct 2024"
    assert parse_date("202X").describe() == "2020s, unspecified (1 Jan 2020 – 31 Dec 2029)"
    assert parse_date("2024-21").describe() == "Spring 2024 (1 Mar – 31 May 2024)"
    assert parse_date("-0043-03-15").describe() == "15 Mar 44 BC"
    assert parse_date("Y-13800000000").describe() == "13.8 billion years ago"
    assert parse_date("Y-999999999999999").describe() == "about 1 quadrillion years ago"
    assert parse_date("..").describe() == "open (unknown)"
    assert format_instant(to_seconds(2024, 10), Precision.MONTH) == "Oct 2024"
    assert format_instant(to_seconds(2024, 10, 18, 9, 30), Precision.MINUTE) == \
        "18 Oct 2024 09:30"
    assert format_instant(float("inf"), Precision.DAY) == "open"
    assert Clock("Asia/Seoul").describe(parse_date("2025-04-27T19:00-04:00[America/New_York]")) \
        == "Sun 27 Apr 2025 19:00 EDT · Mon 28 Apr 08:00 KST"
    assert UTC_CLOCK.label(to_seconds(2025, 4, 28, 8), Precision.MINUTE) == \
        "28 Apr 2025 08:00 UTC"
    assert [year_text(1), year_text(-43), year_text(25_000), year_text(2_000_000, 1_000_000),
            year_text(1 - 1_250_000, 10_000), year_text(-99_999, 10_000)] == [
        "AD 1", "44 BC", "25,000", "AD 2 million", "1.25 million years ago",
        "100 thousand years ago"]
    labels = [t.label for t in ticks(to_seconds(2024, 9), to_seconds(2025, 3), 800) if t.label]
    assert labels[:3] == ["Sep", "Oct", "Nov"] and "2025" in labels
    days = [t.label for t in ticks(to_seconds(2024, 10, 1), to_seconds(2024, 10, 20), 800)]
    assert days[0] == "Oct 2024" and "10" in days


def test_another_languages_words_are_used_where_installed(pretend) -> None:
    assert parse_date("2024-10~").describe() == "2024/m10, circa (1–31 m10 2024)"
    assert parse_date("-0043-03-15").describe() == "-44/m3/15"
    assert Clock("Asia/Seoul").describe(parse_date("2025-04-28T08:00+09:00")) == \
        "2025/m4/28 08:00 KST (w1)"
    labels = [t.label for t in ticks(to_seconds(2024, 9), to_seconds(2025, 3), 800) if t.label]
    assert labels[:3] == ["m9", "m10", "m11"]
    days = [t.label for t in ticks(to_seconds(2024, 10, 1), to_seconds(2024, 10, 20), 800)]
    assert "2024/m10" in days
    # English on demand: what a file is written with
    assert parse_date("2024-10~").describe(words=date_text.ENGLISH).startswith("Oct 2024")


def test_files_are_written_in_english_whatever_the_window_speaks(pretend) -> None:
    doc = {"title": "T", "events": [
        {"id": "a", "title": "A", "start": "2024-10~"},
        {"id": "b", "title": "B", "start": "2025-04-27T19:00-04:00[America/New_York]"}]}
    timeline = load_bytes(json.dumps(doc).encode(), "t.json").timeline
    for clock in (None, Clock("Asia/Seoul")):
        out = json.dumps(to_timelinejs(timeline, clock=clock)[0], ensure_ascii=False)
        assert "m10" not in out and "circa" not in out and "w7" not in out
        assert "Oct 2024, approximate" in out
