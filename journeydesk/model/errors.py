"""Errors of the project file, and the sentences that tell a facilitator what went wrong.

A damaged file must never show a traceback. Every problem becomes one ``ProjectLoadError``
whose message is a sentence naming the place, for example::

    Card 'Checkout' in lane 'Pain points': text is 12,001 characters, the limit is 10,000.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from journeydesk.model.project import short_label


class ProjectFileError(Exception):
    """A project file could not be read or written; ``str()`` is a sentence for the user."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class ProjectLoadError(ProjectFileError):
    """A project file could not be opened. The file has not been changed."""


class ProjectSaveError(ProjectFileError):
    """A project could not be saved. The previous file on disk is untouched."""


class ReadOnlyFileError(ProjectSaveError):
    """The file to replace is marked read-only; it is only replaced when the user confirms."""


# Collections whose items have a name worth showing: (singular noun, field holding the name).
_NAMED_ITEMS = {
    "personas": ("persona", "name"),
    "journeys": ("journey", "title"),
    "stages": ("stage", "title"),
    "lanes": ("lane", "title"),
    "cards": ("card", "text"),
    "vote_rounds": ("vote round", "question"),
}

#: Fields whose name reads poorly as the subject of a sentence.
_FIELD_WORDS = {
    "created": "the creation time",
    "modified": "the time of the last change",
    "schema version": "the schema version",
    "started at": "the start time",
    "ended at": "the end time",
    "participants": "the list of participants",
}

_TYPE_NAMES = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
    "datetime_type": "a date and time",
    "datetime_parsing": "a date and time such as 2026-11-23T09:30:00Z",
    "datetime_from_date_parsing": "a date and time such as 2026-11-23T09:30:00Z",
}


# Errors of photos (photo_too_large, photo_not_base64, photo_invalid) carry a whole sentence.
_OWN_SENTENCE_PREFIX = "photo_"


def describe_validation_error(error: ValidationError, raw: Any) -> str:
    """Turn a pydantic ``ValidationError`` on ``raw`` into one sentence naming the place."""
    errors = error.errors(include_url=False)
    sentence = _describe_one(errors[0], raw)
    if len(errors) > 1:
        others = len(errors) - 1
        if others == 1:
            sentence += " There is 1 more problem after this one."
        else:
            sentence += f" There are {others:,} more problems after this one."
    return sentence


def _describe_one(detail: ErrorDetails, raw: Any) -> str:
    place, field = _place_and_field(detail["loc"], raw)
    explanation = _explain(detail, field)
    text = f"{place}: {explanation}" if place else explanation
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def describe_place(loc: Sequence[int | str], raw: Any) -> str:
    """Name the place ``loc`` of ``raw`` in words, such as "card 'Queue' in lane 'Pain points'".

    Returns "" for the top of the file. ``raw`` may be damaged in any way.
    """
    place, field = _place_and_field(loc, raw)
    if field:
        return f"{place or 'the project'}, in {field}"
    return place


def quote_label(text: str, limit: int = 60) -> str:
    """``text`` in double quotes, shortened to one line of at most ``limit`` characters."""
    return f'"{short_label(text, limit)}"'


def _place_and_field(loc: Sequence[int | str], raw: Any) -> tuple[str, str]:
    """Split ``loc`` into the named thing it points at and the field within it."""
    names: list[str] = []
    node = raw
    journey: Any = None
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
                journey = item
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
        field = f"the {_field_name(rest[2:])} of dot {rest[1] + 1}"  # of a vote round
    else:
        field = _field_name(rest)
    # Name the innermost thing, with its lane for a card, and the journey when there are several.
    if not names:
        return "", field
    place = names[-1]
    if journey_count > 1 and len(names) > 1 and names[0].startswith("journey"):
        place += f" (in {names[0]})"
    return place, field


def _curve_field(rest: Sequence[int | str], journey: Any, whose: str) -> str:
    """Name a place in an emotion curve: ``rest`` follows the curve in the location."""
    if len(rest) >= 2 and rest[1] == "[key]":
        return f"the stage id of an emotion score{whose}"
    if rest and isinstance(rest[0], str):
        return f"the emotion score of stage '{_stage_title(journey, rest[0])}'{whose}"
    return f"the emotion curve{whose}" if whose else _field_name(["emotions", *rest])


def _persona_curve_field(rest: Sequence[int | str], journey: Any, raw: Any) -> str:
    """Name a place in the curves of a map's other personas (``persona_emotions``)."""
    if len(rest) >= 2 and rest[1] == "[key]":
        return "the persona id of an emotion curve"
    if not rest or not isinstance(rest[0], str):
        return "the emotion curves of the other personas"
    return _curve_field(rest[1:], journey, f" of {_persona_name(raw, rest[0])}")


def _persona_name(raw: Any, persona_id: str) -> str:
    name = _name_by_id(raw, "personas", persona_id)
    return f"persona '{name}'" if name else f"the persona with id '{_short(persona_id)}'"


def _child(node: Any, key: str | int) -> Any:
    if isinstance(key, str) and isinstance(node, dict):
        return node.get(key)
    if isinstance(key, int) and isinstance(node, list) and 0 <= key < len(node):
        return node[key]
    return None


def _name_item(collection: str, index: int, item: Any, journey: Any) -> str:
    noun, name_field = _NAMED_ITEMS[collection]
    name = item.get(name_field) if isinstance(item, dict) else None
    if isinstance(name, str) and name.strip():
        label = _short(name)
        text = f"{noun} '{label}'"
    else:
        text = f"{noun} {index + 1}"
    if collection == "cards" and isinstance(item, dict):
        lane_title = _lane_title(journey, item.get("lane_id"))
        if lane_title:
            text += f" in lane '{lane_title}'"
    return text


def _name_by_id(node: Any, collection: str, item_id: Any) -> str | None:
    """The short name of the item of ``node[collection]`` with this id (None: none, or empty)."""
    items = _child(node, collection)
    name_field = _NAMED_ITEMS[collection][1]
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
    parts: list[str] = []
    for key in rest:
        if isinstance(key, int):
            parts.append(f"item {key + 1}")
        elif not key.startswith(("function-", "[")) and key not in ("int", "str", "none"):
            parts.append(key.replace("_", " "))
    name = " ".join(parts)
    return _FIELD_WORDS.get(name, name)


def _explain(detail: ErrorDetails, field: str) -> str:
    kind = detail["type"]
    ctx = detail.get("ctx") or {}
    value = detail.get("input")
    subject = field or "the value"
    if kind == "integrity":
        return str(ctx.get("detail", detail["msg"]))
    if kind.startswith(_OWN_SENTENCE_PREFIX):
        return detail["msg"]
    if kind == "missing":
        return f"{subject} is missing"
    if kind == "string_too_long":
        length = len(value) if isinstance(value, str) else 0
        return f"{subject} is {length:,} characters, the limit is {ctx['max_length']:,}"
    if kind == "too_short":
        count = ctx.get("actual_length")
        has = f"has {count:,} items" if isinstance(count, int) else "has too few items"
        return f"{subject} {has}, it needs at least {ctx['min_length']:,}"
    if kind == "too_long":
        count = ctx.get("actual_length")
        has = f"has {count:,} items" if isinstance(count, int) else "has too many items"
        return f"{subject} {has}, the limit is {ctx['max_length']:,}"
    if kind == "string_pattern_mismatch":
        if field.endswith("colour"):
            return f"{subject} is {_show(value)}, which is not a colour like #ffcc00"
        return f"{subject} is {_show(value)}, which is not a valid id (letters, digits, - and _)"
    if kind == "datetime_range":
        return f"{subject} is {_show(value)}, which falls outside the years 1 to 9999 in UTC"
    if kind in ("greater_than_equal", "greater_than"):
        bound = ctx.get("ge", ctx.get("gt"))
        return f"{subject} is {_show(value)}, it must be at least {_show(bound)}"
    if kind in ("less_than_equal", "less_than"):
        bound = ctx.get("le", ctx.get("lt"))
        return f"{subject} is {_show(value)}, it must be at most {_show(bound)}"
    if kind in ("literal_error", "enum"):
        return f"{subject} is {_show(value)}, it must be {ctx.get('expected', 'another value')}"
    if kind in _TYPE_NAMES:
        return f"{subject} should be {_TYPE_NAMES[kind]}, not {_show(value)}"
    message = detail["msg"]
    return f"{subject}: {message[0].lower()}{message[1:]}" if message else subject


def describe_number(value: int) -> str:
    """A whole number for a message: with separators, or described when it is huge."""
    if abs(value) >= 2**63:  # more than any count could be; a 400-digit number is noise
        return f"a number far too large ({len(str(abs(value))):,} digits)"
    return f"{value:,}"


def _show(value: Any) -> str:
    """Describe a bad value briefly, without pasting a whole damaged subtree into a dialog."""
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return describe_number(value)
    if isinstance(value, float):
        return f"{value}"
    if isinstance(value, str):
        return f"'{_short(value, 40)}'" if value.strip() else "empty text"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
