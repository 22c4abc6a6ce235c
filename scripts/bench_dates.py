"""Microseconds per uncached parse of the common date forms: python scripts/bench_dates.py."""

from __future__ import annotations

import timeit
from functools import partial

from timeline_app.core.model.dates import parse_date

FORMS = ["2024", "2024-10", "2024-10-18", "2024~", "2024-10?", "2024-10-18%",
         "2024-10-18T09:30", "2024-10-18T09:30:05Z", "2024-10-18T09:30:00+09:00",
         "-0044-03-15", "202X", "2024-21", "Y-13800000000"]


def main() -> None:
    raw = parse_date.__wrapped__  # the lru_cache's function: every call parses
    for form in FORMS:
        best = min(timeit.repeat(partial(raw, form), number=100_000, repeat=7)) / 100_000
        print(f"{form:>28}  {best * 1e6:6.2f} µs")
    best = min(timeit.repeat(lambda: parse_date("2024-10-18"), number=10**6, repeat=5)) / 10**6
    print(f"{'2024-10-18 (cached)':>28}  {best * 1e6:6.2f} µs")


if __name__ == "__main__":
    main()
