"""JourneyDesk: offline customer journey mapping for workshop facilitators."""

from __future__ import annotations

import os

# JourneyDesk uses no pydantic plugin. Looking for them reads the metadata of every installed
# package when the first model is defined: about 10 ms of every start. Set, it is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def __getattr__(name: str) -> str:
    """``journeydesk.__version__``: the installed version (pyproject.toml's), read on first use.

    Not at import: importlib.metadata takes longer to load than the Python interpreter
    takes to start, and every command would pay for it.
    """
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("journeydesk")
    except PackageNotFoundError:  # running from a checkout that was never installed
        found = "0.0.0+unknown"
    globals()["__version__"] = found
    return found
