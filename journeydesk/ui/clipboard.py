"""Cards on the clipboard: JSON for JourneyDesk, one line per card for other programs."""

from __future__ import annotations

import json

from pydantic import ValidationError
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from journeydesk.model.project import Card, new_id

CARDS_MIME = "application/x-journeydesk-cards"


def cards_to_mime(cards: list[Card]) -> QMimeData:
    """Put ``cards`` on a QMimeData: JourneyDesk's JSON and plain text."""
    mime = QMimeData()
    payload = {"cards": [card.model_dump(mode="json") for card in cards]}
    mime.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(card.text.replace("\n", " ") for card in cards))
    return mime


def cards_from_mime(mime: QMimeData) -> list[Card] | None:
    """Cards copied from JourneyDesk, with new ids; None if the clipboard holds none."""
    if not mime.hasFormat(CARDS_MIME):
        return None
    try:
        raw = json.loads(bytes(mime.data(CARDS_MIME).data()).decode("utf-8"))
        cards = [Card.model_validate(item) for item in raw["cards"]]
    except (ValueError, KeyError, TypeError, ValidationError, RecursionError):
        return None  # damaged or foreign data: fall back to the plain text
    for card in cards:
        card.id = new_id()
        card.source_card_id = None  # a pasted card is new, wherever it came from
    return cards


def release_clipboard() -> None:
    """Before the app ends: leave the copied cards' text on the clipboard, made by Qt.

    Mime data made in Python and still on the clipboard is deleted by Qt after the
    interpreter has gone, which crashes on the way out. Text set by Qt has no Python side,
    and stays available to other programs (through a clipboard manager) after JourneyDesk.
    """
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(CARDS_MIME):
        clipboard.setText(mime.text())
