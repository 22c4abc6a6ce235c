"""The PyInstaller bundle (build.spec): built once per session, then run as a user would.

Slow (about half a minute to build on 2 cores). It fails, rather than skips, when PyInstaller
is missing, because `make test` installs it (the `bundle` extra); set TIMELINE_SKIP_BUNDLE=1
to leave it out on purpose.
"""

from __future__ import annotations

import importlib.util
import json
import os
import select
import shutil
import struct
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.slow

# The build is about 190 MB; a jump past this means something heavy came back (the GTK
# theme's libraries, QtNetwork, a second Qt binding, the test tools in the venv).
SIZE_BUDGET_MB = 240


@dataclass(frozen=True)
class Bundle:
    folder: Path
    exe: Path
    seconds: float

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"

    @property
    def qt(self) -> Path:
        return self.internal / "PySide6" / "Qt"


def _size_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    if os.environ.get("TIMELINE_SKIP_BUNDLE") == "1":
        pytest.skip("TIMELINE_SKIP_BUNDLE=1")
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is not installed: pip install -e '.[bundle]' (make test does)")
    base = tmp_path_factory.mktemp("bundle")
    # Own config/cache dir: `--clean` wipes PyInstaller's cache, which would pull it from
    # under another build running at the same time (other checkouts, other users' CI).
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(base / "pyinstaller-config")}
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
           "--distpath", str(base / "dist"), "--workpath", str(base / "build"),
           str(ROOT / "build.spec")]
    start = time.monotonic()
    built = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200)
    seconds = time.monotonic() - start
    if built.returncode != 0:
        pytest.fail(f"pyinstaller failed ({built.returncode}):\n{built.stderr[-4000:]}")
    folder = base / "dist" / "timeline-app"
    return Bundle(folder, folder / "timeline-app", seconds)


def _run_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The user's environment minus anything that could let the bundle lean on the venv."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "QT_PLUGIN_PATH", "LD_LIBRARY_PATH",
                        "QT_QPA_PLATFORM_PLUGIN_PATH", "VIRTUAL_ENV")}
    env.update(TIMELINE_APP_CONFIG_DIR=str(tmp_path / "config"),
               TIMELINE_APP_STATE_DIR=str(tmp_path / "state"),
               TIMELINE_APP_CACHE_DIR=str(tmp_path / "cache"), QT_SCALE_FACTOR="1", **extra)
    return env


def _run(bundle: Bundle, tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(bundle.exe), *args], cwd=tmp_path, env=_run_env(tmp_path, **env),
                          capture_output=True, text=True, timeout=120)


def test_size_and_build_time_reported(bundle: Bundle, capsys: pytest.CaptureFixture) -> None:
    size_mb = _size_bytes(bundle.folder) / 1e6
    with capsys.disabled():
        print(f"\nbundle: {size_mb:.0f} MB unpacked in {bundle.folder}, "
              f"built in {bundle.seconds:.0f} s")
    assert size_mb < SIZE_BUDGET_MB


def test_check_runs_on_the_seed_example_like_the_source(bundle: Bundle, tmp_path: Path) -> None:
    result = _run(bundle, tmp_path, "check", str(SEED))
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout and "sources (" in result.stdout
    from_source = subprocess.run([sys.executable, "-m", "timeline_app", "check", str(SEED)],
                                 capture_output=True, text=True, timeout=120)
    assert result.stdout == from_source.stdout


def test_version_comes_from_pyproject(bundle: Bundle, tmp_path: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    result = _run(bundle, tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"timeline-app {version}"


def test_export_png_offscreen(bundle: Bundle, tmp_path: Path, qapp) -> None:
    out = tmp_path / "seed.png"
    result = _run(bundle, tmp_path, "export", str(SEED), "-o", str(out), "--size", "800x450",
                  QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == (800, 450)
    from PySide6.QtGui import QImage

    image = QImage.fromData(data)
    colours = {image.pixel(x, y) for x in range(0, 800, 7) for y in range(0, 450, 7)}
    assert len(colours) > 10  # drawn, not a blank page


def test_export_svg_offscreen(bundle: Bundle, tmp_path: Path) -> None:
    out = tmp_path / "seed.svg"
    result = _run(bundle, tmp_path, "export", str(SEED), "-o", str(out),
                  QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    assert "<svg" in out.read_text("utf-8")


def test_window_smoke_test_offscreen(bundle: Bundle, tmp_path: Path) -> None:
    result = _run(bundle, tmp_path, "--smoke-test", str(SEED), QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    assert "smoke-test: loaded" in result.stdout


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A private X server; -displayfd lets it pick a free display number itself."""
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb (installed by .ci/run)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                               "1280x800x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 15)
        number = os.read(read_end, 64).decode().strip() if ready else ""
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(10)


def test_window_smoke_test_on_x11(bundle: Bundle, tmp_path: Path, xvfb_display: str) -> None:
    """The xcb plugin and the libraries it needs survived the slimming in build.spec."""
    result = _run(bundle, tmp_path, "--smoke-test", str(SEED), QT_QPA_PLATFORM="xcb",
                  DISPLAY=xvfb_display)
    assert result.returncode == 0, result.stderr
    assert "smoke-test: loaded" in result.stdout


def test_contents_kept_and_dropped(bundle: Bundle) -> None:
    plugins = bundle.qt / "plugins"
    for kept in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqwayland.so",
                 "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
                 "wayland-shell-integration/libxdg-shell.so"):
        assert (plugins / kept).is_file(), kept
    for dropped in ("platformthemes/libqgtk3.so", "platforms/libqvnc.so", "tls", "generic"):
        assert not (plugins / dropped).exists(), dropped
    translations = [p.name for p in (bundle.qt / "translations").glob("*.qm")]
    assert translations and all(name.startswith("qtbase_") for name in translations)
    names = {p.name for p in bundle.internal.rglob("*")}
    for absent in ("libQt6Network.so.6", "libQt6OpenGL.so.6", "libgtk-3.so.0", "hypothesis",
                   "pytest", "PyQt5", "PyQt6"):
        assert absent not in names, absent
    dangling = [p for p in bundle.internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling
    resources = bundle.internal / "resources"
    assert (resources / "icons" / "timeline-app.svg").is_file()  # the window icon
    assert (resources / "examples" / SEED.name).is_file()


def test_time_zones_come_with_the_bundle(bundle: Bundle, tmp_path: Path) -> None:
    """With no system database (PYTHONTZPATH: an empty folder, as on Windows), zone names
    still resolve: the bundle carries tzdata."""
    doc = tmp_path / "zoned.json"
    doc.write_text(json.dumps({"events": [
        {"id": "us", "title": "US statement",
         "start": "2025-04-27T19:00-04:00[America/New_York]"}]}), "utf-8")
    empty = tmp_path / "no-zoneinfo"
    empty.mkdir()
    result = _run(bundle, tmp_path, "check", "--tz", "Asia/Pyongyang", str(doc),
                  PYTHONTZPATH=str(empty))
    assert result.returncode == 0, result.stderr
    assert "Mon 28 Apr 2025 08:00 KST" in result.stdout
