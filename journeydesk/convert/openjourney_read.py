"""Reading Ptolemy's OpenJourney files (``.ojf``); ``openjourney.py`` describes the format.

Stages are stages, swimlanes lanes, and nodes cards in file order: the title is the card's text,
the description its notes, and its tags its tags. What a card has no field for becomes a tag that
writing (``openjourney_write.py``) reads back: ``score: +3``, ``severity: high``,
``sentiment: anxious``, ``purpose: pain-point`` and ``moment of truth``; those tags and the
score conversions are defined here. A stage's emotion score is the stage's ``overrideEmotion``,
else the mean of its nodes' scores (Ptolemy draws its curve so), taken from -5..+5 to -2..+2
(times 0.4) and rounded half away from zero; a *Feelings* lane draws it. A node's service
blueprint becomes cards in *Physical evidence*, *Frontstage*, *Backstage* and *Support
processes* lanes (the file's own, if it has lanes of those names) in the node's stage: actor or
system as the card's owner, an evidence's type as a tag, and ``node: <title>`` tags to say whose
when a stage has several nodes with a blueprint. The persona (a name) is a persona of the project,
the point of view the map's scenario, the title the map's and project's title, the description
the project's. Icons, and fields the specification does not list, are reported and left out.

Some samples keep the title, persona and point of view in a ``metadata`` object (``pov``); both
places are read.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

from journeydesk.convert.base import ConvertError, Imported
from journeydesk.convert.notes import Notes, quoted, rounded, signed
from journeydesk.model.base import short_label
from journeydesk.model.bulk import bulk
from journeydesk.model.file_io import MAX_FILE_BYTES
from journeydesk.model.project import (
    EMOTION_MAX,
    EMOTION_MIN,
    MAX_CARDS,
    MAX_LANES,
    MAX_LIST_ITEMS,
    MAX_SHORT_TEXT,
    MAX_STAGES,
    MAX_TEXT,
    Card,
    Journey,
    Lane,
    LaneKind,
    Persona,
    Project,
    Stage,
)
from journeydesk.model.templates import DEFAULT_LANE_COLOUR, LANE_COLOURS

#: Fields of a node that become tags ("severity: high"); writing reads them back.
_TAGGED = ("severity", "sentiment", "purpose")
#: The tags standing for a node's score, fields and moment of truth (``openjourney_write`` too).
SCORE_TAG = re.compile(r"^score:\s*([+-]?\d+(?:\.\d+)?)$", re.IGNORECASE)
FIELD_TAG = re.compile(r"^(severity|sentiment|purpose):\s*(.+)$", re.IGNORECASE | re.DOTALL)
MOMENT_TAG = "moment of truth"
#: Blueprint sections: the lane they go to, the entry's text, its owner and its tag fields.
_BLUEPRINT = (
    ("evidence", "Physical evidence", "item", None, "type"),
    ("onstage", "Frontstage", "action", "actor", None),
    ("backstage", "Backstage", "action", "actor", None),
    ("support", "Support processes", "description", "system", None),
)
_NODE_FIELDS = {"id", "stageId", "swimlaneId", "title", "description", "score", "tags"}
_NODE_FIELDS |= {*_TAGGED, "isMomentOfTruth", "icon", "iconColor", "blueprint"}
_COLOURS = {title.casefold(): colour for title, colour in LANE_COLOURS.items()}
SCORE_RANGE = 5  # OpenJourney scores go from -5 to +5; JourneyDesk's from -2 to +2.
# Room is kept for the four blueprint lanes and the emotion lane.
_MAX_SWIMLANES = MAX_LANES - len(_BLUEPRINT) - 1


def _blueprint_extra(node: dict[str, Any]) -> list[str]:
    blueprint = node.get("blueprint")
    sections = {section for section, *_ in _BLUEPRINT}
    return (
        [k for k, v in blueprint.items() if k not in sections and v]
        if isinstance(blueprint, dict)
        else []
    )


def _has_blueprint(node: dict[str, Any]) -> bool:
    blueprint = node.get("blueprint")
    return isinstance(blueprint, dict) and any(blueprint.get(s[0]) for s in _BLUEPRINT)


def as_score(value: object) -> float | None:
    """A score as a number (Ptolemy takes "3" as 3), or None when it is not one."""
    if isinstance(value, bool) or value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return int(value) if value == int(value) else value


def _colour(title: str) -> str:
    """A lane's familiar colour (``LANE_COLOURS``, case ignored), or the default yellow."""
    return _COLOURS.get(" ".join(title.casefold().split()), DEFAULT_LANE_COLOUR)


def emotion_score(score: float) -> int:
    """An OpenJourney score (-5..+5) as a JourneyDesk emotion score (-2..+2)."""
    return min(EMOTION_MAX, max(EMOTION_MIN, rounded(score * EMOTION_MAX / SCORE_RANGE)))


class _Reader:
    """Builds one map from an OpenJourney document."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.meta = doc.get("metadata") if isinstance(doc.get("metadata"), dict) else {}
        self.notes = Notes()
        self.stages: list[Stage] = []
        self.lanes: list[Lane] = []
        self.stage_of: dict[str, Stage] = {}
        self.lane_of: dict[str, Lane] = {}
        self.cards: list[Card] = []
        self.orders: dict[tuple[str, str], int] = {}
        self.scores: dict[str, list[float]] = {}
        self.overrides: dict[str, float] = {}
        self.left_out = 0

    def text(self, value: object, what: str, limit: int) -> str:
        """A text field as text (absent: empty; numbers as written)."""
        if value is None:
            return ""
        if isinstance(value, dict | list):
            self.notes.add(f"{what[:1].upper()}{what[1:]} is not text, so it was left out.")
            return ""
        text = value if isinstance(value, str) else json.dumps(value)
        return self.notes.cut(text, limit, what)

    def items(self, key: str) -> list[Any]:
        value = self.doc.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.notes.add(f"The file's {key} are not a list, so they were left out.")
            return []
        return value

    def field(self, key: str, meta_key: str, what: str, limit: int) -> str:
        """A field of the document, or of its ``metadata`` object."""
        value = self.doc.get(key)
        return self.text(self.meta.get(meta_key) if value is None else value, what, limit)

    def place(self, kind: str, item_id: str, make: Callable[[str], Any]) -> Any:
        """The stage or lane of a node, added (once, with a note) when the file lacks it."""
        places, limit = (
            (self.stage_of, MAX_STAGES) if kind == "stage" else (self.lane_of, _MAX_SWIMLANES)
        )
        if item_id not in places:
            listed_ = self.stages if kind == "stage" else self.lanes
            if len(listed_) >= limit:
                return listed_[-1]
            places[item_id] = make(short_label(item_id, MAX_SHORT_TEXT))
            listed_.append(places[item_id])
            self.notes.add(
                f"Some nodes name a {kind} (id '{short_label(item_id)}') that the file does not "
                f"list, so a {kind} was added for them."
            )
        return places[item_id]

    def add_card(self, lane: Lane, stage: Stage, **fields: Any) -> None:
        """Add a card at the end of its cell, unless the project is full."""
        if len(self.cards) >= MAX_CARDS:
            self.left_out += 1
            return
        order = self.orders.get((lane.id, stage.id), 0)
        self.orders[(lane.id, stage.id)] = order + 1
        self.cards.append(Card(lane_id=lane.id, stage_id=stage.id, order=order, **fields))

    def read_places(self) -> None:
        """The stages and swimlanes, in file order."""
        for key, limit, places, target in (
            ("stages", MAX_STAGES, self.stage_of, self.stages),
            ("swimlanes", _MAX_SWIMLANES, self.lane_of, self.lanes),
        ):
            items = [item for item in self.items(key) if isinstance(item, dict)]
            if len(items) < len(self.items(key)):
                self.notes.add(f"Some of the file's {key} are not objects of fields; skipped.")
            if len(items) > limit:
                self.notes.add(
                    f"The file has {len(items):,} {key}; JourneyDesk keeps {limit:,}, and the "
                    f"nodes of the others were placed in the last one."
                )
            for item in items[:limit]:
                name = self.text(item.get("name"), f"the name of one of the {key}", MAX_SHORT_TEXT)
                if key == "stages":
                    place: Stage | Lane = Stage(title=name)
                    override = as_score(item.get("overrideEmotion"))
                    if override is not None:
                        self.overrides[place.id] = override
                else:
                    place = Lane(title=name, colour=_colour(name))
                target.append(place)  # type: ignore[arg-type]
                places.setdefault(
                    self.text(item.get("id"), f"the id of one of the {key}", MAX_TEXT), place
                )

    def tags(self, node: dict[str, Any], title: str) -> list[str]:
        """A node's tags, then the tags standing for its severity, sentiment, purpose, score."""
        raw = node.get("tags")
        tags = [self.text(t, "a tag", MAX_SHORT_TEXT) for t in raw] if isinstance(raw, list) else []
        for key in _TAGGED:
            value = self.text(node.get(key), f"the {key} of node {quoted(title)}", MAX_TEXT)
            if value.strip():
                tags.append(self.notes.cut(f"{key}: {value.strip()}", MAX_SHORT_TEXT, "a tag"))
        if node.get("isMomentOfTruth") is True:
            tags.append(MOMENT_TAG)
        score = as_score(node.get("score"))
        if score is not None:
            tags.append(f"score: {signed(score)}")
        elif node.get("score") not in (None, ""):
            self.notes.group(
                "node has a score that is not a number; it was left out",
                "nodes have scores that are not numbers; they were left out",
                quoted(title),
            )
        if len(tags) > MAX_LIST_ITEMS:
            self.notes.add(f"Node {quoted(title)} has {len(tags):,} tags; the first 200 were kept.")
        return [tag for tag in tags if tag][:MAX_LIST_ITEMS]

    def read_node(self, node: dict[str, Any], blueprinted: dict[str, int]) -> None:
        """One node: its card, its score, and its service blueprint."""
        if len(self.cards) >= MAX_CARDS:
            self.left_out += 1
            return
        title = self.text(node.get("title"), "the title of a node", MAX_TEXT)
        stage_id = self.text(node.get("stageId"), "a node's stage id", MAX_TEXT)
        lane_id = self.text(node.get("swimlaneId"), "a node's swimlane id", MAX_TEXT)
        stage = self.place("stage", stage_id, lambda name: Stage(title=name))
        lane = self.place("swimlane", lane_id, lambda name: Lane(title=name, colour=_colour(name)))
        notes = self.text(node.get("description"), f"the description of {quoted(title)}", MAX_TEXT)
        self.add_card(lane, stage, text=title, notes=notes, tags=self.tags(node, title))
        score = as_score(node.get("score"))
        if score is not None:
            self.scores.setdefault(stage.id, []).append(score)
        if node.get("icon") or node.get("iconColor"):
            self.notes.group(
                "node had an icon, which JourneyDesk does not show; left out",
                "nodes had icons, which JourneyDesk does not show; left out",
                quoted(title),
            )
        unknown = sorted(key for key, value in node.items() if key not in _NODE_FIELDS and value)
        unknown += sorted(f"blueprint {key}" for key in _blueprint_extra(node))
        if unknown:
            self.notes.group(
                "node had fields the OpenJourney specification does not list; left out",
                "nodes had fields the OpenJourney specification does not list; left out",
                f"{quoted(title)} ({', '.join(unknown)})",
            )
        if _has_blueprint(node):
            several = blueprinted.get(str(node.get("stageId")), 0) > 1
            group = [f"node: {short_label(title, 100) or 'untitled'}"] if several else []
            self.read_blueprint(node["blueprint"], stage, group, title)

    def read_blueprint(
        self, blueprint: dict[str, Any], stage: Stage, group: list[str], title: str
    ) -> None:
        """A node's blueprint entries as cards of the blueprint lanes in the node's stage."""
        for section, lane_title, text_key, owner_key, tag_key in _BLUEPRINT:
            entries = blueprint.get(section)
            if not isinstance(entries, list) or not entries:
                continue
            lane = next((ln for ln in self.lanes if ln.title == lane_title), None)
            if lane is None:
                lane = Lane(title=lane_title, colour=_colour(lane_title))
                self.lanes.append(lane)
            for entry in entries:
                entry = entry if isinstance(entry, dict) else {text_key: entry}
                what = f"a blueprint entry of {quoted(title)}"
                tag = self.text(entry.get(tag_key), what, MAX_SHORT_TEXT) if tag_key else ""
                self.add_card(
                    lane,
                    stage,
                    text=self.text(entry.get(text_key), what, MAX_TEXT),
                    owner=self.text(entry.get(owner_key), what, MAX_SHORT_TEXT)
                    if owner_key
                    else "",
                    tags=[*([tag] if tag else []), *group],
                )
                if {k for k, v in entry.items() if v} - {text_key, owner_key, tag_key}:
                    self.notes.group(
                        "blueprint entry had fields JourneyDesk does not know; left out",
                        "blueprint entries had fields JourneyDesk does not know; left out",
                        quoted(str(entry.get(text_key, ""))),
                    )

    def journey(self) -> tuple[Journey, Persona | None]:
        """The map, and its persona if the file names one."""
        self.read_places()
        nodes = self.items("nodes")
        # How many nodes of each stage have a blueprint: with several, its cards say whose.
        blueprinted: dict[str, int] = {}
        for node in nodes:
            if isinstance(node, dict) and _has_blueprint(node):
                key = str(node.get("stageId"))
                blueprinted[key] = blueprinted.get(key, 0) + 1
        for number, node in enumerate(nodes, 1):
            if not isinstance(node, dict):
                self.notes.add(f"Node {number} is not an object of fields, so it was skipped.")
                continue
            self.read_node(node, blueprinted)
        emotions: dict[str, int] = {}
        for stage in self.stages:
            scores = self.scores.get(stage.id)
            if stage.id in self.overrides:
                emotions[stage.id] = emotion_score(self.overrides[stage.id])
            elif scores:
                emotions[stage.id] = emotion_score(sum(scores) / len(scores))
        persona_name = self.field("persona", "persona", "the persona", MAX_SHORT_TEXT)
        persona = Persona(name=persona_name) if persona_name.strip() else None
        if emotions:
            colour = LANE_COLOURS["Feelings"]
            self.lanes.append(Lane(title="Feelings", kind=LaneKind.EMOTION, colour=colour))
        if self.left_out:
            self.notes.add(
                f"A project holds {MAX_CARDS:,} cards, so the last {self.left_out:,} were left out."
            )
        journey = Journey(
            title=self.field("title", "title", "the title", MAX_SHORT_TEXT) or "Imported journey",
            scenario=self.field("pointOfView", "pov", "the point of view", MAX_TEXT),
            persona_ids=[persona.id] if persona else [],
            stages=self.stages,
            lanes=self.lanes,
            cards=self.cards,
            emotions=emotions,
        )
        return journey, persona


def read(data: bytes) -> Imported:
    """Read an OpenJourney (.ojf) file as a project of one map."""
    if len(data) > MAX_FILE_BYTES:
        raise ConvertError(
            f"The file is {len(data) / 1e6:,.0f} MB, too large to be an OpenJourney map "
            f"(the limit is {MAX_FILE_BYTES // 1024 // 1024} MB)."
        )
    try:
        doc = json.loads(data.decode("utf-8-sig"), parse_constant=lambda name: None)
    except UnicodeDecodeError as error:
        raise ConvertError(
            f"The file is not UTF-8 text (byte {error.start:,} is not valid UTF-8), so it is "
            "not an OpenJourney map."
        ) from None
    except json.JSONDecodeError as error:
        raise ConvertError(
            f"The file is not valid JSON, so it is not an OpenJourney map: {error.msg.lower()} "
            f"at line {error.lineno}, column {error.colno}."
        ) from None
    except RecursionError:
        raise ConvertError(
            "The file nests its data far deeper than a journey map, so it was not read."
        ) from None
    if not isinstance(doc, dict) or not any(
        isinstance(doc.get(key), list) for key in ("stages", "swimlanes", "nodes")
    ):
        raise ConvertError(
            "The file is JSON but not an OpenJourney map: it has no stages, swimlanes or nodes."
        )
    reader = _Reader(doc)
    with bulk():
        journey, persona = reader.journey()
        project = Project(
            title=journey.title,
            description=reader.field("description", "description", "the description", MAX_TEXT),
            personas=[persona] if persona else [],
            journeys=[journey],
        )
    return Imported(project, reader.notes.all())
