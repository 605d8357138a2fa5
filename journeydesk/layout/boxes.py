"""The pieces a map's layout is made of: card boxes, tag chips, stage columns, lane rows and
the points of an emotion curve, all in points, as ``MapLayout`` places them.

The canvas and the poster draw these as they are; nothing here measures or moves anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeydesk.i18n import number
from journeydesk.layout.dots import DotMark
from journeydesk.layout.style import Style
from journeydesk.layout.text import TextLine
from journeydesk.model.project import LaneKind

Cell = tuple[str, str]  # (lane id, stage id)
Point = tuple[float, float]


@dataclass(slots=True)
class TagChip:
    """A tag drawn as a small chip; ``x``/``y`` are relative to the card's top left."""

    text: str
    x: float
    y: float
    width: float
    #: The tag as shaped, centred in the chip by its painters.
    line: TextLine


@dataclass(slots=True)
class CardBox:
    """Where a card sits and how its text breaks. ``y`` is relative to its lane's top."""

    card_id: str
    lane_id: str
    stage_id: str
    x: float
    y: float
    width: float
    height: float
    #: The text's lines, shaped; right-to-left paragraphs carry their indent.
    lines: tuple[TextLine, ...]
    tags: tuple[TagChip, ...]
    votes: int
    colour: str
    #: The dots of the map's latest vote round on this card (see layout/dots.py).
    dots: tuple[DotMark, ...] = ()


def vote_badge_label(votes: int, style: Style) -> tuple[str, float]:
    """What a card's vote badge says, and in what size: the count, or "99+" smaller."""
    if votes < 100:
        return number(votes), style.badge_text_size
    return f"{number(99)}+", style.badge_small_text_size  # "more than 99"


@dataclass(slots=True)
class StageColumn:
    """A stage's column and the lines of its header."""

    stage_id: str
    index: int
    x: float
    width: float
    title_lines: tuple[TextLine, ...]
    goal_lines: tuple[TextLine, ...]


@dataclass(slots=True)
class LaneRow:
    """A lane's row and the lines of its header."""

    lane_id: str
    index: int
    kind: LaneKind
    colour: str
    y: float
    height: float
    title_lines: tuple[TextLine, ...]
    #: Where cards start below the lane's top (an emotion lane keeps a band for its curve).
    content_top: float
    #: Where the legend of the curves starts in the header (0: one curve, no legend).
    legend_top: float = 0.0
    #: Where the lane's kind ("Cards", "Emotion curve") is printed in its header (0: a divider).
    kind_top: float = 0.0


@dataclass(slots=True)
class EmotionPoint:
    """A stage's emotion score placed in its lane; ``y`` is relative to the lane's top."""

    stage_id: str
    score: int
    x: float
    y: float
