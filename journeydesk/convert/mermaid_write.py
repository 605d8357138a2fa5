"""Writing projects as Mermaid journey diagrams: a .mmd of one map, a .md of every map.

How maps become diagrams, and what is reported as left out, is set out in
``journeydesk.convert.mermaid``; this module does it.
"""

from __future__ import annotations

from journeydesk.convert.base import Exported
from journeydesk.convert.mermaid_codes import (
    NEUTRAL_SCORE,
    counted,
    escape,
    joined,
    listed,
    quoted,
    were,
)
from journeydesk.model.project import Journey, JourneyState, Lane, LaneKind, Project


def write(project: Project, journey_id: str | None = None) -> Exported:
    """One map (the first, or ``journey_id``) as a .mmd journey diagram."""
    if not project.journeys:
        return Exported(b"journey\n", ("The project has no maps, so the diagram is empty.",))
    journey = project.journey(journey_id) if journey_id else project.journeys[0]
    notes: list[str] = []
    if others := [j for j in project.journeys if j is not journey]:
        notes.append(
            f"A .mmd file holds one diagram, so only the map {quoted(journey.title)} was "
            f"written and {counted(len(others), 'other map')} ({listed(j.title for j in others)}) "
            f"{were(len(others))} left out; export as Markdown (.md) to keep every map."
        )
    lines = _diagram(project, journey, notes)
    if project.title.strip() and project.title != journey.title:
        notes.append(f"The project title {quoted(project.title)} was left out.")
    _project_notes(project, [journey], notes)
    return Exported(("\n".join(lines) + "\n").encode(), tuple(notes))


def write_markdown(project: Project) -> Exported:
    """Every map as a ```mermaid journey block under its own heading, for a .md file."""
    notes: list[str] = []
    out = [f"# {' '.join(project.title.split())}", ""] if project.title.strip() else []
    for number, journey in enumerate(project.journeys, 1):
        heading = " ".join(journey.title.split()) or f"Map {number}"
        out += [f"## {heading}", "", "```mermaid", *_diagram(project, journey, notes), "```", ""]
    if not project.journeys:
        notes.append("The project has no maps, so the file holds no diagram.")
    _project_notes(project, project.journeys, notes)
    return Exported("\n".join(out).encode(), tuple(notes))


def _diagram(project: Project, journey: Journey, notes: list[str]) -> list[str]:
    """The lines of one map's diagram; what it leaves out is added to ``notes``."""
    lane = _tasks_lane(journey)
    names = [project.persona(persona_id).name for persona_id in journey.persona_ids]
    actors = [(escape(name, ":,"), name) for name in names if name]
    coded = sum(code != name for code, name in actors)
    tail = f": {', '.join(code for code, _ in actors)}" if actors else ""
    lines = ["journey"]
    for text, key in ((journey.title, "title"), (journey.scenario, "accDescr:")):
        if text:  # Mermaid drops the ';' of a line with "style", ':' and '#', in that order.
            reserved = ":" if "style" in text or "classDef" in text else ""
            code = escape(text, reserved, newline="#10;" if key.endswith(":") else "<br>")
            coded += code != text
            lines.append(f"    {key} {code}")
    cells = journey.cells() if lane else {}
    unscored = written = 0
    for stage in journey.stages:
        title = escape(stage.title)
        coded += title != stage.title
        lines.append(f"    section {title or '#32;'}")
        if not stage.title:
            lines.append("      %% journeydesk: untitled")
        cards = [c for c in cells.get((lane.id, stage.id), []) if c.text] if lane else []
        emotion = journey.emotions.get(stage.id)
        if emotion is None and cards:
            unscored += 1
            lines.append("      %% journeydesk: emotion none")
        elif emotion is not None and not cards:
            lines.append(f"      %% journeydesk: emotion {emotion}")
        score = f": {NEUTRAL_SCORE + (emotion or 0)}{tail}"
        for card in cards:
            text = escape(card.text, task=True)
            coded += text != card.text
            lines.append(f"      {text}{score}")
        written += len(cards)
    _journey_notes(journey, lane, names, (unscored, written, coded), notes)
    return lines


def _tasks_lane(journey: Journey) -> Lane | None:
    """The lane whose cards become tasks (see the module docstring)."""
    lanes = [lane for lane in journey.lanes if lane.kind is LaneKind.CARDS]
    titles = [lane.title.strip().lower() for lane in lanes]
    for wanted in ("actions", "customer actions"):
        if wanted in titles:
            return lanes[titles.index(wanted)]
    named = [lane for lane, title in zip(lanes, titles, strict=True) if "action" in title]
    return (named or lanes or [None])[0]


def _journey_notes(
    journey: Journey, lane: Lane | None, names: list[str], counts: tuple[int, ...], notes: list[str]
) -> None:
    """Say, once per kind, what of one map its diagram could not hold."""
    unscored, written, coded = counts
    where = f"In map {quoted(journey.title)}"
    ours = [card for card in journey.cards if lane is not None and card.lane_id == lane.id]
    if others := [other for other in journey.lanes if other is not lane]:
        held = len(journey.cards) - len(ours)
        cards = f", with their {counted(held, 'card')}," if held else ""
        notes.append(
            f"{where}, {counted(len(others), 'other lane')} ({listed(o.title for o in others)}) "
            f"{were(len(others))} left out{cards} as a Mermaid journey holds only tasks."
        )
    if lane is not None and lane.title.strip().lower() != "actions":
        notes.append(f"{where}, the cards of lane {quoted(lane.title)} became the tasks.")
    details = [
        (sum(bool(card.tags) for card in ours), "tags"),
        (sum(card.votes > 0 for card in ours), f"votes ({sum(c.votes for c in ours):,} in all)"),
        (sum(card.colour is not None for card in ours), "their own colour"),
        (sum(bool(card.owner) for card in ours), "an owner"),
        (sum(bool(card.notes) for card in ours), "notes"),
    ]
    if had := [f"{count:,} had {what}" for count, what in details if count]:
        notes.append(
            f"{where}, of the {counted(len(ours), 'task card')}, {joined(had)}; Mermaid tasks "
            "hold none of these, so they were left out."
        )
    if empty := sum(not card.text for card in ours):
        notes.append(f"{where}, {counted(empty, 'empty card')} {were(empty)} left out.")
    goals = sum(bool(stage.goal) for stage in journey.stages)
    descriptions = sum(bool(stage.description) for stage in journey.stages)
    parts = [f"the goals of {counted(goals, 'stage')}"] if goals else []
    parts += [f"the descriptions of {counted(descriptions, 'stage')}"] if descriptions else []
    parts += ["the map's notes"] if journey.notes else []
    parts += [counted(len(journey.vote_rounds), "dot-voting round")] if journey.vote_rounds else []
    parts += ["its mark as a future state"] if journey.state is JourneyState.FUTURE else []
    if curves := len(journey.persona_emotions):
        parts.append(f"the emotion curves of {counted(curves, 'other persona')}")
    if parts:
        notes.append(f"{where}, these were left out: {joined(parts)}.")
    if unscored:
        notes.append(
            f"{where}, {counted(unscored, 'stage')} without an emotion score show the neutral "
            f"score {NEUTRAL_SCORE} in Mermaid; a comment keeps them unscored when read back."
        )
    if unnamed := names.count(""):
        notes.append(f"{where}, {counted(unnamed, 'persona')} without a name are not actors.")
    if any(names) and not written:
        notes.append(f"{where}, the personas were left out, as only tasks name actors.")
    if coded:
        notes.append(
            f"{where}, {counted(coded, 'name')} held characters Mermaid reserves (':', '#', ';', "
            "'%%', line breaks, spaces at either end); they were written as Mermaid character "
            "codes such as #58; and line breaks as <br>, which Mermaid shows as the text."
        )


def _project_notes(project: Project, journeys: list[Journey], notes: list[str]) -> None:
    """Say what of the project beyond its maps the export left out."""
    used = {persona_id for journey in journeys for persona_id in journey.persona_ids}
    if unused := [p for p in project.personas if p.id not in used]:
        notes.append(
            f"{counted(len(unused), 'persona')} ({listed(p.name for p in unused)}) that no "
            f"exported map names {were(len(unused))} left out."
        )
    detailed = sum(
        bool(p.role or p.age is not None or p.quote or p.goals or p.needs or p.frustrations)
        or p.photo is not None
        for p in project.personas
        if p.id in used
    )
    if detailed:
        notes.append(
            f"Only the names of personas become actors; the details (role, age, quote, goals, "
            f"needs, frustrations, photo) of {counted(detailed, 'persona')} were left out."
        )
    if project.description:
        notes.append("The project description was left out.")
