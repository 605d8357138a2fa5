"""The words the layout prints itself (lane kinds, the corner's state, untitled stages, a
persona card's headings, vote counts) are read in the user's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from journeydesk import i18n
from journeydesk.layout.corner import journey_corner
from journeydesk.layout.labels import KIND_LABELS, kind_label
from journeydesk.layout.map_layout import MapLayout, vote_badge_label
from journeydesk.layout.persona_card import Role, lay_out_persona
from journeydesk.layout.style import Style, TextSize
from journeydesk.layout.text import line_texts
from journeydesk.model.project import Journey, JourneyState, Lane, LaneKind, Persona, Stage


class Bracketed:
    """Every translated text in ⟦ ⟧; numbers as German writes them."""

    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        return f"⟦{i18n.english_plural(source, n) if n >= 0 else source}⟧"

    def number(self, value: float, decimals: int) -> str:
        return f"{round(value):,}".replace(",", ".")


@pytest.fixture(autouse=True)
def bracketed() -> Iterator[None]:
    i18n.set_catalog(Bracketed())
    yield
    i18n.set_catalog(None)


def test_lane_kinds_and_text_sizes_are_looked_up_in_the_language() -> None:
    assert KIND_LABELS[LaneKind.EMOTION] == kind_label(LaneKind.EMOTION) == "⟦Emotion curve⟧"
    assert dict(KIND_LABELS.items())[LaneKind.CARDS] == "⟦Cards⟧"
    assert len(KIND_LABELS) == 3 and list(KIND_LABELS) == list(LaneKind)
    assert TextSize.EXTRA_LARGE.label == "⟦Extra Large⟧"


def test_the_map_names_what_has_no_name() -> None:
    journey = Journey(
        state=JourneyState.FUTURE,
        stages=[Stage()],
        lanes=[Lane(kind=LaneKind.EMOTION)],
        persona_ids=[],
    )
    style = Style()
    corner = journey_corner(journey, 80.0, style)
    assert corner.state.text == "⟦Future state⟧"
    assert "⟦Untitled" in "".join(line.text for line in corner.title)
    layout = MapLayout(journey, style)
    assert "".join(line_texts(layout.stages[0].title_lines)) == "⟦Stage 1⟧"
    assert "".join(line_texts(layout.lanes[0].title_lines)) == "⟦Lane 1⟧"
    assert vote_badge_label(1234, style)[0] == "99+"
    assert vote_badge_label(7, style)[0] == "7"


def test_a_persona_card_speaks_the_language() -> None:
    card = lay_out_persona(Persona(age=34, role="Chef", quote="Fast!", goals=["Quick"]))
    texts = {block.role: " ".join(line_texts(block.lines)) for block in card.texts}
    assert texts[Role.NAME] == "⟦Unnamed persona⟧"
    assert texts[Role.DETAIL] == "⟦34, Chef⟧"
    assert texts[Role.QUOTE] == "⟦“Fast!”⟧"
    assert texts[Role.HEADING] == "⟦Goals⟧"
