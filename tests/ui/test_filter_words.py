"""The window's filter summary (ui/filter_words, through tr()) says in English what core's
Filter.describe says for the command line, piece for piece."""

from __future__ import annotations

import pytest

from timeline_app.core.model.timeline import Status
from timeline_app.core.query.filtering import Filter
from timeline_app.ui.filter_words import describe, summary

NAMES = {"a": "Alpha", "b": "Bravo", "c": "Charlie", "d": "Delta", "e": "Echo", "": ""}
FILTERS = [
    Filter(),
    Filter(hidden_sources=frozenset({"a"})),
    Filter(hidden_sources=frozenset({"a", "b", "c", "d", "e"})),
    Filter(hidden_sources=frozenset({"a", "b", "c", "d", ""})),
    Filter(tags=frozenset({"kursk", "army"}), statuses=frozenset({Status.DENIED,
                                                                  Status.REPORTED})),
    Filter(start=0.0, min_reliability="A", min_credibility=1),
    Filter(end=1.0, min_reliability="C", min_credibility=3, text="  kim jong "),
]


@pytest.mark.parametrize("f", FILTERS)
def test_the_window_says_what_core_says(qapp, f: Filter) -> None:
    assert describe(f, NAMES) == f.describe(NAMES)


def test_the_summary_is_empty_without_a_filter(qapp) -> None:
    assert summary(Filter()) == ""
    assert summary(Filter(text="x")) == 'Filter: matching "x"'
