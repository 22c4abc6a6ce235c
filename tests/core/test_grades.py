import pytest

from timeline_app.core.model.grades import (
    CREDIBILITY,
    RELIABILITY,
    grade_text,
    parse_credibility,
    parse_grade,
    parse_reliability,
)


def test_wording():
    assert RELIABILITY["A"] == "completely reliable"
    assert RELIABILITY["F"] == "reliability cannot be judged"
    assert CREDIBILITY[1] == "confirmed by other sources"
    assert CREDIBILITY[6] == "truth cannot be judged"


def test_grade_text():
    assert grade_text("E", 5) == "E5"
    assert grade_text("B", None) == "B"
    assert grade_text(None, 3) == "3"
    assert grade_text(None, None) == ""


def test_parse_grade_case_insensitive():
    assert parse_grade("b2") == ("B", 2)
    assert parse_grade(" F6 ") == ("F", 6)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("G2", '"G" is not one of A–F'),
        ("B7", '"7" is not one of 1–6'),
        ("B", 'grade \'B\' is not a letter A–F followed by a digit 1–6, like "B2"'),
    ],
)
def test_parse_grade_bad(text, message):
    with pytest.raises(ValueError) as err:
        parse_grade(text)
    assert str(err.value) == message


def test_parse_single_values():
    assert parse_reliability("c") == "C"
    assert parse_credibility(4) == 4
    with pytest.raises(ValueError, match=r"^7 is not one of 1–6$"):
        parse_credibility(7)
    with pytest.raises(ValueError, match=r"^true is not one of 1–6$"):  # as JSON writes it
        parse_credibility(True)
    with pytest.raises(ValueError, match=r"^an object is not one of A–F$"):
        parse_reliability({"grade": "B"})
    with pytest.raises(ValueError, match=r"^a list is not one of 1–6$"):
        parse_credibility([2])


def test_model_fields_default_none_and_compare():
    from timeline_app.core.model.timeline import Claim, Source

    assert Source("s", "S").reliability is None
    assert Claim("s", "t").credibility is None
    assert Source("s", "S", reliability="B") != Source("s", "S")
    assert Claim("s", "t", credibility=2) != Claim("s", "t")
    assert Claim("s", "t", credibility=2) == Claim("s", "t", credibility=2)
