"""Where the bundled resources (example maps, fonts, icons) are, wherever JourneyDesk runs.

One resolver for the three cases: a checkout (``resources/`` beside the package), an
installed wheel (shipped inside the package as ``journeydesk/_resources``) and a frozen
PyInstaller build (``resources/`` under the bundle folder).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """Return the folder that holds the bundled resources."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [_PACKAGE.parent / "resources", _PACKAGE / "_resources"]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"JourneyDesk's resources are missing (looked in {tried})")


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, for example ``resource_path("examples", ...)``."""
    return resources_dir().joinpath(*parts)


def example_path() -> Path:
    """Return the bundled example map: Eva Moline's evening at a pizza restaurant."""
    return resource_path("examples", "eva-pizza.journey")
