"""The blank wall template: a map's headers with empty cells for real paper sticky notes.

For workshops with paper notes: the stage and lane headers (and the persona panel) print at
full size, and each cell is sized to hold a chosen number of real notes, stacked, with room
round them. The template prints at 100 % (one sheet or tiles) so that the cells are the size
they say. Header text is set larger than on the canvas, to be read across a room.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from journeydesk.i18n import Translatable, arg, number
from journeydesk.layout.style import Style
from journeydesk.model.project import Journey, LaneKind
from journeydesk.poster.papers import MM

#: Sticky-note sizes on sale everywhere: (width, height) in points, by name.
NOTE_SIZES: dict[str, tuple[float, float]] = {
    "76x76": (76 * MM, 76 * MM),
    "76x127": (127 * MM, 76 * MM),  # the long side across, as such notes are usually stuck
    "102x152": (152 * MM, 102 * MM),
}
#: How much larger than on the canvas the template's text is.
TEXT_SCALE = 2.0
#: Room round the notes in a cell, and between two notes.
ROOM = 8 * MM
GAP = 5 * MM
#: The most notes a cell can be asked to hold.
MAX_PER_CELL = 12
#: The style's measures that are text and header sizes (scaled by ``TEXT_SCALE``).
_TEXT_FIELDS = frozenset(
    field.name
    for field in fields(Style)
    if field.name.startswith(("stage_", "lane_", "header_", "legend_", "divider_", "corner_"))
    and field.name not in ("stage_width",)
)


class WallKitText(Translatable):
    """Why a blank wall template cannot be made as asked."""


def check_note(note: str) -> None:
    """Raise ValueError with a sentence when ``note`` is not one of ``NOTE_SIZES``."""
    if note not in NOTE_SIZES:
        message = WallKitText.tr("There is no note size '%1'; the sizes are %2 mm.")
        raise ValueError(arg(message, note, ", ".join(NOTE_SIZES)))


@dataclass(frozen=True)
class WallKit:
    """A blank wall template: the note size (a ``NOTE_SIZES`` key) and notes per cell."""

    note: str = "76x76"
    per_cell: int = 3

    def __post_init__(self) -> None:
        check_note(self.note)
        if not 1 <= self.per_cell <= MAX_PER_CELL:
            message = WallKitText.tr("A cell holds from %1 to %2 notes.")
            raise ValueError(arg(message, number(1), number(MAX_PER_CELL)))

    @property
    def note_size(self) -> tuple[float, float]:
        """The note's (width, height) in points."""
        return NOTE_SIZES[self.note]

    @property
    def cell_size(self) -> tuple[float, float]:
        """The inside of a cell that holds the notes, stacked: (width, height) in points."""
        width, height = self.note_size
        return width + 2 * ROOM, self.per_cell * height + (self.per_cell - 1) * GAP + 2 * ROOM


def wall_style(kit: WallKit) -> Style:
    """The style that lays a blank map out with cells of ``kit``'s size (at 100 %)."""
    base = Style()
    scaled = {
        name: getattr(base, name) * TEXT_SCALE
        for name in _TEXT_FIELDS
        if isinstance(getattr(base, name), float)
    }
    width, height = kit.cell_size
    scaled.update(
        stage_width=width,
        cell_padding=ROOM,
        lane_min_height=height,
        emotion_band_height=base.emotion_band_height * TEXT_SCALE,
        emotion_cards_min_height=height,
    )
    return replace(base, **scaled)


def blank_journey(journey: Journey) -> Journey:
    """``journey`` without its cards, scores and votes: headers only."""
    blank = journey.model_copy(deep=True)
    blank.cards = []
    blank.emotions = {}
    blank.persona_emotions = {}
    blank.vote_rounds = []
    return blank


def note_cells(journey: Journey) -> int:
    """How many cells of ``journey`` take notes (every stage of every lane but dividers)."""
    lanes = [lane for lane in journey.lanes if lane.kind is not LaneKind.DIVIDER]
    return len(lanes) * len(journey.stages)
