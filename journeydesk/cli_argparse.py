"""argparse's own words in the user's language: "usage:", "options", its error messages.

argparse asks gettext for each of its texts through the module's ``_`` function, at the
moment it needs one. JourneyDesk ships Qt translations, not gettext catalogues, so
:func:`speak_language` points that function at :mod:`journeydesk.i18n`; the texts are
marked below for lupdate. A text not listed (or not translated) stays argparse's English.
"""

from __future__ import annotations

import argparse

from journeydesk.i18n import QT_TRANSLATE_NOOP, translate

#: The context of argparse's texts in the translations.
CONTEXT = "ArgparseText"

#: argparse's texts a facilitator can meet, as Python 3.11 words them. The %-fields are
#: argparse's own and stay as they are in a translation (help texts spell "%" as "%%").
MESSAGES = (
    QT_TRANSLATE_NOOP("ArgparseText", "usage: "),
    QT_TRANSLATE_NOOP("ArgparseText", "positional arguments"),
    QT_TRANSLATE_NOOP("ArgparseText", "options"),
    QT_TRANSLATE_NOOP("ArgparseText", "show this help message and exit"),
    QT_TRANSLATE_NOOP("ArgparseText", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("ArgparseText", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("ArgparseText", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("ArgparseText", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("ArgparseText", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("ArgparseText", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("ArgparseText", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("ArgparseText", "expected one argument"),
    QT_TRANSLATE_NOOP("ArgparseText", "expected at most one argument"),
    QT_TRANSLATE_NOOP("ArgparseText", "expected at least one argument"),
    QT_TRANSLATE_NOOP("ArgparseText", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("ArgparseText", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("ArgparseText", "invalid choice: %(value)r (choose from %(choices)s)"),
)


def argparse_text(message: str) -> str:
    """argparse's ``message`` in the user's language (itself when it has no translation)."""
    return translate(CONTEXT, message)


def speak_language() -> None:
    """Have argparse ask :func:`argparse_text` for its texts instead of gettext.

    argparse reads the module-level name ``_`` each time it words a text (its documented
    way to translate it is gettext, which knows nothing of Qt's catalogues).
    """
    setattr(argparse, "_", argparse_text)  # noqa: B010 - the stub does not declare argparse._
