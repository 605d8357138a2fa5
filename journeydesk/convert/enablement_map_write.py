"""Writing Enablement Map Studio's YAML; ``enablement_map.py`` describes the format.

Writing takes the project's first map and does what reading does in reverse, finding the lanes
by their titles (Actions, Touchpoints, Thinking or Feelings). An action's score is its
``emotion:`` tag, else its stage's score; touchpoints and thoughts go to the action their
``action:`` tag names, else to the first action of their stage. Ids are made from JourneyDesk's
(``cjm:action:<card id>``), so writing the same map again gives the same ids.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from journeydesk.convert.base import Exported
from journeydesk.convert.enablement_map_read import action_labels
from journeydesk.convert.enablement_map_yaml import Dumper, EnablementMapText
from journeydesk.convert.notes import (
    Notes,
    quoted,
    report_losses,
    report_persona_losses,
    rounded,
    signed,
)
from journeydesk.i18n import arg
from journeydesk.model.project import (
    EMOTION_MAX,
    EMOTION_MIN,
    Card,
    Journey,
    Lane,
    LaneKind,
    Project,
    Stage,
)
from journeydesk.model.templates import familiar_lane

_PEER = "Enablement Map Studio"
_EMOTION_TAG = re.compile(r"^emotion:\s*([+-]?\d+)$", re.IGNORECASE)
_ACTION_TAG = re.compile(r"^action:\s*(.*)$", re.IGNORECASE | re.DOTALL)
_ACTION_LANES = {"actions", "action", "customer actions", "user actions", "doing"}
_TOUCHPOINT_LANES = {"touchpoints", "touchpoint", "touch points"}
_THOUGHT_LANES = {"thinking", "thoughts", "thoughts and feelings", "thoughts & feelings"}
_THOUGHT_LANES |= {"feelings", "feeling"}


def _is_marker(tag: str) -> bool:
    return bool(_EMOTION_TAG.match(tag.strip()) or _ACTION_TAG.match(tag.strip()))


def _tag_value(card: Card | None, pattern: re.Pattern[str]) -> str | None:
    tags = card.tags if card else []
    return next((m.group(1) for tag in tags if (m := pattern.match(tag.strip()))), None)


class _Writer:
    """Turns one map into the document's phases and actions, noting what it leaves out."""

    def __init__(self, project: Project, journey: Journey) -> None:
        self.project = project
        self.journey = journey
        self.notes = Notes()
        self.written: list[Card] = []
        self.actions, self.touchpoints, self.thoughts = self.lanes_by_role()

    def lanes_by_role(self) -> tuple[list[Lane], list[Lane], list[Lane]]:
        """The lanes written as actions, as touchpoints and as thoughts and feelings."""
        roles: tuple[list[Lane], ...] = ([], [], [], [])
        for lane in self.journey.lanes:
            # A familiar lane in the user's language is known by its English name.
            title = " ".join((familiar_lane(lane.title) or lane.title).casefold().split())
            known = (_ACTION_LANES, _TOUCHPOINT_LANES, _THOUGHT_LANES)
            roles[next((i for i, titles in enumerate(known) if title in titles), 3)].append(lane)
        actions, touchpoints, thoughts, others = roles
        if not actions:
            first = next((lane for lane in others if lane.kind is LaneKind.CARDS), None)
            if first is not None:
                others.remove(first)
                actions.append(first)
                message = EnablementMapText.tr(
                    "No lane is called Actions, so the cards of lane %1 were written as the "
                    "actions."
                )
                self.notes.add(arg(message, quoted(first.title)))
        counts = dict.fromkeys((lane.id for lane in others), 0)
        for card in self.journey.cards:
            if card.lane_id in counts:
                counts[card.lane_id] += 1
        for lane in others:
            if counts[lane.id]:
                message = EnablementMapText.tr(
                    "Lane %1 and its %n card(s) were left out: an %2 journey has only actions, "
                    "touchpoints and thoughts and feelings.",
                    "",
                    counts[lane.id],
                )
                self.notes.add(arg(message, quoted(lane.title), _PEER))
        return actions, touchpoints, thoughts

    def stage_actions(self, stage: Stage, cells: dict[tuple[str, str], list[Card]]) -> list[Any]:
        """The actions of one stage, holding its touchpoints and thoughts, with their scores."""
        phase = f"cjm:phase:{stage.id}"
        cards = [card for lane in self.actions for card in cells.get((lane.id, stage.id), [])]
        self.written.extend(cards)
        entries: list[dict[str, Any]] = [
            {"id": f"cjm:action:{card.id}", "name": card.text, "phase": phase} for card in cards
        ]
        by_label = dict(zip(action_labels([card.text for card in cards]), entries, strict=True))
        for lanes, field in (
            (self.touchpoints, "touchpoints"),
            (self.thoughts, "thoughts_feelings"),
        ):
            for card in (c for lane in lanes for c in cells.get((lane.id, stage.id), [])):
                self.written.append(card)
                if not entries:
                    entries.append(
                        {"id": f"cjm:action:{stage.id}", "name": stage.title, "phase": phase}
                    )
                    message = EnablementMapText.tr(
                        "Stage %1 has touchpoints or thoughts but no action, so an action named "
                        "after the stage holds them."
                    )
                    self.notes.add(arg(message, quoted(stage.title)))
                label = _tag_value(card, _ACTION_TAG)
                if len(entries) > 1 and label not in by_label:
                    self.notes.group(
                        "no action",
                        lambda n: EnablementMapText.tr(
                            "%n card(s) named no action of their stage and went to its first "
                            "action: %1.",
                            "",
                            n,
                        ),
                        quoted(card.text),
                    )
                by_label.get(label or "", entries[0]).setdefault(field, []).append(card.text)
        stage_score = self.journey.emotions.get(stage.id)
        for entry, card in zip(entries, [*cards, None], strict=False):
            tagged = _tag_value(card, _EMOTION_TAG)
            score = int(tagged) if tagged is not None else stage_score
            if score is None:
                self.notes.group(
                    "no score",
                    lambda n: EnablementMapText.tr(
                        "%n action(s) without an emotion score, in a stage without one, written "
                        "with 0: %1.",
                        "",
                        n,
                    ),
                    quoted(entry["name"]),
                )
            entry["emotion_score"] = min(EMOTION_MAX, max(EMOTION_MIN, score or 0))
        mean = rounded(sum(e["emotion_score"] for e in entries) / max(1, len(entries)))
        if stage_score is not None and not entries:
            message = EnablementMapText.tr(
                "The emotion score of stage %1 was left out: Enablement Map Studio scores "
                "actions, and the stage has none."
            )
            self.notes.add(arg(message, quoted(stage.title)))
        elif stage_score is not None and mean != stage_score:
            message = EnablementMapText.tr(
                "Stage %1 has the emotion score %2, but its actions' own scores ('emotion:' "
                "tags), which average %3, were written."
            )
            self.notes.add(arg(message, quoted(stage.title), signed(stage_score), signed(mean)))
        return entries

    def persona(self) -> dict[str, str] | None:
        """The map's first persona: its name, and its role as the description."""
        if not self.journey.persona_ids:
            return None
        persona = self.project.persona(self.journey.persona_ids[0])
        if len(self.journey.persona_ids) > 1:
            message = EnablementMapText.tr(
                "%1 has one persona per journey; only the first was written."
            )
            self.notes.add(arg(message, _PEER))
        report_persona_losses(self.notes, _PEER, persona, {"role"})
        entry = {"name": persona.name}
        if persona.role:
            entry["description"] = persona.role
        return entry


def write(project: Project) -> Exported:
    """Write the project's first map as an Enablement Map Studio ``kind: cjm`` document."""
    journey = project.journeys[0] if project.journeys else Journey()
    writer = _Writer(project, journey)
    if not project.journeys:
        writer.notes.add(
            EnablementMapText.tr("The project has no map, so an empty journey was written.")
        )
    elif len(project.journeys) > 1:
        message = EnablementMapText.tr(
            "An Enablement Map Studio file holds one journey; only the first map, %1, was written."
        )
        writer.notes.add(arg(message, quoted(journey.title)))
    doc: dict[str, Any] = {"kind": "cjm", "version": "1.0", "id": f"cjm:{journey.title}"}
    persona = writer.persona()
    if persona is not None:
        doc["persona"] = persona
    doc["phases"] = [{"id": f"cjm:phase:{s.id}", "name": s.title} for s in journey.stages]
    cells = journey.cells()
    doc["actions"] = [a for stage in journey.stages for a in writer.stage_actions(stage, cells)]
    report_losses(writer.notes, _PEER, project, journey, writer.written, set(), _is_marker)
    text = yaml.dump(doc, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100)
    return Exported(text.encode("utf-8"), writer.notes.all())
