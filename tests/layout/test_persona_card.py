"""A persona's card, laid out once for the canvas and the poster."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from journeydesk.layout.persona_card import (
    CARD_WIDTH,
    PADDING,
    PHOTO_SIDE,
    Role,
    initials_of,
    lay_out_persona,
    lay_out_row,
)
from journeydesk.layout.text import line_texts
from journeydesk.model.project import Persona


def lines_of(persona: Persona, role: Role) -> list[str]:
    card = lay_out_persona(persona)
    return [line for block in card.texts if block.role is role for line in line_texts(block.lines)]


def test_the_card_shows_name_age_role_quote_and_goals() -> None:
    eva = Persona(
        name="Eva Moline",
        role="Journalist",
        age=29,
        quote="Fresh, please.",
        goals=["Eat light", "Be home by ten"],
        frustrations=["Queues"],
    )
    assert lines_of(eva, Role.NAME) == ["Eva Moline"]
    assert lines_of(eva, Role.DETAIL) == ["29, Journalist"]
    assert lines_of(eva, Role.QUOTE) == ["“Fresh, please.”"]
    assert lines_of(eva, Role.HEADING) == ["Goals"]
    assert lines_of(eva, Role.ITEM) == ["• Eat light", "• Be home by ten"]


def test_an_empty_persona_still_has_a_name_and_room_for_its_picture() -> None:
    card = lay_out_persona(Persona())
    assert [line for block in card.texts for line in line_texts(block.lines)] == ["Unnamed persona"]
    assert card.height == PADDING + PHOTO_SIDE + PADDING
    assert card.initials == "?" and not card.has_photo


def test_initials() -> None:
    assert initials_of("Eva Moline") == "EM"
    assert initials_of("Anna Maria de la Cruz") == "AC"
    assert initials_of("  zoë ") == "Z"
    assert initials_of("— —") == "?"


def test_text_beside_the_photo_stays_clear_of_it() -> None:
    card = lay_out_persona(Persona(name="A name long enough to wrap onto a second line " * 3))
    photo_right = card.photo[0] + card.photo[2]
    for block in card.texts:
        assert block.x >= photo_right
    assert len(card.texts[0].lines) > 1


def test_cards_of_a_map_sit_side_by_side() -> None:
    row = lay_out_row([Persona(name="Eva"), Persona(name="Sam")], gap=16.0)
    assert [x for x, _card in row] == [0.0, CARD_WIDTH + 16.0]


@given(
    name=st.text(max_size=80),
    role=st.text(max_size=80),
    quote=st.text(max_size=300),
    goals=st.lists(st.text(max_size=120), max_size=6),
)
def test_every_line_fits_inside_the_card(
    name: str, role: str, quote: str, goals: list[str]
) -> None:
    card = lay_out_persona(Persona(name=name, role=role, quote=quote, goals=goals))
    bottoms = [block.bottom for block in card.texts]
    assert max(bottoms, default=0.0) <= card.height - PADDING + 0.01
    for block in card.texts:
        assert PADDING <= block.x < card.width - PADDING
        assert block.lines
