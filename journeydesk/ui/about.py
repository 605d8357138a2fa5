"""What the About box says: the version, the licence, the libraries and the bundled fonts.

Library versions are read from the installed packages (or the frozen app's), so the box is
true of the copy that shows it.
"""

from __future__ import annotations

from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from journeydesk import __version__

#: The libraries JourneyDesk runs on: (name shown, distribution, licence).
LIBRARIES = (
    ("Qt for Python (PySide6)", None, "LGPL-3.0"),
    ("pydantic", "pydantic", "MIT"),
    ("ReportLab", "reportlab", "BSD"),
    ("HarfBuzz (uharfbuzz)", "uharfbuzz", "Apache-2.0 and MIT"),
    ("ICU (icu4py)", "icu4py", "Unicode licence and MIT"),
    ("python-bidi", "python-bidi", "LGPL-3.0"),
    ("PyYAML", "PyYAML", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
)
#: The bundled fonts and their licences (the texts are in resources/fonts/).
FONTS = (
    "Noto Sans, Noto Sans Arabic, Hebrew, Thai and Devanagari (The Noto Project Authors): "
    "SIL Open Font License 1.1",
    "JourneyDesk Hangul (from NanumGothic by NAVER): SIL Open Font License 1.1",
    "Droid Sans Fallback (The Android Open Source Project): Apache License 2.0",
    "Twemoji Mozilla: emoji artwork by Twitter, Inc and other contributors, CC BY 4.0 "
    "(https://creativecommons.org/licenses/by/4.0/); font build by Mozilla, Apache License 2.0",
    "Symbola (George Douros): free for any use",
)


def _version(distribution: str | None) -> str:
    if distribution is None:
        return f"{pyside_version} on Qt {qVersion()}"
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "version unknown"


def about_text() -> str:
    """The About box's text (plain)."""
    libraries = "\n".join(
        f"• {name} {_version(dist)}: {licence}" for name, dist, licence in LIBRARIES
    )
    fonts = "\n".join(f"• {font}" for font in FONTS)
    return (
        f"JourneyDesk {__version__}\n\n"
        "Customer journey maps for workshops: offline, on the wall screen and on paper.\n\n"
        "Free software under the GNU General Public License, version 3 or later: you may "
        "share and change it under its terms. It comes with no warranty.\n\n"
        f"Built with:\n{libraries}\n\n"
        f"Fonts:\n{fonts}\n\n"
        "The licences are in the LICENSE file and the fonts folder of JourneyDesk's resources."
    )
