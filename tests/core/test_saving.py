"""Saving: canonical bytes, lossless round trips (property-tested), atomic replacement."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SEED
from timeline_app.core.formats.registry import load_bytes, load_path
from timeline_app.core.formats.saving import SaveError, save, to_bytes, write_atomic


def test_seed_example_is_stored_canonically() -> None:
    raw = SEED.read_bytes()
    assert to_bytes(load_bytes(raw).timeline) == raw


def test_canonical_form_details() -> None:
    data = (b'[{"when": "2024-10", "extra_b": 1, "headline": "\xea\xb9\x80", '
            b'"source": "NIS", "extra_a": {"z": [1, 2.5, null]}}]')
    out = to_bytes(load_bytes(data).timeline)
    text = out.decode()
    assert out.endswith(b"}\n") and "\\u" not in text and "김" in text
    doc = json.loads(out)
    assert list(doc) == ["format", "version", "sources", "events"]
    event = doc["events"][0]
    assert list(event) == ["id", "title", "start", "claims", "extra_b", "extra_a"]
    assert event["start"] == "2024-10"  # precision kept, never 2024-10-01
    assert text.splitlines()[1] == '  "format": "timeline-app",'


def test_unknown_keys_round_trip_byte_for_byte(tmp_path: Path) -> None:
    original = {
        "format": "timeline-app", "version": 1, "title": "T", "x-top": {"keep": True},
        "sources": [{"id": "s", "name": "S", "x-src": [1]}],
        "events": [{"id": "a", "title": "A", "start": "2024-10~", "x-ev": "v",
                    "claims": [{"source": "s", "text": "q", "x-claim": None}]}],
    }
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(original))
    save(load_path(path).timeline, path)
    once = path.read_bytes()
    save(load_path(path).timeline, path)
    assert path.read_bytes() == once
    assert json.loads(once)["x-top"] == {"keep": True}
    assert json.loads(once)["events"][0]["claims"][0]["x-claim"] is None


# -- property: load -> save -> load is the identity ---------------------------------------

DATES = st.sampled_from([
    "2024", "2024-10", "2024-10-18", "2024-10-18T09:30:00+09:00", "2024-10-18T09:30Z",
    "2024~", "2024-10?", "2024-10-18%", "2024-1X", "202X", "-0044-03-15", "Y-13800000000",
    "Y170000002", "2001-21", "1999-12-31T23:59:59Z",
])
SAFE_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30) | st.sampled_from(
    ["김정은", "Зеленський", "“quoted” — dash", "<b>x</b>", "line\nbreak", ""])
KEYS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
               max_size=8).map(lambda k: "x-" + k)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False) | SAFE_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(SAFE_TEXT, inner, max_size=3),
    max_leaves=8,
)
EXTRAS = st.dictionaries(KEYS, JSON_VALUES, max_size=3)


@st.composite
def documents(draw: st.DrawFn) -> dict:
    n_sources = draw(st.integers(1, 4))
    sources = [{"id": f"s{i}", "name": draw(SAFE_TEXT) or f"S{i}", **draw(EXTRAS)}
               for i in range(n_sources)]
    events = []
    for i in range(draw(st.integers(0, 6))):
        start = draw(DATES)
        event = {"id": f"e{i}", "title": draw(SAFE_TEXT), "start": start}
        if draw(st.booleans()):
            event["end"] = ".."
        if draw(st.booleans()):
            event["tags"] = draw(st.lists(SAFE_TEXT, max_size=3))
        if draw(st.booleans()):
            event["status"] = draw(st.sampled_from(["reported", "confirmed", "disputed",
                                                    "denied"]))
        claims = []
        for _ in range(draw(st.integers(0, 3))):
            claim = {"source": f"s{draw(st.integers(0, n_sources - 1))}",
                     "text": draw(SAFE_TEXT)}
            if draw(st.booleans()):
                claim["value"] = draw(st.integers(0, 10**6) | st.floats(0, 1e6))
                claim["unit"] = draw(st.sampled_from(["killed", "troops", ""]))
            if draw(st.booleans()):
                claim["stance"] = draw(st.sampled_from(["affirms", "denies"]))
            if draw(st.booleans()):
                claim["published"] = draw(DATES)
            claim.update(draw(EXTRAS))
            claims.append(claim)
        if claims:
            event["claims"] = claims
        event.update(draw(EXTRAS))
        events.append(event)
    doc = {"format": "timeline-app", "version": 1, "title": draw(SAFE_TEXT),
           "sources": sources, "events": events}
    doc.update(draw(EXTRAS))
    return doc


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_round_trip_is_identity(doc: dict) -> None:
    first = load_bytes(json.dumps(doc, ensure_ascii=False).encode()).timeline
    saved = to_bytes(first)
    second = load_bytes(saved).timeline
    assert second == first
    assert to_bytes(second) == saved  # canonical output is a fixed point


# -- atomic writes --------------------------------------------------------------------------

def test_save_keeps_permissions_and_leaves_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(SEED.read_bytes())
    os.chmod(path, 0o640)
    save(load_path(path).timeline, path)
    assert oct(path.stat().st_mode & 0o777) == oct(0o640)
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]


def test_failed_replace_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(b"old")

    def boom(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(SaveError, match=r"the disk is full.*was not changed"):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]


def test_failed_fsync_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(b"old")

    def boom(_fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(SaveError, match="I/O error"):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "doc.json").write_bytes(b"old")
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveError, match="permission denied"):
            write_atomic(folder / "doc.json", b"new")
        assert (folder / "doc.json").read_bytes() == b"old"
    finally:
        folder.chmod(0o700)


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="the folder does not exist"):
        write_atomic(tmp_path / "nope" / "doc.json", b"new")


def test_permission_denied_is_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    # Root ignores folder permissions, so simulate what a read-only folder does to us.
    import tempfile

    path = tmp_path / "doc.json"
    path.write_bytes(b"old")

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(SaveError, match="permission denied"):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=25)


@settings(max_examples=400, suppress_health_check=list(HealthCheck), deadline=None)
@given(_JSON)
def test_the_fast_encoder_writes_what_pydantic_core_writes(value) -> None:
    """orjson writes saves; where it refuses (integers past 64 bits) pydantic-core does, so
    a file's bytes never depend on which encoder wrote them."""
    from pydantic_core import to_json

    from timeline_app.core.formats.saving import encode
    assert encode(value) == to_json(value, indent=2)


def test_what_the_fast_encoder_refuses_is_still_explained() -> None:
    from timeline_app.core.formats.saving import encode
    assert encode({"n": 2**80}) == b'{\n  "n": 1208925819614629174706176\n}'
    timeline = load_path(SEED).timeline
    timeline.events[0].title = "\ud800 lone"  # the loader refuses one; an edit might not
    with pytest.raises(SaveError, match="cannot be written as JSON"):
        to_bytes(timeline)
