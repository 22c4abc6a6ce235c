"""The reader on hand-checked wire stories (tests/data/articles): precision and recall of
dates and attributions must not fall below what was measured (see extract_scoring). The
held-out stories were written after the rules were tuned on the others."""

from __future__ import annotations

import pytest

from tests.core.extract_scoring import HELD_OUT, STORIES, Score, names, score


def _total(folder) -> Score:
    total = Score("all")
    for name in names(folder):
        s = score(name, folder)
        for key, value in vars(s).items():
            if isinstance(value, int):
                setattr(total, key, getattr(total, key) + value)
    return total


@pytest.mark.parametrize(("folder", "floor"), [(STORIES, 0.9), (HELD_OUT, 0.75)])
def test_dates_and_attributions_hold_their_measured_quality(folder, floor) -> None:
    t = _total(folder)
    assert len(names(folder)) >= 3
    assert t.dates_right / t.dates_found >= floor + 0.05  # precision
    assert t.dates_right / t.dates_expected >= floor - 0.1  # recall
    assert t.said_right / t.said_found >= floor  # attribution precision
    assert t.said_expected_right / t.said_expected >= floor  # attribution recall
    assert t.voice_right == t.voice_expected  # the article's own voice


def test_at_least_five_tuning_stories() -> None:
    assert len(names(STORIES)) >= 5


def test_every_story_reads_fast() -> None:
    for folder in (STORIES, HELD_OUT):
        for name in names(folder):
            assert score(name, folder).seconds < 0.2
