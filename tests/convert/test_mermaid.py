"""Writing Mermaid journey diagrams: round trips, and what Mermaid itself reads of them.

Exported text is checked against ``mermaid_parse``, a port of Mermaid's own journey parser, as
well as read back by ``mermaid.read``. Reading hand-written diagrams is in test_mermaid_read.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesk.convert import mermaid
from journeydesk.model.project import Card, Journey, JourneyState, Lane, Persona, Project, Stage
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import load_project
from journeydesk.model.templates import TEMPLATES
from tests.convert.mermaid_parser import (
    expected_by_mermaid,
    mermaid_content,
    mermaid_parse,
    tasks_lane,
)

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "eva-pizza.journey"
_KEYWORDS = ["journey", "Title ", "section ", "accTitle", "accDescr", "<br>", "<BR />", "%%"]


def filled(project: Project) -> Project:
    """``project`` with tricky action cards and a score in most stages."""
    journey = project.journeys[0]
    lane = tasks_lane(journey)
    assert lane is not None
    texts = ["Asks: which one?", "Journey home", " padded ", "#1; 50% %% done", "a\nb<br>c"]
    for index, stage in enumerate(journey.stages):
        for order, text in enumerate(texts[: index + 1]):
            journey.cards.append(Card(lane_id=lane.id, stage_id=stage.id, order=order, text=text))
        if index % 3:
            journey.emotions[stage.id] = index % 5 - 2
    return project


@pytest.mark.parametrize("key", sorted(TEMPLATES))
@pytest.mark.parametrize("fill", [False, True], ids=["empty", "filled"])
def test_every_template_round_trips_as_mmd_and_md(key: str, fill: bool) -> None:
    project = TEMPLATES[key].create_project("Workshop: day 1")
    project = filled(project) if fill else project
    for write in (mermaid.write, mermaid.write_markdown):
        back = mermaid.read(write(project).data)
        assert mermaid_content(back.project) == mermaid_content(project)
        assert back.notes == ()
    assert mermaid_parse(mermaid.write(project).data.decode()) == expected_by_mermaid(
        project, project.journeys[0]
    )


def test_the_example_round_trips_and_the_export_names_what_it_left_out() -> None:
    project = load_project(EXAMPLE)
    exported = mermaid.write(project)
    back = mermaid.read(exported.data).project
    assert mermaid_content(back) == mermaid_content(project)
    assert [p.name for p in back.personas] == ["Eva Moline"]
    assert back.journeys[0].persona_ids == [back.personas[0].id]
    assert back.journeys[0].scenario == project.journeys[0].scenario
    assert [lane.title for lane in back.journeys[0].lanes] == ["Actions", "Feelings"]
    notes = " ".join(exported.notes)
    for part in ("5 other lanes", "53 cards", "16 task cards, 5 had tags", "goals of 8 stages"):
        assert part in notes
    assert "project title 'Eva's pizza night'" in notes and "1 persona were left out" in notes
    assert mermaid_parse(exported.data.decode()) == expected_by_mermaid(
        project, project.journeys[0]
    )


def test_a_5000_card_project_round_trips_with_grouped_notes() -> None:
    project = generate_project(stages=50, lanes=10, cards=5000, seed=1)
    journey = project.journeys[0]
    actions = [card for card in journey.cards if card.lane_id == journey.lanes[0].id]
    exported = mermaid.write_markdown(project)
    back = mermaid.read(exported.data)
    assert mermaid_content(back.project) == mermaid_content(project)
    assert len(exported.notes) < 10  # one per kind, not one per card
    notes = " ".join(exported.notes)
    assert f"with their {len(journey.cards) - len(actions)} cards" in notes
    tagged = sum(bool(card.tags) for card in actions)
    assert f"of the {len(actions):,} task cards, {tagged:,} had tags" in notes
    unscored = sum(
        s.id not in journey.emotions and any(c.stage_id == s.id for c in actions)
        for s in journey.stages
    )
    assert f"{unscored} stages without an emotion score" in notes


def test_5000_tasks_convert_each_way_in_under_two_seconds() -> None:
    project = generate_project(stages=50, lanes=1, cards=5000, seed=1)
    start = time.perf_counter()
    exported = mermaid.write(project)
    written = time.perf_counter()
    back = mermaid.read(exported.data)
    read = time.perf_counter()
    assert written - start < 2.0 and read - written < 2.0
    assert len(back.project.journeys[0].cards) == 5000
    assert mermaid_content(back.project) == mermaid_content(project)


def small_project(**journey: Any) -> Project:
    eva, bob = Persona(name="Eva"), Persona(name="Bob, Jr.")
    stages = [Stage(title="Find"), Stage(title="Buy: online"), Stage(title="")]
    lane = Lane(title="Actions")
    cards = [
        Card(lane_id=lane.id, stage_id=stages[0].id, order=1, text="Compares prices"),
        Card(lane_id=lane.id, stage_id=stages[0].id, order=0, text="Searches"),
        Card(lane_id=lane.id, stage_id=stages[1].id, text="Title deed: signed #2"),
    ]
    fields: dict[str, Any] = {"title": "Buying", "stages": stages, "lanes": [lane]}
    fields |= {"cards": cards, "persona_ids": [eva.id, bob.id]}
    fields |= {"emotions": {stages[0].id: -2, stages[2].id: 1}} | journey
    return Project(title="Buying", personas=[eva, bob], journeys=[Journey(**fields)])


def test_the_export_is_plain_mermaid_with_coded_reserved_characters() -> None:
    exported = mermaid.write(small_project())
    assert exported.data.decode() == (
        "journey\n"
        "    title Buying\n"
        "    section Find\n"
        "      Searches: 1: Eva, Bob#44; Jr.\n"
        "      Compares prices: 1: Eva, Bob#44; Jr.\n"
        "    section Buy#58; online\n"
        "      %% journeydesk: emotion none\n"
        "      #84;itle deed#58; signed #35;2: 3: Eva, Bob#44; Jr.\n"
        "    section #32;\n"
        "      %% journeydesk: untitled\n"
        "      %% journeydesk: emotion 1\n"
    )
    assert any("3 names held characters Mermaid reserves" in note for note in exported.notes)
    assert any("1 stage without an emotion score" in note for note in exported.notes)
    back = mermaid.read(exported.data).project
    assert mermaid_content(back) == mermaid_content(small_project())
    assert [p.name for p in back.personas] == ["Eva", "Bob, Jr."]


@pytest.mark.parametrize("emotion", [-2, -1, 0, 1, 2])
def test_each_emotion_is_a_score_from_1_to_5_and_back(emotion: int) -> None:
    project = small_project()
    journey = project.journeys[0]
    journey.emotions = {stage.id: emotion for stage in journey.stages}
    exported = mermaid.write(project).data.decode()
    assert f"Searches: {emotion + 3}: Eva" in exported
    back = mermaid.read(exported.encode()).project.journeys[0]
    assert list(back.emotions.values()) == [emotion] * 3


#: Texts made of what Mermaid reserves, its keywords and the spaces it skips.
TRICKY = st.lists(
    st.sampled_from([*' \t\n\r:#;%,<>br/{}="\ufeff\x85&x0', *_KEYWORDS]), min_size=1, max_size=20
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(min_size=1, max_size=30), TRICKY), st.one_of(st.text(max_size=12), TRICKY))
def test_any_card_text_and_persona_name_survive_in_mermaid_and_in_journeydesk(
    text: str, name: str
) -> None:
    project = small_project()
    project.journeys[0].cards[0].text = text
    project.personas[0].name = name
    exported = mermaid.write(project).data.decode()
    parsed = mermaid_parse(exported)
    assert parsed == expected_by_mermaid(project, project.journeys[0])
    back = mermaid.read(exported.encode()).project
    assert mermaid_content(back) == mermaid_content(project)
    assert [p.name for p in back.personas] == [n for n in (name, "Bob, Jr.") if n]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(min_size=1, max_size=30), TRICKY), st.one_of(st.text(), TRICKY))
def test_any_title_scenario_and_stage_name_survive(title: str, stage: str) -> None:
    project = small_project(title=title, scenario=title)
    project.journeys[0].stages[0].title = stage
    exported = mermaid.write(project).data.decode()
    assert mermaid_parse(exported) == expected_by_mermaid(project, project.journeys[0])
    back = mermaid.read(exported.encode()).project.journeys[0]
    assert (back.title, back.scenario, back.stages[0].title) == (title, title, stage)


@pytest.mark.parametrize(
    "title", ["Style: #1;", "classDef x:#y;", "  spaced  ", "a;b#c%%d", "Multi\nline"]
)
def test_titles_and_scenarios_survive_mermaids_own_rewriting(title: str) -> None:
    project = small_project(title=title, scenario=f"Why: {title}\nand how")
    exported = mermaid.write(project).data.decode()
    assert mermaid_parse(exported)["title"] == title
    assert mermaid_parse(exported)["description"] == f"Why: {title}\nand how"
    back = mermaid.read(exported.encode()).project.journeys[0]
    assert (back.title, back.scenario) == (title, f"Why: {title}\nand how")


def test_a_mmd_holds_the_first_map_or_the_one_asked_for_and_md_holds_all() -> None:
    project = small_project()
    second = small_project(title="Returning").journeys[0]
    second.persona_ids = list(project.journeys[0].persona_ids)
    project.journeys.append(second)
    first_only = mermaid.write(project)
    assert (
        "only the map 'Buying' was written; the export left out 1 other map ('Returning')"
        in (first_only.notes[0])
    )
    assert mermaid.read(first_only.data).project.journeys[0].title == "Buying"
    chosen = mermaid.write(project, second.id)
    assert mermaid.read(chosen.data).project.journeys[0].title == "Returning"
    markdown = mermaid.write_markdown(project)
    assert markdown.data.decode().startswith("# Buying\n\n## Buying\n\n```mermaid\njourney\n")
    back = mermaid.read(markdown.data)
    assert mermaid_content(back.project) == mermaid_content(project)
    assert back.project.title == "Buying" and len(back.project.personas) == 2
    assert mermaid.writer_for(".MD") is mermaid.write_markdown
    assert mermaid.writer_for(".mmd") is mermaid.write


def test_the_format_is_registered_for_both_extensions() -> None:
    (found,) = mermaid.FORMATS
    assert (found.key, found.extensions) == ("mermaid", (".mmd", ".md"))
    assert found.read is mermaid.read and found.write is mermaid.write


def test_the_export_reports_each_kind_of_loss_once_with_counts() -> None:
    project = small_project(state=JourneyState.FUTURE, notes="Ask legal", scenario="")
    journey = project.journeys[0]
    other = Lane(title="Doing")
    journey.lanes = [other, *journey.lanes]
    journey.cards[0].tags, journey.cards[0].votes, journey.cards[1].votes = ["web"], 2, 3
    journey.cards[2].colour, journey.cards[2].owner = "#ff0000", "Sam"
    journey.cards.append(Card(lane_id=journey.lanes[1].id, stage_id=journey.stages[0].id))
    journey.cards.append(Card(lane_id=other.id, stage_id=journey.stages[0].id, text="x"))
    journey.stages[0].goal = "Find it"
    project.personas.append(Persona(name="Unused", role="Boss"))
    project.description = "Kick-off"
    notes = mermaid.write(project).notes
    assert notes == (
        "In map 'Buying', the export left out 1 other lane ('Doing'), with their 1 card, as a "
        "Mermaid journey holds only tasks.",
        "In map 'Buying', of the 4 task cards, 1 had tags, 2 had votes (5 in all), 1 had their "
        "own colour and 1 had an owner; Mermaid tasks hold none of these, so they were left out.",
        "In map 'Buying', the export left out 1 empty card.",
        "In map 'Buying', these were left out: the goals of 1 stage, the map's notes and its "
        "mark as a future state.",
        "In map 'Buying', Mermaid shows the neutral score 3 for 1 stage without an emotion "
        "score; a comment keeps them unscored when read back.",
        notes[5],
        "The export left out 1 persona that no exported map names: 'Unused'.",
        "The project description was left out.",
    )
    assert notes[5].startswith("In map 'Buying', 3 names held characters Mermaid reserves")


def test_a_map_without_an_actions_lane_uses_another_and_says_so() -> None:
    project = small_project()
    project.journeys[0].lanes[0].title = "What they do"
    exported = mermaid.write(project)
    assert "the cards of lane 'What they do' became the tasks." in " ".join(exported.notes)
    assert "Searches: 1: Eva" in exported.data.decode()
    project.journeys[0].cards, project.journeys[0].lanes = [], []
    bare = mermaid.write(project)
    assert "the personas were left out, as only tasks name actors." in " ".join(bare.notes)
    assert mermaid.write(Project()).data == b"journey\n"
