"""Errors of the project file, and the sentences that tell a facilitator what went wrong.

A damaged file must never show a traceback. Every problem becomes one ``ProjectLoadError``
whose message is a sentence naming the place, for example::

    Card 'Checkout' in lane 'Pain points': text is 12,001 characters, the limit is 10,000.

Errors are named for what failed: a ``FileWriteError`` for any file that could not be written
(a poster, the settings, an export), of which a ``ProjectSaveError`` is a project's save;
a ``ProjectLoadError`` for a project that could not be opened. ``FileError`` is any of them.
The sentences are translated (``FileProblemText``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from journeydesk.i18n import QT_TRANSLATE_NOOP, Translatable, arg, number
from journeydesk.model.base import short_label


class FileError(Exception):
    """A file could not be read or written; ``str()`` is a sentence for the user."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class FileWriteError(FileError):
    """A file (a map, a poster, the settings, an export...) could not be written.

    The file that was there before is untouched; the sentence names the file and says why.
    """


class ReadOnlyFileError(FileWriteError):
    """The file to replace is marked read-only; it is only replaced when the user confirms."""


class ProjectFileError(FileError):
    """A project file could not be read or written; ``str()`` is a sentence for the user."""


class ProjectLoadError(ProjectFileError):
    """A project file could not be opened. The file has not been changed."""


class ProjectSaveError(ProjectFileError, FileWriteError):
    """A project could not be saved. The previous file on disk is untouched."""


class ReadOnlyProjectError(ReadOnlyFileError, ProjectSaveError):
    """The project file to replace is marked read-only (a ``ProjectSaveError`` too)."""


class FileProblemText(Translatable):
    """Sentences naming where a project file (or an edit) breaks a rule, and which rule."""


# Collections whose items have a name worth showing: (field holding the name, the item named,
# the item numbered when it has no name).
_NAMED_ITEMS = {
    "personas": (
        "name",
        QT_TRANSLATE_NOOP("FileProblemText", "persona '%1'"),
        QT_TRANSLATE_NOOP("FileProblemText", "persona %1"),
    ),
    "journeys": (
        "title",
        QT_TRANSLATE_NOOP("FileProblemText", "journey '%1'"),
        QT_TRANSLATE_NOOP("FileProblemText", "journey %1"),
    ),
    "stages": (
        "title",
        QT_TRANSLATE_NOOP("FileProblemText", "stage '%1'"),
        QT_TRANSLATE_NOOP("FileProblemText", "stage %1"),
    ),
    "lanes": (
        "title",
        QT_TRANSLATE_NOOP("FileProblemText", "lane '%1'"),
        QT_TRANSLATE_NOOP("FileProblemText", "lane %1"),
    ),
    "cards": (
        "text",
        QT_TRANSLATE_NOOP("FileProblemText", "card '%1'"),
        QT_TRANSLATE_NOOP("FileProblemText", "card %1"),
    ),
    "vote_rounds": (
        "question",
        QT_TRANSLATE_NOOP("FileProblemText", "vote round '%1'"),
        QT_TRANSLATE_NOOP("FileProblemText", "vote round %1"),
    ),
}

#: Fields whose name reads poorly as the subject of a sentence.
_FIELD_WORDS = {
    "created": QT_TRANSLATE_NOOP("FileProblemText", "the creation time"),
    "modified": QT_TRANSLATE_NOOP("FileProblemText", "the time of the last change"),
    "schema version": QT_TRANSLATE_NOOP("FileProblemText", "the schema version"),
    "started at": QT_TRANSLATE_NOOP("FileProblemText", "the start time"),
    "ended at": QT_TRANSLATE_NOOP("FileProblemText", "the end time"),
    "participants": QT_TRANSLATE_NOOP("FileProblemText", "the list of participants"),
}

_TYPE_NAMES = {
    "string_type": QT_TRANSLATE_NOOP("FileProblemText", "text"),
    "int_type": QT_TRANSLATE_NOOP("FileProblemText", "a whole number"),
    "int_parsing": QT_TRANSLATE_NOOP("FileProblemText", "a whole number"),
    "int_from_float": QT_TRANSLATE_NOOP("FileProblemText", "a whole number"),
    "float_type": QT_TRANSLATE_NOOP("FileProblemText", "a number"),
    "bool_type": QT_TRANSLATE_NOOP("FileProblemText", "true or false"),
    "list_type": QT_TRANSLATE_NOOP("FileProblemText", "a list"),
    "dict_type": QT_TRANSLATE_NOOP("FileProblemText", "an object"),
    "model_type": QT_TRANSLATE_NOOP("FileProblemText", "an object"),
    "model_attributes_type": QT_TRANSLATE_NOOP("FileProblemText", "an object"),
    "datetime_type": QT_TRANSLATE_NOOP("FileProblemText", "a date and time"),
    "datetime_parsing": QT_TRANSLATE_NOOP(
        "FileProblemText", "a date and time such as 2026-11-23T09:30:00Z"
    ),
    "datetime_from_date_parsing": QT_TRANSLATE_NOOP(
        "FileProblemText", "a date and time such as 2026-11-23T09:30:00Z"
    ),
}


# Errors of photos (photo_too_large, photo_not_base64, photo_invalid) carry a whole sentence.
_OWN_SENTENCE_PREFIX = "photo_"


def describe_validation_error(error: ValidationError, raw: Any) -> str:
    """Turn a pydantic ``ValidationError`` on ``raw`` into one sentence naming the place."""
    errors = error.errors(include_url=False)
    sentence = _describe_one(errors[0], raw)
    if len(errors) > 1:
        more = FileProblemText.tr("This is the first of %n problem(s).", "", len(errors))
        sentence = f"{sentence} {more}"
    return sentence


def _describe_one(detail: ErrorDetails, raw: Any) -> str:
    place, field = _place_and_field(detail["loc"], raw)
    explanation = _explain(detail, field)
    text = arg(FileProblemText.tr("%1: %2", "a place: its problem"), place, explanation)
    text = text if place else explanation
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def describe_place(loc: Sequence[int | str], raw: Any) -> str:
    """Name the place ``loc`` of ``raw`` in words, such as "card 'Queue' in lane 'Pain points'".

    Returns "" for the top of the file. ``raw`` may be damaged in any way.
    """
    place, field = _place_and_field(loc, raw)
    if field:
        where = place or FileProblemText.tr("the project")
        return arg(FileProblemText.tr("%1, in %2", "a place, in one of its fields"), where, field)
    return place


def quote_label(text: str, limit: int = 60) -> str:
    """``text`` in double quotes, shortened to one line of at most ``limit`` characters."""
    return arg(FileProblemText.tr('"%1"', "a name quoted"), short_label(text, limit))


def _place_and_field(loc: Sequence[int | str], raw: Any) -> tuple[str, str]:
    """Split ``loc`` into the named thing it points at and the field within it."""
    names: list[str] = []
    node = raw
    journey: Any = None
    journey_name = ""
    journeys = raw.get("journeys") if isinstance(raw, dict) else None
    journey_count = len(journeys) if isinstance(journeys, list) else 0
    i = 0
    while i < len(loc):
        key = loc[i]
        has_index = i + 1 < len(loc) and isinstance(loc[i + 1], int)
        if isinstance(key, str) and key in _NAMED_ITEMS and has_index:
            index = int(loc[i + 1])
            item = _child(_child(node, key), index)
            names.append(_name_item(key, index, item, journey))
            if key == "journeys":
                journey, journey_name = item, names[-1]
            node = item
            i += 2
            continue
        break
    rest = loc[i:]
    if rest[:1] == ("emotions",):
        field = _curve_field(rest[1:], node, "")
    elif rest[:1] == ("persona_emotions",):
        field = _persona_curve_field(rest[1:], node, raw)
    elif rest[:1] == ("dots",) and len(rest) > 2 and isinstance(rest[1], int):
        # A dot of a vote round.
        field = arg(FileProblemText.tr("the %1 of dot %2"), _field_name(rest[2:]), rest[1] + 1)
    else:
        field = _field_name(rest)
    # Name the innermost thing, with its lane for a card, and the journey when there are several.
    if not names:
        return "", field
    place = names[-1]
    if journey_count > 1 and len(names) > 1 and journey_name:
        place = arg(
            FileProblemText.tr("%1 (in %2)", "a card (in its journey)"), place, journey_name
        )
    return place, field


def _curve_field(rest: Sequence[int | str], journey: Any, whose: str) -> str:
    """Name a place in an emotion curve: ``rest`` follows the curve in the location.

    ``whose`` names the persona of a curve other than the map's first ("" for that one).
    """
    if len(rest) >= 2 and rest[1] == "[key]":
        if whose:
            return arg(FileProblemText.tr("the stage id of an emotion score of %1"), whose)
        return FileProblemText.tr("the stage id of an emotion score")
    if rest and isinstance(rest[0], str):
        stage = _stage_title(journey, rest[0])
        if whose:
            return arg(FileProblemText.tr("the emotion score of stage '%1' of %2"), stage, whose)
        return arg(FileProblemText.tr("the emotion score of stage '%1'"), stage)
    return (
        arg(FileProblemText.tr("the emotion curve of %1"), whose)
        if whose
        else _field_name(["emotions", *rest])
    )


def _persona_curve_field(rest: Sequence[int | str], journey: Any, raw: Any) -> str:
    """Name a place in the curves of a map's other personas (``persona_emotions``)."""
    if len(rest) >= 2 and rest[1] == "[key]":
        return FileProblemText.tr("the persona id of an emotion curve")
    if not rest or not isinstance(rest[0], str):
        return FileProblemText.tr("the emotion curves of the other personas")
    return _curve_field(rest[1:], journey, _persona_name(raw, rest[0]))


def _persona_name(raw: Any, persona_id: str) -> str:
    name = _name_by_id(raw, "personas", persona_id)
    if name:
        return arg(FileProblemText.tr("persona '%1'"), name)
    return arg(FileProblemText.tr("the persona with id '%1'"), _short(persona_id))


def _child(node: Any, key: str | int) -> Any:
    if isinstance(key, str) and isinstance(node, dict):
        return node.get(key)
    if isinstance(key, int) and isinstance(node, list) and 0 <= key < len(node):
        return node[key]
    return None


def _name_item(collection: str, index: int, item: Any, journey: Any) -> str:
    name_field, named, numbered = _NAMED_ITEMS[collection]
    name = item.get(name_field) if isinstance(item, dict) else None
    if isinstance(name, str) and name.strip():
        text = arg(FileProblemText.tr(named), _short(name))
    else:
        text = arg(FileProblemText.tr(numbered), index + 1)
    if collection == "cards" and isinstance(item, dict):
        lane_title = _lane_title(journey, item.get("lane_id"))
        if lane_title:
            text = arg(
                FileProblemText.tr("%1 in lane '%2'", "a card in its lane"), text, lane_title
            )
    return text


def _name_by_id(node: Any, collection: str, item_id: Any) -> str | None:
    """The short name of the item of ``node[collection]`` with this id (None: none, or empty)."""
    items = _child(node, collection)
    name_field = _NAMED_ITEMS[collection][0]
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and item.get("id") == item_id:
            name = item.get(name_field)
            return _short(name) if isinstance(name, str) and name.strip() else None
    return None


def _lane_title(journey: Any, lane_id: Any) -> str | None:
    return _name_by_id(journey, "lanes", lane_id)


def _stage_title(journey: Any, stage_id: str) -> str:
    return _name_by_id(journey, "stages", stage_id) or stage_id


def _short(text: str, limit: int = 60) -> str:
    return short_label(text, limit)


def _field_name(rest: Sequence[int | str]) -> str:
    """A field's name (the file's own key, in words), or its familiar name in words."""
    parts: list[str] = []
    for key in rest:
        if isinstance(key, int):
            parts.append(arg(FileProblemText.tr("item %1", "item 3 of a list"), key + 1))
        elif not key.startswith(("function-", "[")) and key not in ("int", "str", "none"):
            parts.append(key.replace("_", " "))
    name = " ".join(parts)
    return FileProblemText.tr(_FIELD_WORDS[name]) if name in _FIELD_WORDS else name


def _explain(detail: ErrorDetails, field: str) -> str:
    kind = detail["type"]
    ctx = detail.get("ctx") or {}
    value = detail.get("input")
    subject = field or FileProblemText.tr("the value")
    if kind == "integrity":
        return str(ctx.get("detail", detail["msg"]))
    if kind.startswith(_OWN_SENTENCE_PREFIX):
        return detail["msg"]
    if kind == "missing":
        return arg(FileProblemText.tr("%1 is missing"), subject)
    if kind == "string_too_long":
        length = number(len(value) if isinstance(value, str) else 0)
        limit = number(ctx["max_length"])
        return arg(
            FileProblemText.tr("%1 is %2 characters, the limit is %3"), subject, length, limit
        )
    if kind in ("too_short", "too_long"):
        count = ctx.get("actual_length")
        if kind == "too_short":
            least = number(ctx["min_length"])
            if isinstance(count, int):
                return arg(
                    FileProblemText.tr("%1 has %2 items, it needs at least %3"),
                    subject,
                    number(count),
                    least,
                )
            return arg(
                FileProblemText.tr("%1 has too few items, it needs at least %2"), subject, least
            )
        limit = number(ctx["max_length"])
        if isinstance(count, int):
            return arg(
                FileProblemText.tr("%1 has %2 items, the limit is %3"),
                subject,
                number(count),
                limit,
            )
        return arg(FileProblemText.tr("%1 has too many items, the limit is %2"), subject, limit)
    shown = _show(value)
    if kind == "string_pattern_mismatch":
        if field.endswith("colour"):
            return arg(
                FileProblemText.tr("%1 is %2, which is not a colour like #ffcc00"), subject, shown
            )
        return arg(
            FileProblemText.tr("%1 is %2, which is not a valid id (letters, digits, - and _)"),
            subject,
            shown,
        )
    if kind == "datetime_range":
        return arg(
            FileProblemText.tr("%1 is %2, which falls outside the years 1 to 9999 in UTC"),
            subject,
            shown,
        )
    if kind in ("greater_than_equal", "greater_than"):
        bound = _show(ctx.get("ge", ctx.get("gt")))
        return arg(FileProblemText.tr("%1 is %2, it must be at least %3"), subject, shown, bound)
    if kind in ("less_than_equal", "less_than"):
        bound = _show(ctx.get("le", ctx.get("lt")))
        return arg(FileProblemText.tr("%1 is %2, it must be at most %3"), subject, shown, bound)
    if kind in ("literal_error", "enum"):
        expected = ctx.get("expected") or FileProblemText.tr(
            "another value"
        )  # pydantic's words: 'a' or 'b'
        return arg(FileProblemText.tr("%1 is %2, it must be %3"), subject, shown, expected)
    if kind in _TYPE_NAMES:
        return arg(
            FileProblemText.tr("%1 should be %2, not %3"),
            subject,
            FileProblemText.tr(_TYPE_NAMES[kind]),
            shown,
        )
    message = detail["msg"]  # pydantic's own sentence, in English
    if not message:
        return subject
    return arg(
        FileProblemText.tr("%1: %2", "a place: its problem"),
        subject,
        message[0].lower() + message[1:],
    )


def describe_number(value: int) -> str:
    """A whole number for a message: with separators, or described when it is huge."""
    if abs(value) >= 2**63:  # more than any count could be; a 400-digit number is noise
        digits = len(str(abs(value)))
        return FileProblemText.tr("a number far too large (%n digit(s))", "", digits)
    return number(value)


def _show(value: Any) -> str:
    """Describe a bad value briefly, without pasting a whole damaged subtree into a dialog."""
    if value is None:
        return FileProblemText.tr("empty (null)")
    if isinstance(value, bool):
        return "true" if value else "false"  # JSON's words, as the file has them
    if isinstance(value, int):
        return describe_number(value)
    if isinstance(value, float):
        return f"{value}"  # as the file writes it
    if isinstance(value, str):
        return (
            arg(FileProblemText.tr("'%1'", "a value quoted"), _short(value, 40))
            if value.strip()
            else FileProblemText.tr("empty text")
        )
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list):
        return FileProblemText.tr("a list")
    if isinstance(value, dict):
        return FileProblemText.tr("an object")
    return type(value).__name__
