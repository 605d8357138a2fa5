"""Ptolemy's OpenJourney files (.ojf), read and written.

data/peers/passport-renewal.ojf was written by hand from the published specification,
andywestley/ptolemy-journey-mapper ``OJF_SPEC.md``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from journeydesk.convert import openjourney
from journeydesk.convert.base import ConvertError
from journeydesk.model.project import (
    MAX_TEXT,
    Lane,
    LaneKind,
    Persona,
    Project,
    Stage,
)
from tests.convert.helpers import project_content
from tests.convert.test_peers import PEERS, _cells, _lane, _map, _scores

PASSPORT = PEERS / "passport-renewal.ojf"


def test_an_openjourney_file_lands_in_stages_lanes_and_cards() -> None:
    imported = openjourney.read(PASSPORT.read_bytes())
    project = imported.project
    (journey,) = project.journeys
    assert project.title == journey.title == "Renewing a passport — Pasaporte"
    assert journey.scenario == "Renewing an expired passport two weeks before a trip"
    assert [(p.name, p.role) for p in project.personas] == [("Lucía, frequent traveller", "")]
    assert journey.persona_ids == [project.personas[0].id]
    assert [s.title for s in journey.stages] == [
        "Apply online",
        "Appointment 📅",
        "Wait",
        "Collect",
    ]
    assert [(lane.title, lane.kind, lane.colour) for lane in journey.lanes] == [
        ("User Actions", LaneKind.CARDS, "#fff3b0"),
        ("Pain Points", LaneKind.CARDS, "#ffc2d1"),
        ("Digital Touchpoints", LaneKind.CARDS, "#fff3b0"),
        ("Physical evidence", LaneKind.CARDS, "#fff3b0"),
        ("Frontstage", LaneKind.CARDS, "#ffd8b0"),
        ("Backstage", LaneKind.CARDS, "#dcdfe4"),
        ("Support processes", LaneKind.CARDS, "#e9e1d4"),
        ("Feelings", LaneKind.EMOTION, "#ffe8cc"),
    ]
    cells = _cells(journey)
    assert cells[("User Actions", "Apply online")] == [
        ("Fills in the form", ["Mobile", "Self-service", "score: +2"])
    ]
    assert cells[("Pain Points", "Apply online")] == [
        (
            "Photo rejected",
            [
                "Photo",
                "severity: high",
                "sentiment: frustrated",
                "purpose: pain-point",
                "score: -5",
            ],
        )
    ]
    assert cells[("Digital Touchpoints", "Apply online")] == [("gob.example portal", [])]
    assert cells[("User Actions", "Appointment 📅")] == [
        ("Books a slot", ["moment of truth", "score: -1"])
    ]
    assert cells[("Pain Points", "Collect")] == [
        ("Queue at the counter", ["severity: low", "score: -2"])
    ]
    by_text = {card.text: card for card in journey.cards}
    assert by_text["Photo rejected"].notes.startswith("The portal refuses a photo")
    assert by_text["gob.example portal"].notes == ""
    # The blueprint's entries, in the node's stage, with actor or system as the owner.
    clerk = by_text["Checks her ID and hands over the passport"]
    assert (clerk.owner, journey.stage(clerk.stage_id).title) == ("Clerk", "Collect")
    assert by_text["Marks the case as collected"].owner == "Case tracker"
    assert by_text["Collection slip"].tags == ["Physical"]
    # Means of node scores (-5..+5) times 0.4, rounded; the appointment's override wins.
    assert _scores(journey) == [-1, -2, 0, 1]
    assert imported.notes == (
        "1 node had an icon, which JourneyDesk does not show; left out: 'Photo rejected'.",
    )


def test_an_openjourney_file_with_metadata_and_odd_nodes_is_read() -> None:
    doc = {
        "metadata": {"title": "Clinic", "persona": "Returning patient", "pov": "Check-up"},
        "stages": [{"id": "s1", "name": "Check-in"}],
        "swimlanes": [{"id": "l1", "name": "Patient"}],
        "nodes": [
            {"stageId": "s1", "swimlaneId": "l1", "title": "T" * (MAX_TEXT + 1)},
            {"stageId": "s9", "swimlaneId": "l1", "title": "Lost", "score": "high"},
            {
                "stageId": "s1",
                "swimlaneId": "l1",
                "title": "Tagged",
                "tags": ["x"] * 250,
                "owner": "Kim",
            },
            "not a node",
        ],
    }
    imported = openjourney.read(json.dumps(doc).encode())
    journey = imported.project.journeys[0]
    assert (journey.title, journey.scenario) == ("Clinic", "Check-up")
    assert imported.project.personas[0].name == "Returning patient"
    assert [s.title for s in journey.stages] == ["Check-in", "s9"]
    assert [len(card.text) for card in journey.cards] == [MAX_TEXT, 4, 6]
    assert len(journey.cards[2].tags) == 200 and journey.emotions == {}
    notes = " ".join(imported.notes)
    for expected in (
        "Some nodes name a stage (id 's9') that the file does not list",
        "Node 'Tagged' has 250 tags; the first 200 were kept",
        "Node 4 is not an object of fields",
        "1 node had a score that is not a number, left out: 'Lost'",
        "1 text longer than JourneyDesk allows, cut short",
        "1 node had fields the OpenJourney specification does not list; left out: 'Tagged' (owner)",
    ):
        assert expected in notes, expected


def test_an_openjourney_file_goes_out_as_it_came_in() -> None:
    original = json.loads(PASSPORT.read_text(encoding="utf-8"))
    exported = openjourney.write(openjourney.read(PASSPORT.read_bytes()).project)
    written = json.loads(exported.data)
    for key in ("version", "title", "persona", "pointOfView"):
        assert written[key] == original[key]
    assert [s["name"] for s in written["stages"]] == [s["name"] for s in original["stages"]]
    # Ptolemy's own curve (the mean of node scores) gives the map's scores but for the
    # appointment, whose override is kept as the map's score (-2) times 2.5.
    assert [s.get("overrideEmotion") for s in written["stages"]] == [None, -5, None, None]
    lanes = {lane["id"]: lane["name"] for lane in written["swimlanes"]}
    stages = {stage["id"]: stage["name"] for stage in written["stages"]}
    first_lanes = [lane["name"] for lane in original["swimlanes"]]

    def nodes(doc: dict[str, Any], stages: dict[str, str], lanes: dict[str, str]) -> list[Any]:
        fields = ("title", "severity", "sentiment", "purpose", "isMomentOfTruth", "tags")
        return sorted(
            (
                stages[n["stageId"]],
                lanes[n["swimlaneId"]],
                n.get("description", ""),
                _number(n.get("score")),
                *(json.dumps(n.get(f) or None) for f in fields),
            )
            for n in doc["nodes"]
            if lanes[n["swimlaneId"]] in first_lanes
        )

    original_stages = {stage["id"]: stage["name"] for stage in original["stages"]}
    original_lanes = {lane["id"]: lane["name"] for lane in original["swimlanes"]}
    assert nodes(written, stages, lanes) == nodes(original, original_stages, original_lanes)
    assert all(node["id"].startswith("n-") for node in written["nodes"])
    # The blueprint came back as swimlanes; what a node cannot hold is said.
    assert [lane["name"] for lane in written["swimlanes"]][3:] == [
        "Physical evidence",
        "Frontstage",
        "Backstage",
        "Support processes",
    ]
    assert exported.notes == (
        "3 cards had an owner, which OpenJourney cannot hold; left out: 'Checks her ID and "
        "hands over the passport', 'Ships passports to the office', 'Marks the case as "
        "collected'.",
    )


def _number(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def test_a_map_goes_to_openjourney_and_back_unchanged() -> None:
    stages = [Stage(title="Arrive"), Stage(title="Order 🍕"), Stage(title="Pay")]
    lanes = [_lane("Actions"), _lane("Pain points"), _lane("Feelings", emotion=True)]
    journey = _map(
        lanes,
        stages,
        [
            (0, 0, {"text": "Finds a table", "notes": "Busy at noon", "tags": ["Lunch"]}),
            (0, 0, {"text": "Reads the menu\nslowly", "tags": ["score: +2"]}),
            (1, 1, {"text": "Waiter ignores her", "tags": ["severity: high", "score: -4"]}),
            (0, 1, {"text": "Orders", "tags": ["sentiment: hopeful", "moment of truth"]}),
            (0, 2, {"text": "Pays by card", "tags": ["purpose: milestone", "score: +1.5"]}),
        ],
    )
    # Arrive agrees with its node's score (+2 -> +1); Order does not (-4 -> -2); Pay has no
    # score although a node has one.
    journey.emotions = {stages[0].id: 1, stages[1].id: -1}
    journey.scenario = "Lunch on a weekday"
    persona = Persona(name="Eva")
    journey.persona_ids = [persona.id]
    project = Project(title="Café", description="Our pilot", personas=[persona], journeys=[journey])
    exported = openjourney.write(project)
    assert exported.notes == ()
    written = json.loads(exported.data)
    assert [s.get("overrideEmotion") for s in written["stages"]] == [None, -3, None]
    back = openjourney.read(exported.data)
    assert back.notes == ()
    journey.emotions[stages[2].id] = 1  # Ptolemy's curve gives Pay +1.5 * 0.4, rounded
    assert project_content(back.project) == project_content(project)
    assert back.project.description == "Our pilot"
    assert [p.name for p in back.project.personas] == ["Eva"]


def test_writing_openjourney_says_what_it_cannot_hold() -> None:
    stages = [Stage(title="Before", description="Weeks ahead")]
    lanes = [
        Lane(title="Actions"),
        Lane(title="Line of visibility", kind=LaneKind.DIVIDER),
        Lane(title="Feelings", kind=LaneKind.EMOTION),
    ]
    journey = _map(
        lanes,
        stages,
        [
            (0, 0, {"text": "Plans", "votes": 2, "owner": "Jo", "colour": "#00ff00"}),
            (2, 0, {"text": "Excited"}),
        ],
    )
    persona = Persona(name="Jo", role="Parent", age=41)
    journey.persona_ids = [persona.id]
    project = Project(personas=[persona], journeys=[journey])
    exported = openjourney.write(project)
    notes = " ".join(exported.notes)
    for expected in (
        "OpenJourney keeps a persona's name only; the role and age of persona 'Jo' were left out",
        "Lane 'Feelings' draws the emotion curve; in OpenJourney it is an ordinary swimlane",
        "OpenJourney has no divider lines; 'Line of visibility' was left out",
        "1 card had votes",
        "1 card had an owner",
        "1 card had a colour of its own",
        "1 stage had a description or goal",
    ):
        assert expected in notes, expected
    written = json.loads(exported.data)
    assert [lane["name"] for lane in written["swimlanes"]] == ["Actions", "Feelings"]
    assert [node["title"] for node in written["nodes"]] == ["Plans", "Excited"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"stages": [', "The file is not valid JSON, so it is not an OpenJourney map: "),
        (b"\xff\xfe{}", "The file is not UTF-8 text (byte 0 is not valid UTF-8)"),
        (b"", "The file is not valid JSON"),
        (b'{"title": "No map"}', "it has no stages, swimlanes or nodes"),
        (b"[1, 2]", "it has no stages, swimlanes or nodes"),
        (b"[" * 200_000 + b"]" * 200_000, "nests its data far deeper than a journey map"),
    ],
    ids=["truncated", "utf-16", "empty", "no-map", "a-list", "deep"],
)
def test_unreadable_openjourney_is_refused_with_a_sentence(data: bytes, expected: str) -> None:
    with pytest.raises(ConvertError) as error:
        openjourney.read(data)
    message = str(error.value)
    assert expected in message
    assert message[0].isupper() and message.endswith(".") and "\n" not in message


def test_a_json_syntax_error_names_its_line() -> None:
    with pytest.raises(ConvertError, match=r"at line 2, column \d+\.$"):
        openjourney.read(b'{"stages": [],\n "nodes": [}\n')
