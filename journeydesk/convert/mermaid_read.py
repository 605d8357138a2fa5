"""Reading Mermaid journey diagrams, bare or in Markdown, into a project.

What is read, and what is reported, is set out in ``journeydesk.convert.mermaid``. ``read``
first gathers the text's diagrams (``mermaid_parse._Parser.block``, through its ``markdown``
for Markdown) and then makes them a project (``_Reader.project``), noting every line it skips.
"""

from __future__ import annotations

import math

from pydantic import ValidationError

from journeydesk.convert.base import ConvertError, Imported
from journeydesk.convert.mermaid_codes import (
    NEUTRAL_SCORE,
    MermaidText,
    listed,
    quoted,
)
from journeydesk.convert.mermaid_parse import FENCE, _Diagram, _Parser
from journeydesk.i18n import arg, number
from journeydesk.model.bulk import bulk
from journeydesk.model.file_io import MAX_FILE_BYTES
from journeydesk.model.project import (
    MAX_CARDS,
    MAX_JOURNEYS,
    MAX_LIST_ITEMS,
    MAX_PERSONAS,
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


class _Reader(_Parser):
    """Makes a project of the diagrams read, noting what it drops."""

    def __init__(self) -> None:
        super().__init__()
        self.personas: dict[str, Persona] = {}

    def project(self, title: str) -> Project:
        """The project of every diagram read."""
        _check_limits(self.diagrams)
        try:
            journeys = [self.journey(diagram) for diagram in self.diagrams]
            title = self.fit(title or journeys[0].title, MAX_SHORT_TEXT, 1)
            personas = list(self.personas.values())
            return Project(title=title, personas=personas, journeys=journeys)
        except ValidationError as error:  # a limit _check_limits does not foresee
            message = MermaidText.tr("The diagrams cannot become a project: %1.")
            raise ConvertError(arg(message, error.errors()[0]["msg"])) from None

    def journey(self, diagram: _Diagram) -> Journey:
        """One diagram as a map with an Actions lane and a Feelings emotion lane."""
        where = quoted(diagram.title)
        actions = Lane(title=lane_title("Actions"), colour=LANE_COLOURS["Actions"])
        feelings = Lane(
            title=lane_title("Feelings"), kind=LaneKind.EMOTION, colour=LANE_COLOURS["Feelings"]
        )
        tasks = [task for section in diagram.sections for task in section.tasks]
        actors = list(dict.fromkeys(actor for task in tasks for actor in task.actors))
        stages: list[Stage] = []
        cards: list[Card] = []
        emotions: dict[str, int] = {}
        uneven: list[str] = []
        partial = 0
        for section in diagram.sections:
            stage = Stage(title=self.fit(section.title, MAX_SHORT_TEXT, section.line))
            stages.append(stage)
            scores = [task.score for task in section.tasks if task.score is not None]
            if section.emotion_given:
                emotion = section.emotion
            else:
                emotion = _emotion(scores) if scores else None
            if emotion is not None:
                emotions[stage.id] = emotion
            differ = any(score != NEUTRAL_SCORE + (emotion or 0) for score in scores)
            uneven += [section.title] if differ else []
            for order, task in enumerate(section.tasks):
                notes = []
                if differ and task.score is not None:
                    notes.append(arg(MermaidText.tr("Score in Mermaid: %1 of 5."), task.score_text))
                if set(task.actors) != set(actors):
                    partial += 1
                    named = ", ".join(task.actors) or MermaidText.tr("none", "no actors")
                    notes.append(arg(MermaidText.tr("Actors in Mermaid: %1."), named))
                card = Card(
                    lane_id=actions.id,
                    stage_id=stage.id,
                    order=order,
                    text=self.fit(task.text, MAX_TEXT, task.line),
                    notes=self.fit("\n".join(notes), MAX_TEXT, task.line),
                )
                cards.append(card)
        if uneven:
            message = MermaidText.tr(
                "In map %1, the tasks of %n section(s) (%2) do not all share one score from 1 "
                "to 5; each stage's emotion is their average and each card keeps its own score "
                "in its notes.",
                "",
                len(uneven),
            )
            self.notes.append(arg(message, where, listed(uneven)))
        if partial:
            message = MermaidText.tr(
                "In map %1, %n task(s) named only some of the actors (%2), who became the map's "
                "personas; each of those cards keeps its own actors in its notes.",
                "",
                partial,
            )
            self.notes.append(arg(message, where, listed(actors)))
        return Journey(
            title=self.fit(diagram.title, MAX_SHORT_TEXT, diagram.title_line or diagram.line),
            scenario=self.fit(diagram.scenario, MAX_TEXT, diagram.line),
            persona_ids=[self.persona(actor, diagram.line) for actor in actors],
            stages=stages,
            lanes=[actions, feelings],
            cards=cards,
            emotions=emotions,
        )

    def persona(self, name: str, line: int) -> str:
        """The id of the persona called ``name``, made on first use."""
        if name not in self.personas:
            self.personas[name] = Persona(name=self.fit(name, MAX_SHORT_TEXT, line))
        return self.personas[name].id

    def fit(self, text: str, limit: int, line: int) -> str:
        """``text`` cut to ``limit`` characters, noting the cut."""
        if len(text) > limit:
            self.at("cut", line)
        return text[:limit]


def _check_limits(diagrams: list[_Diagram]) -> None:
    """Refuse, with a sentence, diagrams that hold more than a project can."""
    casts = [{a for s in d.sections for t in s.tasks for a in t.actors} for d in diagrams]
    tasks = sum(len(section.tasks) for d in diagrams for section in d.sections)
    actors = len(set().union(*casts))
    checks = [
        (
            len(diagrams),
            MAX_JOURNEYS,
            MermaidText.tr(
                "The file cannot be read: it has %1 diagrams; a project holds %2 maps at most."
            ),
        ),
        (
            tasks,
            MAX_CARDS,
            MermaidText.tr(
                "The file cannot be read: it has %1 tasks; a project holds %2 cards at most."
            ),
        ),
        (
            actors,
            MAX_PERSONAS,
            MermaidText.tr(
                "The file cannot be read: it has %1 actors; a project holds %2 personas at most."
            ),
        ),
    ]
    for failed, limit, problem in checks:
        if failed > limit:
            raise ConvertError(arg(problem, number(failed), number(limit)))
    for d, cast in zip(diagrams, casts, strict=True):
        for count, limit, problem in (
            (
                len(d.sections),
                MAX_STAGES,
                MermaidText.tr(
                    "The file cannot be read: it has %1 sections in the diagram on line %3; a map "
                    "holds %2 stages at most."
                ),
            ),
            (
                len(cast),
                MAX_LIST_ITEMS,
                MermaidText.tr(
                    "The file cannot be read: it has %1 actors in the diagram on line %3; a map "
                    "holds %2 personas at most."
                ),
            ),
        ):
            if count > limit:
                raise ConvertError(arg(problem, number(count), number(limit), number(d.line)))


def read(data: bytes) -> Imported:
    """A project from a Mermaid journey diagram, or from the journey blocks of Markdown."""
    if len(data) > MAX_FILE_BYTES:
        message = MermaidText.tr(
            "The file is larger than %1 MB, far more than any journey diagram needs, so it was "
            "not read."
        )
        raise ConvertError(arg(message, number(MAX_FILE_BYTES // 2**20)))
    reader = _Reader()
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = MermaidText.tr(
            "Some bytes are not UTF-8 text (the first on line %1); they were read as �."
        )
        reader.notes.append(arg(message, number(line)))
        text = data.decode(encoding, errors="replace")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    markdown = any(FENCE.fullmatch(line) for line in lines)
    title = reader.markdown(lines) if markdown else ""
    if not markdown:
        reader.block(lines, 1)
    if not reader.diagrams:
        raise ConvertError(_no_diagram(reader.lines.get("other"), markdown))
    with bulk():
        project = reader.project(title)
    return Imported(project, reader.sentences())


def _no_diagram(others: list[tuple[int, str]] | None, markdown: bool) -> str:
    """The sentence for a text without a journey diagram; ``others`` are other diagrams."""
    if others and markdown:
        message = MermaidText.tr(
            "No Mermaid journey diagram was found: the diagram on line %1 starts with %2, and a "
            "journey diagram starts with the line 'journey' (in Markdown, inside a ```mermaid "
            "block)."
        )
    elif others:
        message = MermaidText.tr(
            "No Mermaid journey diagram was found: the diagram on line %1 starts with %2, and a "
            "journey diagram starts with the line 'journey'."
        )
    elif markdown:
        return MermaidText.tr(
            "No Mermaid journey diagram was found: the file has no Mermaid diagram, and a "
            "journey diagram starts with the line 'journey' (in Markdown, inside a ```mermaid "
            "block)."
        )
    else:
        return MermaidText.tr(
            "No Mermaid journey diagram was found: the file has no Mermaid diagram, and a "
            "journey diagram starts with the line 'journey'."
        )
    return arg(message, number(others[0][0]), others[0][1])


def _emotion(scores: list[float]) -> int:
    """The emotion of a stage from its tasks' scores: the mean, -3, halves away from 0."""
    mean = sum(min(5.0, max(1.0, score)) for score in scores) / len(scores) - NEUTRAL_SCORE
    return int(math.copysign(math.floor(abs(mean) + 0.5), mean))
