"""CSV and TSV written and read back: the bytes, real and random projects, export reports."""

from __future__ import annotations

import codecs
import csv
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesk.convert.spreadsheet import (
    COLUMNS,
    FORMATS,
    read_csv,
    read_tsv,
    write_csv,
    write_tsv,
)
from journeydesk.convert.spreadsheet_columns import _join_tags, _split_tags
from journeydesk.model.project import (
    Card,
    Journey,
    JourneyState,
    Lane,
    LaneKind,
    Persona,
    Project,
    Stage,
)
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import load_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.model.voting import VoteRound
from tests.convert.helpers import project_content
from tests.convert.spreadsheet_helpers import WAYS, Way, curves, only_journey, round_trip

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "eva-pizza.journey"


# ------------------------------------------------------------------------- formats, bytes


def test_formats_offer_csv_and_tsv_both_ways() -> None:
    assert [(f.key, f.extensions) for f in FORMATS] == [
        ("csv", (".csv",)),
        ("tsv", (".tsv", ".tab")),
    ]
    assert [(f.read, f.write) for f in FORMATS] == [(read_csv, write_csv), (read_tsv, write_tsv)]


def test_csv_is_utf8_with_bom_and_crlf_with_human_headers() -> None:
    data = write_csv(TEMPLATES["classic"].create_project("Café")).data
    assert data.startswith(codecs.BOM_UTF8)
    assert data.count(b"\r\n") == data.count(b"\n") > 10
    header = next(csv.reader([data[3:].decode("utf-8").split("\r\n")[0]]))
    assert tuple(header) == COLUMNS
    assert header[:4] == ["Journey", "State", "Stage", "Stage order"]


def test_tsv_has_no_bom_and_tab_separated_columns() -> None:
    data = write_tsv(TEMPLATES["classic"].create_project("Café")).data
    assert not data.startswith(codecs.BOM_UTF8)
    assert data.split(b"\r\n")[0].decode().split("\t") == list(COLUMNS)


# ---------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("way", WAYS, ids=["csv", "tsv"])
@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_template_survives_a_round_trip(key: str, way: Way) -> None:
    project = TEMPLATES[key].create_project(f"Workshop {key}")
    imported = round_trip(project, way)
    assert imported.notes == ()
    assert write_csv(project).notes == ()
    # Stages and lanes without cards came back, with goals, descriptions, kinds and colours.
    journey = only_journey(imported)
    assert [s.goal for s in journey.stages] == [s.goal for s in project.journeys[0].stages]
    assert [lane.kind for lane in journey.lanes] == [
        lane.kind for lane in project.journeys[0].lanes
    ]


def test_the_bundled_example_survives_a_round_trip() -> None:
    project = load_project(EXAMPLE)
    exported = write_csv(project)
    imported = round_trip(project)
    assert imported.notes == ()
    # The persona comes back by name and still owns the map's curve.
    journey = only_journey(imported)
    assert [p.name for p in imported.project.personas] == [p.name for p in project.personas]
    assert journey.persona_ids == [imported.project.personas[0].id]
    # What a spreadsheet cannot hold is reported, in sentences.
    assert any("persona 'Eva Moline' only by name" in note for note in exported.notes)
    assert any("The scenario and notes of map" in note for note in exported.notes)


def test_a_spreadsheet_program_sees_one_row_per_card_and_per_score() -> None:
    project = load_project(EXAMPLE)
    journey = project.journeys[0]
    rows = list(csv.DictReader(write_csv(project).data.decode("utf-8-sig").splitlines()))
    cards = [row for row in rows if row["Card order"]]
    scores = [row for row in rows if row["Score"]]
    assert len(cards) == len(journey.cards)
    assert [(row["Stage"], row["Persona"], row["Lane"]) for row in scores[:1]] == [
        (journey.stages[0].title, "Eva Moline", "Feelings")
    ]
    assert sorted(int(row["Score"]) for row in scores) == sorted(journey.emotions.values())
    first = next(c for c in journey.cards if c.tags)
    row = next(row for row in cards if row["Text"] == first.text)
    assert (row["Tags"], row["Votes"], row["Lane kind"]) == (
        "; ".join(first.tags),
        str(first.votes),
        "cards",
    )


def test_a_5000_card_project_converts_each_way_in_under_two_seconds() -> None:
    project = generate_project(stages=50, lanes=10, cards=5000, seed=1)
    start = time.perf_counter()
    exported = write_csv(project)
    written = time.perf_counter()
    imported = read_csv(exported.data)
    read = time.perf_counter()
    assert written - start < 2.0
    assert read - written < 2.0
    assert project_content(imported.project) == project_content(project)
    assert curves(imported.project) == curves(project)
    assert imported.project.card_count() == 5000


def tricky_project() -> Project:
    """Everything a spreadsheet finds awkward, in two maps of the same title."""
    eva, sam, kim = Persona(name="Eva"), Persona(name="Sam"), Persona(name="Kim")
    stages = [Stage(title="Arrive", goal="Find it"), Stage(title="Arrive"), Stage(title="")]
    lanes = [
        Lane(title="Doing", colour="#ABCDEF"),
        Lane(title="Doing"),
        Lane(title="Line", kind=LaneKind.DIVIDER, colour="#000000"),
        Lane(title="Feelings", kind=LaneKind.EMOTION),
        Lane(title="Empty lane"),
    ]
    s, la = [x.id for x in stages], [x.id for x in lanes]
    cards = [
        Card(lane_id=la[0], stage_id=s[0], order=5, text='He said "hi", then left\r\nand; ok'),
        Card(lane_id=la[0], stage_id=s[0], order=5, text="Tie in order, kept after"),
        Card(lane_id=la[0], stage_id=s[0], order=0, text="", colour="#fF00aa"),
        Card(lane_id=la[1], stage_id=s[1], text="Ünïcödé ✓ 🍕 עברית", tags=["a, b"], votes=7),
        Card(lane_id=la[1], stage_id=s[2], text="x", tags=["one", "two"], owner="Lena"),
        Card(lane_id=la[3], stage_id=s[2], text="A card in the emotion lane", notes="n\nm"),
    ]
    current = Journey(
        title="Visit",
        persona_ids=[kim.id, eva.id, sam.id],  # Kim has no scores but owns the main curve
        stages=stages,
        lanes=lanes,
        cards=cards,
        persona_emotions={eva.id: {s[0]: -2, s[2]: 2}, sam.id: {s[1]: 0}},
    )
    future = Journey(
        title="Visit",
        state=JourneyState.FUTURE,
        stages=[Stage(title="Only stage")],
        emotions={},
    )
    future.emotions = {future.stages[0].id: 1}
    untitled = Journey(title="")
    return Project(personas=[eva, sam, kim], journeys=[current, future, untitled])


@pytest.mark.parametrize("way", WAYS, ids=["csv", "tsv"])
def test_awkward_content_survives_a_round_trip(way: Way) -> None:
    project = tricky_project()
    imported = round_trip(project, way)
    assert imported.notes == ()
    current, future, untitled = imported.project.journeys
    assert [p.name for p in imported.project.personas] == ["Kim", "Eva", "Sam"]
    assert current.emotions == {}
    assert future.state is JourneyState.FUTURE
    assert untitled.title == ""
    assert [
        card.text for card in current.cards_in_cell(current.lanes[0].id, current.stages[0].id)
    ] == [
        "",
        'He said "hi", then left\r\nand; ok',
        "Tie in order, kept after",
    ]


def test_duplicate_names_are_written_apart_and_reported() -> None:
    first, second = Persona(name="Eva"), Persona(name="eva")
    maps = [Journey(title="Visit", persona_ids=[first.id, second.id]), Journey(title="VISIT")]
    exported = write_csv(Project(personas=[first, second], journeys=maps))
    imported = read_csv(exported.data)
    assert [j.title for j in imported.project.journeys] == ["Visit", "VISIT (2)"]
    assert [p.name for p in imported.project.personas] == ["Eva", "eva (2)"]
    assert "Map 'VISIT' is written as 'VISIT (2)', so that a spreadsheet can tell it apart." in (
        exported.notes
    )


def test_what_a_spreadsheet_cannot_hold_is_reported_on_export() -> None:
    current = Journey(title="Now", scenario="Friday night", vote_rounds=[])
    card_stage, card_lane = Stage(title="S"), Lane(title="L")
    current.stages, current.lanes = [card_stage], [card_lane]
    card = Card(lane_id=card_lane.id, stage_id=card_stage.id, text="=1+1", tags=["a;b"])
    current.cards = [card]
    current.vote_rounds = [VoteRound(participants=["Ann"])]
    future = Journey(title="Later", state=JourneyState.FUTURE, source_journey_id=current.id)
    lonely = Persona(name="Nobody's")
    project = Project(
        title="Other title", description="d", personas=[lonely], journeys=[current, future]
    )
    notes = write_csv(project).notes
    assert "Persona 'Nobody's' is on no map, so it was left out." in notes
    assert "The scenario of map 'Now' was left out." in notes
    assert any("dot-voting rounds of map 'Now' (1)" in note for note in notes)
    assert any(note.startswith("Map 'Later' is a future state") for note in notes)
    assert any("begin with =, +, - or @ (1 cell, the first: '=1+1')" in note for note in notes)
    assert any(note.startswith("The tags of card '=1+1'") for note in notes)
    assert "The project's title 'Other title' was left out." in notes
    assert "The project's description was left out." in notes
    # The formula-like text itself is written unchanged.
    assert read_csv(write_csv(project).data).project.journeys[0].cards[0].text == "=1+1"


def test_an_empty_project_writes_only_the_header_and_reads_back_empty() -> None:
    exported = write_csv(Project())
    assert exported.notes == ("The project has no maps, so the file has only its column names.",)
    imported = read_csv(exported.data)
    assert imported.project.journeys == []
    assert imported.notes == ("The file has column names but no rows, so the project is empty.",)


texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    card_texts=st.lists(texts, min_size=1, max_size=6),
    title=texts,
    owner=texts,
    tags=st.lists(st.text("abc ,;\"'\n", min_size=1, max_size=5), max_size=3),
    tsv=st.booleans(),
)
def test_any_text_survives_a_round_trip(
    card_texts: list[str], title: str, owner: str, tags: list[str], tsv: bool
) -> None:
    stage, lane = Stage(title=title, description=title), Lane(title=title)
    cards = [
        Card(lane_id=lane.id, stage_id=stage.id, order=i, text=t, notes=t, owner=owner)
        for i, t in enumerate(card_texts)
    ]
    cards[0].tags = tags
    journey = Journey(title=title, stages=[stage], lanes=[lane], cards=cards)
    project = Project(journeys=[journey])
    write, read = WAYS[tsv]
    back = read(write(project).data).project.journeys[0]
    assert [(c.text, c.notes, c.owner) for c in back.cards] == [
        (c.text, c.notes, c.owner) for c in cards
    ]
    assert (back.title, back.stages[0].title, back.stages[0].description) == (title,) * 3
    assert back.lanes[0].title == title
    assert back.cards[0].tags == _split_tags(_join_tags(tags))


# -------------------------------------------------------------- random maps, round trips

names = st.sampled_from(["A", "a", " A ", "", "B", "=x", "Ünï", "x, y", 'q"q']) | texts
colours = st.sampled_from(["#ffe58f", "#ABCDEF", "#000000"])


@st.composite
def random_maps(draw: st.DrawFn) -> Project:
    """A project of random maps: repeated titles, every lane kind, personas, scores."""
    personas = [Persona(name=n) for n in draw(st.lists(st.sampled_from("PQRS"), unique=True))]
    journeys = []
    for number in range(draw(st.integers(1, 3))):
        stages = [
            Stage(title=draw(names), goal=draw(names)) for _ in range(draw(st.integers(0, 4)))
        ]
        lanes = [
            Lane(title=draw(names), kind=draw(st.sampled_from(LaneKind)), colour=draw(colours))
            for _ in range(draw(st.integers(0, 4)))
        ]
        holders = [lane for lane in lanes if lane.kind is not LaneKind.DIVIDER]
        cards = []
        if stages and holders:
            # Each text unique: helpers.journey_content sorts cards by their fields, and a tie
            # on order and text would compare a colour with None.
            for i in range(draw(st.integers(0, 8))):
                cards.append(
                    Card(
                        lane_id=draw(st.sampled_from(holders)).id,
                        stage_id=draw(st.sampled_from(stages)).id,
                        order=draw(st.integers(0, 3)),
                        text=f"{draw(names)} {i}",
                        colour=draw(st.none() | colours),
                        votes=draw(st.integers(0, 5)),
                    )
                )
        named = draw(st.permutations(personas))[: draw(st.integers(0, len(personas)))]
        score = st.integers(-2, 2)
        journey = Journey(
            title=f"Map {number}",
            state=draw(st.sampled_from(JourneyState)),
            persona_ids=[p.id for p in named],
            stages=stages,
            lanes=lanes,
            cards=cards,
            emotions={s.id: draw(score) for s in stages if draw(st.booleans())},
            persona_emotions={
                p.id: {s.id: draw(score) for s in stages if draw(st.booleans())} for p in named[1:]
            },
        )
        journeys.append(journey)
    return Project(personas=personas, journeys=journeys)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=random_maps(), tsv=st.booleans())
def test_random_maps_survive_a_round_trip(project: Project, tsv: bool) -> None:
    imported = round_trip(project, WAYS[tsv])
    assert imported.notes == ()
    for back, journey in zip(imported.project.journeys, project.journeys, strict=True):
        assert len(back.persona_ids) == len(journey.persona_ids)
