"""The rules a project's parts keep together, checked whenever a project or a map is validated.

Cards sit in lanes and stages of their own map, emotion scores belong to its stages and
personas, ids are unique, a future state's links lead to its current state. A broken rule
becomes a sentence naming the things concerned in a facilitator's words ("card 'Queue' is in
lane 'Line of visibility', a divider line that cannot hold cards"), which ``errors`` places
in the file. The models call these from their validators (``project.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any, cast

from journeydesk.i18n import Translatable, arg, number
from journeydesk.model.base import LaneKind, _integrity_error, _Model, short_label
from journeydesk.model.voting import check_rounds

if TYPE_CHECKING:
    from journeydesk.model.project import Card, Journey, Lane, Persona, Project, Stage
    from journeydesk.model.voting import VoteRound


# Read one field of every item of a list in C (map), much faster than a loop in Python.
_ID = attrgetter("id")
_CELL = attrgetter("lane_id", "stage_id")
_SOURCE_STAGE_ID = attrgetter("source_stage_id")
_SOURCE_CARD_ID = attrgetter("source_card_id")


class IntegrityText(Translatable):
    """Sentences naming a broken link or a repeated id between the parts of a project."""


def check_journey(journey: Journey) -> None:
    """Cards, scores and vote rounds of ``journey`` belong to its own stages and lanes."""
    stage_ids = {stage.id for stage in journey.stages}
    lane_kinds = {lane.id: lane.kind for lane in journey.lanes}
    # The cells used are checked at once, read in one pass over the cards (on a large map
    # loaded from a file, a pass costs mostly the reading of cards spread over memory); the
    # cards are looked at one by one only to name the first one out of place.
    cells = set(map(_CELL, journey.cards))
    lanes_used = {lane_id for lane_id, _ in cells}
    dividers = {lane_id for lane_id, kind in lane_kinds.items() if kind is LaneKind.DIVIDER}
    if (
        not lanes_used.issubset(lane_kinds)
        or not lanes_used.isdisjoint(dividers)
        or not stage_ids.issuperset(stage_id for _, stage_id in cells)
    ):
        check_places(journey, journey.cards)
    for stage_id in journey.emotions:
        if stage_id not in stage_ids:
            message = IntegrityText.tr(
                "an emotion score is given for a stage (id '%1') that this journey does not have"
            )
            raise _integrity_error(arg(message, stage_id))
    _check_persona_curves(journey, stage_ids)
    check_rounds(journey)


def check_places(journey: Journey, cards: Sequence[Card]) -> None:
    """Raise for the first of ``cards`` (of ``journey``) that is not in a cell of its map."""
    stage_ids = {stage.id for stage in journey.stages}
    lane_kinds = {lane.id: lane.kind for lane in journey.lanes}
    lane_titles = {lane.id: short_label(lane.title) for lane in journey.lanes}
    for card in cards:
        if card.lane_id not in lane_kinds:
            message = IntegrityText.tr("%1 is in a lane (id '%2') that this journey does not have")
            raise _integrity_error(arg(message, _card_name(card), card.lane_id))
        if card.stage_id not in stage_ids:
            message = IntegrityText.tr(
                "%1 in lane '%2' is in a stage (id '%3') that this journey does not have"
            )
            lane = lane_titles[card.lane_id]
            raise _integrity_error(arg(message, _card_name(card), lane, card.stage_id))
        if lane_kinds[card.lane_id] is LaneKind.DIVIDER:
            message = IntegrityText.tr("%1 is in lane '%2', a divider line that cannot hold cards")
            raise _integrity_error(arg(message, _card_name(card), lane_titles[card.lane_id]))


def _check_persona_curves(journey: Journey, stage_ids: set[str]) -> None:
    """The other personas' curves belong to personas after the first, and score its stages."""
    first = journey.persona_ids[0] if journey.persona_ids else None
    others = set(journey.persona_ids[1:])
    for persona_id, curve in journey.persona_emotions.items():
        if persona_id == first:
            message = IntegrityText.tr(
                "a second emotion curve is given for the first persona (id '%1') of this "
                "journey, whose curve is the journey's own emotion scores"
            )
            raise _integrity_error(arg(message, persona_id))
        if persona_id not in others:
            message = IntegrityText.tr(
                "an emotion curve is given for a persona (id '%1') that this journey does not "
                "name after its first persona"
            )
            raise _integrity_error(arg(message, persona_id))
        for stage_id in curve:
            if stage_id not in stage_ids:
                message = IntegrityText.tr(
                    "an emotion score of the persona with id '%1' is given for a stage (id '%2') "
                    "that this journey does not have"
                )
                raise _integrity_error(arg(message, persona_id, stage_id))


def check_project(project: Project, max_cards: int) -> None:
    """The project's card count, unique ids, and links between its parts."""
    _check_card_count(project, max_cards)
    ids: list[str] = []
    for _, items in _groups(project):
        ids.extend(map(_ID, items))
    if len(set(ids)) != len(ids):
        _check_unique_ids(project)
    persona_ids = {p.id for p in project.personas}
    for journey in project.journeys:
        for persona_id in journey.persona_ids:
            if persona_id not in persona_ids:
                message = IntegrityText.tr(
                    "journey '%1' names a persona (id '%2') that the project does not have"
                )
                raise _integrity_error(arg(message, short_label(journey.title), persona_id))
    _check_links(project)


def check_cards_added(
    project: Project, added: set[str], journeys: Sequence[Journey], max_cards: int
) -> None:
    """The rules that adding the cards ``added`` to ``journeys``, or removing cards from them,
    can break in a project that kept every rule before (their places are checked with their
    content, ``check_places``): the card count, unique ids, the links between maps, and the
    vote rounds of those maps. One pass over the cards' ids instead of every rule's walk.
    """
    _check_card_count(project, max_cards)
    if added:
        # Each added id must be met once among the cards, and never among the other parts.
        met = sum(sum(map(added.__contains__, map(_ID, j.cards))) for j in project.journeys)
        others = (_ID(item) for kind, items in _groups(project) if kind != "card" for item in items)
        if met != len(added) or not added.isdisjoint(others):
            _check_unique_ids(project)
    _check_links(project)
    for journey in journeys:
        check_rounds(journey)


def _check_card_count(project: Project, max_cards: int) -> None:
    """The project holds at most ``max_cards`` cards in all its maps."""
    card_count = sum(len(j.cards) for j in project.journeys)
    if card_count > max_cards:
        message = IntegrityText.tr("the project has %1 cards, the limit is %2")
        raise _integrity_error(arg(message, number(card_count), number(max_cards)))


def _check_unique_ids(project: Project) -> None:
    """Raise naming the first two things of ``project`` that share an id."""
    # Names are only worked out for a message: doing it for every card costs more than
    # the check itself on a large project.
    seen: dict[str, tuple[str, _Model]] = {}
    for kind, item_id, item in _items(project):
        if item_id in seen:
            first_kind, first = seen[item_id]
            message = IntegrityText.tr(
                "%1 has the id '%2', which %3 already has; every id must be unique"
            )
            named = _name_of(kind, item)
            raise _integrity_error(arg(message, named, item_id, _name_of(first_kind, first)))
        seen[item_id] = (kind, item)


def _check_links(project: Project) -> None:
    """A future state names its current state, and its stages and cards theirs."""
    by_id = {journey.id: journey for journey in project.journeys}
    for journey in project.journeys:
        title = short_label(journey.title)
        source = by_id.get(journey.source_journey_id or "")
        if journey.source_journey_id is not None and (source is None or source is journey):
            message = IntegrityText.tr(
                "journey '%1' was made from a map (id '%2') that the project does not have"
            )
            raise _integrity_error(arg(message, title, journey.source_journey_id))
        stage_ids = {stage.id for stage in source.stages} if source else set()
        card_ids = {card.id for card in source.cards} if source else set()
        stage_message = IntegrityText.tr(
            "stage '%1' of journey '%2' was copied from a stage (id '%3') that its current "
            "state does not have"
        )
        _check_sources(
            journey.stages, _SOURCE_STAGE_ID, _stage_name, stage_ids, stage_message, title
        )
        card_message = IntegrityText.tr(
            "%1 of journey '%2' was copied from a card (id '%3') that its current state does "
            "not have"
        )
        _check_sources(journey.cards, _SOURCE_CARD_ID, _card_name, card_ids, card_message, title)


def _check_sources(
    items: Sequence[Stage] | Sequence[Card],
    source_id: Callable[[Any], str | None],
    name: Callable[[Any], str],
    known: set[str],
    message: str,
    title: str,
) -> None:
    """Refuse the first of ``items`` copied from an id its journey's source lacks (``message``:
    the item's ``name``, the journey's ``title``, the missing id). One pass over the ids in C when
    all is well, which is every time a file opens."""
    linked = set(map(source_id, items))
    linked.discard(None)
    if linked.issubset(known):
        return
    for item in items:
        missing = source_id(item)
        if missing is not None and missing not in known:
            raise _integrity_error(arg(message, name(item), title, missing))


def _groups(project: Project) -> Iterator[tuple[str, Sequence[_Model]]]:
    """Everything with an id, in groups of a kind ("persona", "journey", ... "vote round")."""
    yield "persona", project.personas
    for journey in project.journeys:
        yield "journey", [journey]
        yield "stage", journey.stages
        yield "lane", journey.lanes
        yield "card", journey.cards
        yield "vote round", journey.vote_rounds


def _items(project: Project) -> Iterator[tuple[str, str, _Model]]:
    """Everything with an id: its kind ("persona", "journey", ... "vote round"), id, itself."""
    for kind, items in _groups(project):
        for item in items:
            yield kind, _ID(item), item


def _name_of(kind: str, item: _Model) -> str:
    """The item of ``kind`` named in words: "persona 'Pat'", "card 'Queue'"."""
    if kind == "card":
        return _card_name(cast("Card", item))
    if kind == "persona":
        return arg(IntegrityText.tr("persona '%1'"), short_label(cast("Persona", item).name))
    if kind == "vote round":
        question = short_label(cast("VoteRound", item).question)
        return arg(IntegrityText.tr("vote round '%1'"), question)
    if kind == "journey":
        title = short_label(cast("Journey", item).title)
        return arg(IntegrityText.tr("journey '%1'"), title)
    if kind == "stage":
        return arg(IntegrityText.tr("stage '%1'"), short_label(cast("Stage", item).title))
    return arg(IntegrityText.tr("lane '%1'"), short_label(cast("Lane", item).title))


def _stage_name(stage: Stage) -> str:
    return short_label(stage.title)


def _card_name(card: Card) -> str:
    """ "card 'Queue'", or "card (empty, id 'c7')" for a card without text."""
    label = short_label(card.text)
    if label:
        return arg(IntegrityText.tr("card '%1'"), label)
    return arg(IntegrityText.tr("card (empty, id '%1')"), card.id)
