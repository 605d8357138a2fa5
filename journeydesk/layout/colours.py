"""Colours shared by the canvas and the poster, as "#rrggbb" strings."""

from __future__ import annotations


def rgb(colour: str) -> tuple[float, float, float]:
    """The red, green and blue of "#rrggbb", each from 0 to 1."""
    value = colour.lstrip("#")
    return int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255


def _hex(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in (r, g, b))


def pale(colour: str, amount: float = 0.78) -> str:
    """``colour`` mixed with white: the cell background of a lane of that colour."""
    return _hex(*(c + (1 - c) * amount for c in rgb(colour)))


#: How pale a lane's cells are: an emotion lane's (where the curve runs) paler still.
LANE_PALENESS = 0.78
EMOTION_PALENESS = 0.9


def darker(colour: str, factor: float = 0.75) -> str:
    """``colour`` darkened (edges of notes)."""
    return _hex(*(c * factor for c in rgb(colour)))


def ink_for(background: str) -> str:
    """Near-black or white text, whichever reads better on ``background``."""
    r, g, b = rgb(background)
    return "#1d232b" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45 else "#ffffff"


def chip_fill(ink: str) -> tuple[str, float]:
    """A tag chip's fill and opacity on a card whose text is ``ink``: a veil of white under
    dark text, of black under white text."""
    return ("#ffffff", 0.67) if sum(rgb(ink)) < 1.5 else ("#000000", 0.24)


#: Fills of the chrome: headers and grid, the same on screen and paper.
STAGE_HEADER = "#2f3b52"
STAGE_GOAL_INK = "#d6deeb"
LANE_HEADER = "#f3f4f7"
CORNER = "#1f2937"
GRID = "#d5d9e0"
SHADOW = "#c3c8d1"
VOTE_BADGE = "#c2410c"
CURVE = "#334155"
#: The dashes of a curve across stages without a score, and the neutral line (score 0).
CURVE_GAP = "#8a94a6"
NEUTRAL_LINE = "#b9c0cc"
SCORE_COLOURS = {-2: "#c0392b", -1: "#e67e22", 0: "#7f8c8d", 1: "#5dade2", 2: "#27ae60"}

#: The colour of each participant's voting dots: participant i gets colour i % 12. The first
#: six are Okabe and Ito's palette for colour-blind readers (its yellow and black left out:
#: too faint on sticky notes, too like text), the rest the colours of Paul Tol's "muted"
#: palette that differ most from them, so a small workshop gets the most distinct ones. A
#: white outline sets each dot off from any lane colour.
PARTICIPANT_COLOURS = (
    "#0072b2",  # blue
    "#e69f00",  # orange
    "#009e73",  # bluish green
    "#cc79a7",  # reddish purple
    "#d55e00",  # vermilion
    "#56b4e9",  # sky blue
    "#332288",  # indigo
    "#999933",  # olive
    "#882255",  # wine
    "#44aa99",  # teal
    "#ddcc77",  # sand
    "#aa4499",  # purple
)
#: The "+N" marker of the dots that do not fit on a card, and its label.
MORE_DOTS = "#4b5563"
MORE_DOTS_INK = "#ffffff"
DOT_OUTLINE = "#ffffff"


def participant_colour(participant: int) -> str:
    """The colour of a participant's voting dots (by their index in the round)."""
    return PARTICIPANT_COLOURS[participant % len(PARTICIPANT_COLOURS)]
