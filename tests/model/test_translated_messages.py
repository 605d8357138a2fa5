"""The model's sentences go through translation whole, and new maps speak the user's language.

A pseudo-language puts each translated text in ⟦ ⟧: a message that does not begin with ⟦ and
end with ⟧ (before a final full stop) was built around translated pieces instead of being
one translated sentence. A template's stages and lanes are named in the user's language when a
map is made from it, but a file's content is never translated when it is opened.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journeydesk import i18n
from journeydesk.model import ProjectLoadError, load_project, save_project
from journeydesk.model.errors import FileWriteError
from journeydesk.model.file_io import atomic_write
from journeydesk.model.journeys import copy_title
from journeydesk.model.lock import LockOwner
from journeydesk.model.rules import emotion_problem, lane_kind_problem, placement_problem
from journeydesk.model.storage import parse_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.model.voting import VoteRound, dot_problem, numbered_participants, start_problem

from .test_bad_files import CORPUS


class Bracketed:
    """Every translated text in ⟦ ⟧; numbers as German writes them."""

    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        return f"⟦{i18n.english_plural(source, n) if n >= 0 else source}⟧"

    def number(self, value: float, decimals: int) -> str:
        text = f"{value:,.{decimals}f}" if decimals else f"{round(value):,}"
        return text.replace(",", " ").replace(".", ",").replace(" ", ".")


@pytest.fixture
def bracketed() -> Iterator[None]:
    i18n.set_catalog(Bracketed())
    yield
    i18n.set_catalog(None)


def assert_translated(message: str) -> None:
    assert message.startswith("⟦") and message.rstrip(".").endswith("⟧"), message


@pytest.mark.usefixtures("bracketed")
@pytest.mark.parametrize("content", [pytest.param(c, id=i) for i, c, _ in CORPUS])
def test_every_refusal_of_a_file_is_translated(content: bytes) -> None:
    with pytest.raises(ProjectLoadError) as error:
        parse_project(content)
    assert_translated(str(error.value))


@pytest.mark.usefixtures("bracketed")
def test_a_failed_write_is_translated(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError) as error:
        atomic_write(tmp_path / "gone" / "poster.pdf", b"x")
    assert_translated(str(error.value))


@pytest.mark.usefixtures("bracketed")
def test_rules_and_lock_sentences_are_translated() -> None:
    project = TEMPLATES["blueprint"].create_project()
    journey = project.journeys[0]
    divider = next(lane for lane in journey.lanes if lane.title == "⟦Line of visibility⟧")
    sentences = [
        placement_problem(journey, divider.id, journey.stages[0].id),
        placement_problem(journey, "gone", "gone"),
        emotion_problem(journey, journey.stages[0].id, 7),
        dot_problem(journey, "gone", 0),
        LockOwner(
            host="laptop-7", pid=42, user="anna", since=datetime(2026, 3, 3, tzinfo=UTC)
        ).describe(),
        LockOwner(host="", pid=0, user="", since=None).describe(),
    ]
    for sentence in sentences:
        assert sentence is not None
        assert_translated(sentence)
    journey.vote_rounds.append(VoteRound(participants=numbered_participants(2)))
    assert journey.vote_rounds[0].participants == ["⟦Participant 1⟧", "⟦Participant 2⟧"]
    assert_translated(start_problem(journey) or "")
    assert lane_kind_problem(journey, journey.lanes[0].id, divider.kind) is None
    assert copy_title("", set()) == "⟦⟦Untitled map⟧ (copy)⟧"


def test_a_new_map_speaks_the_language_but_a_file_keeps_its_words(tmp_path: Path) -> None:
    i18n.set_catalog(Bracketed())
    try:
        template = TEMPLATES["classic"]
        assert template.title == "⟦Classic five stages⟧" and template.summary.startswith("⟦")
        project = template.create_project()
        journey = project.journeys[0]
        assert project.title == journey.title == "⟦Classic five stages⟧"
        assert journey.stages[0].title == "⟦Awareness⟧"
        assert journey.stages[0].goal == "⟦Find out that a solution exists⟧"
        assert [lane.title for lane in journey.lanes][:2] == ["⟦Actions⟧", "⟦Thinking⟧"]
        assert journey.lanes[0].colour == template.lanes[0].colour != "#fff3b0"
        stages = [stage.title for stage in TEMPLATES["blank"].create_project().journeys[0].stages]
        assert stages[0] == "⟦Stage 1⟧"
    finally:
        i18n.set_catalog(None)
    english = tmp_path / "english.journey"
    save_project(TEMPLATES["classic"].create_project(), english)
    i18n.set_catalog(Bracketed())
    try:
        opened = load_project(english).journeys[0]
    finally:
        i18n.set_catalog(None)
    assert opened.stages[0].title == "Awareness"
    assert opened.lanes[0].title == "Actions"
