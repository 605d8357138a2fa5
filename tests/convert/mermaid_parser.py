"""Mermaid 11's journey parser, ported: exports are checked against the way Mermaid reads them.

``mermaid_parse`` is ported from mermaid-js/mermaid 11: the journey grammar
(``packages/mermaid/src/diagrams/user-journey/parser/journey.jison``), the entity coding of
``Diagram.fromText``, the tag quoting of ``cleanupText`` and the task data of
``journeyDb.addTask``. It returns what Mermaid shows, and fails where Mermaid would.
``expected_by_mermaid`` is what it should return for a map, from ``mermaid_content``.
"""

from __future__ import annotations

import html.entities
import re
from typing import Any

from journeydesk.model.project import Journey, Lane, Project

# Mermaid 11's journey lexer, rule by rule (jison adds \b after the literal "journey").
_RULES = [
    (r"%%(?!\{)[^\n]*", None),
    (r"[^}]%%[^\n]*", None),
    (r"\n+", "NEWLINE"),
    (r"[\s\ufeff]+", None),
    (r"#[^\n]*", None),
    (r"journey\b", "journey"),
    (r"title\s[^#\n;]+", "title"),
    (r"accTitle\s*:\s*[^\n]*", "acc_title"),
    (r"accDescr\s*:\s*[^\n]*", "acc_descr"),
    (r"accDescr\s*\{[^}]*\}", "acc_descr_multiline"),
    (r"section\s[^#:\n;]+", "section"),
    (r"[^#:\n;]+", "taskName"),
    (r":[^#\n;]+", "taskData"),
    (r":", ":"),
    (r".", "INVALID"),
]
_LEXER = [(re.compile(pattern, re.I), kind) for pattern, kind in _RULES]


def _shown(text: str) -> str:
    """Text as Mermaid shows it: its entity placeholders decoded, <br> as a line break."""
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
    text = re.sub(r"ﬂ°°(\d+)¶ß", lambda m: chr(int(m[1])), text)
    return re.sub(r"ﬂ°(\w+)¶ß", lambda m: html.entities.html5.get(f"{m[1]};", m[0]), text)


def _single_quoted(tag: re.Match[str]) -> str:
    """Mermaid's cleanupText: attributes of what looks like an HTML tag get single quotes."""
    return "<" + tag[1] + re.sub(r'="([^"]*)"', r"='\1'", tag[2]) + ">"


def mermaid_parse(source: str) -> dict[str, Any]:
    """What Mermaid 11 reads from a journey diagram; AssertionError where it would fail."""
    text = source.replace("\r\n", "\n")
    text = re.sub(r"<(\w+)([^>]*)>", _single_quoted, text, flags=re.A)
    text = re.sub(r"^\s*%%(?!\{)[^\n]+\n?", "", text, flags=re.M).lstrip()
    for keyword in ("style", "classDef"):  # Mermaid's encodeEntities, in its order
        text = re.sub(keyword + r".*:\S*#.*;", lambda m: m[0][:-1], text)
    text = re.sub(
        r"#([A-Za-z0-9_]+);",
        lambda m: ("ﬂ°°" if m[1].isdigit() else "ﬂ°") + m[1] + "¶ß",
        text,
    )
    tokens, position = [], 0
    while position < len(text):
        kind, match = next((k, m) for p, k in _LEXER if (m := p.match(text, position)))
        assert kind != "INVALID", f"Mermaid stops at {text[position : position + 30]!r}"
        if kind is not None and kind != "NEWLINE":
            tokens.append((kind, match[0]))
        position = match.end()
    assert tokens[:1] == [("journey", tokens[0][1])], "a journey diagram starts with journey"
    result: dict[str, Any] = {"title": "", "description": "", "sections": []}
    index = 1
    while index < len(tokens):
        kind, value = tokens[index]
        if kind == "title":
            result["title"] = _shown(value[6:])
        elif kind == "acc_descr":
            result["description"] = _shown(value.partition(":")[2].strip())
        elif kind == "section":
            result["sections"].append((_shown(value[8:]), []))
        elif kind == "taskName":
            assert tokens[index + 1 : index + 2] and tokens[index + 1][0] == "taskData", value
            pieces = tokens[index + 1][1][1:].split(":")
            people = [_shown(p.strip()) for p in pieces[1].split(",")] if pieces[1:] else []
            if not result["sections"]:
                result["sections"].append(("", []))
            result["sections"][-1][1].append((_shown(value), float(pieces[0]), people))
            index += 1
        else:
            assert kind in ("acc_title", "acc_descr_multiline"), f"Mermaid fails at {value!r}"
        index += 1
    return result


def tasks_lane(journey: Journey) -> Lane | None:
    """The lane whose cards the export writes as tasks, in the maps these tests build."""
    for title in ("Actions", "Customer actions"):
        for lane in journey.lanes:
            if lane.title == title:
                return lane
    return None


def mermaid_content(project: Project) -> list[dict[str, Any]]:
    """What a Mermaid diagram holds of each map, with ids left out."""
    maps = []
    for journey in project.journeys:
        lane = tasks_lane(journey)
        cells = journey.cells()
        maps.append(
            {
                "title": journey.title,
                "stages": [stage.title for stage in journey.stages],
                "tasks": [
                    [c.text for c in cells.get((lane.id, s.id), []) if c.text] if lane else []
                    for s in journey.stages
                ],
                "emotions": [journey.emotions.get(stage.id) for stage in journey.stages],
            }
        )
    return maps


def expected_by_mermaid(project: Project, journey: Journey) -> dict[str, Any]:
    """What Mermaid should show for a map (see mermaid_content)."""
    content = mermaid_content(Project(personas=project.personas, journeys=[journey]))[0]
    people = [project.persona(p).name for p in journey.persona_ids if project.persona(p).name]
    sections = [
        (title or " ", [(text, float(3 + (emotion or 0)), people) for text in tasks])
        for title, tasks, emotion in zip(
            content["stages"], content["tasks"], content["emotions"], strict=True
        )
    ]
    return {"title": journey.title, "description": journey.scenario, "sections": sections}
