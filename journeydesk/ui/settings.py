"""User settings (recent files, window geometry), kept apart from projects.

They live in ``settings.json`` in the folder that ``platformdirs`` gives for JourneyDesk, or
in ``$JOURNEYDESK_CONFIG_DIR`` when that is set (tests always set it). A damaged settings file
is set aside and replaced by defaults: settings are a convenience, never a reason to fail.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from journeydesk.layout.style import TextSize
from journeydesk.model.errors import FileWriteError
from journeydesk.model.storage import atomic_write

log = logging.getLogger(__name__)

CONFIG_DIR_VARIABLE = "JOURNEYDESK_CONFIG_DIR"
MAX_RECENT_FILES = 10
#: The workshop timer's presets (seconds), its longest time and how many presets it keeps.
DEFAULT_TIMER_PRESETS = (60, 180, 300, 600)
MAX_TIMER_SECONDS = 35999
MAX_TIMER_PRESETS = 8


def config_dir() -> Path:
    """Return the folder of the user's settings (not created here)."""
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("JourneyDesk", appauthor=False))


class Settings(BaseModel):
    """What JourneyDesk remembers between sessions."""

    model_config = ConfigDict(extra="allow")

    recent_files: list[str] = Field(default_factory=list)
    #: QMainWindow.saveGeometry() and saveState(), base64-encoded.
    window_geometry: str = ""
    window_state: str = ""
    #: The folder of the last Open or Save As dialog.
    last_folder: str = ""
    #: Seconds from a change to its recovery copy (autosave); at least 2.
    autosave_seconds: int = Field(default=60, ge=2, le=3600)
    #: The choices of the last poster export (paper, sizing, margins, marks).
    poster: dict[str, Any] = Field(default_factory=dict)
    #: View > Text Size and View > High Contrast, for every map on the canvas.
    text_size: TextSize = TextSize.NORMAL
    high_contrast: bool = False
    #: The screen the presentation goes to (its name; empty: a screen other than the window's).
    present_screen: str = ""
    #: How many stages the presentation shows side by side.
    present_span: int = Field(default=1, ge=1, le=50)
    #: The workshop timer's presets in seconds: the defaults and the custom times remembered.
    timer_presets: list[int] = Field(default_factory=lambda: list(DEFAULT_TIMER_PRESETS))
    #: The interface language ("en", "de"); empty: the first the system's languages offer.
    language: str = ""

    @field_validator("timer_presets")
    @classmethod
    def _usable_presets(cls, presets: list[int]) -> list[int]:
        # Sorted, without duplicates or impossible times; a bad entry is dropped, not fatal.
        usable = sorted({p for p in presets if 1 <= p <= MAX_TIMER_SECONDS})
        return usable[:MAX_TIMER_PRESETS] or list(DEFAULT_TIMER_PRESETS)

    @classmethod
    def shared(cls) -> Settings:
        """The settings every window of this process shares (loaded on first use).

        One object, so that a window closing last does not write back an older copy over
        what another window remembered (recent maps, the last folder, poster choices).
        """
        path = settings_path()
        settings = _shared.get(path)
        if settings is None:
            settings = _shared[path] = cls.load()
        return settings

    @classmethod
    def load(cls) -> Settings:
        """Read the settings, or return defaults if there are none or they are damaged."""
        path = settings_path()
        try:
            return cls.model_validate_json(path.read_bytes())
        except FileNotFoundError:
            return cls()
        except (OSError, ValidationError, ValueError) as error:
            log.warning("Settings file %s is unreadable (%s); using defaults", path, error)
            with contextlib.suppress(OSError):
                path.replace(path.with_suffix(".damaged.json"))
            return cls()

    def save(self) -> None:
        """Write the settings; a failure is logged, never raised (nothing of the map is lost)."""
        path = settings_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, (self.model_dump_json(indent=2) + "\n").encode("utf-8"))
        except (OSError, FileWriteError) as error:
            log.warning("Could not write settings to %s: %s", path, error)

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files, without duplicates."""
        text = str(path.resolve())
        self.recent_files = [text, *(f for f in self.recent_files if f != text)]
        del self.recent_files[MAX_RECENT_FILES:]

    def remove_recent_file(self, path: Path) -> None:
        """Forget ``path`` (for example when it no longer exists)."""
        text = str(path.resolve())
        self.recent_files = [f for f in self.recent_files if f != text]


_shared: dict[Path, Settings] = {}


def settings_path() -> Path:
    """Return the path of the settings file."""
    return config_dir() / "settings.json"
