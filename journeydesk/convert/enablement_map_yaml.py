"""Enablement Map Studio's YAML, read and written safely, and the words of the notes.

Plain values are read as YAML 1.2 reads them (``NUMBER_1_2``), like the studio's js-yaml, and
text that YAML 1.2 would take for a number is quoted when written. The file's nesting and
aliases are checked before anything is built, so a hostile file is refused, not obeyed.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import yaml

from journeydesk.convert.base import ConvertError
from journeydesk.i18n import Translatable, arg, number
from journeydesk.model.file_io import MAX_FILE_BYTES


class EnablementMapText(Translatable):
    """The notes of Enablement Map Studio imports and exports: what could not be carried."""


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader (in C when it has libyaml: five times faster on a big map), reading
    plain values as YAML 1.2 does, like Enablement Map Studio's js-yaml: "yes", "off" and
    "10:30" stay text (YAML 1.1 would make them true, false and 630)."""

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {}


#: Plain values YAML 1.2 reads as numbers; writing quotes text that would match.
NUMBER_1_2 = (
    r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
    r"|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
for _tag, _pattern, _first in (
    ("bool", r"true|True|TRUE|false|False|FALSE", "tTfF"),
    ("int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", "-+0123456789"),
    ("float", NUMBER_1_2, "-+0123456789."),
    ("null", r"~|null|Null|NULL|", ["~", "n", "N", ""]),
    ("timestamp", r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[Tt ].*)?", "0123456789"),
    ("merge", r"<<", "<"),
):
    _Loader.add_implicit_resolver(
        f"tag:yaml.org,2002:{_tag}", re.compile(f"^(?:{_pattern})$"), list(_first)
    )
# A journey map nests five deep; libyaml's composer recurses in C and crashes the process on a
# few hundred thousand levels, so the nesting is checked before anything is built.
_MAX_DEPTH = 64
# Aliases (*name) make a small file stand for a huge tree: a map has no need of many.
_MAX_ALIASES = 1_000


def load_documents(data: bytes) -> list[Any]:
    """The YAML documents of ``data``, after checks that keep a hostile file harmless."""
    if len(data) > MAX_FILE_BYTES:
        message = EnablementMapText.tr(
            "The file is %1 MB, too large to be an Enablement Map Studio journey (the limit is "
            "%2 MB)."
        )
        raise ConvertError(arg(message, number(len(data) / 1e6), number(MAX_FILE_BYTES // 2**20)))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = EnablementMapText.tr(
            "The file is not UTF-8 text (byte %1 is not valid UTF-8), so it is not an "
            "Enablement Map Studio YAML file."
        )
        raise ConvertError(arg(message, number(error.start))) from None
    try:
        depth = aliases = 0
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > _MAX_DEPTH:
                    message = EnablementMapText.tr(
                        "The YAML nests lists and mappings more than %1 deep, far deeper than a "
                        "journey map, so it was not read."
                    )
                    raise ConvertError(arg(message, number(_MAX_DEPTH)))
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > _MAX_ALIASES:
                    message = EnablementMapText.tr(
                        "The YAML repeats content through more than %1 aliases (*name), which no "
                        "journey map needs, so it was not read."
                    )
                    raise ConvertError(arg(message, number(_MAX_ALIASES)))
        return list(yaml.load_all(text, Loader=_Loader))
    except RecursionError:  # the pure-Python loader, on nesting the check above let through
        message = EnablementMapText.tr(
            "The YAML nests too deep for a journey map, so it was not read."
        )
        raise ConvertError(message) from None
    except yaml.MarkedYAMLError as error:
        raise ConvertError(_yaml_problem(error)) from None
    except yaml.YAMLError as error:
        message = EnablementMapText.tr("The file cannot be read as YAML (%1).")
        raise ConvertError(arg(message, error)) from None


def _yaml_problem(error: yaml.MarkedYAMLError) -> str:
    """The sentence for YAML that cannot be parsed; the parser's own words say what is wrong."""
    mark = error.problem_mark or error.context_mark
    problem = error.problem or error.context or EnablementMapText.tr("it is not valid YAML")
    if mark is None:
        return arg(EnablementMapText.tr("The file cannot be read as YAML: %1."), problem)
    message = EnablementMapText.tr("The file cannot be read as YAML: %1 at line %2, column %3.")
    return arg(message, problem, number(mark.line + 1), number(mark.column + 1))


class Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """PyYAML's safe dumper, quoting text that YAML 1.2 would read as a number ("1e3")."""


Dumper.add_representer(
    str,
    lambda dumper, text: dumper.represent_scalar(
        "tag:yaml.org,2002:str", text, style="'" if re.fullmatch(NUMBER_1_2, text) else None
    ),
)
