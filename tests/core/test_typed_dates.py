"""Dates typed in words become the EDTF the file stores; anything else is left alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.model.dates import DateError, parse_date
from timeline_app.core.model.typed_dates import to_edtf


@pytest.mark.parametrize(("typed", "edtf"), [
    ("28 April 2025", "2025-04-28"), ("28th of April 2025", "2025-04-28"),
    ("April 28, 2025", "2025-04-28"), ("April 2025", "2025-04"), ("Apr. 2025", "2025-04"),
    ("sept 2024", "2024-09"), ("spring 2025", "2025-21"), ("Fall 2024", "2024-23"),
    ("about April 2025", "2025-04~"), ("circa 1990", "1990~"), ("Oct 2024?", "2024-10?"),
    ("about 2025?", "2025%"), ("29 Feb 2024", "2024-02-29")])
def test_words_to_edtf(typed: str, edtf: str) -> None:
    assert to_edtf(typed) == edtf
    assert parse_date(edtf).text == edtf


@pytest.mark.parametrize("typed", ["2025-04-28", "04/05/2025", "32 May 2025", "Smarch 2025",
                                   "", "spring", "about"])
def test_other_text_is_not_guessed(typed: str) -> None:
    assert to_edtf(typed) is None


@given(st.text(max_size=40))
def test_never_raises_and_what_it_gives_is_a_date_or_a_clear_error(text: str) -> None:
    edtf = to_edtf(text)
    if edtf is not None:
        try:
            parse_date(edtf)
        except DateError as err:
            assert str(err)  # e.g. 31 Feb is caught by the parser with its reason
