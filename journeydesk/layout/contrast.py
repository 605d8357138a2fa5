"""How the canvas colours the map: the normal theme and a high-contrast one (WCAG AAA).

The poster prints the normal colours; the canvas can switch to the high-contrast theme (View >
High Contrast, and always while presenting), where every text colour reads at least 7:1 on
its background, as WCAG's AAA level asks, on every card colour a facilitator can pick.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from journeydesk.layout import colours

#: WCAG 2's AAA level for normal text: the contrast every text of the high-contrast theme keeps.
AAA_CONTRAST = 7.0
BLACK, WHITE = "#000000", "#ffffff"


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of ``colour`` ("#rrggbb"), from 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in colours.rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    a, b = relative_luminance(first), relative_luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


@cache
def aaa_card(colour: str) -> tuple[str, str]:
    """A card's (fill, ink) with ink at least 7:1 on the fill, keeping the colour's hue.

    Light colours keep black ink and are lightened only as far as needed; dark ones keep
    white ink and are darkened. Mixing towards white or black always gets there (21:1 at the
    end), so the search ends.
    """
    light = contrast_ratio(BLACK, colour) >= contrast_ratio(WHITE, colour)
    ink = BLACK if light else WHITE
    fill = colour
    amount = 0.0
    while contrast_ratio(ink, fill) < AAA_CONTRAST:
        amount += 0.05
        fill = colours.pale(colour, amount) if light else colours.darker(colour, 1 - amount)
    return fill, ink


@dataclass(frozen=True)
class Theme:
    """The colours the canvas paints its chrome with; cards get theirs from ``card_colours``."""

    high_contrast: bool
    background: str
    stage_fill: str
    stage_fill_active: str
    stage_edge: str
    stage_title: str
    stage_goal: str
    lane_fill: str
    lane_fill_active: str
    lane_edge: str
    lane_title: str
    lane_kind: str
    legend: str
    legend_active: str
    corner_fill: str
    corner_title: str
    corner_state: str
    badge_fill: str
    badge_ink: str
    grid: str

    def card_colours(self, colour: str) -> tuple[str, str]:
        """The fill and the text colour of a card of ``colour``."""
        if self.high_contrast:
            return aaa_card(colour)
        return colour, colours.ink_for(colour)

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every text colour of the chrome with the background it is drawn on, by name."""
        return {
            "stage title": (self.stage_title, self.stage_fill),
            "stage title, chosen": (self.stage_title, self.stage_fill_active),
            "stage goal": (self.stage_goal, self.stage_fill),
            "stage goal, chosen": (self.stage_goal, self.stage_fill_active),
            "lane title": (self.lane_title, self.lane_fill),
            "lane title, chosen": (self.lane_title, self.lane_fill_active),
            "lane kind": (self.lane_kind, self.lane_fill),
            "lane kind, chosen": (self.lane_kind, self.lane_fill_active),
            "legend": (self.legend, self.lane_fill),
            "legend, chosen curve": (self.legend_active, self.lane_fill),
            "legend, chosen lane": (self.legend, self.lane_fill_active),
            "map title": (self.corner_title, self.corner_fill),
            "map state": (self.corner_state, self.corner_fill),
            "vote badge": (self.badge_ink, self.badge_fill),
        }


NORMAL = Theme(
    high_contrast=False,
    background="#e9ecf1",
    stage_fill=colours.STAGE_HEADER,
    stage_fill_active="#3f5a88",
    stage_edge="#46546d",
    stage_title="#ffffff",
    stage_goal=colours.STAGE_GOAL_INK,
    lane_fill=colours.LANE_HEADER,
    lane_fill_active="#dfe7f5",
    lane_edge="#c9ced8",
    lane_title="#1d232b",
    lane_kind="#6b7280",
    legend="#4b5563",
    legend_active="#1d232b",
    corner_fill=colours.CORNER,
    corner_title="#ffffff",
    corner_state="#9ca3af",
    badge_fill=colours.VOTE_BADGE,
    badge_ink="#ffffff",
    grid=colours.GRID,
)

HIGH_CONTRAST = Theme(
    high_contrast=True,
    background="#ffffff",
    stage_fill="#000000",
    stage_fill_active="#0b2a66",
    stage_edge="#5c5c5c",
    stage_title="#ffffff",
    stage_goal="#f0f0f0",
    lane_fill="#ffffff",
    lane_fill_active="#e3ecff",
    lane_edge="#3a3a3a",
    lane_title="#000000",
    lane_kind="#262626",
    legend="#1a1a1a",
    legend_active="#000000",
    corner_fill="#000000",
    corner_title="#ffffff",
    corner_state="#e6e6e6",
    badge_fill="#8a1c00",
    badge_ink="#ffffff",
    grid="#6e6e6e",
)


def theme(high_contrast: bool) -> Theme:
    """The high-contrast theme or the normal one."""
    return HIGH_CONTRAST if high_contrast else NORMAL
