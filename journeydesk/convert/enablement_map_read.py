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

Plain values are read as YAML 1.2 reads them (``NUMBER_1_2``, which writing shares), and the
file's nesting and aliases are checked first, so a hostile file is refused, not obeyed.
"""

from __future__ import annotations

import math
import re
from typing import Any, ClassVar

import yaml

from journeydesk.convert.base import ConvertError, Imported
from journeydesk.convert.notes import Notes, quoted, rounded, signed
from journeydesk.model.base import short_label
from journeydesk.model.bulk import bulk
from journeydesk.model.file_io import MAX_FILE_BYTES
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
from journeydesk.model.templates import LANE_COLOURS


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader (in C when it has libyaml: five times faster on a big map), reading
    plain values as YAML 1.2 does, like Enablement Map Studio's js-yaml: "yes", "off" and
    "10:30" stay text (YAML 1.1 would make them true, false and 630)."""

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {}


#: Plain values YAML 1.2 reads as numbers; writing quotes text that would match.
NUMBER_1_2 = (
    r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
    r"|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
for _tag, _pattern, _first in (
    ("bool", r"true|True|TRUE|false|False|FALSE", "tTfF"),
    ("int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", "-+0123456789"),
    ("float", NUMBER_1_2, "-+0123456789."),
    ("null", r"~|null|Null|NULL|", ["~", "n", "N", ""]),
    ("timestamp", r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[Tt ].*)?", "0123456789"),
    ("merge", r"<<", "<"),
):
    _Loader.add_implicit_resolver(
        f"tag:yaml.org,2002:{_tag}", re.compile(f"^(?:{_pattern})$"), list(_first)
    )
# A journey map nests five deep; libyaml's composer recurses in C and crashes the process on a
# few hundred thousand levels, so the nesting is checked before anything is built.
_MAX_DEPTH = 64
# Aliases (*name) make a small file stand for a huge tree: a map has no need of many.
_MAX_ALIASES = 1_000
_OTHER_KINDS = {
    "sbp": "a service blueprint (kind: sbp)",
    "outcome": "an outcome (kind: outcome)",
    "em": "an enablement map (kind: em)",
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


def _load_documents(data: bytes) -> list[Any]:
    """The YAML documents of ``data``, after checks that keep a hostile file harmless."""
    if len(data) > MAX_FILE_BYTES:
        raise ConvertError(
            f"The file is {len(data) / 1e6:,.0f} MB, too large to be an Enablement Map Studio "
            f"journey (the limit is {MAX_FILE_BYTES // 1024 // 1024} MB)."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ConvertError(
            f"The file is not UTF-8 text (byte {error.start:,} is not valid UTF-8), so it is "
            "not an Enablement Map Studio YAML file."
        ) from None
    try:
        depth = aliases = 0
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > _MAX_DEPTH:
                    raise ConvertError(
                        f"The YAML nests lists and mappings more than {_MAX_DEPTH} deep, far "
                        "deeper than a journey map, so it was not read."
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > _MAX_ALIASES:
                    raise ConvertError(
                        f"The YAML repeats content through more than {_MAX_ALIASES:,} aliases "
                        "(*name), which no journey map needs, so it was not read."
                    )
        return list(yaml.load_all(text, Loader=_Loader))
    except RecursionError:  # the pure-Python loader, on nesting the check above let through
        raise ConvertError(
            "The YAML nests too deep for a journey map, so it was not read."
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = error.problem or error.context or "it is not valid YAML"
        raise ConvertError(f"The file cannot be read as YAML: {problem}{where}.") from None
    except yaml.YAMLError as error:
        raise ConvertError(f"The file cannot be read as YAML ({error}).") from None


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
            self.notes.add(_cap(f"{what} was read as yes/no and became '{str(value).lower()}'."))
            return str(value).lower()
        if isinstance(value, dict | list):
            self.notes.add(_cap(f"{what} is not text, so it was left out."))
            return None
        return self.notes.cut(value if isinstance(value, str) else str(value), limit, what)

    def items(self, value: object, what: str) -> list[Any]:
        """A list field as a list (absent: empty)."""
        if value is None:
            return []
        if not isinstance(value, list):
            self.notes.add(_cap(f"{what} is not a list, so it was left out."))
            return []
        return value

    def score(self, value: object, name: str) -> int | None:
        """An action's emotion score, kept within -2..+2, or None."""
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not number or not math.isfinite(value):  # type: ignore[arg-type]
            self.notes.group(
                "action has no emotion score (a whole number from -2 to +2)",
                "actions have no emotion score (a whole number from -2 to +2)",
                quoted(name),
            )
            return None
        score = min(EMOTION_MAX, max(EMOTION_MIN, rounded(value)))  # type: ignore[arg-type]
        if score != value:
            self.notes.add(
                f"The emotion score of action {quoted(name)} was {value}; scores go from -2 "
                f"to +2 in whole steps, so it became {signed(score)}."
            )
        return score

    def journey(self, doc: dict[str, Any], personas: list[Persona]) -> Journey:
        """One map from one ``kind: cjm`` document."""
        doc_id = self.text(doc.get("id"), "the id of the journey", MAX_SHORT_TEXT) or ""
        title = doc_id.removeprefix("cjm:") or "Imported journey"
        version = doc.get("version")
        if version is not None and str(version) != "1.0":
            self.notes.add(f"Journey {quoted(title)} is of version {version}; read as 1.0.")
        persona = self.persona(doc.get("persona"), title)
        if persona is not None:
            personas.append(persona)
        stages: list[Stage] = []
        stage_of = self.stages(stages, doc.get("phases"))
        lanes = {
            "actions": Lane(title="Actions", colour=LANE_COLOURS["Actions"]),
            "touchpoints": Lane(title="Touchpoints", colour=LANE_COLOURS["Touchpoints"]),
            "thoughts_feelings": Lane(title="Thinking", colour=LANE_COLOURS["Thinking"]),
        }
        by_stage: dict[str, list[dict[str, Any]]] = {}
        for number, action in enumerate(self.items(doc.get("actions"), "the actions"), 1):
            if not isinstance(action, dict):
                self.notes.add(f"Action {number} is not a mapping of fields, so it was skipped.")
                continue
            phase = self.text(action.get("phase"), f"the phase of action {number}", MAX_TEXT)
            stage = stage_of.get(phase or "") or self.missing_stage(stages, stage_of, phase)
            by_stage.setdefault(stage.id, []).append(action)
        cards: list[Card] = []
        emotions: dict[str, int] = {}
        for stage in stages:
            score = self.actions(cards, stage, by_stage.get(stage.id, []), lanes)
            if score is not None:
                emotions[stage.id] = score
        feelings = Lane(title="Feelings", kind=LaneKind.EMOTION, colour=LANE_COLOURS["Feelings"])
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
            self.notes.add(f"The persona of journey {quoted(title)} is not a mapping; skipped.")
            return None
        name = self.text(value.get("name"), "the persona's name", MAX_SHORT_TEXT)
        role = self.text(value.get("description"), "the persona's description", MAX_SHORT_TEXT)
        return Persona(name=name or "", role=role or "")

    def stages(self, stages: list[Stage], phases: object) -> dict[str, Stage]:
        """Fill ``stages`` from the phases; return the stages by phase id."""
        stage_of: dict[str, Stage] = {}
        items = self.items(phases, "the phases")
        if len(items) > MAX_STAGES:
            self.notes.add(
                f"The journey has {len(items):,} phases; a map holds {MAX_STAGES:,}, so the "
                f"last {len(items) - MAX_STAGES:,} were left out and their actions placed in "
                "the last stage."
            )
        for number, phase in enumerate(items[:MAX_STAGES], 1):
            if not isinstance(phase, dict):
                self.notes.add(f"Phase {number} is not a mapping of fields, so it was skipped.")
                continue
            name = self.text(phase.get("name"), f"the name of phase {number}", MAX_SHORT_TEXT)
            stage = Stage(title=name or "")
            stages.append(stage)
            phase_id = self.text(phase.get("id"), f"the id of phase {number}", MAX_TEXT)
            if phase_id is None:
                self.notes.add(f"Phase {quoted(stage.title)} has no id; no action can name it.")
            elif phase_id in stage_of:
                self.notes.add(
                    f"Two phases have the id '{short_label(phase_id)}'; its actions went to the "
                    "first one."
                )
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
            stage_of[key] = Stage(title=short_label(key, MAX_SHORT_TEXT) or "Without a phase")
            stages.append(stage_of[key])
            self.notes.add(
                f"Some actions name a phase ('{short_label(key)}') that the journey does not "
                f"list, so a stage {quoted(stage_of[key].title)} was added for them."
            )
        return stage_of[key]

    def actions(
        self, cards: list[Card], stage: Stage, actions: list[dict[str, Any]], lanes: dict[str, Lane]
    ) -> int | None:
        """Add the cards of one stage's actions, touchpoints and thoughts; return its score."""
        names = [
            self.text(action.get("name"), "the name of an action", MAX_TEXT) or ""
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
                what = f"the {field.replace('_', ' and ')} of action {quoted(name)}"
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
    documents = [doc for doc in _load_documents(data) if isinstance(doc, dict)]
    maps = [doc for doc in documents if doc.get("kind") == "cjm"]
    if not maps:
        raise ConvertError(
            "The file holds no customer journey map: Enablement Map Studio writes one as a "
            "YAML document with 'kind: cjm', and there is none."
        )
    reader = _Reader()
    for doc in documents:
        kind = str(doc.get("kind"))
        if kind != "cjm":
            reader.notes.group(
                "other document is in the file, and JourneyDesk does not import it",
                "other documents are in the file, and JourneyDesk does not import them",
                _OTHER_KINDS.get(kind, f"a document of kind '{short_label(kind)}'"),
            )
    if len(maps) > MAX_JOURNEYS:
        reader.notes.add(
            f"The file holds {len(maps):,} journeys; a project holds {MAX_JOURNEYS:,}, so the "
            "others were left out."
        )
        maps = maps[:MAX_JOURNEYS]
    personas: list[Persona] = []
    with bulk():
        journeys = [reader.journey(doc, personas) for doc in maps]
        project = Project(title=journeys[0].title, personas=personas, journeys=journeys)
    if reader.left_out:
        reader.notes.add(
            f"A project holds {MAX_CARDS:,} cards, so the last {reader.left_out:,} were left out."
        )
    return Imported(project, reader.notes.all())
