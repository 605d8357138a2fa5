"""Spreadsheets, shared: the columns, their header names, tags, and the report's sentences.

The rest of the spreadsheet format is in ``spreadsheet_read``/``spreadsheet_reader`` (import)
and ``spreadsheet_write`` (export); ``spreadsheet`` holds the public API and the decisions.
"""

from __future__ import annotations

import re
from typing import Any

from journeydesk.model.base import short_label

#: Column key -> the header written for it, in the order of the columns.
HEADERS: dict[str, str] = {
    "journey": "Journey", "state": "State", "stage": "Stage", "stage_order": "Stage order",
    "lane": "Lane", "lane_order": "Lane order", "lane_kind": "Lane kind",
    "lane_colour": "Lane colour", "card_order": "Card order", "text": "Text",
    "colour": "Colour", "tags": "Tags", "votes": "Votes", "owner": "Owner", "notes": "Notes",
    "persona": "Persona", "score": "Score", "stage_goal": "Stage goal",
    "stage_description": "Stage description",
}  # fmt: skip
COLUMNS: tuple[str, ...] = tuple(HEADERS.values())
#: The title of the one map of a file without a Journey column.
DEFAULT_JOURNEY_TITLE = "Imported journey"
_SYNONYMS = {
    "map": "journey", "journeymap": "journey", "step": "stage", "phase": "stage",
    "swimlane": "lane", "kind": "lane_kind", "lanetype": "lane_kind", "card": "text",
    "cardtext": "text", "cardcolour": "colour", "tag": "tags", "vote": "votes", "note": "notes",
    "emotion": "score", "emotionscore": "score", "goal": "stage_goal",
    "description": "stage_description",
}  # fmt: skip
_MAX_SIMILAR = 10  # notes of one kind in a report; the rest are counted
#: The report's sentences by kind: (what a summary calls them, the sentence).
_SAY: dict[str, tuple[str, str]] = {
    "not_utf8": ("encoding problems", "The file is not in UTF-8, so it was read as "
        'Windows-1252 (Western European); if letters look wrong, save it as "CSV UTF-8" and '
        "import it again."),
    "bad_bytes": ("encoding problems", "Some bytes of the file are not valid {codec}; each was "
        "replaced by the sign \N{REPLACEMENT CHARACTER}."),
    "cut": ("texts over a length limit", "Line {line}: {what} has {length:,} characters; only "
        "the first {limit:,} were kept."),
    "number": ("values that are not whole numbers", "Line {line}: {value} in the {what} "
        "column is not a whole number from {low:,} to {high:,}, so it was ignored."),
    "colour": ("bad colours", "Line {line}: {value} in the {what} column is not a colour such "
        "as #ffe58f, so it was ignored."),
    "state": ("unknown states", "Line {line}: {value} in the State column is neither current "
        "nor future, so the map is taken as the current state."),
    "kind": ("unknown lane kinds", "Line {line}: {value} in the Lane kind column is not cards, "
        "emotion or divider, so the lane holds cards."),
    "differs": ("values that differ", "Line {line} gives {name} the {what} {value}, but line "
        "{first_line} gave it {first}, which was kept."),
    "limit": ("rows beyond a limit", "Line {line} names one {what} more than the {limit:,} a "
        "{whole} can have, so it was left out."),
    "orphan": ("values without a stage or lane", "Line {line} gives a {what} but no {owner}, "
        "so it was left out."),
    "second_score": ("second scores", "Line {line} gives stage {name} a second score; it "
        "replaces the one of line {first_line}."),
    "tags": ("cards with too many tags", "Line {line}: the card has {count} tags; only the "
        "first {limit} were kept, not {rest}."),
    "divider": ("cards in divider lines", "Lane {name} is a divider line, which cannot hold "
        "cards, yet line {line} puts a card in it; it was made a card lane."),
    "unplaced": ("cards without a place", "In map {name}, cards that name no {what} ({count}, "
        "the first on line {line}) were put in a {what} without a title."),
    "own_scores": ("scores without a persona", "In map {name}, emotion scores without a "
        "persona were taken as those of {persona}, the map's first persona."),
    "columns": ("unknown columns", "JourneyDesk cards have no {names}; their values were "
        "added to each card's notes."),
    "columns_lost": ("unknown columns", "Rows that are not cards ({count}, the first on line "
        "{line}) have values in columns JourneyDesk does not know; those were left out."),
    "before_header": ("rows before the column names", "Line {line} comes before the column "
        "names (line {header}), so it was left out: {text}."),
    "empty": ("empty files", "The file has column names but no rows, so the project is empty."),
    "off_map": ("personas on no map", "Persona {name} is on no map, so it was left out."),
    "renamed": ("renamed names", "{what} {name} is written as {new}, so that a spreadsheet can "
        "tell it apart."),
    "persona": ("persona details", "A spreadsheet keeps persona {name} only by name, with its "
        "emotion scores; its {details} were left out."),
    "map_text": ("map texts", "The {what} of map {name} {were} left out."),
    "rounds": ("vote rounds", "The dot-voting rounds of map {name} ({count}) were left out "
        "(each card's votes are kept)."),
    "links": ("future-state links", "Map {name} is a future state; its links to the current "
        "state it was made from were left out (its stages, lanes and cards are kept)."),
    "formulas": ("cells like formulas", "In map {name}, cells that begin with =, +, - or @ "
        "({count}, the first: {first}) may be taken for formulas by a spreadsheet program; "
        "check them there before saving the file again."),
    "tag_split": ("tags that change", "The tags of card {name} hold semicolons, spaces at an "
        "end or empty tags; read back from a spreadsheet, they will be split and trimmed."),
    "no_maps": ("empty projects", "The project has no maps, so the file has only its column "
        "names."),
    "project": ("project texts", "The project's {what} was left out."),
}  # fmt: skip


def _norm(name: str) -> str:
    return re.sub(r"[\s_\-\ufeff]+", "", name.casefold()).replace("color", "colour")


_HEADER_KEYS = {_norm(header): key for key, header in HEADERS.items()} | _SYNONYMS


def _key(title: str) -> str:
    """Titles that are the same to a facilitator: case and spacing ignored."""
    return " ".join(title.split()).casefold()


def _q(text: str) -> str:
    return f"'{short_label(text)}'"


def _count(number: int, thing: str) -> str:
    return f"{number:,} {thing}" if number == 1 else f"{number:,} {thing}s"


def _and(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


class _Notes:
    """Sentences for the report; after a few of one kind, the rest are only counted."""

    def __init__(self) -> None:
        self.sentences: list[str] = []
        self.counts: dict[str, int] = {}

    def add(self, kind: str, **fields: Any) -> None:
        count = self.counts[kind] = self.counts.get(kind, 0) + 1
        if count <= _MAX_SIMILAR:
            self.sentences.append(_SAY[kind][1].format(**fields))

    def done(self) -> tuple[str, ...]:
        extra = [
            f"There were {count - _MAX_SIMILAR:,} more {_SAY[kind][0]}, handled the same way."
            for kind, count in self.counts.items()
            if count > _MAX_SIMILAR
        ]
        return (*self.sentences, *extra)


def _join_tags(tags: list[str]) -> str:
    joined = "; ".join(tags)
    return joined + ";" if len(tags) == 1 and "," in joined else joined


def _split_tags(cell: str) -> list[str]:
    parts = cell.split(";") if ";" in cell else cell.split(",")
    return [tag for part in parts if (tag := part.strip())]
