"""Spreadsheets, shared: the columns, their header names, tags, and the report's sentences.

The header names and their synonyms are the file format's words, matched when reading and
written as they are; the report's sentences are in ``SpreadsheetText``.

The rest of the spreadsheet format is in ``spreadsheet_read``/``spreadsheet_reader`` (import)
and ``spreadsheet_write`` (export); ``spreadsheet`` holds the public API and the decisions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from journeydesk.i18n import QT_TRANSLATE_NOOP, Translatable, arg
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
#: The title of the one map of a file without a Journey column (English; the map gets it in
#: the user's language).
DEFAULT_JOURNEY_TITLE = QT_TRANSLATE_NOOP("SpreadsheetText", "Imported journey")
_SYNONYMS = {
    "map": "journey", "journeymap": "journey", "step": "stage", "phase": "stage",
    "swimlane": "lane", "kind": "lane_kind", "lanetype": "lane_kind", "card": "text",
    "cardtext": "text", "cardcolour": "colour", "tag": "tags", "vote": "votes", "note": "notes",
    "emotion": "score", "emotionscore": "score", "goal": "stage_goal",
    "description": "stage_description",
}  # fmt: skip
_MAX_SIMILAR = 10  # notes of one kind in a report; the rest are counted


class SpreadsheetText(Translatable):
    """The notes of spreadsheet imports and exports: what was changed, cut or left out."""


#: What a report's summary calls the notes of each kind ("Rows beyond a limit: 5 more").
_SUMMARIES: dict[str, str] = {
    "not_utf8": QT_TRANSLATE_NOOP("SpreadsheetText", "Encoding problems"),
    "bad_bytes": QT_TRANSLATE_NOOP("SpreadsheetText", "Encoding problems"),
    "cut": QT_TRANSLATE_NOOP("SpreadsheetText", "Texts over a length limit"),
    "number": QT_TRANSLATE_NOOP("SpreadsheetText", "Values that are not whole numbers"),
    "colour": QT_TRANSLATE_NOOP("SpreadsheetText", "Bad colours"),
    "state": QT_TRANSLATE_NOOP("SpreadsheetText", "Unknown states"),
    "kind": QT_TRANSLATE_NOOP("SpreadsheetText", "Unknown lane kinds"),
    "differs": QT_TRANSLATE_NOOP("SpreadsheetText", "Values that differ"),
    "limit": QT_TRANSLATE_NOOP("SpreadsheetText", "Rows beyond a limit"),
    "orphan": QT_TRANSLATE_NOOP("SpreadsheetText", "Values without a stage or lane"),
    "second_score": QT_TRANSLATE_NOOP("SpreadsheetText", "Second scores"),
    "tags": QT_TRANSLATE_NOOP("SpreadsheetText", "Cards with too many tags"),
    "divider": QT_TRANSLATE_NOOP("SpreadsheetText", "Cards in divider lines"),
    "unplaced": QT_TRANSLATE_NOOP("SpreadsheetText", "Cards without a place"),
    "own_scores": QT_TRANSLATE_NOOP("SpreadsheetText", "Scores without a persona"),
    "columns": QT_TRANSLATE_NOOP("SpreadsheetText", "Unknown columns"),
    "before_header": QT_TRANSLATE_NOOP("SpreadsheetText", "Rows before the column names"),
    "empty": QT_TRANSLATE_NOOP("SpreadsheetText", "Empty files"),
    "off_map": QT_TRANSLATE_NOOP("SpreadsheetText", "Personas on no map"),
    "renamed": QT_TRANSLATE_NOOP("SpreadsheetText", "Renamed names"),
    "persona": QT_TRANSLATE_NOOP("SpreadsheetText", "Persona details"),
    "map_text": QT_TRANSLATE_NOOP("SpreadsheetText", "Map texts"),
    "rounds": QT_TRANSLATE_NOOP("SpreadsheetText", "Vote rounds"),
    "links": QT_TRANSLATE_NOOP("SpreadsheetText", "Future-state links"),
    "formulas": QT_TRANSLATE_NOOP("SpreadsheetText", "Cells like formulas"),
    "tag_split": QT_TRANSLATE_NOOP("SpreadsheetText", "Tags that change"),
    "no_maps": QT_TRANSLATE_NOOP("SpreadsheetText", "Empty projects"),
    "project": QT_TRANSLATE_NOOP("SpreadsheetText", "Project texts"),
}
#: The sentences of the report, by kind: the kind before a ":" is the one counted in the
#: summary. ``%1`` ... are filled in order (see each ``add``); counts are written with
#: ``count``'s plural forms by the caller.
_SAY: dict[str, str] = {
    "not_utf8": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "The file is not in UTF-8, so it was read as Windows-1252 (Western European); if "
        'letters look wrong, save it as "CSV UTF-8" and import it again.',
    ),
    "bad_bytes": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Some bytes of the file are not valid %1; each was replaced by the sign �.",
    ),
    # line, what, its length, the limit
    "cut": QT_TRANSLATE_NOOP(
        "SpreadsheetText", "Line %1: %2 has %3 characters; only the first %4 were kept."
    ),
    # line, value, column, lowest, highest
    "number": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Line %1: %2 in the %3 column is not a whole number from %4 to %5, so it was ignored.",
    ),
    "colour": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Line %1: %2 in the %3 column is not a colour such as #ffe58f, so it was ignored.",
    ),
    "state": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Line %1: %2 in the State column is neither current nor future, so the map is taken as "
        "the current state.",
    ),
    "kind": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Line %1: %2 in the Lane kind column is not cards, emotion or divider, so the lane holds "
        "cards.",
    ),
    # line, the stage or lane, what, the value, the first line, the first value
    "differs": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Line %1 gives %2 the %3 %4, but line %5 gave it %6, which was kept.",
    ),
    # line, the limit
    "limit:stage": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Line %1 names one stage more than the %2 a map can have, so it was left out.",
    ),
    "limit:lane": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Line %1 names one lane more than the %2 a map can have, so it was left out.",
    ),
    "limit:map": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Line %1 names one map more than the %2 a project can have, so it was left out.",
    ),
    "limit:persona": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Line %1 names one persona more than the %2 a project can have, so it was left out.",
    ),
    "limit:map persona": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Line %1 names one persona more than the %2 a map can have, so it was left out.",
    ),
    "limit:card": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Line %1 names one card more than the %2 a project can have, so it was left out.",
    ),
    # line
    "orphan:stage_goal": QT_TRANSLATE_NOOP(
        "SpreadsheetText", "Line %1 gives a stage goal but no stage, so it was left out."
    ),
    "orphan:stage_description": QT_TRANSLATE_NOOP(
        "SpreadsheetText", "Line %1 gives a stage description but no stage, so it was left out."
    ),
    "orphan:score": QT_TRANSLATE_NOOP(
        "SpreadsheetText", "Line %1 gives a score but no stage, so it was left out."
    ),
    "orphan:lane_colour": QT_TRANSLATE_NOOP(
        "SpreadsheetText", "Line %1 gives a lane colour but no lane, so it was left out."
    ),
    # line, stage, the first line
    "second_score": QT_TRANSLATE_NOOP(
        "SpreadsheetText", "Line %1 gives stage %2 a second score; it replaces the one of line %3."
    ),
    # line, tags, the limit, those left out
    "tags": QT_TRANSLATE_NOOP(
        "SpreadsheetText", "Line %1: the card has %2 tags; only the first %3 were kept, not %4."
    ),
    # lane, line
    "divider": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Lane %1 is a divider line, which cannot hold cards, yet line %2 puts a card in it; it "
        "was made a card lane.",
    ),
    # map, how many cards, line
    "unplaced:stage": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "In map %1, cards that name no stage (%2, the first on line %3) were put in a stage "
        "without a title.",
    ),
    "unplaced:lane": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "In map %1, cards that name no lane (%2, the first on line %3) were put in a lane "
        "without a title.",
    ),
    # map, persona
    "own_scores": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "In map %1, emotion scores without a persona were taken as those of %2, the map's first "
        "persona.",
    ),
    # how many rows, line
    "columns:lost": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Rows that are not cards (%1, the first on line %2) have values in columns JourneyDesk "
        "does not know; those were left out.",
    ),
    # line, the column names' line, the text
    "before_header": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Line %1 comes before the column names (line %2), so it was left out: %3.",
    ),
    "empty": QT_TRANSLATE_NOOP(
        "SpreadsheetText", "The file has column names but no rows, so the project is empty."
    ),
    # persona
    "off_map": QT_TRANSLATE_NOOP("SpreadsheetText", "Persona %1 is on no map, so it was left out."),
    # the name, as written
    "renamed:persona": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Persona %1 is written as %2, so that a spreadsheet can tell it apart.",
    ),
    "renamed:map": QT_TRANSLATE_NOOP(
        "SpreadsheetText", "Map %1 is written as %2, so that a spreadsheet can tell it apart."
    ),
    # persona, its details
    "persona": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "A spreadsheet keeps persona %1 only by name, with its emotion scores; its %2 were left "
        "out.",
    ),
    # map
    "map_text:scenario": QT_TRANSLATE_NOOP(
        "SpreadsheetText", "The scenario of map %1 was left out."
    ),
    "map_text:notes": QT_TRANSLATE_NOOP("SpreadsheetText", "The notes of map %1 were left out."),
    "map_text:both": QT_TRANSLATE_NOOP(
        "SpreadsheetText", "The scenario and notes of map %1 were left out."
    ),
    # map, how many rounds
    "rounds": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "The dot-voting rounds of map %1 (%2) were left out (each card's votes are kept).",
    ),
    "links": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "Map %1 is a future state; its links to the current state it was made from were left "
        "out (its stages, lanes and cards are kept).",
    ),
    # map, how many cells, the first
    "formulas": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "In map %1, cells that begin with =, +, - or @ (%2, the first: %3) may be taken for "
        "formulas by a spreadsheet program; check them there before saving the file again.",
    ),
    # card
    "tag_split": QT_TRANSLATE_NOOP(
        "SpreadsheetText",
        "The tags of card %1 hold semicolons, spaces at an end or empty tags; read back from a "
        "spreadsheet, they will be split and trimmed.",
    ),
    "no_maps": QT_TRANSLATE_NOOP(
        "SpreadsheetText", "The project has no maps, so the file has only its column names."
    ),
    # the title
    "project:title": QT_TRANSLATE_NOOP("SpreadsheetText", "The project's title %1 was left out."),
    "project:description": QT_TRANSLATE_NOOP(
        "SpreadsheetText", "The project's description was left out."
    ),
}
#: What a note says an over-long text was, by the place it was cut in.
CUT_WHAT = {
    "stage title": QT_TRANSLATE_NOOP("SpreadsheetText", "the stage's title"),
    "lane title": QT_TRANSLATE_NOOP("SpreadsheetText", "the lane's title"),
    "map title": QT_TRANSLATE_NOOP("SpreadsheetText", "the map's title"),
    "persona name": QT_TRANSLATE_NOOP("SpreadsheetText", "the persona's name"),
    "stage goal": QT_TRANSLATE_NOOP("SpreadsheetText", "the stage's goal"),
    "stage description": QT_TRANSLATE_NOOP("SpreadsheetText", "the stage's description"),
    "tag": QT_TRANSLATE_NOOP("SpreadsheetText", "a tag"),
    "card text": QT_TRANSLATE_NOOP("SpreadsheetText", "the card's text"),
    "card owner": QT_TRANSLATE_NOOP("SpreadsheetText", "the card's owner"),
    "card notes": QT_TRANSLATE_NOOP("SpreadsheetText", "the card's notes"),
}
#: A stage's or lane's attributes as a note names them.
ATTRIBUTES = {
    "title": QT_TRANSLATE_NOOP("SpreadsheetText", "title"),
    "goal": QT_TRANSLATE_NOOP("SpreadsheetText", "goal"),
    "description": QT_TRANSLATE_NOOP("SpreadsheetText", "description"),
    "kind": QT_TRANSLATE_NOOP("SpreadsheetText", "kind"),
    "colour": QT_TRANSLATE_NOOP("SpreadsheetText", "colour"),
}


def _norm(name: str) -> str:
    return re.sub(r"[\s_\-\ufeff]+", "", name.casefold()).replace("color", "colour")


_HEADER_KEYS = {_norm(header): key for key, header in HEADERS.items()} | _SYNONYMS


def _key(title: str) -> str:
    """Titles that are the same to a facilitator: case and spacing ignored."""
    return " ".join(title.split()).casefold()


def _q(text: str) -> str:
    return arg(SpreadsheetText.tr("'%1'", "a name quoted"), short_label(text))


class _Notes:
    """Sentences for the report; after a few of one kind, the rest are only counted."""

    def __init__(self) -> None:
        self.sentences: list[str] = []
        self.counts: dict[str, int] = {}

    def add(self, kind: str, *values: object) -> None:
        """Add the sentence of ``kind`` (a key of ``_SAY``) with ``values`` as %1, %2, ...."""
        self.add_sentence(kind, lambda: arg(SpreadsheetText.tr(_SAY[kind]), *values))

    def add_sentence(self, kind: str, sentence: Callable[[], str]) -> None:
        """Add a sentence made by the caller (one with plural forms), counted as ``kind``."""
        kind = kind.partition(":")[0]
        count = self.counts[kind] = self.counts.get(kind, 0) + 1
        if count <= _MAX_SIMILAR:
            self.sentences.append(sentence())

    def done(self) -> tuple[str, ...]:
        extra = [
            arg(
                SpreadsheetText.tr("%1: %n more, handled the same way.", "", count - _MAX_SIMILAR),
                SpreadsheetText.tr(_SUMMARIES[kind]),
            )
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
