"""Writing projects as Mermaid journey diagrams: a .mmd of one map, a .md of every map.

How maps become diagrams, and what is reported as left out, is set out in
``journeydesk.convert.mermaid``; this module does it.
"""

from __future__ import annotations

from journeydesk.convert.base import Exported
from journeydesk.convert.mermaid_codes import NEUTRAL_SCORE, MermaidText, escape, listed, quoted
from journeydesk.convert.notes import joined
from journeydesk.i18n import arg, number
from journeydesk.model.project import Journey, JourneyState, Lane, LaneKind, Project
from journeydesk.model.templates import familiar_lane


def write(project: Project, journey_id: str | None = None) -> Exported:
    """One map (the first, or ``journey_id``) as a .mmd journey diagram."""
    if not project.journeys:
        empty = MermaidText.tr("The project has no maps, so the diagram is empty.")
        return Exported(b"journey\n", (empty,))
    journey = project.journey(journey_id) if journey_id else project.journeys[0]
    notes: list[str] = []
    if others := [j for j in project.journeys if j is not journey]:
        message = MermaidText.tr(
            "A .mmd file holds one diagram, so only the map %1 was written; the export left out "
            "%n other map(s) (%2). Export as Markdown (.md) to keep every map.",
            "",
            len(others),
        )
        notes.append(arg(message, quoted(journey.title), listed(j.title for j in others)))
    lines = _diagram(project, journey, notes)
    if project.title.strip() and project.title != journey.title:
        message = MermaidText.tr("The project title %1 was left out.")
        notes.append(arg(message, quoted(project.title)))
    _project_notes(project, [journey], notes)
    return Exported(("\n".join(lines) + "\n").encode(), tuple(notes))


def write_markdown(project: Project) -> Exported:
    """Every map as a ```mermaid journey block under its own heading, for a .md file."""
    notes: list[str] = []
    out = [f"# {' '.join(project.title.split())}", ""] if project.title.strip() else []
    for place, journey in enumerate(project.journeys, 1):
        heading = " ".join(journey.title.split()) or arg(MermaidText.tr("Map %1"), place)
        out += [f"## {heading}", "", "```mermaid", *_diagram(project, journey, notes), "```", ""]
    if not project.journeys:
        notes.append(MermaidText.tr("The project has no maps, so the file holds no diagram."))
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
    titles = [_familiar(lane) for lane in lanes]
    for wanted in ("actions", "customer actions"):
        if wanted in titles:
            return lanes[titles.index(wanted)]
    named = [lane for lane, title in zip(lanes, titles, strict=True) if "action" in title]
    return (named or lanes or [None])[0]


def _familiar(lane: Lane) -> str:
    """A lane's title for finding the tasks' lane: a familiar one (in any language) in English."""
    return (familiar_lane(lane.title) or lane.title).strip().lower()


def _journey_notes(
    journey: Journey, lane: Lane | None, names: list[str], counts: tuple[int, ...], notes: list[str]
) -> None:
    """Say, once per kind, what of one map its diagram could not hold."""
    unscored, written, coded = counts
    where = quoted(journey.title)
    ours = [card for card in journey.cards if lane is not None and card.lane_id == lane.id]
    if others := [other for other in journey.lanes if other is not lane]:
        held = len(journey.cards) - len(ours)
        lanes = listed(o.title for o in others)
        if held:
            message = MermaidText.tr(
                "In map %1, the export left out %n other lane(s) (%2), with their %3, as a "
                "Mermaid journey holds only tasks.",
                "",
                len(others),
            )
            notes.append(arg(message, where, lanes, MermaidText.tr("%n card(s)", "", held)))
        else:
            message = MermaidText.tr(
                "In map %1, the export left out %n other lane(s) (%2), as a Mermaid journey "
                "holds only tasks.",
                "",
                len(others),
            )
            notes.append(arg(message, where, lanes))
    if lane is not None and _familiar(lane) != "actions":
        message = MermaidText.tr("In map %1, the cards of lane %2 became the tasks.")
        notes.append(arg(message, where, quoted(lane.title)))
    votes = number(sum(c.votes for c in ours))
    details = [
        (sum(bool(card.tags) for card in ours), MermaidText.tr("%1 had tags")),
        (
            sum(card.votes > 0 for card in ours),
            arg(MermaidText.tr("%1 had votes (%2 in all)"), "%1", votes),
        ),
        (sum(card.colour is not None for card in ours), MermaidText.tr("%1 had their own colour")),
        (sum(bool(card.owner) for card in ours), MermaidText.tr("%1 had an owner")),
        (sum(bool(card.notes) for card in ours), MermaidText.tr("%1 had notes")),
    ]
    if had := [arg(what, number(count)) for count, what in details if count]:
        message = MermaidText.tr(
            "In map %1, of the %n task card(s), %2; Mermaid tasks hold none of these, so they "
            "were left out.",
            "",
            len(ours),
        )
        notes.append(arg(message, where, joined(had)))
    if empty := sum(not card.text for card in ours):
        message = MermaidText.tr("In map %1, the export left out %n empty card(s).", "", empty)
        notes.append(arg(message, where))
    goals = sum(bool(stage.goal) for stage in journey.stages)
    descriptions = sum(bool(stage.description) for stage in journey.stages)
    parts = [MermaidText.tr("the goals of %n stage(s)", "", goals)] if goals else []
    if descriptions:
        parts.append(MermaidText.tr("the descriptions of %n stage(s)", "", descriptions))
    parts += [MermaidText.tr("the map's notes")] if journey.notes else []
    if journey.vote_rounds:
        parts.append(MermaidText.tr("%n dot-voting round(s)", "", len(journey.vote_rounds)))
    if journey.state is JourneyState.FUTURE:
        parts.append(MermaidText.tr("its mark as a future state"))
    if curves := len(journey.persona_emotions):
        parts.append(MermaidText.tr("the emotion curves of %n other persona(s)", "", curves))
    if parts:
        message = MermaidText.tr("In map %1, these were left out: %2.")
        notes.append(arg(message, where, joined(parts)))
    if unscored:
        message = MermaidText.tr(
            "In map %1, Mermaid shows the neutral score %2 for %n stage(s) without an emotion "
            "score; a comment keeps them unscored when read back.",
            "",
            unscored,
        )
        notes.append(arg(message, where, NEUTRAL_SCORE))
    if unnamed := names.count(""):
        message = MermaidText.tr(
            "In map %1, %n persona(s) without a name could not be actors.", "", unnamed
        )
        notes.append(arg(message, where))
    if any(names) and not written:
        message = MermaidText.tr(
            "In map %1, the personas were left out, as only tasks name actors."
        )
        notes.append(arg(message, where))
    if coded:
        message = MermaidText.tr(
            "In map %1, %n name(s) held characters Mermaid reserves (':', '#', ';', '%%', line "
            "breaks, spaces at either end); they were written as Mermaid character codes such "
            "as #58; and line breaks as <br>, which Mermaid shows as the text.",
            "",
            coded,
        )
        notes.append(arg(message, where))


def _project_notes(project: Project, journeys: list[Journey], notes: list[str]) -> None:
    """Say what of the project beyond its maps the export left out."""
    used = {persona_id for journey in journeys for persona_id in journey.persona_ids}
    if unused := [p for p in project.personas if p.id not in used]:
        message = MermaidText.tr(
            "The export left out %n persona(s) that no exported map names: %1.", "", len(unused)
        )
        notes.append(arg(message, listed(p.name for p in unused)))
    detailed = sum(
        bool(p.role or p.age is not None or p.quote or p.goals or p.needs or p.frustrations)
        or p.photo is not None
        for p in project.personas
        if p.id in used
    )
    if detailed:
        message = MermaidText.tr(
            "Only the names of personas become actors; the details (role, age, quote, goals, "
            "needs, frustrations, photo) of %n persona(s) were left out.",
            "",
            detailed,
        )
        notes.append(message)
    if project.description:
        notes.append(MermaidText.tr("The project description was left out."))
