"""What the About box says: the version, the licence, the libraries and the bundled fonts.

Library versions are read from the installed packages (or the frozen app's), so the box is
true of the copy that shows it.
"""

from __future__ import annotations

from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, qVersion

import journeydesk
from journeydesk.i18n import Translatable, arg

#: The libraries JourneyDesk runs on: (name shown, distribution, licence).
LIBRARIES = (
    ("Qt for Python (PySide6)", None, "LGPL-3.0"),
    ("pydantic", "pydantic", "MIT"),
    ("ReportLab", "reportlab", "BSD"),
    ("HarfBuzz (uharfbuzz)", "uharfbuzz", QT_TRANSLATE_NOOP("AboutText", "Apache-2.0 and MIT")),
    ("ICU (icu4py)", "icu4py", QT_TRANSLATE_NOOP("AboutText", "Unicode licence and MIT")),
    ("python-bidi", "python-bidi", "LGPL-3.0"),
    ("PyYAML", "PyYAML", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
)
#: The bundled fonts and their licences (the texts are in resources/fonts/).
FONTS = (
    QT_TRANSLATE_NOOP(
        "AboutText",
        "Noto Sans, Noto Sans Arabic, Hebrew, Thai and Devanagari (The Noto Project Authors): "
        "SIL Open Font License 1.1",
    ),
    "JourneyDesk Hangul (from NanumGothic by NAVER): SIL Open Font License 1.1",
    "Droid Sans Fallback (The Android Open Source Project): Apache License 2.0",
    QT_TRANSLATE_NOOP(
        "AboutText",
        "Twemoji Mozilla: emoji artwork by Twitter, Inc and other contributors, CC BY 4.0 "
        "(https://creativecommons.org/licenses/by/4.0/); font build by Mozilla, "
        "Apache License 2.0",
    ),
    QT_TRANSLATE_NOOP("AboutText", "Symbola (George Douros): free for any use"),
)


class AboutText(Translatable):
    """Texts of the About box (names of libraries, fonts and licences stay as they are)."""


def _version(distribution: str | None) -> str:
    if distribution is None:
        return arg(
            AboutText.tr("%1 on Qt %2", "PySide's version on Qt's"), pyside_version, qVersion()
        )
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return AboutText.tr("version unknown")


def about_text() -> str:
    """The About box's text (plain)."""
    # The entries marked above have a translation; the others are names, kept as they are.
    libraries = "\n".join(
        f"• {name} {_version(dist)}: {AboutText.tr(str(licence))}"
        for name, dist, licence in LIBRARIES
    )
    fonts = "\n".join(f"• {AboutText.tr(str(font))}" for font in FONTS)
    paragraphs = (
        f"JourneyDesk {journeydesk.__version__}",
        AboutText.tr(
            "Customer journey maps for workshops: offline, on the wall screen and on paper."
        ),
        AboutText.tr(
            "Free software under the GNU General Public License, version 3 or later: you may "
            "share and change it under its terms. It comes with no warranty."
        ),
        arg(AboutText.tr("Built with:\n%1"), libraries),
        arg(AboutText.tr("Fonts:\n%1"), fonts),
        AboutText.tr(
            "The licences are in the LICENSE file and the fonts folder of JourneyDesk's resources."
        ),
    )
    return "\n\n".join(paragraphs)
