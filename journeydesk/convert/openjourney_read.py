"""Reading Ptolemy's OpenJourney files (``.ojf``); ``openjourney.py`` describes the format.

Stages are stages, swimlanes lanes, and nodes cards in file order: the title is the card's text,
the description its notes, and its tags its tags. What a card has no field for becomes a tag that
writing (``openjourney_write.py``) reads back: ``score: +3``, ``severity: high``,
``sentiment: anxious``, ``purpose: pain-point`` and ``moment of truth``; those tags and the
score conversions are defined in ``openjourney_words.py``. A stage's emotion score is the
stage's ``overrideEmotion``, else the mean of its nodes' scores (Ptolemy draws its curve so),
taken from -5..+5 to -2..+2 (times 0.4) and rounded half away from zero; a *Feelings* lane
draws it. A node's service blueprint becomes cards in *Physical evidence*, *Frontstage*,
*Backstage* and *Support processes* lanes (the file's own, if it has lanes of those names, in
English or the user's language; else new ones, named in the user's language) in the node's
stage: actor or system as the card's owner, an evidence's type as a tag, and ``node: <title>``
tags to say whose when a stage has several nodes with a blueprint. The persona (a name) is a
persona of the project, the point of view the map's scenario, the title the map's and project's
title, the description the project's. Icons, and fields the specification does not list, are
reported and left out.

Some samples keep the title, persona and point of view in a ``metadata`` object (``pov``); both
places are read.
"""

from __future__ import annotations

import json
from typing import Any

from journeydesk.convert.base import ConvertError, Imported
from journeydesk.convert.notes import Notes, quoted, signed
from journeydesk.convert.openjourney_words import (
    LIST_SENTENCES,
    MOMENT_TAG,
    NOT_A_LIST,
    TAGGED,
    OpenJourneyText,
    as_score,
    emotion_score,
)
from journeydesk.i18n import QT_TRANSLATE_NOOP, arg, number
from journeydesk.model.base import short_label
from journeydesk.model.bulk import bulk
from journeydesk.model.file_io import MAX_FILE_BYTES
from journeydesk.model.project import (
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
from journeydesk.model.templates import LANE_COLOURS, lane_colour, lane_title

#: Blueprint sections: the lane they go to, the entry's text, its owner and its tag fields.
_BLUEPRINT = (
    ("evidence", QT_TRANSLATE_NOOP("TemplateText", "Physical evidence"), "item", None, "type"),
    ("onstage", "Frontstage", "action", "actor", None),
    ("backstage", "Backstage", "action", "actor", None),
    ("support", "Support processes", "description", "system", None),
)
_NODE_FIELDS = {"id", "stageId", "swimlaneId", "title", "description", "score", "tags"}
_NODE_FIELDS |= {*TAGGED, "isMomentOfTruth", "icon", "iconColor", "blueprint"}
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


def _colour(title: str) -> str:
    """A lane's familiar colour (``LANE_COLOURS``, case ignored), or the default yellow."""
    return lane_colour(title)


class _Reader:
    """Builds one map from an OpenJourney document."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        meta = doc.get("metadata")
        self.meta: dict[str, Any] = meta if isinstance(meta, dict) else {}
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
        """A text field as text (absent: empty; numbers as written); ``what`` names it."""
        if value is None:
            return ""
        if isinstance(value, dict | list):
            sentence = arg(OpenJourneyText.tr("%1 is not text, so it was left out."), what)
            self.notes.add(sentence[:1].upper() + sentence[1:])
            return ""
        text = value if isinstance(value, str) else json.dumps(value)
        return self.notes.cut(text, limit, what)

    def items(self, key: str) -> list[Any]:
        value = self.doc.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.notes.add(OpenJourneyText.tr(NOT_A_LIST[key]))
            return []
        return value

    def field(self, key: str, meta_key: str, what: str, limit: int) -> str:
        """A field of the document, or of its ``metadata`` object."""
        value = self.doc.get(key)
        return self.text(self.meta.get(meta_key) if value is None else value, what, limit)

    def place(self, kind: str, item_id: str) -> Stage | Lane:
        """The stage (or swimlane) of a node, added (once, with a note) when the file lacks it."""
        stage = kind == "stage"
        places: dict[str, Stage] | dict[str, Lane] = self.stage_of if stage else self.lane_of
        found = places.get(item_id)
        if found is not None:
            return found
        if stage and len(self.stages) >= MAX_STAGES:
            return self.stages[-1]
        if not stage and len(self.lanes) >= _MAX_SWIMLANES:
            return self.lanes[-1]
        name = short_label(item_id, MAX_SHORT_TEXT)
        if stage:
            made: Stage | Lane = Stage(title=name)
            self.stage_of[item_id] = made
            self.stages.append(made)
            message = OpenJourneyText.tr(
                "Some nodes name a stage (id '%1') that the file does not list, so a stage was "
                "added for them."
            )
        else:
            made = Lane(title=name, colour=_colour(name))
            self.lane_of[item_id] = made
            self.lanes.append(made)
            message = OpenJourneyText.tr(
                "Some nodes name a swimlane (id '%1') that the file does not list, so a swimlane "
                "was added for them."
            )
        self.notes.add(arg(message, short_label(item_id)))
        return made

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
        for key, limit in (("stages", MAX_STAGES), ("swimlanes", _MAX_SWIMLANES)):
            not_objects, too_many, name_of, id_of = LIST_SENTENCES[key]
            items = [item for item in self.items(key) if isinstance(item, dict)]
            if len(items) < len(self.items(key)):
                self.notes.add(OpenJourneyText.tr(not_objects))
            if len(items) > limit:
                message = OpenJourneyText.tr(too_many)
                self.notes.add(arg(message, number(len(items)), number(limit)))
            for item in items[:limit]:
                name = self.text(item.get("name"), OpenJourneyText.tr(name_of), MAX_SHORT_TEXT)
                item_id = self.text(item.get("id"), OpenJourneyText.tr(id_of), MAX_TEXT)
                if key == "stages":
                    stage = Stage(title=name)
                    override = as_score(item.get("overrideEmotion"))
                    if override is not None:
                        self.overrides[stage.id] = override
                    self.stages.append(stage)
                    self.stage_of.setdefault(item_id, stage)
                else:
                    lane = Lane(title=name, colour=_colour(name))
                    self.lanes.append(lane)
                    self.lane_of.setdefault(item_id, lane)

    def tags(self, node: dict[str, Any], title: str) -> list[str]:
        """A node's tags, then the tags standing for its severity, sentiment, purpose, score."""
        raw = node.get("tags")
        a_tag = OpenJourneyText.tr("a tag")
        tags = [self.text(t, a_tag, MAX_SHORT_TEXT) for t in raw] if isinstance(raw, list) else []
        for key in TAGGED:
            what = arg(
                OpenJourneyText.tr("the %1 of node %2", "a field of a node"), key, quoted(title)
            )
            value = self.text(node.get(key), what, MAX_TEXT)
            if value.strip():  # "severity: high": the format's words, read back by the writer
                tags.append(self.notes.cut(f"{key}: {value.strip()}", MAX_SHORT_TEXT, a_tag))
        if node.get("isMomentOfTruth") is True:
            tags.append(MOMENT_TAG)
        score = as_score(node.get("score"))
        if score is not None:
            tags.append(f"score: {signed(score)}")
        elif node.get("score") not in (None, ""):
            self.notes.group(
                "score",
                lambda n: OpenJourneyText.tr(
                    "%n node(s) had a score that is not a number, left out: %1.", "", n
                ),
                quoted(title),
            )
        if len(tags) > MAX_LIST_ITEMS:
            message = OpenJourneyText.tr("Node %1 has %2 tags; the first %3 were kept.")
            self.notes.add(arg(message, quoted(title), number(len(tags)), number(MAX_LIST_ITEMS)))
        return [tag for tag in tags if tag][:MAX_LIST_ITEMS]

    def read_node(self, node: dict[str, Any], blueprinted: dict[str, int]) -> None:
        """One node: its card, its score, and its service blueprint."""
        if len(self.cards) >= MAX_CARDS:
            self.left_out += 1
            return
        title = self.text(node.get("title"), OpenJourneyText.tr("the title of a node"), MAX_TEXT)
        stage_id = self.text(node.get("stageId"), OpenJourneyText.tr("a node's stage id"), MAX_TEXT)
        lane_id = self.text(
            node.get("swimlaneId"), OpenJourneyText.tr("a node's swimlane id"), MAX_TEXT
        )
        stage = self.place("stage", stage_id)
        lane = self.place("swimlane", lane_id)
        assert isinstance(stage, Stage) and isinstance(lane, Lane)
        what = arg(OpenJourneyText.tr("the description of %1"), quoted(title))
        notes = self.text(node.get("description"), what, MAX_TEXT)
        self.add_card(lane, stage, text=title, notes=notes, tags=self.tags(node, title))
        score = as_score(node.get("score"))
        if score is not None:
            self.scores.setdefault(stage.id, []).append(score)
        if node.get("icon") or node.get("iconColor"):
            self.notes.group(
                "icon",
                lambda n: OpenJourneyText.tr(
                    "%n node(s) had an icon, which JourneyDesk does not show; left out: %1.", "", n
                ),
                quoted(title),
            )
        unknown = sorted(key for key, value in node.items() if key not in _NODE_FIELDS and value)
        unknown += sorted(f"blueprint {key}" for key in _blueprint_extra(node))
        if unknown:
            self.notes.group(
                "fields",
                lambda n: OpenJourneyText.tr(
                    "%n node(s) had fields the OpenJourney specification does not list; left out: "
                    "%1.",
                    "",
                    n,
                ),
                f"{quoted(title)} ({', '.join(unknown)})",  # the file's own field names
            )
        if _has_blueprint(node):
            several = blueprinted.get(str(node.get("stageId")), 0) > 1
            group = [f"node: {short_label(title, 100) or 'untitled'}"] if several else []
            self.read_blueprint(node["blueprint"], stage, group, title)

    def read_blueprint(
        self, blueprint: dict[str, Any], stage: Stage, group: list[str], title: str
    ) -> None:
        """A node's blueprint entries as cards of the blueprint lanes in the node's stage."""
        for section, name, text_key, owner_key, tag_key in _BLUEPRINT:
            entries = blueprint.get(section)
            if not isinstance(entries, list) or not entries:
                continue
            # The file's own lane of that name, in English or the user's language, if it has one.
            lane = next((ln for ln in self.lanes if ln.title in (name, lane_title(name))), None)
            if lane is None:
                lane = Lane(title=lane_title(name), colour=_colour(name))
                self.lanes.append(lane)
            for entry in entries:
                entry = entry if isinstance(entry, dict) else {text_key: entry}
                what = arg(OpenJourneyText.tr("a blueprint item of %1"), quoted(title))
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
                        "blueprint",
                        lambda n: OpenJourneyText.tr(
                            "%n blueprint item(s) had fields JourneyDesk does not know; left out: "
                            "%1.",
                            "",
                            n,
                        ),
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
        for place, node in enumerate(nodes, 1):
            if not isinstance(node, dict):
                message = OpenJourneyText.tr(
                    "Node %1 is not an object of fields, so it was skipped."
                )
                self.notes.add(arg(message, place))
                continue
            self.read_node(node, blueprinted)
        emotions: dict[str, int] = {}
        for stage in self.stages:
            scores = self.scores.get(stage.id)
            if stage.id in self.overrides:
                emotions[stage.id] = emotion_score(self.overrides[stage.id])
            elif scores:
                emotions[stage.id] = emotion_score(sum(scores) / len(scores))
        persona_name = self.field(
            "persona", "persona", OpenJourneyText.tr("the persona"), MAX_SHORT_TEXT
        )
        persona = Persona(name=persona_name) if persona_name.strip() else None
        if emotions:
            colour = LANE_COLOURS["Feelings"]
            title = lane_title("Feelings")
            self.lanes.append(Lane(title=title, kind=LaneKind.EMOTION, colour=colour))
        if self.left_out:
            message = OpenJourneyText.tr("A project holds %1 cards, so the last %2 were left out.")
            self.notes.add(arg(message, number(MAX_CARDS), number(self.left_out)))
        title = self.field("title", "title", OpenJourneyText.tr("the title"), MAX_SHORT_TEXT)
        journey = Journey(
            title=title or OpenJourneyText.tr("Imported journey"),
            scenario=self.field(
                "pointOfView", "pov", OpenJourneyText.tr("the point of view"), MAX_TEXT
            ),
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
        message = OpenJourneyText.tr(
            "The file is %1 MB, too large to be an OpenJourney map (the limit is %2 MB)."
        )
        limit = MAX_FILE_BYTES // 1024 // 1024
        raise ConvertError(arg(message, number(len(data) / 1e6), number(limit)))
    try:
        doc = json.loads(data.decode("utf-8-sig"), parse_constant=lambda name: None)
    except UnicodeDecodeError as error:
        message = OpenJourneyText.tr(
            "The file is not UTF-8 text (byte %1 is not valid UTF-8), so it is not an "
            "OpenJourney map."
        )
        raise ConvertError(arg(message, number(error.start))) from None
    except json.JSONDecodeError as error:
        message = OpenJourneyText.tr(
            "The file is not valid JSON, so it is not an OpenJourney map: %1 at line %2, column %3."
        )
        where = number(error.lineno), number(error.colno)
        raise ConvertError(arg(message, error.msg.lower(), *where)) from None
    except RecursionError:
        message = OpenJourneyText.tr(
            "The file nests its data far deeper than a journey map, so it was not read."
        )
        raise ConvertError(message) from None
    if not isinstance(doc, dict) or not any(
        isinstance(doc.get(key), list) for key in ("stages", "swimlanes", "nodes")
    ):
        raise ConvertError(
            OpenJourneyText.tr(
                "The file is JSON but not an OpenJourney map: it has no stages, swimlanes or nodes."
            )
        )
    reader = _Reader(doc)
    with bulk():
        journey, persona = reader.journey()
        project = Project(
            title=journey.title,
            description=reader.field(
                "description", "description", OpenJourneyText.tr("the description"), MAX_TEXT
            ),
            personas=[persona] if persona else [],
            journeys=[journey],
        )
    return Imported(project, reader.notes.all())
