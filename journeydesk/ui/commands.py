"""Undoable edits. Each command stores ids and values, never graphics items.

A command computes everything it will change when it is made, so that redo and undo simply
apply one set of values or the other through the document's ``apply_*`` methods.

The commands live by what they change: ``command_base.py`` (what they share, the project's
properties), ``card_commands.py`` (cards) and ``axis_commands.py`` (stages, lanes, emotion
curves); this module gathers them under one import. Maps and personas are in
``project_commands.py``, dot voting in ``vote_commands.py``.
"""

from __future__ import annotations

from journeydesk.ui.axis_commands import (
    AddAxisItemCommand,
    EditAxisItemCommand,
    MoveAxisItemCommand,
    RemoveAxisItemCommand,
    SetEmotionCommand,
)
from journeydesk.ui.card_commands import (
    AddCardsCommand,
    EditCardCommand,
    EditCardsCommand,
    MoveCardsCommand,
    RemoveCardsCommand,
)
from journeydesk.ui.command_base import CommandText, OnDocument, SetProjectInfoCommand

__all__ = [
    "AddAxisItemCommand",
    "AddCardsCommand",
    "CommandText",
    "EditAxisItemCommand",
    "EditCardCommand",
    "EditCardsCommand",
    "MoveAxisItemCommand",
    "MoveCardsCommand",
    "OnDocument",
    "RemoveAxisItemCommand",
    "RemoveCardsCommand",
    "SetEmotionCommand",
    "SetProjectInfoCommand",
]
