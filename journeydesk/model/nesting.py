"""How deeply a validated project nests in its file, checked without walking all of it.

A file may nest lists and objects at most ``json_strict.MAX_DEPTH`` levels deep (deeper data
could be read but not written back). Once a project is validated, its models have a fixed
shape a few levels deep; only the values they do not know (kept as unknown fields, or held by
a field of any type) can nest freely. So only those are walked, and a large map costs one
look at each card's unknown fields instead of a walk over every value of the file.
"""

from __future__ import annotations

from functools import cache
from operator import attrgetter
from typing import Any, get_args

from pydantic import BaseModel

from journeydesk.model.json_strict import MAX_DEPTH, deeper_than

_EXTRA = attrgetter("__pydantic_extra__")


def nests_too_deeply(value: object, level: int) -> bool:
    """Whether ``value`` (models, lists and dictionaries of them, or plain JSON values),
    found ``level`` levels deep in a file (the top object is level 1), makes the file nest
    more than ``MAX_DEPTH`` levels.
    """
    if isinstance(value, BaseModel):
        return _model_too_deep(value, level)
    if isinstance(value, list | dict):
        items = list(value.values()) if isinstance(value, dict) else value
        kinds = set(map(type, items))
        if len(kinds) == 1:
            kind = kinds.pop()
            if issubclass(kind, BaseModel) and not _open_fields(kind):
                # Models holding no others (cards, stages, lanes): only their unknown fields,
                # which few have, if any (looked for without a loop in Python).
                if not any(map(_EXTRA, items)):
                    return False
                return any(
                    _extra_too_deep(item, level + 1) for item in items if item.__pydantic_extra__
                )
        return any(nests_too_deeply(item, level + 1) for item in items)
    return deeper_than(value, MAX_DEPTH - level + 1)


def _model_too_deep(model: BaseModel, level: int) -> bool:
    if model.__pydantic_extra__ and _extra_too_deep(model, level):
        return True
    return any(
        nests_too_deeply(getattr(model, name), level + 1) for name in _open_fields(type(model))
    )


def _extra_too_deep(model: BaseModel, level: int) -> bool:
    """Whether an unknown field of ``model``, an object ``level`` levels deep, nests too deeply."""
    extra = model.__pydantic_extra__ or {}
    return any(deeper_than(value, MAX_DEPTH - level) for value in extra.values())


@cache
def _open_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` that may hold other models or values of any shape."""
    return tuple(name for name, field in model.model_fields.items() if _may_nest(field.annotation))


def _may_nest(annotation: object) -> bool:
    """Whether a field of type ``annotation`` may hold a model or a value of any shape."""
    if annotation is Any or annotation is object:
        return True
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_may_nest(argument) for argument in get_args(annotation))
