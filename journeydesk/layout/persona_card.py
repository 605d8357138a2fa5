"""A persona's card: photo, name, age and role, quote and goals, laid out once.

The canvas shows it above the map and the poster prints it beside the title: both draw
exactly these boxes and lines, so the two show the same fields in the same places. All
positions are in points, relative to the card's top left corner.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from journeydesk.i18n import Translatable, arg, number
from journeydesk.layout.fonts import Weight
from journeydesk.layout.text import TextLine, wrap
from journeydesk.model.project import Persona

#: The width of a persona card on the canvas and on the poster.
CARD_WIDTH = 360.0
PADDING = 12.0
PHOTO_SIDE = 72.0
#: Room between the photo and the text beside it, and between blocks of text.
GAP = 10.0
NAME_SIZE, NAME_LINE = 15.0, 19.0
TEXT_SIZE, TEXT_LINE = 10.5, 14.0
#: Where the card is filled and edged: a wash of the persona's colour.
FILL_AMOUNT = 0.9


class PersonaCardText(Translatable):
    """The words a persona's card prints besides the facilitator's own."""


class Role(StrEnum):
    """What a block of text is, so each painter picks the same ink for it."""

    NAME = "name"
    DETAIL = "detail"
    QUOTE = "quote"
    HEADING = "heading"
    ITEM = "item"


#: The ink of each kind of text, on the card's pale fill.
INK = {
    Role.NAME: "#111827",
    Role.DETAIL: "#4b5563",
    Role.QUOTE: "#374151",
    Role.HEADING: "#111827",
    Role.ITEM: "#1f2937",
}


@dataclass(frozen=True, slots=True)
class CardText:
    """Lines of one size and weight; ``x``/``y`` is the first line's top left."""

    role: Role
    x: float
    y: float
    lines: tuple[TextLine, ...]
    size: float
    line_height: float
    weight: Weight

    @property
    def bottom(self) -> float:
        """The y below the last line."""
        return self.y + len(self.lines) * self.line_height


@dataclass(frozen=True, slots=True)
class PersonaCardLayout:
    """Where everything of one persona's card goes."""

    persona_id: str
    width: float
    height: float
    colour: str
    #: The photo's square (x, y, side); without a photo, a disc with the initials sits there.
    photo: tuple[float, float, float]
    has_photo: bool
    initials: str
    texts: tuple[CardText, ...]


def initials_of(name: str) -> str:
    """Up to two capital letters for a persona without a photo ("Eva Moline": "EM")."""
    words = [word for word in name.split() if word[:1].isalnum()]
    letters = "".join(word[0] for word in words[:1] + words[1:][-1:])
    return letters.upper() or "?"


def lay_out_persona(persona: Persona, width: float = CARD_WIDTH) -> PersonaCardLayout:
    """Lay out one persona's card ``width`` points wide; its height follows its text."""
    side = PHOTO_SIDE
    beside_x = PADDING + side + GAP
    beside = width - beside_x - PADDING
    full = width - 2 * PADDING
    texts: list[CardText] = []
    y = PADDING

    def add(
        role: Role,
        x: float,
        text: str,
        inner: float,
        size: float,
        line: float,
        weight: Weight = Weight.REGULAR,
    ) -> None:
        nonlocal y
        lines = wrap(text, inner, size, weight)
        if lines:
            block = CardText(role, x, y, lines, size, line, weight)
            texts.append(block)
            y = block.bottom + 3

    add(
        Role.NAME,
        beside_x,
        persona.name.strip() or PersonaCardText.tr("Unnamed persona"),
        beside,
        NAME_SIZE,
        NAME_LINE,
        Weight.BOLD,
    )
    age = number(persona.age) if persona.age else ""  # an age of 0 is not shown
    role = persona.role.strip()
    if age and role:
        who = arg(PersonaCardText.tr("%1, %2", "a persona's age, role"), age, role)
    else:
        who = age or role
    add(Role.DETAIL, beside_x, who, beside, TEXT_SIZE, TEXT_LINE)
    quote = persona.quote.strip()
    quoted = arg(PersonaCardText.tr("“%1”", "a persona's quote"), quote) if quote else ""
    add(Role.QUOTE, beside_x, quoted, beside, TEXT_SIZE, TEXT_LINE)
    photo_bottom = PADDING + side
    goals = [goal.strip() for goal in persona.goals if goal.strip()]
    if goals:
        y = max(y, photo_bottom + GAP)
        heading = PersonaCardText.tr("Goals")
        add(Role.HEADING, PADDING, heading, full, TEXT_SIZE, TEXT_LINE, Weight.BOLD)
        add(
            Role.ITEM, PADDING, "\n".join(f"• {goal}" for goal in goals), full, TEXT_SIZE, TEXT_LINE
        )
    text_bottom = texts[-1].bottom if texts else 0.0
    height = max(text_bottom, photo_bottom) + PADDING
    return PersonaCardLayout(
        persona_id=persona.id,
        width=width,
        height=height,
        colour=persona.colour,
        photo=(PADDING, PADDING, side),
        has_photo=persona.photo is not None,
        initials=initials_of(persona.name),
        texts=tuple(texts),
    )


def lay_out_row(
    personas: list[Persona], gap: float = 16.0, width: float = CARD_WIDTH
) -> list[tuple[float, PersonaCardLayout]]:
    """The cards of a map's personas side by side: (x of each card, its layout)."""
    row = []
    x = 0.0
    for persona in personas:
        row.append((x, lay_out_persona(persona, width)))
        x += width + gap
    return row
