"""Saving checks what was edited and the whole project's rules, not by parsing the file again."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journeydesk.model import storage
from journeydesk.model.errors import ProjectSaveError
from journeydesk.model.journeys import copy_journey
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import load_project, save_project
from journeydesk.ui import document as document_module
from journeydesk.ui.command_base import SetProjectInfoCommand
from journeydesk.ui.commands import EditCardCommand, RemoveCardsCommand
from tests.ui.helpers import shown_window


def test_save_checks_the_model_without_parsing_the_file_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.journey"
    save_project(generate_project(stages=6, lanes=4, cards=300, seed=4), path)
    for window in shown_window(qtbot, path):
        document = window.document
        assert document is not None
        document.undo_stack.push(SetProjectInfoCommand(document, "Renamed", ""))

        def refuse(data: bytes) -> object:
            raise AssertionError("Save parsed the file again")

        monkeypatch.setattr(storage, "parse_project", refuse)
        monkeypatch.setattr(document_module, "parse_project", refuse)
        assert window.save()
        monkeypatch.undo()
        assert load_project(path).title == "Renamed"


def test_an_edited_card_that_breaks_its_rules_is_not_written(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    save_project(generate_project(stages=4, lanes=3, cards=60, seed=2), path)
    before = path.read_bytes()
    for window in shown_window(qtbot, path):
        document = window.document
        assert document is not None
        journey = document.project.journeys[0]
        card = journey.cards[3]
        command = EditCardCommand(document, journey.id, card.id, {"text": "Edited"})
        document.undo_stack.push(command)
        # A bug that skipped the edit's own check would leave a value like this one behind.
        object.__setattr__(document.card(card.id), "votes", -1)
        with pytest.raises(ProjectSaveError):
            document.save()
        assert path.read_bytes() == before  # nothing written, the old file whole
        object.__setattr__(document.card(card.id), "votes", 0)
        assert document.save()
        assert next(c for c in load_project(path).journeys[0].cards if c.id == card.id).text == (
            "Edited"
        )


def test_a_deleted_card_is_checked_for_links_to_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "map.journey"
    project = generate_project(stages=4, lanes=3, cards=60, seed=2)
    project.journeys.append(copy_journey(project.journeys[0], "Future", future=True))
    save_project(project, path)
    before = path.read_bytes()
    for window in shown_window(qtbot, path):
        document = window.document
        assert document is not None
        current, future = document.project.journeys
        deleted = current.cards[2]
        copy = next(card for card in future.cards if card.source_card_id == deleted.id)
        document.undo_stack.push(
            EditCardCommand(document, current.id, deleted.id, {"text": "Edited, then deleted"})
        )
        document.undo_stack.push(RemoveCardsCommand(document, current.id, [deleted.id]))
        assert copy.source_card_id is None  # the future state's copy no longer links to it
        # A bug that left the link behind: the file would not open again.
        object.__setattr__(copy, "source_card_id", deleted.id)
        with pytest.raises(ProjectSaveError):
            document.save()
        assert path.read_bytes() == before
        object.__setattr__(copy, "source_card_id", None)

        def refuse(data: bytes) -> object:
            raise AssertionError("Save parsed the file again")

        monkeypatch.setattr(storage, "parse_project", refuse)
        assert document.save()  # the deleted card's edit is no reason to parse the file
        monkeypatch.undo()
        assert deleted.id not in {card.id for card in load_project(path).journeys[0].cards}
