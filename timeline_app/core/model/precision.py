"""How finely a date is written: shared by the parser (dates.py) and the wording
(date_text.py), which dates.py itself uses, so it stands apart from both."""

from __future__ import annotations

from enum import IntEnum


class Precision(IntEnum):
    """The finest component written, coarse to fine."""

    YEAR = 1
    SEASON = 2
    MONTH = 3
    DAY = 4
    HOUR = 5
    MINUTE = 6
    SECOND = 7
