"""Enablement Map Studio's YAML files (kind: cjm), read and written.

data/peers/cafe-onboarding.yaml was written by hand from the published schema,
suwa-sh/enablement-map-studio ``packages/dsl/src/schemas/cjm.json``.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
import yaml

from journeydesk.convert import enablement_map
from journeydesk.convert.base import ConvertError
from journeydesk.i18n import number
from journeydesk.model.project import (
    MAX_CARDS,
    MAX_SHORT_TEXT,
    MAX_TEXT,
    Journey,
    JourneyState,
    Lane,
    LaneKind,
    Persona,
    Project,
    Stage,
)
from tests.convert.helpers import project_content
from tests.convert.test_peers import PEERS, _cells, _cjm_lanes, _map, _scores

CAFE = PEERS / "cafe-onboarding.yaml"


def test_an_enablement_map_file_lands_in_stages_lanes_and_cards() -> None:
    imported = enablement_map.read(CAFE.read_bytes())
    project = imported.project
    (journey,) = project.journeys
    assert journey.title == "café-onboarding"
    assert [s.title for s in journey.stages] == [
        "Discover",
        "サインアップ",
        "First sale ☕",
        "Review",
    ]
    assert [(lane.title, lane.kind) for lane in journey.lanes] == [
        ("Actions", LaneKind.CARDS),
        ("Touchpoints", LaneKind.CARDS),
        ("Thinking", LaneKind.CARDS),
        ("Feelings", LaneKind.EMOTION),
    ]
    cells = _cells(journey)
    # One action in a phase: no grouping tags, the stage's score is the action's.
    assert cells[("Actions", "Discover")] == [("Sees an ad on Instagram", [])]
    assert cells[("Touchpoints", "Discover")] == [("Instagram", [])]
    assert cells[("Thinking", "Discover")] == [("Looks simple: could it work for me?", [])]
    # Three actions in one phase (not next to each other in the file): tags keep the grouping.
    assert cells[("Actions", "サインアップ")] == [
        ("Creates an account", ["emotion: -2"]),
        ("Imports the menu", ["emotion: -1"]),
        ("Asks for help in the chat", ["emotion: 0"]),
    ]
    assert cells[("Touchpoints", "サインアップ")] == [
        ("Sign-up form", ["action: Creates an account"]),
        ("Confirmation e-mail", ["action: Creates an account"]),
        ("CSV import", ["action: Imports the menu"]),
    ]
    assert cells[("Thinking", "サインアップ")] == [
        ("確認メールが届かない…", ["action: Creates an account"]),
        ("Relieved that someone answers within minutes", ["action: Asks for help in the chat"]),
        ("Wonders whether it costs extra", ["action: Asks for help in the chat"]),
    ]
    # Missing touchpoints and thoughts are no cards; a phase without actions has no score.
    assert cells[("Actions", "First sale ☕")] == [("Rings up the first latte", [])]
    assert ("Touchpoints", "First sale ☕") not in cells and ("Actions", "Review") not in cells
    assert _scores(journey) == [1, -1, 2, None]
    (persona,) = project.personas
    assert persona.name == "Aiko Tanaka (田中 愛子)"
    assert persona.role.startswith("Runs a small café in Ōsaka") and "lunch rushes." in persona.role
    assert journey.persona_ids == [persona.id]
    assert imported.notes == (
        "1 other document in the file, which JourneyDesk does not import: "
        "a service blueprint (kind: sbp).",
    )


def test_a_phase_score_is_the_mean_of_its_actions_rounded_half_away_from_zero() -> None:
    data = b"""kind: cjm
version: '1.0'
id: cjm:rounding
phases: [{id: 'cjm:phase:up', name: Up}, {id: 'cjm:phase:down', name: Down}]
actions:
  - {id: 'cjm:action:a', name: A, phase: 'cjm:phase:up', emotion_score: 1}
  - {id: 'cjm:action:b', name: B, phase: 'cjm:phase:up', emotion_score: 2}
  - {id: 'cjm:action:c', name: C, phase: 'cjm:phase:down', emotion_score: -1}
  - {id: 'cjm:action:d', name: D, phase: 'cjm:phase:down', emotion_score: -2}
"""
    imported = enablement_map.read(data)
    assert _scores(imported.project.journeys[0]) == [2, -2]
    assert imported.project.personas == [] and imported.notes == ()


def test_an_enablement_map_file_goes_out_as_it_came_in() -> None:
    original = yaml.safe_load_all(CAFE.read_text(encoding="utf-8"))
    cjm = next(doc for doc in original if doc["kind"] == "cjm")
    exported = enablement_map.write(enablement_map.read(CAFE.read_bytes()).project)
    assert exported.notes == ()
    written = yaml.safe_load(exported.data.decode("utf-8"))
    assert written["kind"] == "cjm" and written["version"] == "1.0"
    assert written["id"] == cjm["id"] and written["persona"] == cjm["persona"]
    assert all(p["id"].startswith("cjm:phase:") for p in written["phases"])
    phase_names = {p["id"]: p["name"] for p in cjm["phases"]}
    written_names = {p["id"]: p["name"] for p in written["phases"]}

    def actions(doc: dict[str, Any], names: dict[str, str]) -> list[tuple[Any, ...]]:
        order = list(names.values())
        rows = [
            (
                names[a["phase"]],
                a["name"],
                a.get("touchpoints", []),
                a.get("thoughts_feelings", []),
                a["emotion_score"],
            )
            for a in doc["actions"]
        ]
        return sorted(rows, key=lambda row: order.index(row[0]))  # stable: file order kept

    assert actions(written, written_names) == actions(cjm, phase_names)
    assert [p["name"] for p in written["phases"]] == [p["name"] for p in cjm["phases"]]


def test_a_map_goes_to_an_enablement_map_and_back_unchanged() -> None:
    stages = [Stage(title="Aware"), Stage(title="Sign up"), Stage(title="Use")]
    lanes = _cjm_lanes()
    journey = _map(
        lanes,
        stages,
        [
            (0, 0, {"text": "Hears of it from a friend"}),
            (2, 0, {"text": "Sounds too good to be true"}),
            (0, 1, {"text": "Fills in the form", "tags": ["emotion: -1"]}),
            (0, 1, {"text": "Pays", "tags": ["emotion: +2"]}),
            (1, 1, {"text": "Web form", "tags": ["action: Fills in the form"]}),
            (1, 1, {"text": "Card terminal\nat the desk", "tags": ["action: Pays"]}),
            (2, 1, {"text": "Quick!", "tags": ["action: Pays"]}),
            (0, 2, {"text": "Uses it daily"}),
        ],
    )
    journey.emotions = {stages[0].id: -1, stages[1].id: 1}  # "Use" has no score
    persona = Persona(name="Sam", role="Student")
    journey.persona_ids = [persona.id]
    project = Project(title="Café", personas=[persona], journeys=[journey])
    exported = enablement_map.write(project)
    assert exported.notes == (
        "1 action without an emotion score, in a stage without one, written with 0: "
        "'Uses it daily'.",
    )
    back = enablement_map.read(exported.data).project
    journey.emotions[stages[2].id] = 0  # as the note says
    assert project_content(back) == project_content(project)
    assert [(p.name, p.role) for p in back.personas] == [("Sam", "Student")]
    # The same map written twice gives the same file (ids come from JourneyDesk's).
    assert enablement_map.write(project).data == exported.data


def test_writing_an_enablement_map_says_what_it_cannot_hold() -> None:
    stages = [Stage(title="Visit", goal="Find a table"), Stage(title="Order")]
    lanes = [Lane(title="Steps"), Lane(title="Pain points"), Lane(title="Touchpoints")]
    journey = _map(
        lanes,
        stages,
        [
            (0, 0, {"text": "Walks in", "votes": 3, "owner": "Kim", "notes": "Seen twice"}),
            (1, 0, {"text": "No free table"}),
            (2, 1, {"text": "Menu board", "colour": "#ff0000", "tags": ["Print"]}),
        ],
    )
    journey.emotions = {stages[1].id: -2}
    persona = Persona(name="Ana", quote="I just want coffee", goals=["Be quick"])
    journey.persona_ids = [persona.id]
    journey.state = JourneyState.FUTURE
    project = Project(
        title="Workshop", personas=[persona], journeys=[journey, Journey(title="Second")]
    )
    exported = enablement_map.write(project)
    notes = " ".join(exported.notes)
    for expected in (
        "only the first map, 'Café', was written",
        "the quote and goals of persona 'Ana' were left out",
        "No lane is called Actions, so the cards of lane 'Steps' were written as the actions",
        "Lane 'Pain points' and its 1 card were left out",
        "cannot hold the project's title",
        "Stage 'Order' has touchpoints or thoughts but no action",
        "1 card had votes",
        "1 card had an owner",
        "1 card had notes",
        "1 card had tags, which Enablement Map Studio cannot hold; left out: 'Menu board'",
        "1 card had a colour of its own",
        "1 stage had a description or goal",
        "mark as a future state",
    ):
        assert expected in notes, expected
    written = yaml.safe_load(exported.data)
    assert [(a["name"], a.get("touchpoints"), a["emotion_score"]) for a in written["actions"]] == [
        ("Walks in", None, 0),
        ("Order", ["Menu board"], -2),
    ]


def test_over_long_and_odd_values_are_cut_or_defaulted_and_reported() -> None:
    long_name = "Waits " + "a" * MAX_TEXT
    doc = {
        "kind": "cjm",
        "version": "2.0",
        "id": "cjm:odd",
        "phases": [{"id": "cjm:phase:p", "name": "P" * (MAX_SHORT_TEXT + 5)}, "not a phase"],
        "actions": [
            {"id": "x", "name": long_name, "phase": "cjm:phase:p", "emotion_score": 5},
            {"id": "y", "name": "Calls", "phase": "cjm:phase:p", "touchpoints": [True, 42]},
            {"id": "z", "name": "Leaves", "phase": "cjm:phase:gone", "emotion_score": "bad"},
            "not an action",
        ],
    }
    imported = enablement_map.read(yaml.safe_dump(doc).encode())
    journey = imported.project.journeys[0]
    assert [len(s.title) for s in journey.stages] == [MAX_SHORT_TEXT, len("cjm:phase:gone")]
    cells = _cells(journey)
    stage = journey.stages[0].title
    assert [len(text) for text, _ in cells[("Actions", stage)]] == [MAX_TEXT, 5]
    assert cells[("Touchpoints", stage)] == [("true", ["action: Calls"]), ("42", ["action: Calls"])]
    assert _scores(journey) == [2, None]
    notes = " ".join(imported.notes)
    for expected in (
        "is of version 2.0; read as 1.0",
        "Phase 2 is not a mapping of fields",
        "Action 4 is not a mapping of fields",
        "was 5; scores go from -2 to +2 in whole steps, so it became +2",
        "was read as yes/no and became 'true'",
        "Some actions name a phase ('cjm:phase:gone') that the journey does not list",
        "2 actions without an emotion score",
        "2 texts longer than JourneyDesk allows, cut short",
        f"(from {number(len(long_name))} to {number(MAX_TEXT)} characters)",
    ):
        assert expected in notes, expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"kind: cjm\nphases: [unclosed\n", "The file cannot be read as YAML: "),
        (b"\xff\xfekind: cjm", "The file is not UTF-8 text (byte 0 is not valid UTF-8)"),
        (b"", "The file holds no customer journey map"),
        (b"kind: sbp\nlanes: []\n", "The file holds no customer journey map"),
        (b"- just\n- a list\n", "The file holds no customer journey map"),
        (b"[" * 200_000 + b"]" * 200_000, "nests lists and mappings more than 64 deep"),
        (
            b"kind: cjm\nt: &t [x]\nphases: [" + b"*t, " * 1_001 + b"]\n",
            "aliases (*name), which no journey map needs",
        ),
    ],
    ids=["syntax", "utf-16", "empty", "no-cjm", "a-list", "deep", "aliases"],
)
def test_unreadable_yaml_is_refused_with_a_sentence(data: bytes, expected: str) -> None:
    with pytest.raises(ConvertError) as error:
        enablement_map.read(data)
    message = str(error.value)
    assert expected in message
    assert message[0].isupper() and message.endswith(".") and "\n" not in message


def test_touchpoints_multiplied_by_aliases_stop_at_the_card_limit() -> None:
    # Nine hundred actions share one list of a thousand touchpoints: 900,000 cards by aliases.
    touchpoints = b"t: &t [" + b", ".join(b"tp%d" % n for n in range(1_000)) + b"]\n"
    action = b"  - {id: a, name: A, phase: p, emotion_score: 0, touchpoints: *t}\n"
    data = b"kind: cjm\nid: cjm:bomb\nphases: [{id: p, name: P}]\n" + touchpoints
    data += b"actions:\n" + action * 900
    started = time.perf_counter()
    imported = enablement_map.read(data)
    assert time.perf_counter() - started < 5
    assert imported.project.card_count() == MAX_CARDS
    left_out = 900 * 1_001 - MAX_CARDS
    assert (
        f"A project holds {number(MAX_CARDS)} cards, so the last {number(left_out)} were left out."
        in (imported.notes)
    )


def test_a_yaml_syntax_error_names_its_line() -> None:
    with pytest.raises(ConvertError, match=r"expected ',' or ']' at line 4, column 8\.$"):
        enablement_map.read(b"kind: cjm\nid: x\nphases: [a, b\nactions: []\n")
