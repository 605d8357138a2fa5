"""Limits are checked on the raw data, before a single model object is built, so that a
hostile file costs little time and memory to refuse.

Two layers: the bytes are counted first (no JSON value is built for a file with more than
``MAX_VALUES`` values), then the counts of personas, journeys, stages, lanes and cards are
checked on the parsed dictionary before pydantic sees it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from journeydesk.i18n import number
from journeydesk.model import ProjectLoadError, storage
from journeydesk.model.json_strict import MAX_VALUES, count_values
from journeydesk.model.project import (
    MAX_CARDS,
    MAX_JOURNEYS,
    MAX_LANES,
    MAX_PERSONAS,
    MAX_STAGES,
    Project,
)
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import parse_project, project_to_bytes

from .test_bad_files import assert_reads_as_a_sentence, encode, valid_raw


@pytest.fixture
def no_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if a file reaches model validation."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file reached model validation")

    monkeypatch.setattr(storage.Project, "model_validate", refuse)


@pytest.fixture
def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if a file reaches the JSON parser."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file reached the JSON parser")

    monkeypatch.setattr(storage.json_strict.json, "loads", refuse)


def refusal(content: bytes) -> str:
    with pytest.raises(ProjectLoadError) as error:
        parse_project(content)
    message = str(error.value)
    assert_reads_as_a_sentence(message)
    return message


# --- Counts checked on the raw dictionary ----------------------------------------------------


def test_too_many_cards_is_refused_before_models_are_built(no_models: None) -> None:
    raw = valid_raw()
    cards = [{"id": f"c{n}", "lane_id": "l1", "stage_id": "s1"} for n in range(MAX_CARDS - 1)]
    raw["journeys"][0]["cards"] = cards
    raw["journeys"].append({"id": "j2", "cards": [{}, {}]})  # the total counts, over journeys
    message = refusal(encode(raw))
    assert (
        f"The project has {number(MAX_CARDS + 1)} cards, the limit is {number(MAX_CARDS)}."
        == message
    )


@pytest.mark.parametrize(
    ("field", "limit", "noun"),
    [("personas", MAX_PERSONAS, "personas"), ("journeys", MAX_JOURNEYS, "journeys")],
)
def test_too_many_personas_or_journeys(no_models: None, field: str, limit: int, noun: str) -> None:
    raw = valid_raw()
    raw[field] = [{} for _ in range(limit + 1)]
    assert (
        refusal(encode(raw))
        == f"The project has {number(limit + 1)} {noun}, the limit is {number(limit)}."
    )


@pytest.mark.parametrize(("field", "limit"), [("stages", MAX_STAGES), ("lanes", MAX_LANES)])
def test_too_many_stages_or_lanes_names_the_journey(
    no_models: None, field: str, limit: int
) -> None:
    raw = valid_raw()
    raw["journeys"][0][field] = [{} for _ in range(limit + 1)]
    message = refusal(encode(raw))
    assert (
        message
        == f"Journey 'Joining' has {number(limit + 1)} {field}, the limit is {number(limit)}."
    )


def test_limits_ignore_wrong_types_and_leave_them_to_validation() -> None:
    raw = valid_raw()
    raw["journeys"].append(None)
    raw["journeys"].append({"cards": 5, "stages": "x"})
    message = refusal(encode(raw))
    assert "Journey 2" in message


def test_a_project_at_every_limit_of_counts_is_not_refused_for_them() -> None:
    raw = valid_raw()
    journey = raw["journeys"][0]
    journey["stages"] += [{"id": f"s{n}"} for n in range(3, MAX_STAGES + 1)]
    journey["lanes"] += [{"id": f"l{n}"} for n in range(3, MAX_LANES + 1)]
    journey["cards"] += [
        {"id": f"c{n}", "lane_id": "l1", "stage_id": "s1"} for n in range(3, MAX_CARDS + 1)
    ]
    project = parse_project(encode(raw))
    assert project.card_count() == MAX_CARDS


# --- Values counted on the bytes -------------------------------------------------------------


def test_too_many_values_are_refused_before_parsing(no_parsing: None) -> None:
    content = b'{"format": "journeydesk", "schema_version": 1, "x": [' + b"0," * MAX_VALUES + b"0]}"
    message = refusal(content)
    assert f"more than {number(MAX_VALUES)} values" in message


def test_many_empty_objects_are_refused_before_parsing(no_parsing: None) -> None:
    content = b'{"journeys": [{"cards": [' + b"{}," * MAX_VALUES + b"{}]}]}"
    assert f"more than {number(MAX_VALUES)} values" in refusal(content)


def test_many_strings_are_refused_before_parsing(no_parsing: None) -> None:
    content = b'{"x": [' + b'"a",' * MAX_VALUES + b'"a"]}'
    assert f"more than {number(MAX_VALUES)} values" in refusal(content)


def test_commas_and_brackets_inside_texts_are_not_counted_as_values() -> None:
    # Over a million commas, colons and brackets, all inside card texts: a legitimate file.
    raw = valid_raw()
    texts = ['\\",:[{' * 1_600, ",,,,:[{" * 1_400]
    raw["journeys"][0]["cards"] = [
        {"id": f"c{n}", "lane_id": "l1", "stage_id": "s1", "text": texts[n % 2]} for n in range(200)
    ]
    content = encode(raw)
    assert sum(content.count(c) for c in b",:[{") > MAX_VALUES
    assert count_values(content) < 2_000
    assert parse_project(content).journeys[0].cards[0].text == texts[0]


def test_count_values_counts_values_and_keys_outside_texts() -> None:
    # An empty list or object counts twice: the count only needs to be a close upper bound.
    assert count_values(b"1") == 1
    assert count_values(b"[]") == 2
    assert count_values(b"[1, 2, 3]") == 4
    assert count_values(b'{"a": 1, "b": [true, null], "c": {}}') == 10
    assert count_values(b'["a,b", "c\\"d,", "\\\\", ":"]') == 5
    assert count_values(b'{"\\\\\\",": ",\\\\"}') == 3


def test_count_values_of_a_real_project_is_far_below_the_limit() -> None:
    data = project_to_bytes(generate_project(stages=50, lanes=10, cards=5000, seed=2))
    count = count_values(data)
    assert 100_000 < count < MAX_VALUES / 5
    assert count == _values_in(json.loads(data))


def _values_in(node: Any) -> int:
    if isinstance(node, dict):
        return 1 + sum(1 + _values_in(v) for v in node.values()) + (not node)
    if isinstance(node, list):
        return 1 + sum(_values_in(v) for v in node) + (not node)
    return 1


def test_largest_real_project_fits_the_value_limit() -> None:
    data = project_to_bytes(generate_project(stages=100, lanes=20, cards=MAX_CARDS, seed=1))
    assert count_values(data) < MAX_VALUES
    assert isinstance(parse_project(data), Project)
