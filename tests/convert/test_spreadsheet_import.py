"""CSV and TSV imports of hand-made files: columns, encodings, delimiters, odd rows."""

from __future__ import annotations

import codecs
from collections.abc import Callable

import pytest

from journeydesk.convert.base import ConvertError
from journeydesk.convert.spreadsheet import DEFAULT_JOURNEY_TITLE, read_csv, read_tsv
from journeydesk.i18n import number
from journeydesk.model.project import JourneyState, LaneKind
from journeydesk.model.templates import LANE_COLOURS
from tests.convert.spreadsheet_helpers import by_line, only_journey, read_text

# ------------------------------------------------------------------------ forgiving import


def test_columns_in_any_order_with_loose_header_spelling() -> None:
    imported = read_text(
        "text,LANE,stage_order,Stage,card order,COLOR,Lane Kind,journey,tags,Votes\n"
        "Waits at the door,Actions,2,Arrival,1,#ffe58f,cards,Dinner,slow;staff,3\n"
        'Sees the sign,Actions,1,Arrive,0,,,Dinner,"signage, outside",\n'
        "Queue,Actions,2,Arrival,0,fff,,Dinner,,0\n"
    )
    journey = only_journey(imported)
    assert imported.notes == ()
    assert journey.title == "Dinner"
    assert [s.title for s in journey.stages] == ["Arrive", "Arrival"]  # by stage order
    cell = journey.cards_in_cell(journey.lanes[0].id, journey.stages[1].id)
    assert [(c.text, c.colour, c.tags, c.votes) for c in cell] == [
        ("Queue", "#ffffff", [], 0),
        ("Waits at the door", "#ffe58f", ["slow", "staff"], 3),
    ]
    first = journey.cards_in_cell(journey.lanes[0].id, journey.stages[0].id)[0]
    assert first.tags == ["signage", "outside"]  # no semicolon: split at commas


def test_missing_columns_are_defaulted() -> None:
    imported = read_text("Text\nFirst idea\nSecond idea\n\n")
    journey = only_journey(imported)
    assert journey.title == DEFAULT_JOURNEY_TITLE
    assert imported.project.title == DEFAULT_JOURNEY_TITLE
    assert [(s.title, lane.title) for s in journey.stages for lane in journey.lanes] == [("", "")]
    assert [c.text for c in journey.cards_in_cell(journey.lanes[0].id, journey.stages[0].id)] == [
        "First idea",
        "Second idea",
    ]
    assert journey.lanes[0].colour == "#fff3b0"
    assert imported.notes == (
        f"In map '{DEFAULT_JOURNEY_TITLE}', cards that name no stage (2 cards, the first on "
        "line 2) were put in a stage without a title.",
        f"In map '{DEFAULT_JOURNEY_TITLE}', cards that name no lane (2 cards, the first on "
        "line 2) were put in a lane without a title.",
    )


def test_stages_and_lanes_are_created_on_first_mention_and_markers_make_no_cards() -> None:
    imported = read_text(
        "Stage,Lane,Text,Card order\n"
        "Before,,,\n"  # a stage with no cards
        ",Pain points,,\n"  # a lane with no cards
        "During,Actions,,\n"  # both, still no card
        "during,actions,,0\n"  # a card without text: it has an order
        "After,Actions,Leaves,\n"
    )
    journey = only_journey(imported)
    assert [s.title for s in journey.stages] == ["Before", "During", "After"]
    assert [lane.title for lane in journey.lanes] == ["Pain points", "Actions"]
    familiar = [LANE_COLOURS["Pain points"], LANE_COLOURS["Actions"]]
    assert [lane.colour for lane in journey.lanes] == familiar
    assert [c.text for c in journey.cards] == ["", "Leaves"]
    assert imported.notes == ()


def test_bad_values_are_reported_by_physical_line_and_defaulted() -> None:
    imported = read_text(
        "Stage,Lane,Lane kind,Text,Votes,Colour,Card order,State\n"
        'One,Actions,cards,"A text over\nthree\nlines",three,#12345,x,\n'  # lines 2-4
        "One,Odd,sideways,Fine,-1,red,,someday\n"  # line 5
        "One,Actions,,Ok,2.0,#ABC,+3,Current State\n"  # line 6
    )
    journey = only_journey(imported)
    notes = imported.notes
    assert by_line(notes, 2) == [
        "Line 2: 'x' in the Card order column is not a whole number from 0 to "
        f"{number(1_000_000)}, so it was ignored.",
        "Line 2: '#12345' in the Colour column is not a colour such as #ffe58f, so it was ignored.",
        "Line 2: 'three' in the Votes column is not a whole number from 0 to "
        f"{number(100_000)}, so it was ignored.",
    ]
    assert [note.split(" column")[0] for note in by_line(notes, 5)] == [
        "Line 5: 'someday' in the State",
        "Line 5: 'sideways' in the Lane kind",
        "Line 5: 'red' in the Colour",
        "Line 5: '-1' in the Votes",
    ]
    assert by_line(notes, 6) == []
    assert [(c.text, c.votes, c.colour, c.order) for c in journey.cards] == [
        ("A text over\nthree\nlines", 0, None, 0),
        ("Fine", 0, None, 0),
        ("Ok", 2, "#AABBCC", 3),
    ]
    assert journey.lanes[1].kind is LaneKind.CARDS
    assert journey.state is JourneyState.CURRENT


@pytest.mark.parametrize(
    ("encode", "ending"),
    [
        (lambda t: codecs.BOM_UTF8 + t.encode(), "\r\n"),
        (lambda t: t.encode(), "\n"),
        (lambda t: t.encode(), "\r"),
        (lambda t: t.encode("utf-16"), "\r\n"),  # Excel's "Unicode text" (with a BOM)
    ],
    ids=["utf8-bom-crlf", "utf8-lf", "utf8-cr", "utf16-crlf"],
)
def test_boms_encodings_and_line_ends(encode: Callable[[str], bytes], ending: str) -> None:
    lines = ["Stage;Lane;Text;Votes", 'Ankunft;Aktionen;"Grüße; 1,5 €\nzweite Zeile";2', "x;y;z;"]
    imported = read_csv(encode(ending.join(lines) + ending))
    journey = only_journey(imported)
    assert [c.text for c in journey.cards] == ["Grüße; 1,5 €\nzweite Zeile", "z"]
    assert journey.cards[0].votes == 2
    assert imported.notes == ()


def test_a_windows_1252_file_is_read_with_a_note() -> None:
    imported = read_csv("Stage,Text\nCafé,Crème brûlée\n".encode("cp1252"))
    assert only_journey(imported).cards[0].text == "Crème brûlée"
    assert imported.notes[0].startswith("The file is not in UTF-8, so it was read as Windows-1252")


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ("Stage;Lane;Text\nA;B;one, two\n", ["one, two"]),  # semicolons (European Excel)
        ("Stage\tLane\tText\nA\tB\tone; two, three\n", ["one; two, three"]),  # tabs in a .csv
        ("sep=;\nStage;Lane;Text\nA;B;x,y\n", ["x,y"]),  # Excel's delimiter line
        ('Stage,Lane,Text\nA,B,"x;y"\n', ["x;y"]),
    ],
)
def test_the_delimiter_is_sniffed_from_the_header(text: str, texts: list[str]) -> None:
    imported = read_text(text)
    assert [c.text for c in only_journey(imported).cards] == texts
    assert imported.notes == ()


def test_tsv_reader_reads_tabs_and_a_semicolon_file_too() -> None:
    tabs = read_tsv(b"Stage\tLane\tText\nA\tB\tx, y; z\n")
    assert [c.text for c in only_journey(tabs).cards] == ["x, y; z"]
    assert [c.text for c in only_journey(read_tsv(b"Stage;Lane;Text\nA;B;x\n")).cards] == ["x"]


def test_line_numbers_count_the_sep_line_and_quoted_line_breaks() -> None:
    imported = read_text('sep=,\nStage,Lane,Text,Votes\nA,B,"one\ntwo",1\nA,B,x,many\n')
    assert imported.notes == (
        "Line 5: 'many' in the Votes column is not a whole number from 0 to "
        f"{number(100_000)}, so it was ignored.",
    )


def test_unknown_columns_go_to_the_cards_notes() -> None:
    imported = read_text(
        "Stage,Lane,Text,Priority,Notes,,Source\n"
        "A,L,Slow queue,high,Seen twice,,interview 3\n"
        "B,L,,,,,only here\n"  # a marker row: its unknown value cannot go anywhere
        "A,L,Extra cells,,,,,beyond\n"
    )
    journey = only_journey(imported)
    assert [c.notes for c in journey.cards] == [
        "Seen twice\nPriority: high\nSource: interview 3",
        "column 8: beyond",
    ]
    assert imported.notes == (
        "JourneyDesk cards have no columns 'Priority', 'Source' and 'column 8'; their values "
        "were added to each card's notes.",
        "Rows that are not cards (1 row, the first on line 3) have values in columns "
        "JourneyDesk does not know; those were left out.",
    )


def test_a_title_row_above_the_header_is_skipped_and_reported() -> None:
    imported = read_text("Workshop export,,\n,,\nStage,Lane,Text\nA,B,x\n")
    assert [c.text for c in only_journey(imported).cards] == ["x"]
    assert imported.notes == (
        "Line 1 comes before the column names (line 3), so it was left out: 'Workshop export'.",
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty: it has neither column names nor rows."),
        (b"\xef\xbb\xbf\r\n,,\r\n", "The file is empty: it has neither column names nor rows."),
        (
            b"\n\nfoo,bar\n1,2\n",
            "Line 3 should name the columns (such as Stage, Lane and Text), but none of its "
            "cells is a column JourneyDesk knows, so nothing was imported.",
        ),
    ],
)
def test_a_file_without_columns_cannot_be_imported(data: bytes, message: str) -> None:
    with pytest.raises(ConvertError) as caught:
        read_csv(data)
    assert str(caught.value) == message


def test_headers_accept_synonyms_and_a_repeated_column_goes_to_the_notes() -> None:
    imported = read_text("Phase,Swimlane,Card,Color,Card text\nA,B,Hello,#00FF00,again\n")
    journey = only_journey(imported)
    assert (journey.stages[0].title, journey.lanes[0].title) == ("A", "B")
    assert [(c.text, c.colour, c.notes) for c in journey.cards] == [
        ("Hello", "#00FF00", "Card text: again")
    ]
    assert imported.notes == (
        "JourneyDesk cards have no column 'Card text'; their values were added to each card's "
        "notes.",
    )


def test_a_damaged_utf8_file_keeps_what_it_can_read() -> None:
    imported = read_csv(codecs.BOM_UTF8 + b"Stage,Text\nS,caf\xe9 ok\n")
    assert only_journey(imported).cards[0].text == "caf\N{REPLACEMENT CHARACTER} ok"
    assert imported.notes[0] == (
        "Some bytes of the file are not valid UTF-8; each was replaced by the sign "
        "\N{REPLACEMENT CHARACTER}."
    )
