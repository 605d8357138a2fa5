"""The sentences of load errors stay short and readable whatever the file holds: names are
cut to one line of at most 60 characters, huge numbers are described rather than printed,
and text saved in another encoding is named as such.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from typing import Any

import pytest

from journeydesk.i18n import number
from journeydesk.model import ProjectLoadError
from journeydesk.model.storage import parse_project

from .test_bad_files import assert_reads_as_a_sentence, encode, valid_raw

LONG = "Checkout takes far too long because the card reader keeps failing " * 14
#: How LONG appears in a message: its first 59 characters and an ellipsis.
LONG_SHOWN = "Checkout takes far too long because the card reader keeps f…"
TWO_LINES = "Pain points\nand everything else that went wrong on the day"


def refusal(content: bytes) -> str:
    with pytest.raises(ProjectLoadError) as error:
        parse_project(content)
    message = str(error.value)
    assert_reads_as_a_sentence(message)
    return message


def changed(change: Callable[[dict[str, Any]], object]) -> bytes:
    raw = valid_raw()
    change(raw)
    return encode(raw)


def quoted_names(message: str) -> list[str]:
    """The texts between single quotes in ``message``."""
    return message.split("'")[1::2]


# --- Names shortened to one line -------------------------------------------------------------


def _journey(raw: dict[str, Any]) -> dict[str, Any]:
    return raw["journeys"][0]


NAMED_CASES: list[tuple[str, Callable[[dict[str, Any]], object], str]] = [
    (
        "card-text-in-validation",
        lambda r: _journey(r)["cards"][0].update(text=LONG, votes=-1),
        LONG_SHOWN,
    ),
    (
        "lane-title-of-a-card",
        lambda r: (
            _journey(r)["lanes"][0].update(title=TWO_LINES),
            _journey(r)["cards"][0].update(votes=-1),
        ),
        "Pain points",
    ),
    (
        "duplicate-id-persona-name",
        lambda r: r["personas"].append({"id": "c1", "name": LONG}),
        LONG_SHOWN,
    ),
    (
        "dangling-persona-journey-title",
        lambda r: _journey(r).update(title=LONG, persona_ids=["ghost"]),
        LONG_SHOWN,
    ),
    (
        "card-on-divider-lane-title",
        lambda r: (
            _journey(r)["lanes"][1].update(title=LONG),
            _journey(r)["cards"][0].update(lane_id="l2"),
        ),
        LONG_SHOWN,
    ),
    (
        "dangling-stage-lane-title",
        lambda r: (
            _journey(r)["lanes"][0].update(title=TWO_LINES),
            _journey(r)["cards"][0].update(stage_id="gone"),
        ),
        "Pain points",
    ),
]


@pytest.mark.parametrize(("change", "name"), [pytest.param(c, n, id=i) for i, c, n in NAMED_CASES])
def test_long_names_are_cut_to_one_short_line(
    change: Callable[[dict[str, Any]], object], name: str
) -> None:
    message = refusal(changed(change))
    assert name in quoted_names(message), message
    assert all(len(quoted) <= 60 for quoted in quoted_names(message)), message


def test_control_characters_in_a_name_are_not_printed() -> None:
    title = "Bad\x1b[31m red\x00 title"
    message = refusal(changed(lambda r: _journey(r).update(title=title, persona_ids=["ghost"])))
    assert "\x1b" not in message
    assert "\x00" not in message
    assert "Bad [31m red  title" in message


# --- Numbers described, not printed ----------------------------------------------------------


@pytest.mark.parametrize("digits", [20, 400, 4_000])
def test_huge_integer_in_a_field_is_described_not_printed(digits: int) -> None:
    message = refusal(changed(lambda r: _journey(r)["cards"][0].update(votes=10 ** (digits - 1))))
    assert "Card 'Checkout'" in message
    assert f"a number far too large ({digits} digits)" in message
    assert "0000000000" not in message


def test_huge_negative_integer_is_described_too() -> None:
    message = refusal(changed(lambda r: _journey(r)["emotions"].update(s1=-(10**400))))
    assert "a number far too large (401 digits)" in message


def test_bounds_are_written_with_separators() -> None:
    message = refusal(changed(lambda r: _journey(r)["cards"][0].update(votes=100_001)))
    assert f"votes is {number(100_001)}, it must be at most {number(100_000)}" in message


def test_huge_schema_version_is_described_not_printed() -> None:
    message = refusal(changed(lambda r: r.update(schema_version=10**400)))
    assert "newer version" in message
    assert "0000000000" not in message


# --- Other encodings named -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "bom", "name"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16"),
        ("utf-16-le", b"", "UTF-16"),
        ("utf-16-be", b"", "UTF-16"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "UTF-32"),
        ("utf-32-be", codecs.BOM_UTF32_BE, "UTF-32"),
        ("utf-32-le", b"", "UTF-32"),
        ("utf-32-be", b"", "UTF-32"),
    ],
)
def test_utf16_and_utf32_are_named(codec: str, bom: bytes, name: str) -> None:
    text = encode(valid_raw()).decode("utf-8")
    message = refusal(bom + text.encode(codec))
    assert f"saved as {name} text" in message
    assert "save it as UTF-8" in message
    assert "not valid JSON" not in message


def test_a_file_of_zero_bytes_is_named_as_such() -> None:
    message = refusal(b"\0" * 4096)
    assert "zero bytes" in message


def test_latin1_text_names_the_line_and_utf8() -> None:
    content = encode(valid_raw()).replace(b'"Checkout"', '"Caf\xe9"'.encode("latin-1"))
    message = refusal(content)
    line = content[: content.index(b"Caf")].count(b"\n") + 1
    assert f"line {line}" in message
    assert "UTF-8" in message
