"""The JSON layer of the file format: what plain JSON readers let through is refused here.

Duplicate keys (a reader keeps one and silently drops the other), NaN and Infinity, numbers
too large to store, and data nested too deeply each give a sentence naming the place.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from journeydesk.model import ProjectLoadError
from journeydesk.model.json_strict import MAX_DEPTH
from journeydesk.model.storage import parse_project, project_to_bytes

from .test_bad_files import assert_reads_as_a_sentence, encode, valid_raw


def refusal(content: bytes) -> str:
    """The sentence with which ``content`` is refused."""
    with pytest.raises(ProjectLoadError) as error:
        parse_project(content)
    message = str(error.value)
    assert_reads_as_a_sentence(message)
    return message


def line_of(content: bytes, needle: bytes, occurrence: int = 1) -> int:
    """The line number (from 1) of the ``occurrence``-th ``needle`` in ``content``."""
    at = -1
    for _ in range(occurrence):
        at = content.index(needle, at + 1)
    return content.count(b"\n", 0, at) + 1


# --- Duplicate keys --------------------------------------------------------------------------


def test_duplicate_top_level_key_is_refused_with_its_line() -> None:
    content = encode(valid_raw())
    content = content.replace(b'  "journeys": [', b'  "journeys": [],\n  "journeys": [', 1)
    message = refusal(content)
    line = line_of(content, b'"journeys"', 2)
    assert f'The key "journeys" appears twice in the project (line {line})' in message


def test_duplicate_key_in_a_card_names_the_card() -> None:
    content = encode(valid_raw())
    content = content.replace(b'"text": "Checkout"', b'"votes": 1, "text": "Checkout", "votes": 2')
    message = refusal(content)
    line = line_of(content, b'"votes": 2')
    assert '"votes" appears twice' in message
    assert "card 'Checkout' in lane 'Pain points'" in message
    assert f"line {line}" in message


def test_duplicate_key_in_an_unknown_field_is_refused() -> None:
    raw = valid_raw()
    raw["x_extra"] = {"a": [1, 2]}
    content = encode(raw).replace(b'"a": [', b'"a": 0, "a": [')
    message = refusal(content)
    assert '"a" appears twice' in message
    line = line_of(content, b'"a": [')
    assert f"line {line}" in message


def test_the_same_key_in_different_objects_is_fine() -> None:
    assert parse_project(encode(valid_raw())).journeys[0].cards[1].id == "c2"


def test_duplicate_key_written_with_escapes_is_still_a_duplicate() -> None:
    content = encode(valid_raw()).replace(b'"title": "Gym"', b'"title": "Gym", "t\\u0069tle": "X"')
    assert '"title" appears twice' in refusal(content)


def test_long_duplicate_key_is_shortened_in_the_message() -> None:
    key = "k" * 500
    content = encode(valid_raw()).replace(
        b'"title": "Gym"', f'"title": "Gym", "{key}": 1, "{key}": 2'.encode()
    )
    message = refusal(content)
    assert "appears twice" in message
    assert key not in message


# --- Numbers JSON cannot hold ----------------------------------------------------------------


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_and_infinity_are_refused_with_the_line(constant: bytes) -> None:
    content = encode(valid_raw()).replace(b'"title": "Gym"', b'"title": "Gym", "x": ' + constant)
    message = refusal(content)
    assert "not valid JSON" in message
    assert constant.decode().lstrip("-") in message
    assert f"line {line_of(content, constant)}" in message


def test_float_too_large_is_refused_with_the_line() -> None:
    content = encode(valid_raw()).replace(b'"title": "Gym"', b'"title": "Gym", "x": -1e400')
    message = refusal(content)
    assert "number too large" in message
    assert f"line {line_of(content, b'1e400')}" in message


def test_integer_beyond_what_python_reads_is_refused() -> None:
    digits = b"9" * 5_000
    content = encode(valid_raw()).replace(b'"title": "Gym"', b'"title": "Gym", "x": ' + digits)
    message = refusal(content)
    assert "number too large" in message
    assert "5000 digits" in message
    assert f"line {line_of(content, digits)}" in message
    assert "9999999999" not in message


# --- Nesting ---------------------------------------------------------------------------------


def nested(levels: int) -> Any:
    value: Any = 1
    for level in range(levels):
        value = [value] if level % 2 else {"a": value}
    return value


def test_nesting_up_to_the_limit_loads_and_saves() -> None:
    raw = valid_raw()
    # The project itself is one level; its unknown field fills the rest up to the limit.
    raw["x_deep"] = nested(MAX_DEPTH - 1)
    project = parse_project(encode(raw))
    again = parse_project(project_to_bytes(project))
    assert again.model_extra == {"x_deep": raw["x_deep"]}


def test_nesting_past_the_limit_is_refused_with_the_line() -> None:
    raw = valid_raw()
    raw["x_deep"] = nested(MAX_DEPTH)
    content = encode(raw)
    message = refusal(content)
    assert f"more than {MAX_DEPTH} levels deep" in message
    assert "line" in message


def test_nesting_in_a_card_past_the_limit_is_refused() -> None:
    raw = valid_raw()
    raw["journeys"][0]["cards"][0]["x_deep"] = nested(MAX_DEPTH)
    assert f"more than {MAX_DEPTH} levels deep" in refusal(encode(raw))


@pytest.mark.parametrize("opener", [b"[", b'{"a":'])
def test_nesting_beyond_python_recursion_is_refused(opener: bytes) -> None:
    closer = b"]" if opener == b"[" else b"}"
    content = b'{"format": "journeydesk", "x": ' + opener * 50_000 + b"1" + closer * 50_000 + b"}"
    assert "too deeply" in refusal(content)


def test_error_positions_count_lines_from_one() -> None:
    content = b'{\n"format": "journeydesk",\n"x": tru\n}'
    message = refusal(content)
    assert "line 3" in message


def test_parsed_values_match_plain_json() -> None:
    raw = valid_raw()
    raw["x_values"] = [0, -0.0, 1.5e-300, 10**30, "é\u2028", None, True, {"": []}]
    project = parse_project(encode(raw))
    assert project.model_extra == {"x_values": json.loads(json.dumps(raw["x_values"]))}
