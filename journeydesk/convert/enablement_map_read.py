"""Reading Enablement Map Studio's YAML; ``enablement_map.py`` describes the format.

Each phase is a stage; each action a card in an *Actions* lane, its touchpoints cards in a
*Touchpoints* lane and its thoughts and feelings cards in a *Thinking* lane, all in the action's
stage and in file order. A stage's emotion score is the mean of its actions' scores, rounded half
away from zero (a *Feelings* lane draws the curve). When a phase has several actions, the
grouping is kept in tags: each action card carries its own score (``emotion: +1``) and each
touchpoint and thought card names its action (``action: <name>``, made by ``action_labels``,
which writing shares). The persona becomes a persona of the project, its description the
persona's role; the document id, without ``cjm:``, is the map's title. Documents of other kinds
are reported and left out.

Plain values are read as YAML 1.2 reads them, and the file's nesting and aliases are checked
first, so a hostile file is refused, not obeyed (``enablement_map_yaml.py``).
"""

from __future__ import annotations

import math
from typing import Any

from journeydesk.convert.base import ConvertError, Imported
from journeydesk.convert.enablement_map_yaml import EnablementMapText, load_documents
from journeydesk.convert.notes import Notes, quoted, rounded, signed
from journeydesk.i18n import QT_TRANSLATE_NOOP, arg, number
from journeydesk.model.base import short_label
from journeydesk.model.bulk import bulk
from journeydesk.model.project import (
    EMOTION_MAX,
    EMOTION_MIN,
    MAX_CARDS,
    MAX_JOURNEYS,
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
from journeydesk.model.templates import LANE_COLOURS, lane_title

_OTHER_KINDS = {
    "sbp": QT_TRANSLATE_NOOP("EnablementMapText", "a service blueprint (kind: sbp)"),
    "outcome": QT_TRANSLATE_NOOP("EnablementMapText", "an outcome (kind: outcome)"),
    "em": QT_TRANSLATE_NOOP("EnablementMapText", "an enablement map (kind: em)"),
}
#: What of an action each of its lists is, in a note: %1 is the action.
_ACTION_PARTS = {
    "actions": QT_TRANSLATE_NOOP("EnablementMapText", "the name of action %1"),
    "touchpoints": QT_TRANSLATE_NOOP("EnablementMapText", "the touchpoints of action %1"),
    "thoughts_feelings": QT_TRANSLATE_NOOP(
        "EnablementMapText", "the thoughts and feelings of action %1"
    ),
}


def _cap(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def action_labels(names: list[str]) -> list[str]:
    """The labels naming each action of one phase in ``action:`` tags (repeats numbered)."""
    labels: list[str] = []
    seen: dict[str, int] = {}
    for name in names:
        label = short_label(name, 100) or "untitled"
        seen[label] = seen.get(label, 0) + 1
        labels.append(f"{label} ({seen[label]})" if seen[label] > 1 else label)
    return labels


class _Reader:
    """Builds the maps of one file, counting cards against the project's limit."""

    def __init__(self) -> None:
        self.notes = Notes()
        self.card_count = 0
        self.left_out = 0

    def text(self, value: object, what: str, limit: int) -> str | None:
        """A text field as text (numbers and dates as written), or None when it is absent."""
        if value is None:
            return None
        if isinstance(value, bool):
            # YAML 1.1 reads yes/no/on/off as booleans: the spelling is gone, the meaning kept.
            message = EnablementMapText.tr("%1 was read as yes/no and became '%2'.")
            self.notes.add(_cap(arg(message, what, str(value).lower())))
            return str(value).lower()
        if isinstance(value, dict | list):
            self.notes.add(
                _cap(arg(EnablementMapText.tr("%1 is not text, so it was left out."), what))
            )
            return None
        return self.notes.cut(value if isinstance(value, str) else str(value), limit, what)

    def items(self, value: object, what: str) -> list[Any]:
        """A list field as a list (absent: empty)."""
        if value is None:
            return []
        if not isinstance(value, list):
            self.notes.add(
                _cap(arg(EnablementMapText.tr("%1 is not a list, so it was left out."), what))
            )
            return []
        return value

    def score(self, value: object, name: str) -> int | None:
        """An action's emotion score, kept within -2..+2, or None."""
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not number or not math.isfinite(value):  # type: ignore[arg-type]
            self.notes.group(
                "no score",
                lambda n: EnablementMapText.tr(
                    "%n action(s) without an emotion score (a whole number from -2 to +2): %1.",
                    "",
                    n,
                ),
                quoted(name),
            )
            return None
        score = min(EMOTION_MAX, max(EMOTION_MIN, rounded(value)))  # type: ignore[arg-type]
        if score != value:
            message = EnablementMapText.tr(
                "The emotion score of action %1 was %2; scores go from -2 to +2 in whole steps, "
                "so it became %3."
            )
            self.notes.add(arg(message, quoted(name), value, signed(score)))
        return score

    def journey(self, doc: dict[str, Any], personas: list[Persona]) -> Journey:
        """One map from one ``kind: cjm`` document."""
        doc_id = (
            self.text(doc.get("id"), EnablementMapText.tr("the id of the journey"), MAX_SHORT_TEXT)
            or ""
        )
        title = doc_id.removeprefix("cjm:") or EnablementMapText.tr("Imported journey")
        version = doc.get("version")
        if version is not None and str(version) != "1.0":
            message = EnablementMapText.tr("Journey %1 is of version %2; read as 1.0.")
            self.notes.add(arg(message, quoted(title), version))
        persona = self.persona(doc.get("persona"), title)
        if persona is not None:
            personas.append(persona)
        stages: list[Stage] = []
        stage_of = self.stages(stages, doc.get("phases"))
        lanes = {
            field: Lane(title=lane_title(name), colour=LANE_COLOURS[name])
            for field, name in (
                ("actions", "Actions"),
                ("touchpoints", "Touchpoints"),
                ("thoughts_feelings", "Thinking"),
            )
        }
        by_stage: dict[str, list[dict[str, Any]]] = {}
        for place, action in enumerate(
            self.items(doc.get("actions"), EnablementMapText.tr("the actions")), 1
        ):
            if not isinstance(action, dict):
                message = EnablementMapText.tr(
                    "Action %1 is not a mapping of fields, so it was skipped."
                )
                self.notes.add(arg(message, place))
                continue
            what = arg(EnablementMapText.tr("the phase of action %1"), place)
            phase = self.text(action.get("phase"), what, MAX_TEXT)
            stage = stage_of.get(phase or "") or self.missing_stage(stages, stage_of, phase)
            by_stage.setdefault(stage.id, []).append(action)
        cards: list[Card] = []
        emotions: dict[str, int] = {}
        for stage in stages:
            score = self.actions(cards, stage, by_stage.get(stage.id, []), lanes)
            if score is not None:
                emotions[stage.id] = score
        feelings = Lane(
            title=lane_title("Feelings"), kind=LaneKind.EMOTION, colour=LANE_COLOURS["Feelings"]
        )
        return Journey(
            title=title,
            persona_ids=[persona.id] if persona else [],
            stages=stages,
            lanes=[*lanes.values(), feelings],
            cards=cards,
            emotions=emotions,
        )

    def persona(self, value: object, title: str) -> Persona | None:
        """The persona of a map, if the document has one; its description is its role."""
        if value is None:
            return None
        if isinstance(value, str):
            value = {"name": value}
        if not isinstance(value, dict):
            message = EnablementMapText.tr("The persona of journey %1 is not a mapping; skipped.")
            self.notes.add(arg(message, quoted(title)))
            return None
        name = self.text(
            value.get("name"), EnablementMapText.tr("the persona's name"), MAX_SHORT_TEXT
        )
        role = self.text(
            value.get("description"),
            EnablementMapText.tr("the persona's description"),
            MAX_SHORT_TEXT,
        )
        return Persona(name=name or "", role=role or "")

    def stages(self, stages: list[Stage], phases: object) -> dict[str, Stage]:
        """Fill ``stages`` from the phases; return the stages by phase id."""
        stage_of: dict[str, Stage] = {}
        items = self.items(phases, EnablementMapText.tr("the phases"))
        if len(items) > MAX_STAGES:
            message = EnablementMapText.tr(
                "The journey has %1 phases; a map holds %2, so the last %3 were left out and "
                "their actions placed in the last stage."
            )
            counts = number(len(items)), number(MAX_STAGES), number(len(items) - MAX_STAGES)
            self.notes.add(arg(message, *counts))
        for place, phase in enumerate(items[:MAX_STAGES], 1):
            if not isinstance(phase, dict):
                message = EnablementMapText.tr(
                    "Phase %1 is not a mapping of fields, so it was skipped."
                )
                self.notes.add(arg(message, place))
                continue
            what = arg(EnablementMapText.tr("the name of phase %1"), place)
            name = self.text(phase.get("name"), what, MAX_SHORT_TEXT)
            stage = Stage(title=name or "")
            stages.append(stage)
            phase_id = self.text(
                phase.get("id"), arg(EnablementMapText.tr("the id of phase %1"), place), MAX_TEXT
            )
            if phase_id is None:
                message = EnablementMapText.tr("Phase %1 has no id; no action can name it.")
                self.notes.add(arg(message, quoted(stage.title)))
            elif phase_id in stage_of:
                message = EnablementMapText.tr(
                    "Two phases have the id '%1'; its actions went to the first one."
                )
                self.notes.add(arg(message, short_label(phase_id)))
            else:
                stage_of[phase_id] = stage
        return stage_of

    def missing_stage(
        self, stages: list[Stage], stage_of: dict[str, Stage], phase: str | None
    ) -> Stage:
        """The stage for actions naming a phase the document does not list (added once)."""
        key = phase or ""
        if key not in stage_of:
            if len(stages) >= MAX_STAGES:
                return stages[-1]
            title = short_label(key, MAX_SHORT_TEXT) or EnablementMapText.tr("Without a phase")
            stage_of[key] = Stage(title=title)
            stages.append(stage_of[key])
            message = EnablementMapText.tr(
                "Some actions name a phase ('%1') that the journey does not list, so a stage %2 "
                "was added for them."
            )
            self.notes.add(arg(message, short_label(key), quoted(title)))
        return stage_of[key]

    def actions(
        self, cards: list[Card], stage: Stage, actions: list[dict[str, Any]], lanes: dict[str, Lane]
    ) -> int | None:
        """Add the cards of one stage's actions, touchpoints and thoughts; return its score."""
        names = [
            self.text(action.get("name"), EnablementMapText.tr("the name of an action"), MAX_TEXT)
            or ""
            for action in actions
        ]
        grouped = len(actions) > 1
        scores: list[int] = []
        orders = dict.fromkeys(lanes, 0)
        for action, name, label in zip(actions, names, action_labels(names), strict=True):
            score = self.score(action.get("emotion_score"), name)
            if score is not None:
                scores.append(score)
            for field in lanes:
                what = arg(EnablementMapText.tr(_ACTION_PARTS[field]), quoted(name))
                if field == "actions":
                    values: list[Any] = [name]
                    tags = [f"emotion: {signed(score)}"] if grouped and score is not None else []
                else:
                    values = self.items(action.get(field), what)
                    tags = [f"action: {label}"] if grouped else []
                # Aliases can make a short file list millions of touchpoints: stop at the limit.
                room = max(0, MAX_CARDS - self.card_count)
                self.left_out += max(0, len(values) - room)
                for value in values[:room]:
                    text = self.text(value, what, MAX_TEXT)
                    if text is not None:
                        lane_id = lanes[field].id
                        cards.append(
                            Card(
                                lane_id=lane_id,
                                stage_id=stage.id,
                                order=orders[field],
                                text=text,
                                tags=tags,
                            )
                        )
                        self.card_count += 1
                        orders[field] += 1
        return rounded(sum(scores) / len(scores)) if scores else None


def read(data: bytes) -> Imported:
    """Read an Enablement Map Studio YAML file: each ``kind: cjm`` document becomes a map."""
    documents = [doc for doc in load_documents(data) if isinstance(doc, dict)]
    maps = [doc for doc in documents if doc.get("kind") == "cjm"]
    if not maps:
        raise ConvertError(
            EnablementMapText.tr(
                "The file holds no customer journey map: Enablement Map Studio writes one as a "
                "YAML document with 'kind: cjm', and there is none."
            )
        )
    reader = _Reader()
    for doc in documents:
        kind = str(doc.get("kind"))
        if kind != "cjm":
            if kind in _OTHER_KINDS:
                what = EnablementMapText.tr(_OTHER_KINDS[kind])
            else:
                what = arg(EnablementMapText.tr("a document of kind '%1'"), short_label(kind))
            reader.notes.group(
                "other kinds",
                lambda n: EnablementMapText.tr(
                    "%n other document(s) in the file, which JourneyDesk does not import: %1.",
                    "",
                    n,
                ),
                what,
            )
    if len(maps) > MAX_JOURNEYS:
        message = EnablementMapText.tr(
            "The file holds %1 journeys; a project holds %2, so the others were left out."
        )
        reader.notes.add(arg(message, number(len(maps)), number(MAX_JOURNEYS)))
        maps = maps[:MAX_JOURNEYS]
    personas: list[Persona] = []
    with bulk():
        journeys = [reader.journey(doc, personas) for doc in maps]
        project = Project(title=journeys[0].title, personas=personas, journeys=journeys)
    if reader.left_out:
        message = EnablementMapText.tr("A project holds %1 cards, so the last %2 were left out.")
        reader.notes.add(arg(message, number(MAX_CARDS), number(reader.left_out)))
    return Imported(project, reader.notes.all())
