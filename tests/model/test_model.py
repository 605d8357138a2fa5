"""The project model: integrity rules, times in UTC, and the lookup helpers."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from journeydesk.model import Card, Journey, Lane, LaneKind, Persona, Project, Stage, new_id
from journeydesk.model import project as project_module


def make_journey(prefix: str = "", **extra: object) -> Journey:
    """Return a journey with two stages, a card lane, a divider and an emotion lane."""
    return Journey(
        id=f"{prefix}j",
        title=f"{prefix}Journey",
        stages=[Stage(id=f"{prefix}s1", title="Awareness"), Stage(id=f"{prefix}s2", title="Buy")],
        lanes=[
            Lane(id=f"{prefix}l1", title="Pain points"),
            Lane(id=f"{prefix}l2", title="Line of visibility", kind=LaneKind.DIVIDER),
            Lane(id=f"{prefix}l3", title="Feelings", kind=LaneKind.EMOTION),
        ],
        **extra,
    )


def integrity_message(error: pytest.ExceptionInfo[ValidationError]) -> str:
    details = error.value.errors(include_url=False)
    assert details[0]["type"] == "integrity"
    return str(details[0]["ctx"]["detail"])


# --- Cards point at a lane and a stage of their own journey ---------------------------------


def test_card_in_existing_cell_is_accepted() -> None:
    journey = make_journey(cards=[Card(id="c1", lane_id="l1", stage_id="s2", text="Queue")])
    assert journey.cards[0].lane_id == "l1"
    assert journey.cards[0].stage_id == "s2"


def test_card_with_unknown_lane_is_rejected() -> None:
    with pytest.raises(ValidationError) as error:
        make_journey(cards=[Card(lane_id="nowhere", stage_id="s1", text="Lost")])
    message = integrity_message(error)
    assert "'Lost'" in message
    assert "nowhere" in message
    assert "lane" in message


def test_card_with_unknown_stage_is_rejected() -> None:
    with pytest.raises(ValidationError) as error:
        make_journey(cards=[Card(lane_id="l1", stage_id="never", text="Lost")])
    message = integrity_message(error)
    assert "never" in message
    assert "stage" in message
    assert "'Pain points'" in message


def test_card_pointing_at_lane_of_another_journey_is_rejected() -> None:
    other = make_journey("b")  # has lane "bl1" and stage "bs1"
    assert other.lane("bl1").title == "Pain points"
    with pytest.raises(ValidationError) as error:
        make_journey("a", cards=[Card(lane_id="bl1", stage_id="as1", text="Stray")])
    assert "bl1" in integrity_message(error)
    with pytest.raises(ValidationError) as error:
        make_journey("a", cards=[Card(lane_id="al1", stage_id="bs1", text="Stray")])
    assert "bs1" in integrity_message(error)


def test_card_moved_to_another_journey_is_rejected_by_the_project() -> None:
    first = make_journey("a", cards=[Card(lane_id="al1", stage_id="as1", text="Mine")])
    second = make_journey("b")
    raw = Project(journeys=[first, second]).model_dump()
    raw["journeys"][1]["cards"] = raw["journeys"][0].pop("cards")
    with pytest.raises(ValidationError) as error:
        Project.model_validate(raw)
    assert "al1" in integrity_message(error)


def test_divider_lane_cannot_hold_cards() -> None:
    with pytest.raises(ValidationError) as error:
        make_journey(cards=[Card(lane_id="l2", stage_id="s1", text="Hidden")])
    message = integrity_message(error)
    assert "divider" in message
    assert "'Line of visibility'" in message


def test_emotion_lane_may_hold_cards() -> None:
    journey = make_journey(cards=[Card(lane_id="l3", stage_id="s1", text="Relieved")])
    assert journey.lane("l3").kind is LaneKind.EMOTION
    assert len(journey.cards) == 1


# --- Emotions --------------------------------------------------------------------------------


def test_emotion_keys_must_be_stages() -> None:
    with pytest.raises(ValidationError) as error:
        make_journey(emotions={"s1": 1, "ghost": -1})
    message = integrity_message(error)
    assert "ghost" in message
    assert "emotion" in message


def test_emotion_keys_are_put_in_stage_order() -> None:
    journey = make_journey(emotions={"s2": -2, "s1": 2})
    assert list(journey.emotions) == ["s1", "s2"]
    assert journey.emotions == {"s1": 2, "s2": -2}
    assert '"emotions":{"s1":2,"s2":-2}' in journey.model_dump_json()


@pytest.mark.parametrize("score", [-3, 3, 1.5, True, "1"])
def test_emotion_scores_are_whole_numbers_from_minus_two_to_two(score: object) -> None:
    with pytest.raises(ValidationError):
        make_journey(emotions={"s1": score})


@pytest.mark.parametrize("score", [-2, -1, 0, 1, 2])
def test_emotion_scores_in_range_are_kept(score: int) -> None:
    assert make_journey(emotions={"s1": score}).emotions == {"s1": score}


# --- Ids and counts across the project -------------------------------------------------------


def test_ids_must_be_unique_across_the_project() -> None:
    first = make_journey("a")
    second = make_journey("b")
    second.stages[0].id = "al1"  # a stage of journey b takes the id of a lane of journey a
    with pytest.raises(ValidationError) as error:
        Project.model_validate(Project(journeys=[first, second]).model_dump())
    message = integrity_message(error)
    assert "al1" in message
    assert "unique" in message
    assert "lane 'Pain points'" in message


def test_persona_and_card_sharing_an_id_are_rejected() -> None:
    journey = make_journey(cards=[Card(id="same", lane_id="l1", stage_id="s1", text="Hi")])
    with pytest.raises(ValidationError) as error:
        Project(personas=[Persona(id="same", name="Pat")], journeys=[journey])
    assert "persona 'Pat'" in integrity_message(error)


def test_journey_may_only_name_personas_of_the_project() -> None:
    journey = make_journey(persona_ids=["p1"])
    Project(personas=[Persona(id="p1")], journeys=[journey])
    with pytest.raises(ValidationError) as error:
        Project(journeys=[make_journey(persona_ids=["p1"])])
    assert "p1" in integrity_message(error)


def test_card_count_limit_applies_to_the_whole_project(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(project_module, "MAX_CARDS", 3)

    def journey_with_cards(prefix: str, count: int) -> Journey:
        cards = [Card(lane_id=f"{prefix}l1", stage_id=f"{prefix}s1") for _ in range(count)]
        return make_journey(prefix, cards=cards)

    project = Project(journeys=[journey_with_cards("a", 2), journey_with_cards("b", 1)])
    assert project.card_count() == 3
    with pytest.raises(ValidationError) as error:
        Project(journeys=[journey_with_cards("a", 2), journey_with_cards("b", 2)])
    assert integrity_message(error) == "the project has 4 cards, the limit is 3"


def test_real_card_limit_is_twenty_thousand() -> None:
    assert project_module.MAX_CARDS == 20_000


@pytest.mark.parametrize("bad_id", ["", "has space", "a/b", "x" * 65, "ünï"])
def test_ids_have_a_safe_shape(bad_id: str) -> None:
    with pytest.raises(ValidationError):
        Stage(id=bad_id)


# --- Times -----------------------------------------------------------------------------------


def test_naive_datetimes_become_utc() -> None:
    project = Project(created=datetime(2026, 3, 1, 9, 30), modified="2026-03-02T10:00:00")
    assert project.created == datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    assert project.created.utcoffset() == timedelta(0)
    assert project.modified == datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    assert project.modified.tzinfo is not None


def test_datetimes_in_other_zones_are_converted_to_utc() -> None:
    paris = timezone(timedelta(hours=2))
    project = Project(created=datetime(2026, 6, 1, 12, 0, tzinfo=paris))
    assert project.created.utcoffset() == timedelta(0)
    assert project.created.hour == 10
    assert '"created":"2026-06-01T10:00:00Z"' in project.model_dump_json()


def test_new_project_times_are_utc_to_the_second() -> None:
    project = Project()
    assert project.created.utcoffset() == timedelta(0)
    assert project.created.microsecond == 0
    assert project.modified >= project.created


# --- Helpers ---------------------------------------------------------------------------------


def test_cards_in_cell_sorts_by_order_and_keeps_list_order_on_ties() -> None:
    cards = [
        Card(id="c1", lane_id="l1", stage_id="s1", order=2),
        Card(id="c2", lane_id="l1", stage_id="s1", order=0),
        Card(id="x1", lane_id="l1", stage_id="s2", order=0),
        Card(id="c3", lane_id="l1", stage_id="s1", order=2),
        Card(id="c4", lane_id="l1", stage_id="s1", order=1),
        Card(id="c5", lane_id="l1", stage_id="s1", order=0),
        Card(id="x2", lane_id="l3", stage_id="s1", order=0),
    ]
    journey = make_journey(cards=cards)
    assert [c.id for c in journey.cards_in_cell("l1", "s1")] == ["c2", "c5", "c4", "c1", "c3"]
    assert [c.id for c in journey.cards_in_cell("l1", "s2")] == ["x1"]
    assert journey.cards_in_cell("l2", "s1") == []
    assert journey.cards_in_cell("nope", "s1") == []
    # The helper sorts a copy: the journey's own list is untouched.
    assert [c.id for c in journey.cards] == ["c1", "c2", "x1", "c3", "c4", "c5", "x2"]


def test_cells_groups_non_empty_cells_in_card_order() -> None:
    cards = [
        Card(id="c1", lane_id="l1", stage_id="s1", order=1),
        Card(id="c2", lane_id="l3", stage_id="s2"),
        Card(id="c3", lane_id="l1", stage_id="s1", order=0),
        Card(id="c4", lane_id="l1", stage_id="s1", order=1),
    ]
    journey = make_journey(cards=cards)
    cells = journey.cells()
    assert set(cells) == {("l1", "s1"), ("l3", "s2")}
    assert [c.id for c in cells[("l1", "s1")]] == ["c3", "c1", "c4"]
    assert [c.id for c in cells[("l3", "s2")]] == ["c2"]
    for (lane_id, stage_id), cell in cells.items():
        assert cell == journey.cards_in_cell(lane_id, stage_id)


def test_empty_journey_has_no_cells() -> None:
    assert make_journey().cells() == {}


def test_lookups_find_by_id_and_raise_key_error_otherwise() -> None:
    journey = make_journey()
    project = Project(personas=[Persona(id="p1", name="Pat")], journeys=[journey])
    assert project.journey("j") is journey
    assert project.persona("p1").name == "Pat"
    assert journey.stage("s2").title == "Buy"
    assert journey.lane("l3").title == "Feelings"
    with pytest.raises(KeyError, match="missing-journey"):
        project.journey("missing-journey")
    with pytest.raises(KeyError, match="missing-persona"):
        project.persona("missing-persona")
    with pytest.raises(KeyError):
        journey.stage("l1")  # a lane id is not a stage id
    with pytest.raises(KeyError):
        journey.lane("s1")


def test_new_id_is_unique_and_has_the_id_shape() -> None:
    ids = [new_id() for _ in range(5_000)]
    assert len(set(ids)) == len(ids)
    pattern = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
    assert all(pattern.fullmatch(i) for i in ids)
    assert {len(i) for i in ids} == {11}


def test_default_ids_are_fresh_for_every_object() -> None:
    assert Stage().id != Stage().id
    assert Lane().id != Lane().id
    assert Card(lane_id="a", stage_id="b").id != Card(lane_id="a", stage_id="b").id


def test_unknown_fields_are_kept_on_every_model() -> None:
    card = Card(lane_id="l1", stage_id="s1", future_field={"a": [1, 2]})
    assert card.model_extra == {"future_field": {"a": [1, 2]}}
    assert card.model_dump()["future_field"] == {"a": [1, 2]}


def test_text_limits() -> None:
    Card(lane_id="l", stage_id="s", text="x" * 10_000)
    with pytest.raises(ValidationError):
        Card(lane_id="l", stage_id="s", text="x" * 10_001)
    Stage(title="x" * 1_000)
    with pytest.raises(ValidationError):
        Stage(title="x" * 1_001)


def test_a_future_states_links_survive_a_round_trip_and_dangling_ones_are_refused() -> None:
    from journeydesk.model.errors import ProjectLoadError
    from journeydesk.model.journeys import copy_journey
    from journeydesk.model.storage import parse_project, project_to_bytes
    from journeydesk.model.templates import TEMPLATES

    project = TEMPLATES["classic"].create_project("Now")
    current = project.journeys[0]
    current.cards.append(Card(lane_id=current.lanes[0].id, stage_id=current.stages[0].id))
    project.journeys.append(copy_journey(current, "Next", future=True))
    again = parse_project(project_to_bytes(project))
    future = again.journeys[1]
    assert future.source_journey_id == current.id
    assert future.cards[0].source_card_id == current.cards[0].id
    assert future.stages[0].source_stage_id == current.stages[0].id
    assert b"source_card_id" not in project_to_bytes(TEMPLATES["classic"].create_project("x"))
    for broken in ("source_journey_id", "source_stage_id", "source_card_id"):
        data = project_to_bytes(project).replace(
            f'"{broken}": "'.encode(), f'"{broken}": "gone-'.encode(), 1
        )
        with pytest.raises(ProjectLoadError, match="does not have"):
            parse_project(data)
