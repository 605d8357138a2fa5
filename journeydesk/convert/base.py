"""What every import and export format provides, and what it reports.

A format reads bytes into a new ``Project`` and writes a ``Project`` to bytes. Neither ever
drops text silently: whatever the other side cannot hold is reported as sentences a
facilitator understands ("Card 'Waits at the door' had 3 votes; Mermaid has no votes, so
they were left out."), and the conversion still goes ahead with everything else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from journeydesk.i18n import Translatable
from journeydesk.model.project import Project


class FormatText(Translatable):
    """The names of the formats a map converts to and from, and the words for choosing one."""


class ConvertError(Exception):
    """The input cannot be read at all; ``str()`` is a sentence saying why, and where."""


@dataclass(frozen=True)
class Imported:
    """A project read from another format, and what of the input it could not represent."""

    project: Project
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exported:
    """A project written in another format, and what of the project it could not hold."""

    data: bytes
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Format:
    """One format: its key (``--from``/``--to``), its name for menus (English, marked for
    translation in ``FormatText``), its file extensions (lower case, with the dot, the first
    the one exports use) and its reader and writer (None when the format only goes one way)."""

    key: str
    name: str
    extensions: tuple[str, ...]
    read: Callable[[bytes], Imported] | None
    write: Callable[[Project], Exported] | None
    #: For a format whose files differ by extension (Mermaid: a bare diagram in .mmd, fenced
    #: blocks in .md), the writer for an extension; ``write`` otherwise.
    writer_for: Callable[[str], Callable[[Project], Exported]] | None = None

    @property
    def label(self) -> str:
        """The format's name for menus and messages, in the user's language."""
        return FormatText.tr(self.name)

    def writer(self, extension: str) -> Callable[[Project], Exported] | None:
        """The writer for a file with ``extension``."""
        if self.write is None or self.writer_for is None:
            return self.write
        return self.writer_for(extension.lower())
