"""A Delta renumbers positions as removing and then inserting list items does."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.query.delta import Delta


@given(st.integers(0, 30), st.data())
def test_new_of_old_is_where_each_item_ends_up(n, data) -> None:
    removed = sorted(data.draw(st.sets(st.integers(0, max(0, n - 1)), max_size=min(n, 8))))
    after = n - len(removed) + data.draw(st.integers(0, 8))
    inserted = sorted(data.draw(st.sets(st.integers(0, max(0, after - 1)),
                                        min_size=after - n + len(removed),
                                        max_size=after - n + len(removed))))
    delta = Delta(n, after, np.array(removed, dtype=np.int64),
                  np.array(inserted, dtype=np.int64))
    items: list[int | None] = [i for i in range(n) if i not in set(removed)]
    for p in inserted:
        items.insert(p, None)
    where = {v: i for i, v in enumerate(items) if v is not None}
    expected = [where.get(i, -1) for i in range(n)] + [-1]
    old = np.array([*range(n), -1], dtype=np.int64)
    assert delta.new_of_old(old).tolist() == expected
    values = np.arange(n, dtype=np.int64) * 10
    resized = delta.resized(values, -5)
    assert resized.tolist() == [-5 if v is None else v * 10 for v in items]
