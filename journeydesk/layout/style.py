"""Sizes of the map in points: one set of numbers for the canvas and the poster."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from enum import StrEnum

from journeydesk.i18n import QT_TRANSLATE_NOOP, Translatable


@dataclass(frozen=True)
class Style:
    """Every measure of the map layout, in points (1/72 inch)."""

    stage_width: float = 196.0
    lane_header_width: float = 150.0
    cell_padding: float = 8.0
    card_gap: float = 7.0
    card_padding: float = 7.0
    card_text_size: float = 10.5
    card_line_height: float = 13.5
    card_min_height: float = 34.0
    #: A card's hard shadow (offset below right) and its edge line.
    shadow_dx: float = 1.2
    shadow_dy: float = 2.0
    card_edge_width: float = 0.8
    #: The vote badge: a disc centred this far in from the card's top right corner.
    badge_radius: float = 9.0
    badge_inset: float = 2.0
    badge_outline: float = 1.2
    badge_text_size: float = 8.0
    #: For "99+", which needs a smaller size to fit.
    badge_small_text_size: float = 6.5
    tag_text_size: float = 7.5
    tag_height: float = 12.0
    tag_gap: float = 3.0
    tag_padding: float = 4.0
    header_padding: float = 9.0
    stage_title_size: float = 13.0
    stage_title_line_height: float = 16.0
    stage_goal_size: float = 9.5
    stage_goal_line_height: float = 12.0
    stage_header_min_height: float = 46.0
    lane_title_size: float = 12.0
    lane_title_line_height: float = 15.0
    lane_kind_size: float = 8.5
    lane_kind_line_height: float = 12.0
    #: The lane's colour as a band down the left edge of its header.
    lane_band_width: float = 6.0
    #: A divider lane's title: one small line at the top of its thin header.
    divider_title_size: float = 8.5
    divider_title_line_height: float = 14.0
    divider_title_top: float = 1.0
    #: The map's title in the top-left corner (up to three lines, then "…") and its state.
    corner_title_size: float = 10.5
    corner_title_line_height: float = 13.125
    corner_title_lines: int = 3
    lane_min_height: float = 66.0
    #: The band of an emotion lane where the curve runs, above any cards of that lane.
    emotion_band_height: float = 118.0
    #: The least room for cards below an emotion lane's band (a blank wall template's notes).
    emotion_cards_min_height: float = 0.0
    emotion_margin: float = 24.0
    divider_height: float = 16.0
    #: A divider lane's dashed line across the map: its width, dashes and gaps.
    divider_line_width: float = 2.0
    divider_dash: float = 6.0
    divider_gap: float = 3.0
    #: The legend of an emotion lane's curves (one line per persona), in its lane header.
    legend_text_size: float = 9.0
    legend_line_height: float = 14.0
    legend_swatch: float = 8.0
    #: The emotion curve: its line, dashed across stages without a score, its points and
    #: their score labels (just above each point), and the dotted neutral line (score 0).
    curve_width: float = 2.6
    curve_gap_width: float = 1.6
    curve_dash: float = 5.0
    curve_dash_gap: float = 4.0
    point_radius: float = 7.0
    point_outline: float = 2.0
    score_label_size: float = 8.5
    score_label_height: float = 13.0
    score_label_gap: float = 2.0
    neutral_line_width: float = 1.0
    neutral_dot: float = 1.0
    neutral_dot_gap: float = 2.0
    #: The curves of a map's personas after the one being edited: thinner, smaller points.
    other_curve_width: float = 1.8
    other_gap_width: float = 1.2
    other_point_radius: float = 4.5
    other_point_outline: float = 1.5
    #: Voting dots: a row centred on a card's bottom edge, each with a white outline; a
    #: "+N" marker (label in this size, padded) stands for those that do not fit.
    dot_radius: float = 4.5
    dot_gap: float = 2.0
    dot_outline: float = 1.0
    dot_label_size: float = 6.5
    dot_label_padding: float = 2.5
    #: Paint with the high-contrast theme (the canvas only; measures do not change).
    high_contrast: bool = False

    @property
    def card_width(self) -> float:
        """The width of every card: its column less the cell's padding."""
        return self.stage_width - 2 * self.cell_padding

    @property
    def dot_reach(self) -> float:
        """How far voting dots reach below a card's bottom edge, their outline included."""
        return self.dot_radius + self.dot_outline / 2

    def score_y(self, score: int) -> float:
        """The height of an emotion ``score`` (-2..+2) in an emotion lane's band."""
        band = self.emotion_band_height - 2 * self.emotion_margin
        return self.emotion_margin + (2 - score) / 4 * band

    def score_label_top(self, point_y: float) -> float:
        """The top of a score's label above its point at ``point_y``."""
        return point_y - self.point_radius - self.score_label_gap - self.score_label_height

    @property
    def badge_reach(self) -> float:
        """How far a vote badge reaches beyond a card's top and right edges."""
        return self.badge_radius - self.badge_inset + self.badge_outline / 2

    @property
    def card_text_width(self) -> float:
        """The width available to a card's text."""
        return self.card_width - 2 * self.card_padding


class TextSizeText(Translatable):
    """The names of the text sizes of View > Text Size."""


_TEXT_SIZE_LABELS = {
    "normal": QT_TRANSLATE_NOOP("TextSizeText", "Normal"),
    "large": QT_TRANSLATE_NOOP("TextSizeText", "Large"),
    "extra_large": QT_TRANSLATE_NOOP("TextSizeText", "Extra Large"),
}


class TextSize(StrEnum):
    """View > Text Size: how large the canvas draws the map's text (never the poster's)."""

    NORMAL = "normal"
    LARGE = "large"
    EXTRA_LARGE = "extra_large"

    @property
    def factor(self) -> float:
        """How much larger than printed the text is."""
        return {"normal": 1.0, "large": 1.3, "extra_large": 1.6}[self.value]

    @property
    def label(self) -> str:
        """The menu's words for this size, in the user's language."""
        return TextSizeText.tr(_TEXT_SIZE_LABELS[self.value])


#: Measures that grow with the text only half as fast: the columns get wider, but less than
#: the text, so a larger text size also means more of the map's width is words.
_WIDTHS = frozenset({"stage_width", "lane_header_width"})


def screen_style(text_size: TextSize = TextSize.NORMAL, high_contrast: bool = False) -> Style:
    """The style the canvas lays the map out with for a text size and a contrast mode."""
    factor = text_size.factor
    base = Style(high_contrast=high_contrast)
    if factor == 1.0:
        return base
    widths = (1.0 + factor) / 2
    scaled = {
        field.name: getattr(base, field.name) * (widths if field.name in _WIDTHS else factor)
        for field in fields(base)
        if field.type in ("float", float)
    }
    return replace(base, **scaled)
