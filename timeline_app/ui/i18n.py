"""The window's languages: every visible string goes through Qt's translation.

`tr()` is the one call the window's modules use; `pyside6-lupdate` finds its strings (a bare
`tr(` call, context ""), so one string has one translation wherever it appears, and
`disambiguation` tells apart the few that must differ. Plurals use Qt's numerus forms:
`tr("%Ln event(s)", "", n)` gives "1 event", "2 events" through the English catalogue and
Ukrainian's three forms through its own. Placeholders are `{name}`, filled by `.format()`
after translation, so a translator can move them.

The sources are `timeline_app/translations/timeline_app_*.ts` (Qt Linguist); `make
translations` updates them from the code and compiles the `.qm` files the package ships.
The language follows the system's, unless the settings name one (View > Language);
Qt's own dialogs are translated by the `qtbase_*.qm` that PySide6 ships. `install` also
gives the core (which has no Qt) the same catalogue for its words (`core.text`) and the
locale's month and weekday names for its dates (`core.model.date_text`), so the axis,
Details and the core's messages speak the window's language; files stay English.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup

from timeline_app.core import text
from timeline_app.core.model import date_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from timeline_app.ui.main_window import MainWindow

__all__ = ["LANGUAGES", "TRANSLATIONS", "build_menu", "choose_language", "date_words",
           "install", "number", "tr"]

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
# The languages the window speaks, each named in itself (as a language menu shows them).
LANGUAGES = {"en": "English", "uk": "Українська", "ko": "한국어"}
_LOCALES = {"en": "en_US", "uk": "uk_UA", "ko": "ko_KR"}
_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the window's language (as written when there is no translation)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def number(n: int) -> str:
    """A count as the language writes it: 12,345 / 12 345 / 12,345."""
    return QLocale().toString(n)


def _decimal(value: float, decimals: int) -> str:
    """1.25 / 1,25 with at most `decimals` decimals and no trailing zeros."""
    locale = QLocale()
    out = locale.toString(value, "f", decimals)
    point = locale.decimalPoint()
    return out.rstrip("0").rstrip(point) if decimals and point in out else out


def date_words(locale: QLocale | None = None) -> date_text.DateWords:
    """The core's date words in the window's language: month and weekday names from the
    locale, the order of day, month and year from the catalogue ("2024년 10월 27일")."""
    locale = locale or QLocale()
    short = QLocale.FormatType.ShortFormat
    return date_text.make_words(
        tr, months=[locale.monthName(m, short) for m in range(1, 13)],
        months_alone=[locale.standaloneMonthName(m, short) for m in range(1, 13)],
        month_names=[locale.standaloneMonthName(m, QLocale.FormatType.LongFormat)
                     for m in range(1, 13)],
        weekdays=[locale.dayName(d, short) for d in range(1, 8)], number=number,
        decimal=_decimal)


def choose_language(setting: str | None, system: QLocale | None = None) -> str:
    """The language to speak: the settings' choice if it is one we have, else the first of
    the system's preferred languages that we have, else English."""
    if setting in LANGUAGES:
        return setting
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install(language: str, app: QCoreApplication | None = None) -> str:
    """Translate the application into `language` from now on (windows made later speak
    it): its own catalogue, Qt's base strings, and the locale numbers and dates use."""
    app = app or QCoreApplication.instance()
    if app is None or language not in LANGUAGES:
        return "en"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"timeline_app_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s in %s", language, TRANSLATIONS)
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}",
                                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    system = QLocale.system()
    QLocale.setDefault(system if system.name().split("_")[0] == language
                       else QLocale(_LOCALES[language]))
    text.set_translator(tr)
    date_text.set_words(date_words())
    return language


def build_menu(window: MainWindow, view: QMenu) -> QMenu:
    """View > Language: the system's, or one of ours. A window's words are made once, so the
    choice is kept in the settings and applies from the next start (the status bar says so)."""
    menu = view.addMenu(tr("&Language"))
    menu.setObjectName("language-menu")
    group = QActionGroup(menu)
    current = window.settings.language if window.settings.language in LANGUAGES else ""
    for code, label in [("", tr("&System Default")), *LANGUAGES.items()]:
        choice_action(menu, group, label, code, current,
                      lambda _=False, c=code: _choose(window, c))
    return menu


def choice_action(menu: QMenu, group: QActionGroup, label: str, value: str, current: str,
                  slot: Callable[..., None]) -> QAction:
    """One of a menu's exclusive choices (checked when `value` is `current`)."""
    action = QAction(label, menu, checkable=True)
    action.setData(value)
    action.setChecked(value == current)
    action.triggered.connect(slot)
    group.addAction(action)
    menu.addAction(action)
    return action


def _choose(window: MainWindow, code: str) -> None:
    window.settings.language = code
    window.save_settings()
    name = LANGUAGES.get(choose_language(code), "English")
    window.statusBar().showMessage(
        tr("{language} from the next start of Timeline App").format(language=name), 10_000)
