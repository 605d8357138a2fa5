"""The user's language: which translation to load, Qt's own with ours, and locale formats.

JourneyDesk ships its messages in ``resources/translations`` as ``journeydesk_<lang>.qm``,
compiled from the ``.ts`` sources that ``make translations`` extracts with pyside6-lupdate.
``journeydesk_en.qm`` holds only English plural forms ("1 card", "2 cards") and is always
loaded first; a language's file is loaded after it, with Qt's own ``qtbase_<lang>.qm`` for
the standard buttons and dialogs. The language is the ``language`` setting, or when that is
empty the first of the system's UI languages that JourneyDesk has.

Only QtCore is used here, so the command line shares it without a display.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journeydesk import i18n
from journeydesk.i18n import LANGUAGES
from journeydesk.resources import resource_path

DEFAULT_LANGUAGE = "en"
#: Territories whose paper is US Letter (the rest of the world uses A4).
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.CostaRica,
        QLocale.Country.Guatemala,
        QLocale.Country.Panama,
        QLocale.Country.DominicanRepublic,
        QLocale.Country.PuertoRico,
        QLocale.Country.ElSalvador,
        QLocale.Country.Nicaragua,
    }
)

_installed: list[QTranslator] = []


def system_language(locale: QLocale | None = None) -> str:
    """Return the first of the system's UI languages that JourneyDesk has, else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def chosen_language(setting: str) -> str:
    """Return the language to use for the ``language`` setting (empty: the system's)."""
    return setting if setting in LANGUAGES else system_language()


def default_paper(locale: QLocale | None = None) -> str:
    """Return the paper people in the user's territory reach for: "Letter" or "A4"."""
    territory = (locale or QLocale.system()).territory()
    return "Letter" if territory in LETTER_TERRITORIES else "A4"


def install_translations(language: str) -> QLocale:
    """Load the translations of ``language`` and make its locale the default; return it.

    Works with or without a QCoreApplication: the Qt-free layers translate through
    :mod:`journeydesk.i18n`, which this points at the loaded translators.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    folder = str(resource_path("translations"))
    wanted = [("journeydesk_en", folder)]
    if language != DEFAULT_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted += [(f"qtbase_{language}", qt_folder), (f"journeydesk_{language}", folder)]
    for name, where in wanted:
        translator = QTranslator()
        if translator.load(name, where):
            _installed.append(translator)
            if app is not None:
                app.installTranslator(translator)
    locale = QLocale.system()  # its territory's formats (de_AT, en_GB) when it speaks language
    if locale.language() != QLocale(language).language():
        locale = QLocale(language)  # an English UI on a German system writes English numbers
    QLocale.setDefault(locale)
    i18n.set_catalog(QtCatalog(list(_installed), locale))
    return locale


class QtCatalog:
    """:mod:`journeydesk.i18n`'s catalogue: Qt's translators and a QLocale."""

    def __init__(self, translators: list[QTranslator], locale: QLocale) -> None:
        self._translators = translators[::-1]  # the last installed is asked first, as in Qt
        self._locale = locale

    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        text = ""
        for translator in self._translators:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                break
        text = text or source
        if n >= 0:
            text = text.replace("%Ln", self._locale.toString(n)).replace("%n", str(n))
        return text

    def number(self, value: float, decimals: int) -> str:
        if decimals <= 0:
            return self._locale.toString(round(value))
        return self._locale.toString(float(value), "f", decimals)
