"""How the converters word, and group, what they could not carry across.

A conversion seldom carries everything: a peer format has no field for a card's votes, a file
names a stage it never lists, a text is longer than JourneyDesk allows. Each such loss becomes a
note, a plain sentence shown to whoever converts. ``Notes`` collects them: a sentence said twice
is kept once, and notes of one kind about many things (cards with owners, texts cut short) are
grouped into one sentence that counts them and names the first few::

    4 cards had votes, which OpenJourney cannot hold; left out: 'Queue', 'Pay', 'Wait' and 1 more.

When a project is written, ``report_losses`` and ``report_persona_losses`` word what the peer
leaves out of the project, its map, cards and personas, given what the peer can hold. ``quoted``,
``listed`` and ``signed`` write names, lists and scores as the notes do; ``rounded`` rounds a
score as a facilitator would.

Shared by the peer formats, ``openjourney`` and ``enablement_map``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from journeydesk.model.base import short_label
from journeydesk.model.project import Card, Journey, Persona, Project


class Notes:
    """The sentences of a conversion; notes of one kind about many things become one sentence."""

    def __init__(self) -> None:
        self._sentences: dict[str, None] = {}
        self._groups: dict[tuple[str, str], list[str]] = {}

    def add(self, sentence: str) -> None:
        """Add one sentence (once)."""
        self._sentences[sentence] = None

    def group(self, one: str, many: str, label: str) -> None:
        """Count ``label`` under a sentence (``one`` or ``many``) that lists a few of them."""
        self._groups.setdefault((one, many), []).append(label)

    def cut(self, text: str, limit: int, what: str) -> str:
        """Return ``text`` cut to ``limit`` characters, remembering that ``what`` was cut."""
        if len(text) <= limit:
            return text
        self.group(
            "text was longer than JourneyDesk allows, so it was cut",
            "texts were longer than JourneyDesk allows, so they were cut",
            f"{what} (from {len(text):,} to {limit:,} characters)",
        )
        return text[:limit]

    def all(self) -> tuple[str, ...]:
        """Every sentence, in the order they were first added."""
        grouped = [
            f"{len(labels):,} {one if len(labels) == 1 else many}: {listed(labels)}."
            for (one, many), labels in self._groups.items()
        ]
        return (*self._sentences, *grouped)


def quoted(text: str) -> str:
    """A name in quotes for a note: its first line, shortened."""
    return f"'{short_label(text)}'"


def listed(labels: list[str], limit: int = 3) -> str:
    """The first few labels, and how many more there are."""
    shown = ", ".join(labels[:limit])
    return shown + (f" and {len(labels) - limit:,} more" if len(labels) > limit else "")


def rounded(value: float) -> int:
    """Round half away from zero (0.5 -> 1, -1.5 -> -2), as a facilitator would."""
    return int(math.copysign(math.floor(abs(value) + 0.5), value))


def signed(score: float) -> str:
    """A score as a facilitator writes it: +2, 0, -1.5."""
    return f"{score:+g}" if score else "0"


def report_losses(
    notes: Notes,
    peer: str,
    project: Project,
    journey: Journey,
    cards: Iterable[Card],
    held: set[str],
    is_marker: Callable[[str], bool],
) -> None:
    """Say what of a project, its written map and cards ``peer`` cannot hold.

    ``held`` names what it can: card fields ("notes", "tags", "votes", "owner", "colour") and
    parts of the map or project ("scenario", "map notes", "description"); tags that
    ``is_marker`` accepts are the peer's own fields, written as such.
    """
    lost = f"which {peer} cannot hold; left out"
    for card in cards:
        tags = [tag for tag in card.tags if not is_marker(tag)]
        for field, what, has in (
            ("notes", "notes", card.notes),
            ("tags", "tags", tags),
            ("votes", "votes", card.votes),
            ("owner", "an owner", card.owner),
            ("colour", "a colour of its own", card.colour),
        ):
            if has and field not in held:
                notes.group(
                    f"card had {what}, {lost}", f"cards had {what}, {lost}", quoted(card.text)
                )
    for stage in journey.stages:
        if stage.description or stage.goal:
            notes.group(
                f"stage had a description or goal, {lost}",
                f"stages had descriptions or goals, {lost}",
                quoted(stage.title),
            )
    for field, what, has in (
        ("title", "the project's title", project.title not in ("", journey.title)),
        ("description", "the project's description", project.description),
        ("scenario", "the map's scenario", journey.scenario),
        ("map notes", "the map's notes", journey.notes),
        ("curves", "the other personas' emotion curves", journey.persona_emotions),
        ("vote rounds", "the map's dot-voting rounds", journey.vote_rounds),
        ("state", "the map's mark as a future state", journey.state.value == "future"),
    ):
        if has and field not in held:
            notes.add(f"{peer} cannot hold {what}; it was left out.")


def report_persona_losses(notes: Notes, peer: str, persona: Persona, held: set[str]) -> None:
    """Say which fields of ``persona`` ``peer`` cannot hold."""
    lost = [
        what
        for what, has in (
            ("role", persona.role),
            ("age", persona.age is not None),
            ("quote", persona.quote),
            ("goals", persona.goals),
            ("needs", persona.needs),
            ("frustrations", persona.frustrations),
            ("photo", persona.photo),
        )
        if has and what not in held
    ]
    if lost:
        notes.add(
            f"{peer} keeps a persona's {' and '.join(['name', *sorted(held)])} only; the "
            f"{' and '.join([', '.join(lost[:-1]), lost[-1]] if lost[1:] else lost)} of persona "
            f"{quoted(persona.name)} were left out."
        )
