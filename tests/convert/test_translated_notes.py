"""Every note a conversion writes, and every refusal, goes through translation whole.

A pseudo-language puts each translated text in ⟦ ⟧: a note that does not begin with ⟦ and
end with ⟧ was built around translated pieces instead of being one translated sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from journeydesk import i18n
from journeydesk.convert import enablement_map, mermaid, openjourney, spreadsheet
from journeydesk.convert.base import ConvertError, Exported, Imported
from journeydesk.convert.registry import FORMATS, format_for
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
from journeydesk.model.voting import VoteRound

PEERS = Path(__file__).parent / "data" / "peers"


class Bracketed:
    """Every translated text in ⟦ ⟧; numbers as German writes them."""

    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        return f"⟦{i18n.english_plural(source, n) if n >= 0 else source}⟧"

    def number(self, value: float, decimals: int) -> str:
        text = f"{value:,.{decimals}f}" if decimals else f"{round(value):,}"
        return text.replace(",", " ").replace(".", ",").replace(" ", ".")


@pytest.fixture(autouse=True)
def bracketed() -> Iterator[None]:
    i18n.set_catalog(Bracketed())
    yield
    i18n.set_catalog(None)


def rich_project() -> Project:
    """A project with something every format leaves out."""
    stages = [Stage(title="Find", goal="Find it", description="First"), Stage(title="")]
    lanes = [
        Lane(title="Doing"),
        Lane(title="Pain points"),
        Lane(title="Feelings", kind=LaneKind.EMOTION),
        Lane(title="Line", kind=LaneKind.DIVIDER),
    ]
    cards = [
        Card(lane_id=lanes[0].id, stage_id=stages[0].id, text="Looks: around", tags=["web"]),
        Card(lane_id=lanes[0].id, stage_id=stages[0].id, text="", votes=2, owner="Sam"),
        Card(lane_id=lanes[0].id, stage_id=stages[1].id, text="=1+1", colour="#ff0000"),
        Card(lane_id=lanes[1].id, stage_id=stages[1].id, text="Slow", notes="Why", tags=["a;b"]),
        Card(lane_id=lanes[2].id, stage_id=stages[1].id, text="Meh"),
    ]
    personas = [Persona(name="Ana", role="Owner", quote="Hi"), Persona(name=""), Persona()]
    journey = Journey(
        title="Café",
        scenario="A day",
        notes="Map notes",
        state=JourneyState.FUTURE,
        persona_ids=[personas[0].id, personas[1].id],
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotions={stages[0].id: 1},
        persona_emotions={personas[1].id: {stages[1].id: -1}},
        vote_rounds=[VoteRound(participants=["A"], ended_at=None)],
    )
    other = Journey(title="Café")
    return Project(
        title="Workshop",
        description="Kick-off",
        personas=personas,
        journeys=[journey, other],
    )


def assert_translated(notes: tuple[str, ...]) -> None:
    assert notes
    for note in notes:
        assert note.startswith("⟦") and note.endswith("⟧"), note


@pytest.mark.parametrize(
    "write",
    [
        mermaid.write,
        mermaid.write_markdown,
        spreadsheet.write_csv,
        openjourney.write,
        enablement_map.write,
    ],
    ids=["mmd", "md", "csv", "ojf", "yaml"],
)
def test_export_notes_are_whole_translated_sentences(write: Callable[[Project], Exported]) -> None:
    assert_translated(write(rich_project()).notes)


@pytest.mark.parametrize(
    ("read", "data"),
    [
        (
            mermaid.read,
            b"%% a comment\njourney\ntitle A\ntitle B\nTask before: 9: Me\nsection S\n"
            b"Odd line\nT: x\nU: 2: Me: extra\nV: 4: You\n",
        ),
        (
            mermaid.read,
            "Prose\n```mermaid\njourney\nsection S\nT: 5\n```\n\xff".encode("utf-8", "replace")
            + b"\xff",
        ),
        (
            spreadsheet.read_csv,
            b"Workshop export\nStage,Lane,Text,Votes,Priority,Lane kind,State,Colour\n"
            b"A,B,x,many,high,wavy,later,blue\n,,,,,,,\nA,,y,1,low,,,\nA,B,,,,,,\n"
            b"\xe9\n",
        ),
        (openjourney.read, (PEERS / "passport-renewal.ojf").read_bytes()),
        (enablement_map.read, (PEERS / "cafe-onboarding.yaml").read_bytes()),
        (
            openjourney.read,
            b'{"stages": [1, {"id": "s", "name": []}], "nodes": [2, {"stageId": "x", '
            b'"swimlaneId": "y", "title": "T", "score": "bad", "icon": "i", "owner": "o"}]}',
        ),
        (
            enablement_map.read,
            b"kind: cjm\nversion: 2\nid: cjm:x\nphases: [1, {name: P}]\nactions: [1, "
            b"{name: yes, phase: gone, emotion_score: 7}, {name: B, phase: gone}]\n---\n"
            b"kind: sbp\n",
        ),
    ],
    ids=["mermaid", "markdown", "csv", "ojf", "yaml", "bad-ojf", "bad-yaml"],
)
def test_import_notes_are_whole_translated_sentences(
    read: Callable[[bytes], Imported], data: bytes
) -> None:
    assert_translated(read(data).notes)


@pytest.mark.parametrize(
    ("read", "data"),
    [
        (mermaid.read, b"flowchart LR\nA-->B\n"),
        (spreadsheet.read_csv, b""),
        (spreadsheet.read_csv, b"Nothing,Known\n1,2\n"),
        (openjourney.read, b"{"),
        (openjourney.read, b"[]"),
        (enablement_map.read, b"kind: [\n"),
        (enablement_map.read, b"kind: sbp\n"),
    ],
)
def test_refusals_are_whole_translated_sentences(
    read: Callable[[bytes], Imported], data: bytes
) -> None:
    with pytest.raises(ConvertError) as error:
        read(data)
    assert_translated((str(error.value),))


def test_format_names_and_choices_are_translated(tmp_path: Path) -> None:
    assert all(f.label.startswith("⟦") for f in FORMATS)
    with pytest.raises(ConvertError) as error:
        format_for(tmp_path / "map.xyz")
    assert_translated((str(error.value),))
    with pytest.raises(ConvertError) as error:
        format_for(tmp_path / "map", "nope", writing=True)
    assert_translated((str(error.value),))
