"""Translation for the Qt-free layers (model, layout, poster, convert, the command line).

Every user-visible string goes through Qt's translation, and ``pyside6-lupdate`` extracts it:
widgets call ``self.tr(...)``, and code without a QObject names its context with a class
deriving :class:`Translatable` and calls ``Context.tr(...)``::

    class PosterText(Translatable):
        \"\"\"Texts printed on posters.\"\"\"

    PosterText.tr("Sheet %1 of %2").replace("%1", ...)   # or i18n.arg()
    PosterText.tr("%n card(s)", "", count)              # plural: Qt's %n forms

lupdate takes the class name before ``.tr`` as the context, as in C++'s ``Class::tr``, and at
run time :meth:`Translatable.tr` asks for the same context, so the two always agree. (lupdate
reads a plural from ``tr(text, disambiguation, n)``, not from ``translate(...)`` with a
variable count, which is why the class form is the one to use.)

Nothing here imports Qt: the application (``journeydesk.ui.translations``) installs a
:class:`Catalog` that looks messages up in Qt's translators and formats numbers with
QLocale. Without one, the source text is used and numbers are formatted plainly; an English
catalogue of plural forms is always installed by the app and the command line, so "1 card"
never reads "1 card(s)".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import ClassVar, Protocol

#: The languages JourneyDesk is translated into, by code, each named in its own language.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "Catalog",
    "Translatable",
    "arg",
    "english_form",
    "english_plural",
    "environment_language",
    "number",
    "set_catalog",
    "translate",
]


class Catalog(Protocol):
    """What translating needs from Qt: a message look-up and the locale's number format."""

    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        """Return the translation of ``source`` with ``%n`` replaced, or ``source`` itself."""
        ...

    def number(self, value: float, decimals: int) -> str:
        """Return ``value`` written the locale's way with ``decimals`` decimals."""
        ...


def english_form(source: str, singular: bool) -> str:
    """Return a "(s)" plural source's English form: "%n card(s)" -> "%n card" or "%n cards".

    The English catalogue (``journeydesk_en.ts``) is filled by this rule too, so a text reads
    the same with or without Qt.
    """
    return re.sub(r"\((e?s)\)", "" if singular else r"\1", source)


def english_plural(source: str, n: int) -> str:
    """Return ``source`` for the count ``n`` in English: "%n card(s)" -> "1 card", "2 cards"."""
    return english_form(source, n == 1).replace("%n", str(n))


class _Plain:
    """The catalogue before any is installed: English texts, numbers written plainly."""

    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        return english_plural(source, n) if n >= 0 else source

    def number(self, value: float, decimals: int) -> str:
        return f"{value:.{decimals}f}" if decimals else str(round(value))


_catalog: Catalog = _Plain()


def set_catalog(catalog: Catalog | None) -> None:
    """Use ``catalog`` for every translation from now on (``None``: the source texts)."""
    global _catalog
    _catalog = catalog if catalog is not None else _Plain()


def environment_language(available: Iterable[str], environ: Mapping[str, str]) -> str:
    """Return the first of ``available`` the POSIX locale variables ask for, else "en".

    For the command line, which reads no Qt: ``LANGUAGE`` (a colon list), then ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG``, as gettext does. "C" and "POSIX" mean English.
    """
    wanted = environ.get("LANGUAGE", "").split(":")
    wanted += [environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for name in wanted:
        code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
        if code in available:
            return code
        if code in {"c", "posix"}:
            return "en"
    return "en"


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``source`` in the user's language (``n``: the count of a ``%n`` plural)."""
    return _catalog.translate(context, source, disambiguation, n)


def number(value: float, decimals: int = 0) -> str:
    """Return ``value`` as the user's locale writes numbers (decimal comma in German)."""
    return _catalog.number(value, decimals)


def arg(text: str, *values: object) -> str:
    """Fill ``%1``, ``%2``... in a translated ``text`` (Qt's markers: order free per language).

    The markers are replaced lowest first in one pass, so a value containing ``%2`` is never
    taken for a marker. Numbers should be formatted with :func:`number` first.
    """
    parts: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            j = i + 1
            while j < len(text) and text[j].isdigit():
                j += 1
            index = int(text[i + 1 : j]) - 1
            if 0 <= index < len(values):
                parts.append(str(values[index]))
                i = j
                continue
        parts.append(text[i])
        i += 1
    return "".join(parts)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for lupdate in ``context`` (Qt's name); translate it where it is shown."""
    return source


class Translatable:
    """A translation context for code without a QObject: subclass it and call ``Name.tr()``."""

    #: The context's name in the .ts file: always the class name, as lupdate reads it.
    context: ClassVar[str] = ""

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls.context = cls.__name__

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Return ``source`` translated in this class's context (``n`` for ``%n`` plurals)."""
        return _catalog.translate(cls.context, source, disambiguation, n)
