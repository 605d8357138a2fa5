"""Reading Mermaid journey diagrams leniently: scores, actors, Markdown, messy input, refusals."""

from __future__ import annotations

import pytest

from journeydesk.convert import mermaid
from journeydesk.convert.base import ConvertError
from tests.convert.mermaid_parser import mermaid_content

DOCS_EXAMPLE = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""


def test_the_mermaid_docs_example_reads_with_personas_scores_and_notes() -> None:
    imported = mermaid.read(DOCS_EXAMPLE.encode())
    project = imported.project
    journey = project.journeys[0]
    assert (project.title, journey.title) == ("My working day", "My working day")
    assert [p.name for p in project.personas] == ["Me", "Cat"]
    assert journey.persona_ids == [p.id for p in project.personas]
    assert mermaid_content(project)[0]["tasks"] == [
        ["Make tea", "Go upstairs", "Do work"],
        ["Go downstairs", "Sit down"],
    ]
    assert list(journey.emotions.values()) == [0, 2]  # mean of 5, 3, 1 is 3; of 5, 5 is 5
    assert [card.notes for card in journey.cards] == [
        "Score in Mermaid: 5 of 5.\nActors in Mermaid: Me.",
        "Score in Mermaid: 3 of 5.\nActors in Mermaid: Me.",
        "Score in Mermaid: 1 of 5.",
        "Actors in Mermaid: Me.",
        "Actors in Mermaid: Me.",
    ]
    assert [lane.kind.value for lane in journey.lanes] == ["cards", "emotion"]
    assert imported.notes == (
        "In map 'My working day', the tasks of 1 section ('Go to work') do not all share one "
        "score from 1 to 5; each stage's emotion is their average and each card keeps its "
        "own score in its notes.",
        "In map 'My working day', 4 tasks named only some of the actors ('Me' and 'Cat'), who "
        "became the map's personas; each of those cards keeps its own actors in its notes.",
    )


@pytest.mark.parametrize(("scores", "emotion"), [("4 5", 2), ("1 2", -2), ("2 3", -1), ("3 4", 1)])
def test_half_way_means_round_away_from_neutral(scores: str, emotion: int) -> None:
    tasks = "".join(f"    T{n}: {score}\n" for n, score in enumerate(scores.split()))
    journey = mermaid.read(f"journey\n  section S\n{tasks}".encode()).project.journeys[0]
    assert list(journey.emotions.values()) == [emotion]


def test_messy_input_is_read_and_every_problem_is_reported_by_line() -> None:
    source = (
        "\ufeff---\r\ntitle: From front matter\r\nconfig: {}\r\n---\r\n"
        "%% made by hand\r\n"
        "JOURNEY\r\n"
        "\taccTitle: For screen readers\r\n"
        "\taccDescr {\r\n  Eva eats\r\n    out\r\n}\r\n"
        "  Early task: 4: Eva\r\n"
        "\r\n"
        "\tsection Arrive   # the door\r\n"
        "\t  Walks in : 9 : Eva , Bob : extra\r\n"
        "\t  Looks around: high\r\n"
        "\t  Waits\r\n"
        "\t  Sits: 2.5: Bob\r\n"
        "%%{init: {'theme': 'dark'}}%%\r\n"
    )
    imported = mermaid.read(source.encode())
    journey = imported.project.journeys[0]
    assert (journey.title, journey.scenario) == ("From front matter", "Eva eats\nout")
    assert [stage.title for stage in journey.stages] == ["", "Arrive"]
    assert [card.text for card in journey.cards] == [
        "Early task",
        "Walks in",
        "Looks around",
        "Sits",
    ]
    assert list(journey.emotions.values()) == [1, 1]  # 5 (9, held to 5) and 2.5: mean 3.75
    assert [card.notes for card in journey.cards] == [
        "Actors in Mermaid: Eva.",
        "Score in Mermaid: 9 of 5.",
        "Actors in Mermaid: none.",
        "Score in Mermaid: 2.5 of 5.\nActors in Mermaid: Bob.",
    ]
    assert imported.notes[-8:] == (
        "Diagram settings, not read: lines 3 and 19.",
        "Comments, not kept as JourneyDesk has no place for them: lines 5 and 14.",
        "Accessible titles, not kept as a map has one title: line 7 ('For screen readers').",
        "Tasks before any section, put in an untitled first stage: line 12.",
        "Scores outside 1 to 5, each counted as the nearest of them: line 15 (9).",
        "Text after the actors of a task, left out: line 15 ('extra').",
        "Tasks without a score from 1 to 5, which do not count toward an emotion: line 16 "
        "('high').",
        "Left out as neither a title, a section nor a task: line 17 ('Waits').",
    )


def test_utf16_and_bad_bytes_and_cr_line_ends_are_read() -> None:
    utf16 = mermaid.read("journey\n section Ré\n  Thé: 5\n".encode("utf-16"))
    assert mermaid_content(utf16.project)[0]["tasks"] == [["Thé"]]
    broken = mermaid.read(b"journey\r section S\r  Caf\xe9: 5\r")
    assert mermaid_content(broken.project)[0]["tasks"] == [["Caf\ufffd"]]
    assert broken.notes == (
        "Some bytes are not UTF-8 text (the first on line 1); they were read as �.",
    )


def test_markdown_blocks_become_maps_and_the_rest_is_reported() -> None:
    source = (
        "# Research day\n\nSome prose.\n\n"
        "```mermaid\njourney\n  title One\n  section A\n    Go: 5: Me\n```\n\n"
        "```python\nprint('x')\n```\n"
        "~~~~ {mermaid}\nflowchart TD\n  A --> B\n~~~~\n"
        "```\njourney\n  title Two\n```\n"
        "````mermaid\njourney\n  title Three\n  section B\n    Stop: 1: Me\n```\n"
    )
    imported = mermaid.read(source.encode())
    assert imported.project.title == "Research day"
    assert [j.title for j in imported.project.journeys] == ["One", "Two", "Three"]
    assert len(imported.project.personas) == 1
    # A fence of four backticks is not closed by three: the block runs to the end.
    assert mermaid_content(imported.project)[2]["tasks"] == [["Stop"]]
    assert imported.notes == (
        "JourneyDesk did not read 2 lines of Markdown outside the journey diagrams.",
        "Mermaid diagrams that are not journeys, left out: line 16 ('flowchart').",
        "Left out as neither a title, a section nor a task: line 28 ('```').",
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file has no Mermaid diagram, and a journey diagram starts with the line"),
        (b"\n%% note\nflowchart LR\n", "the diagram on line 3 starts with 'flowchart', and"),
        (b"# Notes\n\n```mermaid\npie\n```\n", "on line 4 starts with 'pie'"),
        (b"Hello\n```\ncode\n```\n", "(in Markdown, inside a ```mermaid block)."),
    ],
)
def test_input_without_a_journey_diagram_is_refused_with_a_sentence(
    data: bytes, message: str
) -> None:
    with pytest.raises(ConvertError, match="No Mermaid journey diagram was found") as caught:
        mermaid.read(data)
    assert message in str(caught.value)


def test_more_than_a_project_holds_is_refused_and_long_texts_are_cut() -> None:
    sections = "".join(f"  section S{n}\n" for n in range(501))
    with pytest.raises(ConvertError, match="501 sections in the diagram on line 1; a map holds"):
        mermaid.read(f"journey\n{sections}".encode())
    long = mermaid.read(f"journey\n  section {'x' * 1200}\n    {'y' * 10_050}: 3\n".encode())
    assert [
        len(long.project.journeys[0].stages[0].title),
        len(long.project.journeys[0].cards[0].text),
    ] == [1000, 10_000]
    assert long.notes == ("Texts longer than a map holds, cut short: lines 2 and 3.",)


def test_an_unclosed_description_and_an_exact_score_are_kept() -> None:
    imported = mermaid.read(
        b"journey\n section S\n  A: 3.14159265\n  B: 4\n accDescr {\n  Eva\n\n  eats"
    )
    journey = imported.project.journeys[0]
    assert journey.scenario == "Eva\neats"
    assert journey.cards[0].notes == "Score in Mermaid: 3.14159265 of 5."
    assert list(journey.emotions.values()) == [1]  # mean 3.57: +0.57 rounds to +1


def test_a_replaced_title_and_a_second_journey_line_are_handled_as_mermaid_would() -> None:
    imported = mermaid.read(b"journey\ntitle Old\ntitle New\njourney\ntitle Next\n")
    assert [j.title for j in imported.project.journeys] == ["New", "Next"]
    assert imported.notes == ("Titles replaced by a later title, as in Mermaid: line 2 ('Old').",)


def test_many_problems_are_summed_up_in_one_sentence() -> None:
    lines = "".join(f"  Task {n}\n" for n in range(40))
    imported = mermaid.read(f"journey\n  section S\n{lines}".encode())
    assert imported.notes == (
        "Left out as neither a title, a section nor a task: lines 3 ('Task 0'), 4 ('Task 1'), "
        "5 ('Task 2'), 6 ('Task 3'), 7 ('Task 4') and 35 more.",
    )
