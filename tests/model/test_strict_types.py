"""Values must have the type the format says, with no guessing: a file that says
``"votes": true`` or ``"order": "5"`` is damaged, and loading it as 1 or 5 would hide that.

The rule (docs/file-format.md): whole numbers are written as JSON integers, without a decimal
point, in every field (``2.0`` is refused for votes and emotion scores alike); true and false
are not numbers; text is not a number; times are ISO 8601 text, never a number of seconds.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from journeydesk.model import Card, Lane, LaneKind, Project, ProjectLoadError
from journeydesk.model.storage import parse_project, project_to_bytes

from .test_bad_files import assert_reads_as_a_sentence, encode, valid_raw

Setter = Callable[[dict[str, Any], Any], None]


def _card(raw: dict[str, Any], field: str, value: Any) -> None:
    raw["journeys"][0]["cards"][0][field] = value


def _persona(raw: dict[str, Any], field: str, value: Any) -> None:
    raw["personas"][0][field] = value


def _emotion(raw: dict[str, Any], value: Any) -> None:
    raw["journeys"][0]["emotions"]["s1"] = value


# (case id, change, value, words the sentence must hold)
REFUSED: list[tuple[str, Callable[[dict[str, Any]], None], list[str]]] = [
    ("votes-true", lambda r: _card(r, "votes", True), ["votes", "whole number", "true"]),
    ("votes-false", lambda r: _card(r, "votes", False), ["votes", "whole number", "false"]),
    ("votes-text", lambda r: _card(r, "votes", "5"), ["votes", "whole number", "'5'"]),
    ("votes-2.5", lambda r: _card(r, "votes", 2.5), ["votes", "whole number", "2.5"]),
    ("votes-2.0", lambda r: _card(r, "votes", 2.0), ["votes", "whole number", "2.0"]),
    ("order-text", lambda r: _card(r, "order", "5"), ["order", "whole number", "'5'"]),
    ("order-true", lambda r: _card(r, "order", True), ["order", "whole number"]),
    ("order-1.0", lambda r: _card(r, "order", 1.0), ["order", "whole number"]),
    ("emotion-2.0", lambda r: _emotion(r, 2.0), ["emotion score", "whole number", "2.0"]),
    ("emotion-true", lambda r: _emotion(r, True), ["emotion score", "whole number", "true"]),
    ("emotion-text", lambda r: _emotion(r, "1"), ["emotion score", "whole number"]),
    ("age-31.0", lambda r: _persona(r, "age", 31.0), ["age", "whole number"]),
    ("age-text", lambda r: _persona(r, "age", "31"), ["age", "whole number"]),
    ("created-0", lambda r: r.update(created=0), ["creation time", "date and time", "0"]),
    ("created-seconds-text", lambda r: r.update(created="1700000000"), ["creation time"]),
    ("created-true", lambda r: r.update(created=True), ["creation time"]),
    ("modified-float", lambda r: r.update(modified=1.5e9), ["last change"]),
    ("title-number", lambda r: r.update(title=5), ["Title", "text", "5"]),
    ("text-true", lambda r: _card(r, "text", True), ["text", "true"]),
    ("card-id-number", lambda r: _card(r, "id", 7), ["id", "text"]),
    ("lane-id-number", lambda r: _card(r, "lane_id", 1), ["lane id", "text"]),
    ("tags-text", lambda r: _card(r, "tags", "urgent"), ["tags", "a list"]),
    ("tag-number", lambda r: _card(r, "tags", [1]), ["tags", "text"]),
    ("persona-ids-text", lambda r: r["journeys"][0].update(persona_ids="p1"), ["a list"]),
    ("kind-number", lambda r: r["journeys"][0]["lanes"][0].update(kind=1), ["kind"]),
    ("state-true", lambda r: r["journeys"][0].update(state=True), ["state"]),
    ("colour-number", lambda r: _card(r, "colour", 0xFFCC00), ["colour", "text"]),
    ("schema-version-2.0", lambda r: r.update(schema_version=1.0), ["schema_version"]),
]


@pytest.mark.parametrize(("change", "words"), [pytest.param(c, w, id=i) for i, c, w in REFUSED])
def test_a_value_of_the_wrong_type_is_refused_not_converted(
    change: Callable[[dict[str, Any]], None], words: list[str]
) -> None:
    raw = copy.deepcopy(valid_raw())
    change(raw)
    with pytest.raises(ProjectLoadError) as error:
        parse_project(encode(raw))
    message = str(error.value)
    assert_reads_as_a_sentence(message)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-23T09:30:00Z", datetime(2026, 11, 23, 9, 30, tzinfo=UTC)),
        ("2026-11-23T09:30:00+02:00", datetime(2026, 11, 23, 7, 30, tzinfo=UTC)),
        ("2026-11-23T09:30:00", datetime(2026, 11, 23, 9, 30, tzinfo=UTC)),  # taken as UTC
        ("2026-11-23T09:30:00.250Z", datetime(2026, 11, 23, 9, 30, 0, 250_000, tzinfo=UTC)),
        ("2026-11-23 09:30:00Z", datetime(2026, 11, 23, 9, 30, tzinfo=UTC)),
    ],
)
def test_iso_8601_times_load(text: str, expected: datetime) -> None:
    raw = valid_raw()
    raw["created"] = text
    assert parse_project(encode(raw)).created == expected


def test_values_of_the_right_type_still_load_and_round_trip() -> None:
    raw = valid_raw()
    _card(raw, "votes", 3)
    _card(raw, "order", 0)
    _emotion(raw, -2)
    _persona(raw, "age", 31)
    _card(raw, "colour", None)
    project = parse_project(encode(raw))
    assert project.journeys[0].cards[0].votes == 3
    assert parse_project(project_to_bytes(project)) == project


def test_code_can_still_build_models_from_python_values() -> None:
    # Strictness is about files: code passes enum members or their values, datetimes or
    # ISO text, exactly as before.
    lane = Lane(id="l1", kind="emotion")
    assert lane.kind is LaneKind.EMOTION
    project = Project(created="2026-01-02T03:04:05Z", modified=datetime(2026, 1, 3, tzinfo=UTC))
    assert project.created == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert Card(lane_id="l1", stage_id="s1", votes=2).votes == 2
