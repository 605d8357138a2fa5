"""Damaged and hostile files: each gives one ProjectLoadError with a clear sentence, and the
file is never touched."""

from __future__ import annotations

import copy
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from journeydesk.i18n import number
from journeydesk.model import ProjectLoadError, load_project, storage
from journeydesk.model.project import SCHEMA_VERSION


def valid_raw() -> dict[str, Any]:
    """Return a small valid project as a raw dictionary, with readable ids."""
    return {
        "format": "journeydesk",
        "schema_version": SCHEMA_VERSION,
        "title": "Gym",
        "created": "2026-01-01T00:00:00Z",
        "modified": "2026-01-01T00:00:00Z",
        "personas": [{"id": "p1", "name": "Pat"}],
        "journeys": [
            {
                "id": "j1",
                "title": "Joining",
                "persona_ids": ["p1"],
                "stages": [
                    {"id": "s1", "title": "Awareness"},
                    {"id": "s2", "title": "Purchase"},
                ],
                "lanes": [
                    {"id": "l1", "title": "Pain points"},
                    {"id": "l2", "title": "Line of visibility", "kind": "divider"},
                ],
                "cards": [
                    {"id": "c1", "lane_id": "l1", "stage_id": "s1", "text": "Checkout"},
                    {"id": "c2", "lane_id": "l1", "stage_id": "s2", "text": "Queue"},
                ],
                "emotions": {"s1": 1},
            }
        ],
    }


def encode(raw: Any) -> bytes:
    return json.dumps(raw, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"


def changed(change: Callable[[dict[str, Any]], object]) -> bytes:
    """Return the valid project with ``change`` applied to its raw dictionary."""
    raw = copy.deepcopy(valid_raw())
    change(raw)
    return encode(raw)


def card(raw: dict[str, Any], index: int = 0) -> dict[str, Any]:
    return raw["journeys"][0]["cards"][index]


def journey(raw: dict[str, Any]) -> dict[str, Any]:
    return raw["journeys"][0]


def many_cards(raw: dict[str, Any]) -> None:
    journey(raw)["cards"] = [
        {"id": f"c{n}", "lane_id": "l1", "stage_id": "s1"} for n in range(20_001)
    ]


def second_journey_with_bad_card(raw: dict[str, Any]) -> None:
    raw["journeys"].append(
        {
            "id": "j2",
            "title": "Leaving",
            "stages": [{"id": "t1", "title": "Cancel"}],
            "lanes": [{"id": "m1", "title": "Thinking"}],
            "cards": [{"id": "d1", "lane_id": "m1", "stage_id": "t1", "text": "Why", "votes": []}],
        }
    )


VALID = encode(valid_raw())
ENVELOPE = b'{"format": "journeydesk", "schema_version": 1, "title": "Deep", "x": '

# (case id, file content, words the message must contain)
CORPUS: list[tuple[str, bytes, list[str]]] = [
    ("empty", b"", ["empty"]),
    ("whitespace", b" \n\t\r\n  ", ["empty"]),
    ("bom-only", b"\xef\xbb\xbf", ["empty"]),
    ("truncated", VALID[: len(VALID) // 2], ["ends too early", "line"]),
    ("utf16", b"\xff\xfe{\x00}\x00", ["UTF-8"]),
    ("latin1", VALID.replace(b"Gym", "Caf\xe9".encode("latin-1")), ["UTF-8"]),
    ("not-json", b"Hello, this is my shopping list\n", ["not valid JSON", "line 1"]),
    ("trailing-garbage", VALID + b"}", ["not valid JSON"]),
    ("array", b'[{"format": "journeydesk", "schema_version": 1}]', ['"format"', "marker"]),
    ("string", b'"journeydesk"', ["marker"]),
    ("no-marker", changed(lambda r: r.pop("format")), ["marker"]),
    ("other-marker", changed(lambda r: r.update(format="miro")), ["marker"]),
    ("nan", VALID.replace(b'"title": "Gym"', b'"title": NaN'), ["not valid JSON"]),
    ("nan-in-unknown-field", ENVELOPE + b"NaN}", ["not valid JSON"]),
    ("infinity", ENVELOPE + b"Infinity}", ["not valid JSON"]),
    ("minus-infinity", ENVELOPE + b"-Infinity}", ["not valid JSON"]),
    ("overflowing-number", ENVELOPE + b"1e400}", ["too large"]),
    ("deep-nesting", ENVELOPE + b"[" * 100_000 + b"]" * 100_000 + b"}", ["too deeply"]),
    ("deep-objects", ENVELOPE + b'{"a":' * 5_000 + b"1" + b"}" * 5_001, ["too deeply"]),
    ("title-number", changed(lambda r: r.update(title=5)), ["Title", "text", "5"]),
    (
        "cards-not-list",
        changed(lambda r: journey(r).update(cards={"c1": {}})),
        ["Journey 'Joining'", "cards", "a list"],
    ),
    (
        "votes-string",
        changed(lambda r: card(r).update(votes="many")),
        ["Card 'Checkout'", "lane 'Pain points'", "votes", "whole number", "'many'"],
    ),
    (
        "votes-negative",
        changed(lambda r: card(r).update(votes=-1)),
        ["Card 'Checkout'", "votes", "-1", "at least 0"],
    ),
    (
        "card-null",
        changed(lambda r: journey(r)["cards"].__setitem__(1, None)),
        ["Card 2", "an object"],
    ),
    (
        "dangling-lane",
        changed(lambda r: card(r).update(lane_id="gone")),
        ["Journey 'Joining'", "Checkout", "lane", "gone"],
    ),
    (
        "dangling-stage",
        changed(lambda r: card(r).update(stage_id="gone")),
        ["Journey 'Joining'", "Checkout", "stage", "gone", "Pain points"],
    ),
    (
        "card-on-divider",
        changed(lambda r: card(r).update(lane_id="l2")),
        ["Checkout", "Line of visibility", "divider"],
    ),
    (
        "dangling-persona",
        changed(lambda r: journey(r).update(persona_ids=["p1", "ghost"])),
        ["Journey 'Joining'", "persona", "ghost"],
    ),
    (
        "duplicate-card-ids",
        changed(lambda r: card(r, 1).update(id="c1")),
        ["Queue", "Checkout", "c1", "unique"],
    ),
    (
        "card-and-stage-share-id",
        changed(lambda r: card(r, 1).update(id="s1")),
        ["Card 'Queue'", "stage 'Awareness'", "s1", "unique"],
    ),
    (
        "bad-id",
        changed(lambda r: journey(r)["stages"][0].update(id="a b")),
        ["Stage 'Awareness'", "id", "'a b'"],
    ),
    (
        "long-text",
        changed(lambda r: card(r).update(text="Checkout " + "x" * 11_992)),
        [
            "Card 'Checkout",
            "lane 'Pain points'",
            f"text is {number(12_001)} characters, the limit is {number(10_000)}",
        ],
    ),
    (
        "long-title",
        changed(lambda r: journey(r)["lanes"][0].update(title="L" * 1_001)),
        ["Lane 'LLLL", f"title is {number(1_001)} characters, the limit is {number(1_000)}"],
    ),
    (
        "too-many-cards",
        changed(many_cards),
        [f"{number(20_001)} cards", f"limit is {number(20_000)}"],
    ),
    (
        "emotion-3",
        changed(lambda r: journey(r)["emotions"].update(s1=3)),
        ["Journey 'Joining'", "emotion", "'Awareness'", "3", "at most 2"],
    ),
    (
        "emotion-unknown-stage",
        changed(lambda r: journey(r)["emotions"].update(gone=1)),
        ["emotion", "gone"],
    ),
    (
        "emotion-bad-key",
        changed(lambda r: journey(r)["emotions"].update({"a b": 1})),
        ["the stage id of an emotion score is 'a b'", "not a valid id"],
    ),
    (
        "bad-lane-colour",
        changed(lambda r: journey(r)["lanes"][0].update(colour="red")),
        ["Lane 'Pain points'", "colour", "'red'", "#ffcc00"],
    ),
    (
        "bad-card-colour",
        changed(lambda r: card(r).update(colour="#12345g")),
        ["Card 'Checkout'", "colour", "#12345g"],
    ),
    (
        "bad-lane-kind",
        changed(lambda r: journey(r)["lanes"][0].update(kind="swimlane")),
        ["Lane 'Pain points'", "kind", "'swimlane'", "'divider'"],
    ),
    (
        "bad-date",
        changed(lambda r: r.update(created="yesterday")),
        ["The creation time", "date and time", "'yesterday'"],
    ),
    (
        "damaged-photo",
        changed(lambda r: r["personas"][0].update(photo={"media_type": "image/png", "data": "!"})),
        ["Persona 'Pat': the photo data is damaged (not base64)."],
    ),
    (
        "missing-lane-id",
        changed(lambda r: card(r).pop("lane_id")),
        ["Card 'Checkout'", "lane id", "missing"],
    ),
    (
        "second-journey",
        changed(second_journey_with_bad_card),
        ["Card 'Why'", "lane 'Thinking'", "journey 'Leaving'", "votes"],
    ),
    (
        "two-problems",
        changed(lambda r: r.update(title=5, description=6)),
        ["Title should be text, not 5.", "This is the first of 2 problems."],
    ),
    (
        "schema-version-missing",
        changed(lambda r: r.pop("schema_version")),
        ["schema_version", "version"],
    ),
    ("schema-version-string", changed(lambda r: r.update(schema_version="1")), ["schema_version"]),
    ("schema-version-zero", changed(lambda r: r.update(schema_version=0)), ["schema_version"]),
    ("schema-version-bool", changed(lambda r: r.update(schema_version=True)), ["schema_version"]),
    ("schema-version-float", changed(lambda r: r.update(schema_version=1.0)), ["schema_version"]),
    (
        "newer-schema-version",
        changed(lambda r: r.update(schema_version=SCHEMA_VERSION + 1)),
        ["newer version", f"format {SCHEMA_VERSION + 1}", "the file has not been changed"],
    ),
]


def assert_reads_as_a_sentence(message: str) -> None:
    assert message
    assert message[0].isupper(), message
    assert message.endswith("."), message
    assert "\n" not in message, message
    for leak in ("Traceback", "pydantic", "[type=", "https://", "input_value", "Errno"):
        assert leak not in message, message
    assert len(message) < 400, message


@pytest.mark.parametrize(("content", "words"), [pytest.param(c, w, id=i) for i, c, w in CORPUS])
def test_bad_file_gives_one_clear_load_error(
    tmp_path: Path, content: bytes, words: list[str]
) -> None:
    path = tmp_path / "bad.journey"
    path.write_bytes(content)
    before = path.stat()
    with pytest.raises(ProjectLoadError) as error:
        load_project(path)
    message = str(error.value)
    assert_reads_as_a_sentence(message)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"
    assert error.value.path == path
    assert path.read_bytes() == content
    after = path.stat()
    assert after.st_mtime_ns == before.st_mtime_ns
    assert after.st_size == before.st_size
    assert os.listdir(tmp_path) == ["bad.journey"]


def test_corpus_cases_are_distinct_and_the_base_is_valid() -> None:
    ids = [case_id for case_id, _, _ in CORPUS]
    assert len(ids) == len(set(ids))
    assert storage.parse_project(VALID).journeys[0].title == "Joining"


def test_over_size_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.journey"
    with path.open("wb") as file:
        file.write(VALID[:-2])
        file.truncate(storage.MAX_FILE_BYTES + 1)  # sparse: quick to write
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    before = path.stat()
    with pytest.raises(ProjectLoadError) as error:
        load_project(path)
    message = str(error.value)
    assert_reads_as_a_sentence(message)
    assert f"larger than {storage.MAX_FILE_BYTES // (1024 * 1024)} MB" in message
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert path.stat().st_size == storage.MAX_FILE_BYTES + 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_file_of_exactly_the_limit_is_not_refused_for_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.journey"
    with path.open("wb") as file:
        file.write(VALID)
        file.truncate(storage.MAX_FILE_BYTES)  # padded with NUL bytes: not JSON, but not too big
    with pytest.raises(ProjectLoadError) as error:
        load_project(path)
    assert "MB" not in str(error.value)
    assert "JSON" in str(error.value)


def test_file_with_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.journey"
    path.write_bytes(b"\xef\xbb\xbf" + VALID)
    project = load_project(path)
    assert project.title == "Gym"
    assert project.journeys[0].cards[0].text == "Checkout"


def test_numbers_that_fit_in_unknown_fields_still_load() -> None:
    raw = valid_raw()
    raw["x_numbers"] = [1.5, -0.0, 1e300, 10**30]
    project = storage.parse_project(encode(raw))
    assert project.model_extra == {"x_numbers": [1.5, -0.0, 1e300, 10**30]}


# --- Every wrong type at every place ---------------------------------------------------------

# Replacements for any value of the file: one of every JSON type, and a few awkward ones.
SWAPS: list[Any] = [None, 0, -1, 2.5, 2.0, "x", "", True, False, [], [None], {}, {"x": 1}]


def json_paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in ``node``: each key of each object and each item of each list."""
    places = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            places += json_paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            places += json_paths(value, (*path, index))
    return places


def with_value_at(path: tuple[Any, ...], value: Any) -> Any:
    raw: Any = copy.deepcopy(valid_raw())
    if not path:
        return value
    node = raw
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return raw


PATHS = [p for p in json_paths(valid_raw()) if p not in ((), ("format",))]


@pytest.mark.parametrize("path", PATHS, ids=["/".join(map(str, p)) for p in PATHS])
def test_any_type_at_any_place_loads_or_gives_a_sentence(path: tuple[Any, ...]) -> None:
    for value in SWAPS:
        content = encode(with_value_at(path, value))
        try:
            storage.parse_project(content)
        except ProjectLoadError as error:
            assert_reads_as_a_sentence(str(error))


@pytest.mark.parametrize("value", SWAPS, ids=[json.dumps(v) for v in SWAPS])
def test_a_whole_file_of_another_type_gives_a_sentence(value: Any) -> None:
    with pytest.raises(ProjectLoadError) as error:
        storage.parse_project(encode(value))
    assert_reads_as_a_sentence(str(error.value))


@pytest.mark.parametrize(
    "moment",
    [
        "0001-01-01T00:00:00+01:00",  # one hour before year 1 in UTC
        "9999-12-31T23:59:59-01:00",  # one hour into year 10000 in UTC
        "0001-01-01T00:00:00+23:59",
    ],
)
@pytest.mark.parametrize("field", ["created", "modified"])
def test_times_outside_the_calendar_in_utc_give_a_sentence(field: str, moment: str) -> None:
    raw = valid_raw()
    raw[field] = moment
    with pytest.raises(ProjectLoadError) as error:
        storage.parse_project(encode(raw))
    message = str(error.value)
    assert_reads_as_a_sentence(message)
    assert moment in message
    assert "year" in message


def test_times_at_the_edges_of_the_calendar_still_load() -> None:
    raw = valid_raw()
    raw["created"] = "0001-01-01T00:00:00Z"
    raw["modified"] = "9999-12-31T23:59:59+00:00"
    project = storage.parse_project(encode(raw))
    assert project.created.year == 1
    assert project.modified.year == 9999
