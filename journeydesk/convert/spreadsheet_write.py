"""Spreadsheets, export: a project as rows of CSV or tab-separated text, with a report."""

from __future__ import annotations

import codecs
import csv
import io

from journeydesk.convert.base import Exported
from journeydesk.convert.notes import joined, persona_fields
from journeydesk.convert.spreadsheet_columns import (
    COLUMNS,
    HEADERS,
    SpreadsheetText,
    _join_tags,
    _key,
    _Notes,
    _q,
    _split_tags,
)
from journeydesk.i18n import number
from journeydesk.model.project import Journey, LaneKind, Project


def _row(**cells: str) -> list[str]:
    return [cells.get(key, "") for key in HEADERS]


def _unique(name: str, taken: set[str], fallback: str) -> str:
    """``name``, or ``name (2)``, ... when a spreadsheet could not tell it from one before."""
    base = name if name.strip() or not fallback else fallback
    candidate, count = base, 1
    while _key(candidate) in taken:
        count += 1
        candidate = f"{base} ({count})".strip()
    taken.add(_key(candidate))
    return candidate


def _persona_names(project: Project, notes: _Notes) -> dict[str, str]:
    """The name each persona on a map is written under (unique, never empty)."""
    named = {persona_id for journey in project.journeys for persona_id in journey.persona_ids}
    names: dict[str, str] = {}
    taken: set[str] = set()
    for p in project.personas:
        if p.id not in named:
            notes.add("off_map", _q(p.name))
            continue
        names[p.id] = name = _unique(p.name, taken, SpreadsheetText.tr("Persona"))
        if name != p.name:
            notes.add("renamed:persona", _q(p.name), _q(name))
        fields = ("role", "age", "quote", "goals", "needs", "frustrations", "photo")
        if details := [what for what in fields if getattr(p, what)]:
            notes.add("persona", _q(name), joined(persona_fields(details)))
    return names


def _journey_rows(journey: Journey, title: str, personas: dict[str, str]) -> list[list[str]]:
    at = {"journey": title, "state": journey.state.value}
    stage_at = {
        s.id: {"stage": s.title, "stage_order": str(i + 1)} for i, s in enumerate(journey.stages)
    }
    lane_at = {
        lane.id: {"lane": lane.title, "lane_order": str(i + 1), "lane_kind": lane.kind.value}
        for i, lane in enumerate(journey.lanes)
    }
    rows = [
        _row(**at, **stage_at[s.id], stage_goal=s.goal, stage_description=s.description)
        for s in journey.stages
    ]
    rows += [_row(**at, **lane_at[lane.id], lane_colour=lane.colour) for lane in journey.lanes]
    rows += [_row(**at, persona=personas[persona_id]) for persona_id in journey.persona_ids]
    if not rows:
        rows.append(_row(**at))
    position = {stage.id: i for i, stage in enumerate(journey.stages)}
    position |= {lane.id: i for i, lane in enumerate(journey.lanes)}
    for card in sorted(
        journey.cards, key=lambda c: (position[c.stage_id], position[c.lane_id], c.order)
    ):
        rows.append(
            _row(
                **at,
                **stage_at[card.stage_id],
                **lane_at[card.lane_id],
                card_order=str(card.order),
                text=card.text,
                colour=card.colour or "",
                tags=_join_tags(card.tags),
                votes=str(card.votes),
                owner=card.owner,
                notes=card.notes,
            )
        )
    emotion = [lane_at[lane.id] for lane in journey.lanes if lane.kind is LaneKind.EMOTION]
    for persona_id, curve in journey.curves():
        persona = personas.get(persona_id or "", "")
        for stage_id, score in curve.items():
            cells = {**at, **stage_at[stage_id], **(emotion[0] if emotion else {})}
            cells["lane_kind"] = LaneKind.EMOTION.value
            rows.append(_row(**cells, persona=persona, score=str(score)))
    return rows


def _check_journey(journey: Journey, name: str, notes: _Notes) -> None:
    """Report what of a map a spreadsheet cannot hold, or may change."""
    if journey.scenario or journey.notes:
        lost = (
            "both"
            if journey.scenario and journey.notes
            else "scenario"
            if journey.scenario
            else "notes"
        )
        notes.add(f"map_text:{lost}", name)
    if journey.vote_rounds:
        notes.add("rounds", name, number(len(journey.vote_rounds)))
    if journey.source_journey_id:
        notes.add("links", name)
    texts = [*(s.title for s in journey.stages), *(lane.title for lane in journey.lanes)]
    texts += [text for card in journey.cards for text in (card.text, card.notes)]
    if formulas := [text for text in texts if text[:1] in ("=", "+", "-", "@")]:
        count = SpreadsheetText.tr("%n cell(s)", "", len(formulas))
        notes.add("formulas", name, count, _q(formulas[0]))
    for card in journey.cards:
        if card.tags and _split_tags(_join_tags(card.tags)) != card.tags:
            notes.add("tag_split", _q(card.text))


def _write(project: Project, delimiter: str, bom: bool, line_end: str) -> Exported:
    notes = _Notes()
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end)
    writer.writerow(COLUMNS)
    personas = _persona_names(project, notes)
    taken: dict[str, set[str]] = {}  # map titles written, by state
    for journey in project.journeys:
        title = _unique(journey.title, taken.setdefault(journey.state.value, set()), "")
        if title != journey.title:
            notes.add("renamed:map", _q(journey.title), _q(title))
        _check_journey(journey, _q(title), notes)
        writer.writerows(_journey_rows(journey, title, personas))
    if not project.journeys:
        notes.add("no_maps")
    first = project.journeys[0].title if project.journeys else ""
    if project.title.strip() and _key(project.title) != _key(first):
        notes.add("project:title", _q(project.title))
    if project.description:
        notes.add("project:description")
    data = out.getvalue().encode("utf-8")
    return Exported(codecs.BOM_UTF8 + data if bom else data, notes.done())


def write_csv(project: Project) -> Exported:
    """Write ``project`` as CSV: UTF-8 with a BOM and CRLF line ends, as Excel expects."""
    return _write(project, ",", bom=True, line_end="\r\n")


def write_tsv(project: Project) -> Exported:
    """Write ``project`` as tab-separated text: UTF-8 without a BOM, CRLF line ends."""
    # CRLF as in CSV: the csv module quotes a field only for the characters of the line end it
    # writes, so with LF alone a lone CR in a text would end the row on reading.
    return _write(project, "\t", bom=False, line_end="\r\n")
