"""`journeydesk info`: a project's personas, maps, stages, lanes, cards and votes.

As text for a person (in the user's language) or as JSON for a script (keys and values as
the file has them, never translated). The model loads when the command runs, not with the
command line: `journeydesk --version` and the other commands need not wait for it.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journeydesk.i18n import Translatable, arg, number

if TYPE_CHECKING:
    from journeydesk.model import Journey, Project
    from journeydesk.model.voting import VoteRound

EXAMPLE = "journeydesk info workshop.journey --json"


class InfoText(Translatable):
    """The words of `journeydesk info`: labels, headings and the counts of things."""


def summary() -> str:
    """What the command does, in a few words (for the list of commands)."""
    return InfoText.tr("summarise a project: personas, journeys, stages, lanes and cards")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `journeydesk info`."""
    parser.add_argument("file", metavar="FILE", type=Path, help=InfoText.tr("a project file"))
    parser.add_argument(
        "--json", action="store_true", help=InfoText.tr("print the summary as JSON")
    )


def totals(project: Project) -> str:
    """How many maps and cards ``project`` holds, e.g. "1 journey, 3 cards"."""
    journeys = InfoText.tr("%n journey(s)", "", len(project.journeys))
    cards = InfoText.tr("%n card(s)", "", project.card_count())
    return arg(InfoText.tr("%1, %2"), journeys, cards)


def run(args: argparse.Namespace) -> int:
    """Summarise a project: personas, journeys, stages, lanes and cards."""
    from journeydesk.model import load_project

    project = load_project(args.file)  # main() reports a ProjectLoadError with the path
    summary = project_summary(project)
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return 0
    labels = {
        "title": InfoText.tr("Title:"),
        "description": InfoText.tr("Description:"),
        "created": InfoText.tr("Created:"),
        "modified": InfoText.tr("Modified:"),
        "personas": InfoText.tr("Personas:"),
    }
    width = max(len(label) for label in labels.values()) + 1

    def field(key: str, value: str) -> None:
        indented = value.replace("\n", "\n" + " " * width)
        print(f"{labels[key]:<{width}}{indented}")

    field("title", project.title or InfoText.tr("(untitled)"))
    if project.description:
        field("description", project.description.strip())
    field("created", _local_time(project.created))
    field("modified", _local_time(project.modified))
    people = [
        arg(InfoText.tr("%1 (%2)"), p.name or InfoText.tr("(unnamed)"), p.role)
        if p.role
        else p.name or InfoText.tr("(unnamed)")
        for p in project.personas
    ]
    field("personas", "; ".join(people) or InfoText.tr("(none)"))
    for index, journey in enumerate(summary["journeys"], start=1):
        _print_journey(index, journey)
    print()
    print(arg(InfoText.tr("Total: %1"), totals(project)))
    return 0


def _local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()


def _journey_summary(journey: Journey, project: Project) -> dict[str, Any]:
    """Return what ``info`` tells about one journey, as plain data."""
    counts = {lane.id: 0 for lane in journey.lanes}
    for card in journey.cards:
        counts[card.lane_id] += 1
    names = {p.id: p.name for p in project.personas}
    summary: dict[str, Any] = {
        "title": journey.title,
        "state": journey.state.value,
        "personas": [names[i] for i in journey.persona_ids],
        "stages": [stage.title for stage in journey.stages],
        "lanes": [
            {"title": lane.title, "kind": lane.kind.value, "cards": counts[lane.id]}
            for lane in journey.lanes
        ],
        "cards": len(journey.cards),
        "emotions": _scores(journey, journey.emotions),
    }
    if len(journey.persona_ids) > 1:  # "emotions" is the first persona's curve
        summary["curves"] = [
            {"persona": names[persona_id], "emotions": _scores(journey, curve)}
            for persona_id, curve in journey.curves()
            if persona_id is not None
        ]
    if journey.vote_rounds:
        summary["vote_rounds"] = [_round_summary(journey, r) for r in journey.vote_rounds]
    return summary


def _round_summary(journey: Journey, vote_round: VoteRound) -> dict[str, Any]:
    """One dot-voting round as plain data: its question, participants and result."""
    from journeydesk.model.voting import map_order

    texts = {card.id: card.text for card in journey.cards}
    tally = vote_round.tally(map_order(journey))
    return {
        "question": vote_round.question,
        "participants": [
            vote_round.participant_name(i) for i in range(len(vote_round.participants))
        ],
        "dots_per_participant": vote_round.dots_per_participant,
        "open": vote_round.is_open,
        "started": vote_round.started_at.isoformat(),
        "ended": vote_round.ended_at.isoformat() if vote_round.ended_at else None,
        "dots": sum(dots for _card_id, dots in tally),  # on cards still on the map
        "tally": [{"card": texts[card_id], "dots": dots} for card_id, dots in tally],
    }


def _scores(journey: Journey, curve: dict[str, int]) -> list[dict[str, Any]]:
    """One emotion curve of ``journey`` as plain data, stage by stage."""
    return [
        {"stage": journey.stage(stage_id).title, "score": score}
        for stage_id, score in curve.items()
    ]


def project_summary(project: Project) -> dict[str, Any]:
    """Return what ``info`` tells about a project, as plain data."""
    return {
        "title": project.title,
        "description": project.description,
        "created": project.created.isoformat(),
        "modified": project.modified.isoformat(),
        "personas": [{"name": p.name, "role": p.role} for p in project.personas],
        "journeys": [_journey_summary(j, project) for j in project.journeys],
        "cards": project.card_count(),
    }


def _print_journey(index: int, journey: dict[str, Any]) -> None:
    """A map's heading, personas, stages, table of lanes, curves and voting rounds."""
    if journey["state"] == "future":
        heading = InfoText.tr("Journey %1: %2 (future state)")
    else:
        heading = InfoText.tr("Journey %1: %2 (current state)")
    print()
    print(arg(heading, number(index), journey["title"] or InfoText.tr("(untitled)")))
    if journey["personas"]:
        print("  " + arg(InfoText.tr("Personas: %1"), ", ".join(journey["personas"])))
    stages = ", ".join(journey["stages"]) or InfoText.tr("(none)")
    print("  " + arg(InfoText.tr("Stages (%1): %2"), number(len(journey["stages"])), stages))
    _print_lanes(journey)
    # With several personas, each has its curve; otherwise the map has one, unnamed.
    for curve in journey.get("curves") or [{"persona": None, "emotions": journey["emotions"]}]:
        if curve["emotions"]:
            scores = ", ".join(f"{e['stage']} {e['score']:+d}" for e in curve["emotions"])
            if curve["persona"] is None:
                line = arg(InfoText.tr("Emotions: %1"), scores)
            else:
                name = curve["persona"] or InfoText.tr("unnamed")
                line = arg(InfoText.tr("Emotions (%1): %2"), name, scores)
            print("  " + line)
    for vote_round in journey.get("vote_rounds", []):
        _print_round(vote_round)


def _print_lanes(journey: dict[str, Any]) -> None:
    """The table of lanes: title, kind and cards, with the total below."""
    lanes = journey["lanes"]
    lane, kind, cards, total = (
        InfoText.tr("Lane"),
        InfoText.tr("Kind"),
        InfoText.tr("Cards"),
        InfoText.tr("Total"),
    )
    from journeydesk.model.project import LaneKind  # loaded by run() already

    # What each kind of lane holds, as the table says it.
    kinds = {
        LaneKind.CARDS.value: InfoText.tr("cards"),
        LaneKind.EMOTION.value: InfoText.tr("emotion"),
        LaneKind.DIVIDER.value: InfoText.tr("divider"),
    }
    width = max([len(lane), len(total), *(len(row["title"]) for row in lanes)])
    kind_width = max([7, len(kind), *(len(word) for word in kinds.values())])
    count_width = max(5, len(cards))
    print(f"  {lane:<{width}}  {kind:<{kind_width}}  {cards:>{count_width}}")
    for row in lanes:
        count = "-" if row["kind"] == LaneKind.DIVIDER.value else number(row["cards"])
        word = kinds.get(row["kind"], row["kind"])
        print(f"  {row['title']:<{width}}  {word:<{kind_width}}  {count:>{count_width}}")
    print(f"  {total:<{width}}  {'':<{kind_width}}  {number(journey['cards']):>{count_width}}")


def _print_round(vote_round: dict[str, Any]) -> None:
    """One line: the question, the participants, the dots placed and the card with most."""
    from journeydesk.model.project import short_label

    question = short_label(vote_round["question"]) or InfoText.tr("(no question)")
    people = len(vote_round["participants"])
    allowed = people * vote_round["dots_per_participant"]
    if vote_round["open"]:
        line = InfoText.tr("Vote (open): %1; %2, %3")
    else:
        line = InfoText.tr("Vote (ended): %1; %2, %3")
    participants = InfoText.tr("%n participant(s)", "", people)
    placed = arg(InfoText.tr("%1 of %n dot(s)", "", allowed), number(vote_round["dots"]))
    line = arg(line, question, participants, placed)
    tally = vote_round["tally"]
    if tally:
        top = tally[0]
        tied = sum(1 for entry in tally[1:] if entry["dots"] == top["dots"])
        label = short_label(top["card"]) or InfoText.tr("(empty card)")
        if tied:
            text = InfoText.tr("%1; top card: %2 (%n dot(s), tied with %3 more)", "", top["dots"])
        else:
            text = InfoText.tr("%1; top card: %2 (%n dot(s))", "", top["dots"])
        line = arg(text, line, label, number(tied))
    print("  " + line)
