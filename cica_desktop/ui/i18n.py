"""The interface language: Qt Linguist translations in resources/translations, and what
interface strings go through besides a widget's own ``self.tr()``: the ``tr()`` helper and
the ``QT_TR_NOOP`` / ``QT_TRANSLATE_NOOP`` markers for text translated later.

Sources are extracted with `make translations` (pyside6-lupdate); the .qm files are compiled
with pyside6-lrelease and shipped. Document text never goes through here: it comes from the
language templates.
"""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)

#: The name of each language in itself.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ru": "Русский",
                  "zh": "中文", "ar": "العربية"}
#: Interface languages offered: English, the source, and those whose translation is
#: complete (tests/test_ui_translation.py checks each offered one is).
UI_LANGUAGES = dict(LANGUAGE_NAMES)
#: The locale of each translation file (cica_desktop_<locale>.ts) and of Qt's own.
QT_LOCALES = {"fr": "fr", "es": "es", "ru": "ru", "zh": "zh_CN", "ar": "ar"}
#: Interface languages written right to left: the whole window is mirrored.
RIGHT_TO_LEFT = frozenset({"ar"})


def QT_TR_NOOP(text: str) -> str:
    """Marks *text* for translation (extracted by pyside6-lupdate, translated when shown).

    Named as pyside6-lupdate expects; defined here rather than imported from QtCore.
    """
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """The same, for text translated in a named context (a window's self.tr)."""
    del context
    return text


def tr(text: str) -> str:
    """*text* in the interface language. The one helper for interface strings outside a
    widget's own ``self.tr()``: pyside6-lupdate files calls of a free ``tr()`` under the
    empty context, and that is where they are looked up."""
    return QCoreApplication.translate("", text)


def translations_dir() -> Path:
    return Path(str(resources.files("cica_desktop.resources"))) / "translations"


def system_ui_language() -> str:
    """The system's language if the interface speaks it, else English."""
    code = QLocale.system().name().split("_", 1)[0]
    return code if code in UI_LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translation (and Qt's own, for standard buttons) for *language*."""
    installed: list[QTranslator] = []
    if language == "en" or language not in UI_LANGUAGES:
        return installed
    locale = QT_LOCALES.get(language, language)
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"cica_desktop_{locale}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{locale}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


_INSTALLED: list[QTranslator] = []
#: The interface language the last switch_translators chose.
_LANGUAGE = ["en"]


def ui_language() -> str:
    """The interface language (switch_translators sets it; English until then)."""
    return _LANGUAGE[0]


#: The locale of dates where it is not the translation's: English is British (the UN
#: writes "4 October 2007", not "October 4, 2007"); Arabic is Modern Standard Arabic
#: with the Western digits UN Arabic documents use (Qt's "ar" is Egypt's, with
#: Arabic-Indic digits).
_DATE_LOCALES = {"en": "en_GB", "ar": "ar_001"}


def ui_locale(language: str | None = None) -> QLocale:
    """The locale dates are written in for *language* (the interface language by default).

    Only dates and times shown by the window use it; numbers typed into the form keep
    Qt's default locale.
    """
    language = language or _LANGUAGE[0]
    if language not in UI_LANGUAGES:
        language = "en"
    return QLocale(_DATE_LOCALES.get(language) or QT_LOCALES.get(language, language))


#: A weekday in a date format, with the comma and space that part it from the date.
_WEEKDAY = re.compile(r"dddd[,،]?\s*|\s*dddd")


def long_date_format(locale: QLocale) -> str:
    """*locale*'s long date format without the weekday: "d MMMM yyyy" in French,
    "d 'de' MMMM 'de' yyyy" in Spanish, "yyyy年M月d日" in Chinese."""
    return _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()


def date_text(value: dt.date, locale: QLocale | None = None) -> str:
    """*value* as the interface language writes a date in full: "4 octobre 2007"."""
    locale = locale or ui_locale()
    return locale.toString(QDate(value.year, value.month, value.day),
                           long_date_format(locale))


def moment_text(value: dt.datetime, locale: QLocale | None = None) -> str:
    """*value*'s date and time (as it is: no conversion) in the interface language:
    "4 octobre 2007 14:05"."""
    locale = locale or ui_locale()
    return date_text(value.date(), locale) + " " + locale.toString(
        QTime(value.hour, value.minute), "HH:mm")


def switch_translators(app: QCoreApplication, language: str) -> None:
    """Replace the translators installed by the last switch (or at start) with *language*'s.

    Installing or removing a translator sends every widget a LanguageChange event; the
    main window then rebuilds its texts (MainWindow.retranslate).
    """
    _LANGUAGE[0] = language if language in UI_LANGUAGES else "en"
    for translator in _INSTALLED:
        app.removeTranslator(translator)
    _INSTALLED[:] = install_translators(app, language)
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication: mirror for Arabic
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
