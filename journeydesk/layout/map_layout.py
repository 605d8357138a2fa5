"""The geometry of one journey map, in points, computed once for the canvas and the poster.

Stages are columns of equal width after the lane header column; lanes are rows as tall as
their fullest cell. Cards stack in their cell in order, each as tall as its wrapped text and
tags. Card positions are kept relative to their lane's top, so a lane that grows moves the
lanes below it without touching their cards. The pieces are in ``boxes.py`` and the curve's
shape in ``curve.py``; this module re-exports them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from journeydesk.i18n import Translatable, arg
from journeydesk.layout.boxes import CardBox as CardBox
from journeydesk.layout.boxes import Cell as Cell
from journeydesk.layout.boxes import EmotionPoint as EmotionPoint
from journeydesk.layout.boxes import LaneRow as LaneRow
from journeydesk.layout.boxes import Point as Point
from journeydesk.layout.boxes import StageColumn as StageColumn
from journeydesk.layout.boxes import TagChip as TagChip
from journeydesk.layout.boxes import vote_badge_label as vote_badge_label
from journeydesk.layout.curve import smooth_curve as smooth_curve
from journeydesk.layout.dots import lay_out_dots
from journeydesk.layout.fonts import Weight
from journeydesk.layout.style import Style
from journeydesk.layout.text import first_lines, one_line, wrap
from journeydesk.model.bulk import bulk
from journeydesk.model.project import Card, Journey, Lane, LaneKind, Stage
from journeydesk.model.voting import shown_dots

#: The mean advance of a character of card text, in ems, to estimate how many lines it takes.
_AVERAGE_ADVANCE = 0.52


class MapLayoutText(Translatable):
    """The names the layout gives untitled stages and lanes and unnamed personas."""


class MapLayout:
    """The layout of one journey; ``relayout_cells`` updates it after an edit."""

    def __init__(
        self, journey: Journey, style: Style | None = None, exact_above: float | None = None
    ) -> None:
        """Lay ``journey`` out. With ``exact_above``, only the lanes that start above that
        height (in points) are laid out exactly at first; the cells of the others are
        estimated from their texts' lengths (``provisional``) until laid out again."""
        self.style = style or Style()
        self.header_height = 0.0
        self.stages: list[StageColumn] = []
        self.lanes: list[LaneRow] = []
        self.cards: dict[str, CardBox] = {}
        self.stage_by_id: dict[str, StageColumn] = {}
        self.lane_by_id: dict[str, LaneRow] = {}
        self._cell_cards: dict[Cell, list[str]] = {}
        self._cell_heights: dict[Cell, float] = {}
        self._lane_tops: list[float] = []
        # The participants of the dots each card's box shows, and those the cards have now.
        self._voters: dict[str, tuple[int, ...]] = {}
        self._dots: dict[str, tuple[int, ...]] = {}
        #: How many emotion curves the map has (one per persona, at least one).
        self.curve_count = 1
        #: The cells whose cards are only estimated, not yet shaped and broken into lines.
        self.provisional: set[Cell] = set()
        self._exact_above = exact_above
        self.rebuild(journey)

    # Building.

    def rebuild(self, journey: Journey) -> None:
        """Lay out the whole journey (after a change of stages or lanes)."""
        with bulk():
            self._rebuild(journey)

    def _rebuild(self, journey: Journey) -> None:
        style = self.style
        self.curve_count = max(1, len(journey.persona_ids))
        self.stages = [self._stage_column(i, stage) for i, stage in enumerate(journey.stages)]
        self.stage_by_id = {column.stage_id: column for column in self.stages}
        header = style.stage_header_min_height
        for column in self.stages:
            header = max(header, self._stage_header_height(column))
        self.header_height = header
        self.lanes = [self._lane_row(i, lane) for i, lane in enumerate(journey.lanes)]
        self.lane_by_id = {row.lane_id: row for row in self.lanes}
        self.cards = {}
        self._cell_cards = {}
        self._cell_heights = {}
        self._voters = {}
        self._dots = shown_dots(journey)
        self.provisional = set()
        exact_above, self._exact_above = self._exact_above, None  # the first build only
        lanes = {lane.id: lane for lane in journey.lanes}
        by_lane: dict[str, list[tuple[str, list[Card]]]] = {}
        for (lane_id, stage_id), cards in journey.cells().items():
            by_lane.setdefault(lane_id, []).append((stage_id, cards))
        top = self.header_height
        for row in self.lanes:
            estimate = exact_above is not None and top >= exact_above
            for stage_id, cards in by_lane.get(row.lane_id, ()):
                self._layout_cell(lanes[row.lane_id], stage_id, cards, estimate)
                if estimate:
                    self.provisional.add((row.lane_id, stage_id))
            row.height = self._lane_height(row)
            top += row.height
        self._place_lanes()

    def relayout_cells(self, journey: Journey, cells: Iterable[Cell]) -> set[str]:
        """Lay out the cards of ``cells`` again; return the ids of lanes whose rows changed.

        Cards that left those cells lose their boxes unless they landed in one of them.
        """
        lanes = {lane.id: lane for lane in journey.lanes}
        self._dots = shown_dots(journey)
        touched = {cell for cell in cells if cell[0] in lanes and cell[1] in self.stage_by_id}
        self.provisional.difference_update(touched)
        before = {cell: self._cell_cards.get(cell, []) for cell in touched}
        by_cell: dict[Cell, list[Card]] = {cell: [] for cell in touched}
        for card in journey.cards:
            key = (card.lane_id, card.stage_id)
            if key in by_cell:
                by_cell[key].append(card)
        placed: set[str] = set()
        for (lane_id, stage_id), cards in by_cell.items():
            cards.sort(key=lambda c: c.order)
            self._layout_cell(lanes[lane_id], stage_id, cards)
            placed.update(c.id for c in cards)
        for ids in before.values():
            for card_id in ids:
                if card_id not in placed:
                    self.cards.pop(card_id, None)
                    self._voters.pop(card_id, None)
        changed: set[str] = set()
        for lane_id in {lane_id for lane_id, _ in touched}:
            row = self.lane_by_id[lane_id]
            height = self._lane_height(row)
            if height != row.height:
                row.height = height
                changed.add(lane_id)
        if changed:
            old_tops = {row.lane_id: row.y for row in self.lanes}
            self._place_lanes()
            changed.update(r.lane_id for r in self.lanes if r.y != old_tops[r.lane_id])
        return changed

    def relayout_votes(self, journey: Journey) -> tuple[set[Cell], set[str]]:
        """Lay out again the cells of the cards whose dots changed (after a vote's change).

        Returns those cells and the lanes whose rows changed (none: dots take no height).
        """
        dots = shown_dots(journey)
        changed = {
            i for i in self._voters.keys() | dots.keys() if self._voters.get(i) != dots.get(i)
        }
        cells = {
            (self.cards[i].lane_id, self.cards[i].stage_id) for i in changed if i in self.cards
        }
        return cells, self.relayout_cells(journey, cells)

    def _stage_column(self, index: int, stage: Stage) -> StageColumn:
        style = self.style
        inner = style.stage_width - 2 * style.header_padding
        title = stage.title.strip() or arg(MapLayoutText.tr("Stage %1"), index + 1)
        return StageColumn(
            stage_id=stage.id,
            index=index,
            x=style.lane_header_width + index * style.stage_width,
            width=style.stage_width,
            title_lines=wrap(title, inner, style.stage_title_size, Weight.BOLD),
            goal_lines=wrap(stage.goal.strip(), inner, style.stage_goal_size),
        )

    def _stage_header_height(self, column: StageColumn) -> float:
        style = self.style
        height = 2 * style.header_padding + len(column.title_lines) * style.stage_title_line_height
        if column.goal_lines:
            height += 3 + len(column.goal_lines) * style.stage_goal_line_height
        return height

    def _lane_row(self, index: int, lane: Lane) -> LaneRow:
        style = self.style
        inner = style.lane_header_width - 2 * style.header_padding - style.lane_band_width
        title = lane.title.strip() or arg(MapLayoutText.tr("Lane %1"), index + 1)
        if lane.kind is LaneKind.DIVIDER:  # one small line in its thin header
            title_lines = first_lines(title, inner, style.divider_title_size, Weight.BOLD, 1)
        else:
            title_lines = wrap(title, inner, style.lane_title_size, Weight.BOLD)
        kind_top = style.header_padding + len(title_lines) * style.lane_title_line_height + 1
        legend_top = 0.0
        if lane.kind is LaneKind.EMOTION and self.curve_count > 1:
            # Below the title and the kind label.
            legend_top = kind_top + style.lane_kind_line_height + 5
        return LaneRow(
            lane_id=lane.id,
            index=index,
            kind=lane.kind,
            colour=lane.colour,
            y=0.0,
            height=0.0,
            title_lines=title_lines,
            content_top=style.emotion_band_height if lane.kind is LaneKind.EMOTION else 0.0,
            legend_top=legend_top,
            kind_top=0.0 if lane.kind is LaneKind.DIVIDER else kind_top,
        )

    def _layout_cell(
        self, lane: Lane, stage_id: str, cards: list[Card], estimate: bool = False
    ) -> None:
        style = self.style
        row = self.lane_by_id[lane.id]
        x = self.stage_by_id[stage_id].x + style.cell_padding
        y = row.content_top + style.cell_padding
        if estimate:
            y = self._estimate_cell(lane, cards, x, y)
        else:
            for card in cards:
                box = self._card_box(card, lane, x, y)
                self.cards[card.id] = box
                y += box.height + style.card_gap
        self._cell_cards[(lane.id, stage_id)] = [card.id for card in cards]
        self._cell_heights[(lane.id, stage_id)] = (
            y - style.card_gap + style.cell_padding if cards else 0.0
        )

    def _estimate_cell(self, lane: Lane, cards: list[Card], x: float, y: float) -> float:
        """Box a cell's cards by their texts' lengths alone, with no lines or chips (for cells
        no one sees yet: a twentieth of ``_card_box``'s cost); return where the next one goes."""
        style = self.style
        # Characters a line holds (as most text runs), and one more line per paragraph.
        per_line = int(style.card_text_width / (style.card_text_size * _AVERAGE_ADVANCE))
        padding, line_height = 2 * style.card_padding, style.card_line_height
        tags_height, minimum = 3 + style.tag_height, style.card_min_height
        width, gap, lane_colour = style.card_width, style.card_gap, lane.colour
        boxes, dots, voters = self.cards, self._dots, self._voters
        for card in cards:
            text = card.text
            count = len(text) // per_line + 1 + text.count("\n") if text else 0
            height = padding + count * line_height
            if card.tags:
                height += tags_height
            if height < minimum:
                height = minimum
            card_id = card.id
            shown = dots.get(card_id)
            if shown:
                voters[card_id] = shown
            boxes[card_id] = CardBox(
                card_id,
                card.lane_id,
                card.stage_id,
                x,
                y,
                width,
                height,
                (),
                (),
                card.votes,
                card.colour or lane_colour,
            )
            y += height + gap
        return y

    def _card_box(self, card: Card, lane: Lane, x: float, y: float) -> CardBox:
        style = self.style
        lines = wrap(card.text, style.card_text_width, style.card_text_size)
        height = style.card_padding + len(lines) * style.card_line_height
        tags, tags_height = self._tag_chips(card.tags, height + (3 if lines else 0))
        height = max(style.card_min_height, height + tags_height + style.card_padding)
        voters = self._dots.get(card.id, ())
        if voters:
            self._voters[card.id] = voters
        else:
            self._voters.pop(card.id, None)
        return CardBox(
            card_id=card.id,
            lane_id=card.lane_id,
            stage_id=card.stage_id,
            x=x,
            y=y,
            width=style.card_width,
            height=height,
            lines=lines,
            tags=tags,
            votes=card.votes,
            colour=card.colour or lane.colour,
            dots=lay_out_dots(voters, style.card_width, height, style) if voters else (),
        )

    def _tag_chips(self, tags: list[str], top: float) -> tuple[tuple[TagChip, ...], float]:
        """Lay tags out left to right, wrapping; return the chips and the height they take."""
        style = self.style
        if not tags:
            return (), 0.0
        chips: list[TagChip] = []
        x, y = style.card_padding, top
        right = style.card_width - style.card_padding
        for tag in tags:
            label = tag.strip()
            if not label:
                continue
            line = one_line(label, style.tag_text_size)
            width = min(line.width + 2 * style.tag_padding, style.card_text_width)
            if x > style.card_padding and x + width > right:
                x, y = style.card_padding, y + style.tag_height + style.tag_gap
            chips.append(TagChip(label, x, y, width, line))
            x += width + style.tag_gap
        if not chips:
            return (), 0.0
        return tuple(chips), y + style.tag_height - top

    def _lane_height(self, row: LaneRow) -> float:
        style = self.style
        if row.kind is LaneKind.DIVIDER:
            return style.divider_height
        title = (
            2 * style.header_padding
            + len(row.title_lines) * style.lane_title_line_height
            + style.lane_kind_line_height
            + 2
        )
        if row.legend_top:
            title = (
                row.legend_top + self.curve_count * style.legend_line_height + style.header_padding
            )
        content = max(
            (self._cell_heights.get((row.lane_id, s.stage_id), 0.0) for s in self.stages),
            default=0.0,
        )
        floor = (
            style.emotion_band_height + style.emotion_cards_min_height
            if row.kind is LaneKind.EMOTION
            else style.lane_min_height
        )
        return max(floor, title, content)  # a cell's height already starts at content_top

    def _place_lanes(self) -> None:
        y = self.header_height
        for row in self.lanes:
            row.y = y
            y += row.height
        self._lane_tops = [row.y for row in self.lanes]

    # Reading.

    @property
    def width(self) -> float:
        """The width of the whole map."""
        return self.style.lane_header_width + len(self.stages) * self.style.stage_width

    @property
    def height(self) -> float:
        """The height of the whole map."""
        return self.header_height + sum(row.height for row in self.lanes)

    def cell_rect(self, lane_id: str, stage_id: str) -> tuple[float, float, float, float]:
        """The rectangle (x, y, width, height) of a cell, in map coordinates."""
        row = self.lane_by_id[lane_id]
        column = self.stage_by_id[stage_id]
        return column.x, row.y, column.width, row.height

    def card_rect(self, card_id: str) -> tuple[float, float, float, float]:
        """The rectangle (x, y, width, height) of a card, in map coordinates."""
        box = self.cards[card_id]
        return box.x, self.lane_by_id[box.lane_id].y + box.y, box.width, box.height

    def exact_reach(self, lane_id: str) -> float:
        """How far down (map points) a lane reaches at least, whatever its estimated cells
        turn out to hold: its top plus its tallest cell laid out exactly."""
        heights, provisional = self._cell_heights, self.provisional
        cells = ((lane_id, column.stage_id) for column in self.stages)
        exact = (heights.get(cell, 0.0) for cell in cells if cell not in provisional)
        return self.lane_by_id[lane_id].y + max(exact, default=0.0)

    def cell_cards(self, lane_id: str, stage_id: str) -> list[str]:
        """The ids of a cell's cards, in order."""
        return list(self._cell_cards.get((lane_id, stage_id), ()))

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The cell under a point of the map, or None outside the grid."""
        style = self.style
        if x < style.lane_header_width or y < self.header_height or not self.lanes:
            return None
        column = int((x - style.lane_header_width) // style.stage_width)
        row = bisect_right(self._lane_tops, y) - 1
        if column >= len(self.stages) or row < 0 or y >= self.height:
            return None
        return self.lanes[row].lane_id, self.stages[column].stage_id

    def score_at(self, lane_y: float) -> int:
        """The emotion score (-2..+2) nearest a height within an emotion lane's band."""
        style = self.style
        band = style.emotion_band_height - 2 * style.emotion_margin
        raw = 2 - (lane_y - style.emotion_margin) / band * 4
        return max(-2, min(2, round(raw)))

    def score_y(self, score: int) -> float:
        """The height of ``score`` within an emotion lane's band (as ``emotion_points``)."""
        return self.style.score_y(score)

    def emotion_slot_at(self, x: float, y: float) -> tuple[str, str] | None:
        """The (emotion lane, stage) whose curve band holds a point of the map, if any."""
        cell = self.cell_at(x, y)
        if cell is None:
            return None
        row = self.lane_by_id[cell[0]]
        if row.kind is not LaneKind.EMOTION or y - row.y > self.style.emotion_band_height:
            return None
        return cell

    def emotion_points(self, journey: Journey, lane_id: str) -> list[EmotionPoint]:
        """The emotion scores of the journey placed in an emotion lane, in stage order."""
        return self.curve_points(journey.emotions)

    def curve_points(self, curve: dict[str, int]) -> list[EmotionPoint]:
        """One curve's scores (stage id -> score) placed in an emotion lane, in stage order."""
        points = []
        for column in self.stages:
            score = curve.get(column.stage_id)
            if score is None:
                continue
            y = self.score_y(score)
            points.append(EmotionPoint(column.stage_id, score, column.x + column.width / 2, y))
        return points

    def legend_lines(self, row: LaneRow, names: list[str]) -> list[tuple[float, str]]:
        """Where each curve's name goes in an emotion lane's header: (y in the lane, line).

        Each name takes one line, cut with "…" when it is too long; the swatch sits before it.
        """
        if not row.legend_top:
            return []
        style = self.style
        inner = style.lane_header_width - 2 * style.header_padding - style.lane_band_width
        width = inner - style.legend_swatch - 5
        lines = []
        for i, name in enumerate(names[: self.curve_count]):
            # Measured bold: the name of the curve being edited is drawn bold.
            name = name.strip() or MapLayoutText.tr("Unnamed persona")
            (line,) = first_lines(name, width, style.legend_text_size, Weight.BOLD, 1)
            lines.append((row.legend_top + i * style.legend_line_height, line.text))
        return lines

    def __contains__(self, card_id: str) -> bool:
        return card_id in self.cards

    def lane_of(self, lane_id: str) -> LaneRow:
        """The row of a lane (KeyError if there is none)."""
        return self.lane_by_id[lane_id]
