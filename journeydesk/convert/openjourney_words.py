"""What the OpenJourney reader and writer share: the tags that stand for a node's fields, the
conversion of scores, and the words of their notes (``OpenJourneyText``).

A node's score, severity, sentiment, purpose and moment of truth become a card's tags
(``score: +3``, ``severity: high``, ``moment of truth``): the format's own words, never
translated, so that writing reads them back.
"""

from __future__ import annotations

import math
import re

from journeydesk.convert.notes import rounded
from journeydesk.i18n import QT_TRANSLATE_NOOP, Translatable
from journeydesk.model.project import EMOTION_MAX, EMOTION_MIN

#: Fields of a node that become tags ("severity: high"); writing reads them back.
TAGGED = ("severity", "sentiment", "purpose")
#: The tags standing for a node's score, fields and moment of truth (``openjourney_write`` too).
SCORE_TAG = re.compile(r"^score:\s*([+-]?\d+(?:\.\d+)?)$", re.IGNORECASE)
FIELD_TAG = re.compile(r"^(severity|sentiment|purpose):\s*(.+)$", re.IGNORECASE | re.DOTALL)
MOMENT_TAG = "moment of truth"
SCORE_RANGE = 5  # OpenJourney scores go from -5 to +5; JourneyDesk's from -2 to +2.


class OpenJourneyText(Translatable):
    """The notes of OpenJourney imports and exports: what a file or a map could not hold."""


# Sentences about the file's lists, by their key (the format's own word).
NOT_A_LIST = {
    "stages": QT_TRANSLATE_NOOP(
        "OpenJourneyText", "The file's stages are not a list, so they were left out."
    ),
    "swimlanes": QT_TRANSLATE_NOOP(
        "OpenJourneyText", "The file's swimlanes are not a list, so they were left out."
    ),
    "nodes": QT_TRANSLATE_NOOP(
        "OpenJourneyText", "The file's nodes are not a list, so they were left out."
    ),
}
LIST_SENTENCES = {
    "stages": (
        QT_TRANSLATE_NOOP(
            "OpenJourneyText", "Some of the file's stages are not objects of fields; skipped."
        ),
        QT_TRANSLATE_NOOP(
            "OpenJourneyText",
            "The file has %1 stages; JourneyDesk keeps %2, and the nodes of the others were "
            "placed in the last one.",
        ),
        QT_TRANSLATE_NOOP("OpenJourneyText", "the name of one of the stages"),
        QT_TRANSLATE_NOOP("OpenJourneyText", "the id of one of the stages"),
    ),
    "swimlanes": (
        QT_TRANSLATE_NOOP(
            "OpenJourneyText", "Some of the file's swimlanes are not objects of fields; skipped."
        ),
        QT_TRANSLATE_NOOP(
            "OpenJourneyText",
            "The file has %1 swimlanes; JourneyDesk keeps %2, and the nodes of the others were "
            "placed in the last one.",
        ),
        QT_TRANSLATE_NOOP("OpenJourneyText", "the name of one of the swimlanes"),
        QT_TRANSLATE_NOOP("OpenJourneyText", "the id of one of the swimlanes"),
    ),
}


def as_score(value: object) -> float | None:
    """A score as a number (Ptolemy takes "3" as 3), or None when it is not one."""
    if isinstance(value, bool) or value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return int(value) if value == int(value) else value


def emotion_score(score: float) -> int:
    """An OpenJourney score (-5..+5) as a JourneyDesk emotion score (-2..+2)."""
    return min(EMOTION_MAX, max(EMOTION_MIN, rounded(score * EMOTION_MAX / SCORE_RANGE)))
