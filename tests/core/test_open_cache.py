"""The open cache: a reopened file is the same document as a fresh read, or read afresh."""

from __future__ import annotations

import json
import marshal
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SEED
from tests.hardening.fuzzing import event_lists, native_docs, timelinejs_docs
from timeline_app.core.formats import open_cache
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import export_bytes, load_bytes, load_path_cached
from timeline_app.core.model.dates import EDate
from timeline_app.core.model.timeline import Claim, Event, Source, Timeline


@pytest.fixture(autouse=True)
def small_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(open_cache, "MIN_EVENTS", 1)


def rich_doc(n: int = 30) -> dict:
    """Every field the model keeps, unknown fields at every level, shared and odd values."""
    sources = [{"id": "kcna", "name": "KCNA", "kind": "state media", "country": "KP",
                "url": "https://kcna.kp", "notes": "n", "color": "#aa0000", "reliability": "E",
                "x-rank": [1, {"deep": None}]},
               {"id": "nis", "name": "NIS"}]
    events = []
    for i in range(n):
        claims = [{"source": "kcna", "text": f"says {i}"}]
        if i % 3 == 0:
            claims.append({"source": "nis", "text": "denies", "stance": "denies",
                           "value": 1.5 if i % 2 else 12_000, "unit": "troops",
                           "url": "https://nis.go.kr/a", "published": "2025-01-13",
                           "credibility": 2, "x-note": "kept"})
        event = {"id": f"e{i}", "title": f"Event {i} ünïcode ✓", "start": "2024-10~",
                 "claims": claims, "tags": ["troops", "kursk"] if i % 2 else []}
        if i % 4 == 0:
            event.update(end="2025-04-2X", description="d", location="Kursk",
                         status="confirmed", extra_field={"a": [1, 2.5, True, None]})
        events.append(event)
    return {"format": "timeline-app", "version": 1, "title": "T", "description": "D",
            "sources": sources, "events": events, "eras": [{"title": "War", "start": "2022"}],
            "x-top": 10**30}


def open_twice(tmp_path: Path, data: bytes, name: str = "doc.json"):
    folder = tmp_path / "cache"
    path = tmp_path / name
    path.write_bytes(data)
    fresh, key = load_path_cached(path, folder)
    assert key is not None
    payload = open_cache.pack(fresh.timeline, fresh.kind)
    assert payload is not None and open_cache.store(folder, key, payload)
    again, key2 = load_path_cached(path, folder)
    return path, folder, fresh, again, key2


def same(a: Timeline, b: Timeline) -> None:
    assert a == b
    assert export_bytes(a, "json")[0] == export_bytes(b, "json")[0]
    assert export_bytes(a, "csv")[0] == export_bytes(b, "csv")[0]


def test_a_reopened_document_is_the_fresh_one(tmp_path: Path) -> None:
    _, _, fresh, again, key = open_twice(tmp_path, json.dumps(rich_doc()).encode())
    assert key is None  # from the cache: nothing to keep
    same(fresh.timeline, again.timeline)
    assert again.kind == fresh.kind and again.warnings == []
    claim = again.timeline.events[3].claims[0]
    assert claim.source is again.timeline.sources["kcna"].id  # the registry's own id


def test_the_bundled_example_survives(tmp_path: Path) -> None:
    _, _, fresh, again, key = open_twice(tmp_path, SEED.read_bytes())
    assert key is None
    same(fresh.timeline, again.timeline)


def test_a_changed_file_of_the_same_size_and_time_is_read_afresh(tmp_path: Path) -> None:
    path, folder, _, _, _ = open_twice(tmp_path, json.dumps(rich_doc()).encode())
    st = path.stat()
    changed = path.read_bytes().replace(b"Event 1 ", b"Event X ")
    path.write_bytes(changed)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # as a careless copy leaves it
    assert path.stat().st_size == st.st_size
    result, key = load_path_cached(path, folder)
    assert key is not None  # read afresh, to be kept anew
    assert result.timeline.events[1].title.startswith("Event X ")
    same(result.timeline, load_bytes(changed, str(path)).timeline)


def test_a_touched_file_is_a_miss(tmp_path: Path) -> None:
    path, folder, _, _, _ = open_twice(tmp_path, json.dumps(rich_doc()).encode())
    os.utime(path, ns=(1, 10**18))
    assert load_path_cached(path, folder)[1] is not None


@pytest.mark.parametrize("damage", ["truncate", "flip", "header", "empty", "garbage"])
def test_a_damaged_entry_is_never_trusted_and_goes(tmp_path: Path, damage: str) -> None:
    path, folder, fresh, _, _ = open_twice(tmp_path, json.dumps(rich_doc()).encode())
    entry = next(folder.glob("*" + open_cache.SUFFIX))
    raw = entry.read_bytes()
    head, _, body = raw.partition(b"\n")
    damaged = {"truncate": raw[:-40], "flip": head + b"\n" + body[:50] + bytes([body[50] ^ 1])
               + body[51:], "header": b"[1, 2]\n" + body, "empty": b"",
               "garbage": b"\x00\xff" * 100}[damage]
    entry.write_bytes(damaged)
    result, key = load_path_cached(path, folder)
    assert key is not None
    same(result.timeline, fresh.timeline)
    assert not entry.exists() or damage == "header"  # a foreign header: just not this file's


def test_a_well_formed_entry_of_other_columns_is_a_miss(tmp_path: Path) -> None:
    """Right checksum, wrong content (another program's layout): unpacking fails, a miss."""
    path, folder, fresh, _, _ = open_twice(tmp_path, json.dumps(rich_doc()).encode())
    entry = next(folder.glob("*" + open_cache.SUFFIX))
    head = json.loads(entry.read_bytes().partition(b"\n")[0])
    payload = marshal.dumps(("not", "columns"))
    head.update(length=len(payload), crc=__import__("zlib").crc32(payload))
    entry.write_bytes(json.dumps(head).encode() + b"\n" + payload)
    result, key = load_path_cached(path, folder)
    assert key is not None and not entry.exists()
    same(result.timeline, fresh.timeline)


def test_other_code_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, folder, _, _, _ = open_twice(tmp_path, json.dumps(rich_doc()).encode())
    monkeypatch.setattr(open_cache, "code_stamp", lambda: "another build")
    assert load_path_cached(path, folder)[1] is not None


def test_loads_with_warnings_and_small_ones_are_not_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"title": "A", "start": "2024"},
                                {"title": "B", "start": "2024", "source": "Reuters"}]))
    result, key = load_path_cached(path, tmp_path / "cache")
    assert key is None or not result.warnings
    monkeypatch.setattr(open_cache, "MIN_EVENTS", 10)
    path.write_text(json.dumps(rich_doc(9)))
    assert load_path_cached(path, tmp_path / "cache")[1] is None


def test_an_unwritable_cache_only_means_reading_again(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder would be")
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(rich_doc()))
    fresh, key = load_path_cached(path, blocker)
    assert key is not None
    payload = open_cache.pack(fresh.timeline, fresh.kind)
    assert payload is not None
    assert open_cache.store(blocker, key, payload) is False
    assert load_path_cached(path, blocker)[1] is not None


def test_old_entries_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(open_cache, "MAX_ENTRIES", 3)
    folder = tmp_path / "cache"
    for i in range(5):
        open_twice(tmp_path, json.dumps(rich_doc(2)).encode(), f"doc{i}.json")
    assert len(list(folder.glob("*" + open_cache.SUFFIX))) == 3


def test_the_entry_knows_every_field_of_the_model() -> None:
    """A field added to the model and not to the cache would be lost on every reopen."""
    for cls in (Timeline, Source, Event, Claim, EDate):
        assert set(open_cache.FIELDS[cls.__name__]) == set(cls.__slots__), cls.__name__


def _round_trip(data: bytes) -> None:
    try:
        fresh = load_bytes(data, "doc.json")
    except LoadError:
        return
    payload = open_cache.pack(fresh.timeline, fresh.kind)
    assert payload is not None
    again = open_cache.unpack(marshal.loads(payload))
    same(fresh.timeline, again.timeline)
    assert again.kind == fresh.kind


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(native_docs(), event_lists(), timelinejs_docs()))
def test_any_loaded_document_round_trips(doc: object) -> None:
    _round_trip(json.dumps(doc).encode())
