"""Reading Mermaid journey diagrams, bare or in Markdown, into a project.

What is read, and what is reported, is set out in ``journeydesk.convert.mermaid``. ``read``
first gathers the text's diagrams (``_Reader.block``, through ``_Reader.markdown`` for Markdown)
and then makes them a project (``_Reader.project``), noting every line it skips.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from journeydesk.convert.base import ConvertError, Imported
from journeydesk.convert.mermaid_codes import (
    NEUTRAL_SCORE,
    SHOWN,
    counted,
    decode,
    joined,
    listed,
    quoted,
    trimmed,
    were,
)
from journeydesk.model.base import short_label
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
from journeydesk.model.templates import LANE_COLOURS

_HASH_COMMENT = re.compile(r"#(?![A-Za-z0-9_]+;)")
_META = re.compile(r"%%\s*journeydesk:\s*(untitled|emotion\s+(none|[+-]?\d{1,3}))\s*", re.I)
_TITLE = re.compile(r"title\s(.*)", re.I | re.S)
_SECTION = re.compile(r"section(?:\s(.*))?", re.I | re.S)
_ACC_TITLE = re.compile(r"acctitle\s*:(.*)", re.I | re.S)
_ACC_DESCR = re.compile(r"accdescr\s*([:{])(.*)", re.I | re.S)
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_HEADING = re.compile(r" {0,3}#[ \t]+(.*\S)")
#: Problems on lines, one sentence per kind: "<sentence>: line 4" / ": lines 4 and 9".
_LINE_NOTES = {
    "bad": "Left out as neither a title, a section nor a task",
    "unscored": "Tasks without a score from 1 to 5, which do not count toward an emotion",
    "clamped": "Scores outside 1 to 5, each counted as the nearest of them",
    "extra": "Text after the actors of a task, left out",
    "no_section": "Tasks before any section, put in an untitled first stage",
    "title": "Titles replaced by a later title, as in Mermaid",
    "acc_title": "Accessible titles, not kept as a map has one title",
    "comment": "Comments, not kept as JourneyDesk has no place for them",
    "settings": "Diagram settings, not read",
    "other": "Mermaid diagrams that are not journeys, left out",
    "cut": "Texts longer than a map holds, cut short",
}


@dataclass
class _Task:
    line: int
    text: str
    score: float | None
    score_text: str  # as written
    actors: list[str]


@dataclass
class _Section:
    line: int
    title: str
    implicit: bool = False  # made for tasks before any section
    emotion: int | None = None
    emotion_given: bool = False  # by a journeydesk comment
    tasks: list[_Task] = field(default_factory=list)


@dataclass
class _Diagram:
    line: int
    title: str = ""
    title_line: int = 0
    scenario: str = ""
    sections: list[_Section] = field(default_factory=list)


class _Reader:
    """Reads Mermaid text into diagrams, then diagrams into a project, noting what it drops."""

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.lines: dict[str, list[tuple[int, str]]] = {}
        self.diagrams: list[_Diagram] = []
        self.personas: dict[str, Persona] = {}

    def at(self, kind: str, line: int, detail: str = "") -> None:
        """Note a problem of one kind on one line."""
        self.lines.setdefault(kind, []).append((line, detail))

    def sentences(self) -> tuple[str, ...]:
        """Every note: those about maps, then one sentence per kind of problem on lines."""
        grouped = []
        for kind, items in self.lines.items():
            shown = [f"{line} ({detail})" if detail else str(line) for line, detail in items]
            if len(shown) > SHOWN:
                shown[SHOWN:] = [f"{len(items) - SHOWN:,} more"]
            word = "lines" if len(items) > 1 else "line"
            grouped.append(f"{_LINE_NOTES[kind]}: {word} {joined(shown)}.")
        return (*self.notes, *grouped)

    def markdown(self, lines: list[str]) -> str:
        """Read the journey blocks of a Markdown text; return its first ``#`` heading."""
        title, prose, index = "", 0, 0
        while index < len(lines):
            opening = _FENCE.fullmatch(lines[index])
            if not opening or (opening[1][0] == "`" and "`" in opening[2]):
                heading = _HEADING.fullmatch(lines[index])
                title = title or (heading[1] if heading else "")
                prose += bool(lines[index].strip() and not lines[index].lstrip().startswith("#"))
                index += 1
                continue
            fence, info = opening[1], opening[2].split()
            end = index + 1
            while end < len(lines) and not _closes(lines[end], fence):
                end += 1
            body = lines[index + 1 : end]
            language = info[0].strip("{}").lower() if info else ""
            first = next((trimmed(line).lower() for line in body if line.strip()), "")
            if language == "mermaid" or (not language and first == "journey"):
                self.block(body, index + 2)
            else:
                prose += sum(bool(line.strip()) for line in body)
            index = end + 1
        if prose:
            self.notes.append(
                f"{counted(prose, 'line')} of Markdown outside the journey diagrams "
                f"{were(prose)} not read."
            )
        return title

    def block(self, lines: list[str], first: int) -> None:
        """Read the diagrams of one Mermaid text, its lines numbered from ``first``."""
        diagram: _Diagram | None = None
        front_title, start, description = "", 0, None
        top = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
        if top < len(lines) and lines[top].strip() == "---":  # front matter
            close = next((k for k in range(top + 1, len(lines)) if lines[k].strip() == "---"), 0)
            for k in range(top + 1, close):
                if match := re.fullmatch(r"\s*title\s*:\s*(.*?)\s*", lines[k]):
                    front_title = match[1].strip("\"'")
                elif lines[k].strip():
                    self.at("settings", first + k)
            start = close + 1 if close else 0
        for k in range(start, len(lines)):
            number, line = first + k, trimmed(lines[k])
            if description is not None and diagram is not None:  # inside accDescr { ... }
                description.append(line.partition("}")[0])
                if "}" in line:
                    diagram.scenario, description = _described(description), None
            elif not line:
                continue
            elif line.startswith("%%"):
                self.comment(number, line, diagram)
            elif line.lower() == "journey":
                diagram = _Diagram(number, front_title, number if front_title else 0)
                self.diagrams.append(diagram)
            elif diagram is None:
                self.at("other", number, quoted(line.split()[0]))
                return
            elif match := _ACC_TITLE.fullmatch(line):
                self.at("acc_title", number, quoted(decode(trimmed(match[1]), breaks=False)))
            elif match := _ACC_DESCR.fullmatch(line):
                text, brace, _ = match[2].partition("}")
                if match[1] == ":" or brace:  # accDescr: ... or accDescr { ... } on one line
                    diagram.scenario = decode(trimmed(match[2] if match[1] == ":" else text), False)
                else:
                    description = [text]
            else:
                self.statement(number, line, diagram)
        if description is not None and diagram is not None:  # never closed: keep what it has
            diagram.scenario = _described(description)

    def comment(self, number: int, line: str, diagram: _Diagram | None) -> None:
        """A ``%%`` line: a journeydesk note on the last section, a setting, or a comment."""
        meta = _META.fullmatch(line)
        section = diagram.sections[-1] if diagram and diagram.sections else None
        if meta and section:
            if meta[2] is None:
                section.title = ""
            else:
                value = None if meta[2].lower() == "none" else max(-2, min(2, int(meta[2])))
                section.emotion, section.emotion_given = value, True
        else:
            self.at("settings" if line.startswith("%%{") else "comment", number)

    def statement(self, number: int, line: str, diagram: _Diagram) -> None:
        """A title, section or task line of a diagram."""
        if cut := _HASH_COMMENT.search(line):  # '#' starts a comment unless it is a code
            self.at("comment", number)
            line = trimmed(line[: cut.start()])
            if not line:
                return
        if match := _TITLE.fullmatch(line):
            if diagram.title_line:
                self.at("title", diagram.title_line, quoted(diagram.title))
            diagram.title, diagram.title_line = decode(trimmed(match[1])), number
            return
        if match := _SECTION.fullmatch(line):
            diagram.sections.append(_Section(number, decode(trimmed(match[1] or ""))))
            return
        name, colon, data = line.partition(":")
        text = decode(trimmed(name))
        if not colon or not text:
            self.at("bad", number, quoted(line))
            return
        parts = data.split(":")
        written = trimmed(parts[0])
        score = _number(written)
        if score is None:
            self.at("unscored", number, quoted(written) if written else "")
        elif not 1 <= score <= 5:
            self.at("clamped", number, short_label(written))
        names = (decode(trimmed(actor)) for actor in parts[1].split(",")) if parts[1:] else ()
        if trimmed(":".join(parts[2:])):
            self.at("extra", number, quoted(":".join(parts[2:]).strip()))
        if not diagram.sections:
            diagram.sections.append(_Section(number, "", implicit=True))
        if diagram.sections[-1].implicit:
            self.at("no_section", number)
        task = _Task(number, text, score, written, list(dict.fromkeys(filter(None, names))))
        diagram.sections[-1].tasks.append(task)

    def project(self, title: str) -> Project:
        """The project of every diagram read."""
        _check_limits(self.diagrams)
        try:
            journeys = [self.journey(diagram) for diagram in self.diagrams]
            title = self.fit(title or journeys[0].title, MAX_SHORT_TEXT, 1)
            personas = list(self.personas.values())
            return Project(title=title, personas=personas, journeys=journeys)
        except ValidationError as error:  # a limit _check_limits does not foresee
            message = error.errors()[0]["msg"]
            raise ConvertError(f"The diagrams cannot become a project: {message}.") from None

    def journey(self, diagram: _Diagram) -> Journey:
        """One diagram as a map with an Actions lane and a Feelings emotion lane."""
        where = f"In map {quoted(diagram.title)}"
        actions = Lane(title="Actions", colour=LANE_COLOURS["Actions"])
        feelings = Lane(title="Feelings", kind=LaneKind.EMOTION, colour=LANE_COLOURS["Feelings"])
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
                    notes.append(f"Score in Mermaid: {task.score_text} of 5.")
                if set(task.actors) != set(actors):
                    partial += 1
                    notes.append(f"Actors in Mermaid: {', '.join(task.actors) or 'none'}.")
                card = Card(
                    lane_id=actions.id,
                    stage_id=stage.id,
                    order=order,
                    text=self.fit(task.text, MAX_TEXT, task.line),
                    notes=self.fit("\n".join(notes), MAX_TEXT, task.line),
                )
                cards.append(card)
        if uneven:
            self.notes.append(
                f"{where}, the tasks of {counted(len(uneven), 'section')} ({listed(uneven)}) do "
                "not all share one score from 1 to 5; each stage's emotion is their average and "
                "each card keeps its own score in its notes."
            )
        if partial:
            self.notes.append(
                f"{where}, {counted(partial, 'task')} {'names' if partial == 1 else 'name'} only "
                f"some of the actors ({listed(actors)}), who became the map's personas; each "
                "of those cards keeps its own actors in its notes."
            )
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
            len(diagrams) > MAX_JOURNEYS,
            f"{len(diagrams):,} diagrams; a project holds {MAX_JOURNEYS} maps",
        ),
        (tasks > MAX_CARDS, f"{tasks:,} tasks; a project holds {MAX_CARDS:,} cards"),
        (actors > MAX_PERSONAS, f"{actors:,} actors; a project holds {MAX_PERSONAS} personas"),
    ]
    for d, cast in zip(diagrams, casts, strict=True):
        where = f"in the diagram on line {d.line}; a map holds"
        checks.append(
            (
                len(d.sections) > MAX_STAGES,
                f"{len(d.sections):,} sections {where} {MAX_STAGES} stages",
            )
        )
        checks.append(
            (len(cast) > MAX_LIST_ITEMS, f"{len(cast):,} actors {where} {MAX_LIST_ITEMS} personas")
        )
    for failed, problem in checks:
        if failed:
            raise ConvertError(f"The file cannot be read: it has {problem} at most.")


def read(data: bytes) -> Imported:
    """A project from a Mermaid journey diagram, or from the journey blocks of Markdown."""
    if len(data) > MAX_FILE_BYTES:
        raise ConvertError(
            f"The file is larger than {MAX_FILE_BYTES // 2**20} MB, far more than any journey "
            "diagram needs, so it was not read."
        )
    reader = _Reader()
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        reader.notes.append(
            f"Some bytes are not UTF-8 text (the first on line {line}); they were read as �."
        )
        text = data.decode(encoding, errors="replace")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    markdown = any(_FENCE.fullmatch(line) for line in lines)
    title = reader.markdown(lines) if markdown else ""
    if not markdown:
        reader.block(lines, 1)
    if not reader.diagrams:
        others = reader.lines.get("other")
        where = (
            f"the diagram on line {others[0][0]} starts with {others[0][1]}, and"
            if others
            else "the file has no Mermaid diagram, and"
        )
        raise ConvertError(
            f"No Mermaid journey diagram was found: {where} a journey diagram starts with the "
            "line 'journey'" + (" (in Markdown, inside a ```mermaid block)." if markdown else ".")
        )
    with bulk():
        project = reader.project(title)
    return Imported(project, reader.sentences())


def _described(lines: list[str]) -> str:
    """The text of an ``accDescr { ... }`` block, its line indents and blank lines dropped."""
    return decode(re.sub(r"\n\s+", "\n", "\n".join(lines).strip()), breaks=False)


def _closes(line: str, fence: str) -> bool:
    """Whether ``line`` closes a block opened by ``fence``."""
    closing = _FENCE.fullmatch(line)
    return bool(
        closing
        and not closing[2].strip()
        and closing[1][0] == fence[0]
        and len(closing[1]) >= len(fence)
    )


def _number(text: str) -> float | None:
    """``text`` as a finite number, or None."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _emotion(scores: list[float]) -> int:
    """The emotion of a stage from its tasks' scores: the mean, -3, halves away from 0."""
    mean = sum(min(5.0, max(1.0, score)) for score in scores) / len(scores) - NEUTRAL_SCORE
    return int(math.copysign(math.floor(abs(mean) + 0.5), mean))
