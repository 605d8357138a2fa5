"""The high-contrast theme keeps every text at WCAG AAA (7:1) on its background."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journeydesk.layout import colours
from journeydesk.layout.contrast import (
    AAA_CONTRAST,
    HIGH_CONTRAST,
    NORMAL,
    aaa_card,
    contrast_ratio,
    relative_luminance,
)
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.palette import PALETTE

hex_colours = st.integers(0, 0xFFFFFF).map(lambda value: f"#{value:06x}")


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#000000") == 0.0


@pytest.mark.parametrize("name", sorted(HIGH_CONTRAST.text_pairs()))
def test_every_chrome_text_of_the_high_contrast_theme_reads_at_aaa(name: str) -> None:
    ink, background = HIGH_CONTRAST.text_pairs()[name]
    assert contrast_ratio(ink, background) >= AAA_CONTRAST, name


def test_every_card_and_lane_colour_the_app_offers_reads_at_aaa() -> None:
    offered = {c for c in PALETTE if c} | {colours.VOTE_BADGE}
    for template in TEMPLATES.values():
        for journey in template.create_project().journeys:
            offered |= {lane.colour for lane in journey.lanes}
            offered |= {card.colour for card in journey.cards if card.colour}
    assert len(offered) > 5
    for colour in offered:
        fill, ink = HIGH_CONTRAST.card_colours(colour)
        assert contrast_ratio(ink, fill) >= AAA_CONTRAST, colour


@given(hex_colours)
def test_any_card_colour_gets_a_fill_with_aaa_ink_of_a_similar_lightness(colour: str) -> None:
    fill, ink = aaa_card(colour)
    assert ink in ("#000000", "#ffffff")
    assert contrast_ratio(ink, fill) >= AAA_CONTRAST
    if contrast_ratio(ink, colour) >= AAA_CONTRAST:
        assert fill == colour  # readable colours are kept as they are


def test_the_normal_theme_keeps_the_printed_colours() -> None:
    assert NORMAL.card_colours("#ffe58f") == ("#ffe58f", colours.ink_for("#ffe58f"))
    assert NORMAL.stage_fill == colours.STAGE_HEADER
