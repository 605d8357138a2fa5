"""Upgrades of older project files, as functions on the raw dictionary.

``MIGRATIONS[n]`` turns a raw project of schema version ``n`` into version ``n + 1``; they run
in order before validation. Format 1 is the first published format, so there is no step yet;
docs/file-format.md keeps the history, and each new format adds its step here with a test.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from journeydesk.i18n import Translatable, arg, number
from journeydesk.model.project import SCHEMA_VERSION

RawProject = dict[str, Any]
Migration = Callable[[RawProject], RawProject]

#: Upgrade steps by the version they upgrade from.
MIGRATIONS: dict[int, Migration] = {}


class MigrationText(Translatable):
    """Sentences saying why an older project file could not be upgraded."""


class MigrationError(Exception):
    """An older file could not be upgraded; the message says why, in a sentence."""


def migrate(
    raw: RawProject,
    target: int = SCHEMA_VERSION,
    steps: Mapping[int, Migration] = MIGRATIONS,
) -> RawProject:
    """Upgrade ``raw`` step by step from its ``schema_version`` to ``target``."""
    version = raw["schema_version"]
    while version < target:
        step = steps.get(version)
        if step is None:
            message = MigrationText.tr(
                "JourneyDesk does not know how to upgrade file format %1 to format %2."
            )
            raise MigrationError(arg(message, number(version), number(version + 1)))
        try:
            raw = step(raw)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as error:
            message = MigrationText.tr(
                "The file uses the older format %1 and is damaged in a way that stops it from "
                "being upgraded (%2)."
            )
            detail = f"{type(error).__name__}: {error}"
            raise MigrationError(arg(message, number(version), detail)) from error
        version += 1
        raw["schema_version"] = version
    return raw
