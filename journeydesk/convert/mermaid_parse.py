"""Reading the text of Mermaid journey diagrams, bare or in Markdown, into diagrams.

``_Parser`` gathers the text's diagrams (``block``, through ``markdown`` for Markdown), their
sections and tasks as written, and notes every line it skips; ``mermaid_read`` makes them a
project. What is read, and what is reported, is set out in ``journeydesk.convert.mermaid``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from journeydesk.convert.mermaid_codes import MermaidText, decode, numbers, quoted, trimmed
from journeydesk.i18n import QT_TRANSLATE_NOOP, arg
from journeydesk.model.base import short_label

_HASH_COMMENT = re.compile(r"#(?![A-Za-z0-9_]+;)")
_META = re.compile(r"%%\s*journeydesk:\s*(untitled|emotion\s+(none|[+-]?\d{1,3}))\s*", re.I)
_TITLE = re.compile(r"title\s(.*)", re.I | re.S)
_SECTION = re.compile(r"section(?:\s(.*))?", re.I | re.S)
_ACC_TITLE = re.compile(r"acctitle\s*:(.*)", re.I | re.S)
_ACC_DESCR = re.compile(r"accdescr\s*([:{])(.*)", re.I | re.S)
FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_HEADING = re.compile(r" {0,3}#[ \t]+(.*\S)")
#: Problems on lines, one sentence per kind: "<sentence>: line 4" / ": lines 4 and 9".
_LINE_NOTES = {
    "bad": QT_TRANSLATE_NOOP("MermaidText", "Left out as neither a title, a section nor a task"),
    "unscored": QT_TRANSLATE_NOOP(
        "MermaidText", "Tasks without a score from 1 to 5, which do not count toward an emotion"
    ),
    "clamped": QT_TRANSLATE_NOOP(
        "MermaidText", "Scores outside 1 to 5, each counted as the nearest of them"
    ),
    "extra": QT_TRANSLATE_NOOP("MermaidText", "Text after the actors of a task, left out"),
    "no_section": QT_TRANSLATE_NOOP(
        "MermaidText", "Tasks before any section, put in an untitled first stage"
    ),
    "title": QT_TRANSLATE_NOOP("MermaidText", "Titles replaced by a later title, as in Mermaid"),
    "acc_title": QT_TRANSLATE_NOOP(
        "MermaidText", "Accessible titles, not kept as a map has one title"
    ),
    "comment": QT_TRANSLATE_NOOP(
        "MermaidText", "Comments, not kept as JourneyDesk has no place for them"
    ),
    "settings": QT_TRANSLATE_NOOP("MermaidText", "Diagram settings, not read"),
    "other": QT_TRANSLATE_NOOP("MermaidText", "Mermaid diagrams that are not journeys, left out"),
    "cut": QT_TRANSLATE_NOOP("MermaidText", "Texts longer than a map holds, cut short"),
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


class _Parser:
    """Reads Mermaid text into diagrams, noting what it skips (``notes``, and ``lines`` by kind)."""

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.lines: dict[str, list[tuple[int, str]]] = {}
        self.diagrams: list[_Diagram] = []

    def at(self, kind: str, line: int, detail: str = "") -> None:
        """Note a problem of one kind on one line."""
        self.lines.setdefault(kind, []).append((line, detail))

    def sentences(self) -> tuple[str, ...]:
        """Every note: those about maps, then one sentence per kind of problem on lines."""
        grouped = []
        for kind, items in self.lines.items():
            shown = [f"{line} ({detail})" if detail else str(line) for line, detail in items]
            sentence = MermaidText.tr(
                "%1: line(s) %2.", "what is wrong: on which lines", len(items)
            )
            grouped.append(arg(sentence, MermaidText.tr(_LINE_NOTES[kind]), numbers(shown)))
        return (*self.notes, *grouped)

    def markdown(self, lines: list[str]) -> str:
        """Read the journey blocks of a Markdown text; return its first ``#`` heading."""
        title, prose, index = "", 0, 0
        while index < len(lines):
            opening = FENCE.fullmatch(lines[index])
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
                MermaidText.tr(
                    "JourneyDesk did not read %n line(s) of Markdown outside the journey diagrams.",
                    "",
                    prose,
                )
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
            at_line, line = first + k, trimmed(lines[k])
            if description is not None and diagram is not None:  # inside accDescr { ... }
                description.append(line.partition("}")[0])
                if "}" in line:
                    diagram.scenario, description = _described(description), None
            elif not line:
                continue
            elif line.startswith("%%"):
                self.comment(at_line, line, diagram)
            elif line.lower() == "journey":
                diagram = _Diagram(at_line, front_title, at_line if front_title else 0)
                self.diagrams.append(diagram)
            elif diagram is None:
                self.at("other", at_line, quoted(line.split()[0]))
                return
            elif match := _ACC_TITLE.fullmatch(line):
                self.at("acc_title", at_line, quoted(decode(trimmed(match[1]), breaks=False)))
            elif match := _ACC_DESCR.fullmatch(line):
                text, brace, _ = match[2].partition("}")
                if match[1] == ":" or brace:  # accDescr: ... or accDescr { ... } on one line
                    diagram.scenario = decode(trimmed(match[2] if match[1] == ":" else text), False)
                else:
                    description = [text]
            else:
                self.statement(at_line, line, diagram)
        if description is not None and diagram is not None:  # never closed: keep what it has
            diagram.scenario = _described(description)

    def comment(self, at_line: int, line: str, diagram: _Diagram | None) -> None:
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
            self.at("settings" if line.startswith("%%{") else "comment", at_line)

    def statement(self, at_line: int, line: str, diagram: _Diagram) -> None:
        """A title, section or task line of a diagram."""
        if cut := _HASH_COMMENT.search(line):  # '#' starts a comment unless it is a code
            self.at("comment", at_line)
            line = trimmed(line[: cut.start()])
            if not line:
                return
        if match := _TITLE.fullmatch(line):
            if diagram.title_line:
                self.at("title", diagram.title_line, quoted(diagram.title))
            diagram.title, diagram.title_line = decode(trimmed(match[1])), at_line
            return
        if match := _SECTION.fullmatch(line):
            diagram.sections.append(_Section(at_line, decode(trimmed(match[1] or ""))))
            return
        name, colon, data = line.partition(":")
        text = decode(trimmed(name))
        if not colon or not text:
            self.at("bad", at_line, quoted(line))
            return
        parts = data.split(":")
        written = trimmed(parts[0])
        score = _number(written)
        if score is None:
            self.at("unscored", at_line, quoted(written) if written else "")
        elif not 1 <= score <= 5:
            self.at("clamped", at_line, short_label(written))
        names = (decode(trimmed(actor)) for actor in parts[1].split(",")) if parts[1:] else ()
        if trimmed(":".join(parts[2:])):
            self.at("extra", at_line, quoted(":".join(parts[2:]).strip()))
        if not diagram.sections:
            diagram.sections.append(_Section(at_line, "", implicit=True))
        if diagram.sections[-1].implicit:
            self.at("no_section", at_line)
        task = _Task(at_line, text, score, written, list(dict.fromkeys(filter(None, names))))
        diagram.sections[-1].tasks.append(task)


def _described(lines: list[str]) -> str:
    """The text of an ``accDescr { ... }`` block, its line indents and blank lines dropped."""
    return decode(re.sub(r"\n\s+", "\n", "\n".join(lines).strip()), breaks=False)


def _closes(line: str, fence: str) -> bool:
    """Whether ``line`` closes a block opened by ``fence``."""
    closing = FENCE.fullmatch(line)
    return bool(
        closing
        and not closing[2].strip()
        and closing[1][0] == fence[0]
        and len(closing[1]) >= len(fence)
    )


def _number(text: str) -> float | None:
    """``text`` as a finite at_line, or None."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None
