"""Spreadsheets, import: ``_Reader``, which makes a project of rows, noting what it changed.

It keeps the maps, stages and lanes the rows mention (``_Map``, ``_Places``, ``_Place``) and
checks each value against the model's limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import ValidationError

from journeydesk.convert.base import ConvertError
from journeydesk.convert.notes import joined
from journeydesk.convert.spreadsheet_columns import (
    _HEADER_KEYS,
    ATTRIBUTES,
    CUT_WHAT,
    DEFAULT_JOURNEY_TITLE,
    HEADERS,
    SpreadsheetText,
    _key,
    _norm,
    _Notes,
    _q,
    _split_tags,
)
from journeydesk.i18n import arg, number
from journeydesk.model.base import MAX_SHORT_TEXT, new_id
from journeydesk.model.bulk import bulk
from journeydesk.model.project import (
    EMOTION_MAX,
    EMOTION_MIN,
    MAX_CARDS,
    MAX_JOURNEYS,
    MAX_LANES,
    MAX_LIST_ITEMS,
    MAX_ORDER,
    MAX_PERSONAS,
    MAX_STAGES,
    MAX_TEXT,
    MAX_VOTES,
    JourneyState,
    LaneKind,
    Project,
)
from journeydesk.model.templates import lane_colour

_CARD_FIELDS = ("card_order", "text", "colour", "tags", "votes", "owner", "notes")
#: Columns that only mean something on a row naming a stage (or lane).
_NEEDS = {"stage_goal": "stage", "stage_description": "stage", "score": "stage",
          "lane_colour": "lane"}  # fmt: skip
_LANE_KINDS = {
    "cards": LaneKind.CARDS, "card": LaneKind.CARDS, "emotion": LaneKind.EMOTION,
    "emotions": LaneKind.EMOTION, "emotioncurve": LaneKind.EMOTION, "divider": LaneKind.DIVIDER,
    "dividerline": LaneKind.DIVIDER, "line": LaneKind.DIVIDER,
}  # fmt: skip
_STATES = {
    "current": JourneyState.CURRENT, "currentstate": JourneyState.CURRENT,
    "asis": JourneyState.CURRENT, "future": JourneyState.FUTURE,
    "futurestate": JourneyState.FUTURE, "tobe": JourneyState.FUTURE,
}  # fmt: skip
_COLOUR = re.compile(r"#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})")
_WHOLE = re.compile(r"[+-]?\d+(?:\.0*)?")


def _column(index: int) -> str:
    """The name of a column without one, by its place: "column 3"."""
    return arg(SpreadsheetText.tr("column %1", "a column without a name"), index + 1)


@dataclass(eq=False)
class _Place:
    """A stage or lane as the rows mention it."""

    title: str
    order: int | None
    line: int
    index: int
    id: str = field(default_factory=new_id)
    #: Attribute (goal, kind, ...) -> (value, line that gave it).
    attrs: dict[str, tuple[Any, int]] = field(default_factory=dict)


class _Places:
    """The stages (or lanes) of one map: found by order when given, else by title."""

    def __init__(self, what: str, limit: int) -> None:
        self.what, self.limit = what, limit
        self.items: list[_Place] = []
        self.by_order: dict[int, _Place] = {}
        self.by_title: dict[str, _Place] = {}

    def get(self, title: str, order: int | None, line: int, reader: _Reader) -> _Place | None:
        key = _key(title)
        place = self.by_order.get(order) if order is not None else self.by_title.get(key)
        if place is None and order is not None:
            place = self.by_title.get(key)
            if place is not None and place.order is None:
                place.order = order
                self.by_order[order] = place
            else:
                place = None
        if place is not None:
            if key and not place.title.strip():
                place.title = reader.cut(title, MAX_SHORT_TEXT, f"{self.what} title", line)
                self.by_title.setdefault(key, place)
            elif key and key != _key(place.title):
                if self.what == "stage":
                    name = arg(SpreadsheetText.tr("stage %1"), number(order or 0))
                else:
                    name = arg(SpreadsheetText.tr("lane %1"), number(order or 0))
                what = SpreadsheetText.tr(ATTRIBUTES["title"])
                first = _q(place.title)
                line_shown, first_line = number(line), number(place.line)
                reader.notes.add("differs", line_shown, name, what, _q(title), first_line, first)
            return place
        if len(self.items) >= self.limit:
            reader.notes.add(f"limit:{self.what}", number(line), number(self.limit))
            return None
        title = reader.cut(title, MAX_SHORT_TEXT, f"{self.what} title", line)
        place = _Place(title, order, line, len(self.items))
        self.items.append(place)
        self.by_title.setdefault(key, place)
        if order is not None:
            self.by_order[order] = place
        return place

    def ordered(self) -> list[_Place]:
        return sorted(self.items, key=lambda p: (p.order is None, p.order or 0, p.index))


@dataclass(eq=False)
class _Map:
    """A journey as the rows mention it."""

    title: str
    state: JourneyState
    stages: _Places = field(default_factory=lambda: _Places("stage", MAX_STAGES))
    lanes: _Places = field(default_factory=lambda: _Places("lane", MAX_LANES))
    persona_ids: list[str] = field(default_factory=list)
    #: (lane, stage, line, the card's other fields), in file order.
    cards: list[tuple[_Place, _Place, int, dict[str, Any]]] = field(default_factory=list)
    #: Persona id (None: the map's own) -> stage id -> (score, line).
    curves: dict[str | None, dict[str, tuple[int, int]]] = field(default_factory=dict)
    next_order: dict[tuple[str, str], int] = field(default_factory=dict)
    #: "stage"/"lane" -> lines of cards that named none.
    unplaced: dict[str, list[int]] = field(default_factory=dict)


class _Reader:
    """Builds a project from rows, noting what it had to change."""

    def __init__(self, header: list[str], notes: _Notes) -> None:
        self.notes = notes
        self.index: dict[str, int] = {}
        self.unknown: dict[int, str] = {}  # column -> header, of columns cards do not have
        for i, name in enumerate(header):
            key = _HEADER_KEYS.get(_norm(name))
            if key is not None and key not in self.index:
                self.index[key] = i
            else:
                self.unknown[i] = name.strip().lstrip("\ufeff") or _column(i)
        self.width = len(header)
        self.maps: dict[tuple[str, JourneyState], _Map] = {}
        self.personas: list[dict[str, str]] = []
        self.persona_ids: dict[str, str] = {}  # by _key(name)
        self.card_count = 0
        self.extra_used: dict[str, None] = {}  # unknown columns whose values went to notes
        self.extra_lost: list[int] = []  # lines of other rows with values in unknown columns

    def cut(self, value: str, limit: int, what: str, line: int) -> str:
        """``value`` cut to ``limit`` characters, reported; ``what`` is a key of ``CUT_WHAT``."""
        if len(value) > limit:
            said = SpreadsheetText.tr(CUT_WHAT[what])
            self.notes.add("cut", number(line), said, number(len(value)), number(limit))
        return value[:limit]

    def _whole(self, v: dict[str, str], key: str, line: int, low: int, high: int) -> int | None:
        text = v.get(key, "").strip()
        value = int(text.split(".")[0]) if _WHOLE.fullmatch(text) else None
        if text and (value is None or not low <= value <= high):
            column = HEADERS[key]  # the file's own word
            self.notes.add("number", number(line), _q(text), column, number(low), number(high))
            return None
        return value

    def _colour(self, text: str, what: str, line: int) -> str | None:
        if match := _COLOUR.fullmatch(text.strip()):
            digits = match[1]
            return "#" + (digits if len(digits) == 6 else "".join(c * 2 for c in digits))
        if text.strip():
            self.notes.add("colour", number(line), _q(text), what)
        return None

    def _set(self, place: _Place, name: str, value: Any, line: int) -> None:
        """Give a stage or lane an attribute, from the first row that gives it."""
        if value is None or value == "":
            return
        first = place.attrs.setdefault(name, (value, line))
        if first[0] != value:
            what = SpreadsheetText.tr(ATTRIBUTES[name])
            earlier, first_line = _q(str(first[0])), number(first[1])
            said = _q(str(value))
            self.notes.add(
                "differs", number(line), _q(place.title), what, said, first_line, earlier
            )

    def _map(self, v: dict[str, str], line: int) -> _Map | None:
        if "journey" in self.index:
            title = v.get("journey", "")
        else:
            title = SpreadsheetText.tr(DEFAULT_JOURNEY_TITLE)
        state_text = v.get("state", "").strip()
        state = _STATES.get(_norm(state_text)) if state_text else JourneyState.CURRENT
        if state is None:
            self.notes.add("state", number(line), _q(state_text))
            state = JourneyState.CURRENT
        found = self.maps.get((_key(title), state))
        if found is None and len(self.maps) >= MAX_JOURNEYS:
            self.notes.add("limit:map", number(line), number(MAX_JOURNEYS))
        elif found is None:
            found = self.maps[(_key(title), state)] = _Map(
                self.cut(title, MAX_SHORT_TEXT, "map title", line), state
            )
        return found

    def _persona(self, m: _Map, name: str, line: int) -> str | None:
        persona_id = self.persona_ids.get(_key(name))
        if persona_id is None and len(self.personas) >= MAX_PERSONAS:
            self.notes.add("limit:persona", number(line), number(MAX_PERSONAS))
            return None
        if persona_id is None:
            persona_id = self.persona_ids[_key(name)] = new_id()
            name = self.cut(name, MAX_SHORT_TEXT, "persona name", line)
            self.personas.append({"id": persona_id, "name": name})
        if persona_id not in m.persona_ids and len(m.persona_ids) >= MAX_LIST_ITEMS:
            self.notes.add("limit:map persona", number(line), number(MAX_LIST_ITEMS))
            return None
        if persona_id not in m.persona_ids:
            m.persona_ids.append(persona_id)
        return persona_id

    def _place(
        self, m: _Map, v: dict[str, str], what: str, card: bool, line: int
    ) -> _Place | Literal[False] | None:
        """The stage (or lane) a row names; None if it names none, False if one too many."""
        title = v.get(what, "")
        order = self._whole(v, f"{what}_order", line, -MAX_ORDER, MAX_ORDER)
        if not title.strip() and order is None:
            if not card:
                return None
            m.unplaced.setdefault(what, []).append(line)
        places = m.stages if what == "stage" else m.lanes
        return places.get(title, order, line, self) or False

    def row(self, line: int, cells: list[str]) -> None:
        """Read one row of the file."""
        v = {key: cells[i] for key, i in self.index.items() if i < len(cells)}
        extra = [
            (self.unknown.get(i) or _column(i), cell)
            for i, cell in enumerate(cells)
            if (i in self.unknown or i >= self.width) and cell.strip()
        ]
        if not extra and not any(cell.strip() for cell in v.values()):
            return  # a blank row, as spreadsheets often leave at the end
        if (m := self._map(v, line)) is None:
            return
        card = any(v.get(key, "").strip() for key in _CARD_FIELDS)
        stage = self._place(m, v, "stage", card, line)
        lane = self._place(m, v, "lane", card, line)
        if stage is False or lane is False:
            return
        if stage:
            for name in ("goal", "description"):
                text = self.cut(v.get(f"stage_{name}", ""), MAX_TEXT, f"stage {name}", line)
                self._set(stage, name, text, line)
        if lane:
            kind_text = v.get("lane_kind", "").strip()
            kind = _LANE_KINDS.get(_norm(kind_text)) if kind_text else None
            if kind_text and kind is None:
                self.notes.add("kind", number(line), _q(kind_text))
            self._set(lane, "kind", kind or (LaneKind.CARDS if kind_text else None), line)
            colour = self._colour(v.get("lane_colour", ""), "Lane colour", line)
            self._set(lane, "colour", colour, line)
        name = v.get("persona", "")
        persona_id = self._persona(m, name, line) if name.strip() else None
        score = self._whole(v, "score", line, EMOTION_MIN, EMOTION_MAX)
        for key, needs in _NEEDS.items():
            if v.get(key, "").strip() and not (stage if needs == "stage" else lane):
                self.notes.add(f"orphan:{key}", number(line))
        if score is not None and stage and (persona_id or not name.strip()):
            curve = m.curves.setdefault(persona_id, {})
            if stage.id in curve:
                first_line = number(curve[stage.id][1])
                self.notes.add("second_score", number(line), _q(stage.title), first_line)
            curve[stage.id] = (score, line)
        if card and stage and lane:  # a card row always has both (untitled if need be)
            self._card(m, stage, lane, v, extra, line)
        elif extra:
            self.extra_lost.append(line)

    def _card(
        self,
        m: _Map,
        stage: _Place,
        lane: _Place,
        v: dict[str, str],
        extra: list[tuple[str, str]],
        line: int,
    ) -> None:
        if self.card_count >= MAX_CARDS:
            self.notes.add("limit:card", number(line), number(MAX_CARDS))
            return
        self.card_count += 1
        cell = (lane.id, stage.id)
        order = self._whole(v, "card_order", line, 0, MAX_ORDER)
        if order is None:
            order = min(m.next_order.get(cell, 0), MAX_ORDER)
        m.next_order[cell] = max(m.next_order.get(cell, 0), order + 1)
        tags = [self.cut(t, MAX_SHORT_TEXT, "tag", line) for t in _split_tags(v.get("tags", ""))]
        if len(tags) > MAX_LIST_ITEMS:
            rest = joined([_q(tag) for tag in tags[MAX_LIST_ITEMS:]])
            limit = number(MAX_LIST_ITEMS)
            self.notes.add("tags", number(line), number(len(tags)), limit, rest)
        notes = v.get("notes", "")
        if extra:
            self.extra_used.update(dict.fromkeys(name for name, _ in extra))
            notes = "\n".join([*([notes] if notes else []), *(f"{n}: {c}" for n, c in extra)])
        m.cards.append(
            (
                lane,
                stage,
                line,
                {
                    "order": order,
                    "text": self.cut(v.get("text", ""), MAX_TEXT, "card text", line),
                    "colour": self._colour(v.get("colour", ""), "Colour", line),
                    "tags": tags[:MAX_LIST_ITEMS],
                    "votes": self._whole(v, "votes", line, 0, MAX_VOTES) or 0,
                    "owner": self.cut(v.get("owner", ""), MAX_SHORT_TEXT, "card owner", line),
                    "notes": self.cut(notes, MAX_TEXT, "card notes", line),
                },
            )
        )

    def _journey(self, m: _Map) -> dict[str, Any]:
        """The map as the model's plain data."""
        holding = {lane.id: line for lane, _, line, _ in reversed(m.cards)}  # its first card
        lanes = []
        for lane in m.lanes.ordered():
            kind = lane.attrs.get("kind", (LaneKind.CARDS,))[0]
            if kind is LaneKind.DIVIDER and lane.id in holding:
                self.notes.add("divider", _q(lane.title), number(holding[lane.id]))
                kind = LaneKind.CARDS
            colour = lane.attrs.get("colour", (None,))[0]
            colour = colour or lane_colour(lane.title)
            lanes.append({"id": lane.id, "title": lane.title, "kind": kind.value, "colour": colour})
        for what, lines in m.unplaced.items():
            count = SpreadsheetText.tr("%n card(s)", "", len(lines))
            self.notes.add(f"unplaced:{what}", _q(m.title), count, number(lines[0]))
        curves = {p: {s: score for s, (score, _) in c.items()} for p, c in m.curves.items()}
        own = curves.pop(None, {})
        main = curves.get(m.persona_ids[0], {}) if m.persona_ids else own
        if own and m.persona_ids:
            first = next(p["name"] for p in self.personas if p["id"] == m.persona_ids[0])
            self.notes.add("own_scores", _q(m.title), _q(first))
            main = {**own, **main}
        return {
            "title": m.title,
            "state": m.state.value,
            "persona_ids": m.persona_ids,
            "stages": [
                {"id": s.id, "title": s.title, **{k: a[0] for k, a in s.attrs.items()}}
                for s in m.stages.ordered()
            ],
            "lanes": lanes,
            "cards": [{"lane_id": la.id, "stage_id": st.id, **card} for la, st, _, card in m.cards],
            "emotions": main,
            "persona_emotions": {p: curves[p] for p in m.persona_ids[1:] if curves.get(p)},
        }

    def project(self) -> Project:
        """The project the rows describe."""
        journeys = [self._journey(m) for m in self.maps.values()]
        if used := list(self.extra_used):
            names = joined([_q(name) for name in used])
            sentence = SpreadsheetText.tr(
                "JourneyDesk cards have no column(s) %1; their values were added to each card's "
                "notes.",
                "",
                len(used),
            )
            self.notes.add_sentence("columns", lambda: arg(sentence, names))
        if self.extra_lost:
            count = SpreadsheetText.tr("%n row(s)", "", len(self.extra_lost))
            self.notes.add("columns:lost", count, number(self.extra_lost[0]))
        title = journeys[0]["title"] if journeys else ""
        raw = {"title": title, "personas": self.personas, "journeys": journeys}
        try:
            with bulk():
                return Project.model_validate(raw)
        except ValidationError as error:  # a mistake of ours: every value was checked above
            message = SpreadsheetText.tr("The rows could not be made into a project: %1")
            raise ConvertError(arg(message, error)) from None
