"""The translations: the .ts sources hold exactly the strings the code translates (made by
`make translations`), and the shipped .qm files are compiled from them."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import translations  # scripts/translations.py


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The translations as `make translations` would make them from the code now."""
    folder = tmp_path_factory.mktemp("translations")
    for path in translations.FOLDER.glob("*.ts"):
        shutil.copy(path, folder / path.name)
    translations.update(folder)
    translations.english_plurals(translations.ts_path("en", folder))
    translations.update(folder)
    translations.release(folder)
    return folder


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_sources_follow_the_code(fresh: Path, language: str) -> None:
    committed = translations.ts_path(language).read_text("utf-8")
    assert translations.ts_path(language, fresh).read_text("utf-8") == committed, (
        "the .ts files are not up to date with the code's tr() strings: run make translations")


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_shipped_catalogues_are_compiled_from_the_sources(fresh: Path,
                                                              language: str) -> None:
    qm = translations.ts_path(language).with_suffix(".qm")
    assert qm.read_bytes() == translations.ts_path(language, fresh).with_suffix(".qm").read_bytes()


def test_english_says_one_event_and_two_events(qapp) -> None:
    from timeline_app.ui.i18n import tr

    assert tr("Showing {shown} of %Ln event(s)", "", 1).format(shown=1) == \
        "Showing 1 of 1 event"
    assert tr("Showing {shown} of %Ln event(s)", "", 2).format(shown=2) == \
        "Showing 2 of 2 events"


def test_the_language_follows_the_system_unless_the_settings_say(qapp) -> None:
    from PySide6.QtCore import QLocale

    from timeline_app.ui.i18n import choose_language

    assert choose_language("", QLocale("uk_UA")) == "uk"
    assert choose_language("", QLocale("ko_KR")) == "ko"
    assert choose_language("", QLocale("ru_RU")) == "en"  # not (yet) one of ours
    assert choose_language("ko", QLocale("uk_UA")) == "ko"
    assert choose_language("xx", QLocale("uk_UA")) == "uk"  # a damaged setting is ignored


def test_view_language_is_remembered_for_the_next_start(window) -> None:
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "language-menu")
    actions = {a.data(): a for a in menu.actions()}
    assert set(actions) == {"", "en", "uk", "ko"} and actions[""].isChecked()
    assert actions["uk"].text() == "Українська" and actions["ko"].text() == "한국어"
    actions["uk"].trigger()
    assert window.settings.language == "uk"
    assert window.store.load().language == "uk"
    assert "Українська" in window.statusBar().currentMessage()


_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&[^\s&]", text.replace("&&", "")))


@pytest.mark.parametrize(("language", "forms"), [("uk", 3), ("ko", 1)])
def test_every_string_of_the_window_is_translated(language: str, forms: int) -> None:
    """Each string the code translates has a finished translation, with the same
    placeholders, its number in every plural form, and as many mnemonics."""
    wrong = []
    for m in ET.parse(translations.ts_path(language)).iter("message"):
        source = m.findtext("source") or ""
        t = m.find("translation")
        assert t is not None
        plural = m.get("numerus") == "yes"
        texts = [f.text or "" for f in t.findall("numerusform")] if plural else [t.text or ""]
        if t.get("type") or not all(texts):
            wrong.append(f"untranslated: {source!r}")
            continue
        if plural and len(texts) != forms:
            wrong.append(f"{len(texts)} plural forms, not {forms}: {source!r}")
        for text in texts:
            if sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
                wrong.append(f"placeholders differ: {source!r} -> {text!r}")
            for number in ("%Ln", "%n"):
                if (number in source) != (number in text):
                    wrong.append(f"{number} lost: {source!r} -> {text!r}")
            if _mnemonics(source) != _mnemonics(text):
                wrong.append(f"mnemonics differ: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_the_translations_are_used(qapp) -> None:
    from timeline_app.ui import i18n

    try:
        i18n.install("uk", qapp)
        assert i18n.tr("Time &Zone") != "Time &Zone"
        five = i18n.tr("Showing {shown} of %Ln event(s)", "", 5).format(shown=5)
        assert five.count("5") == 2 and "event" not in five
        i18n.install("ko", qapp)
        assert i18n.tr("Time &Zone").endswith("(&Z)")
    finally:
        i18n.install("en", qapp)
