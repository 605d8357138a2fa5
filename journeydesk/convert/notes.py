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

from journeydesk.i18n import QT_TRANSLATE_NOOP, Translatable, arg, number
from journeydesk.model.base import short_label
from journeydesk.model.project import Card, Journey, Persona, Project

#: A note about many things of one kind: its sentence for a count (Qt's "%n" plural forms),
#: with ``%1`` where the first few of them are listed.
Sentence = Callable[[int], str]


class ConvertNoteText(Translatable):
    """The notes every conversion shares: texts cut short, lists, what a peer cannot hold."""


class Notes:
    """The sentences of a conversion; notes of one kind about many things become one sentence."""

    def __init__(self) -> None:
        self._sentences: dict[str, None] = {}
        self._groups: dict[str, tuple[Sentence, list[str]]] = {}

    def add(self, sentence: str) -> None:
        """Add one sentence (once)."""
        self._sentences[sentence] = None

    def group(self, kind: str, sentence: Sentence, label: str) -> None:
        """Count ``label`` under the note of ``kind``, whose ``sentence`` lists a few of them.

        ``sentence`` gives the note for a count (``Context.tr("%n card(s) ...: %1.", "", n)``);
        the first given for a kind is used.
        """
        self._groups.setdefault(kind, (sentence, []))[1].append(label)

    def cut(self, text: str, limit: int, what: str) -> str:
        """Return ``text`` cut to ``limit`` characters, remembering that ``what`` was cut."""
        if len(text) <= limit:
            return text
        label = ConvertNoteText.tr("%1 (from %2 to %3 characters)", "what was cut")
        self.group(
            "cut",
            lambda n: ConvertNoteText.tr(
                "%n text(s) longer than JourneyDesk allows, cut short: %1.", "", n
            ),
            arg(label, what, number(len(text)), number(limit)),
        )
        return text[:limit]

    def all(self) -> tuple[str, ...]:
        """Every sentence, in the order they were first added."""
        grouped = [
            arg(sentence(len(labels)), listed(labels)) for sentence, labels in self._groups.values()
        ]
        return (*self._sentences, *grouped)


def quoted(text: str) -> str:
    """A name in quotes for a note: its first line, shortened."""
    return arg(ConvertNoteText.tr("'%1'", "a name quoted"), short_label(text))


def joined(parts: list[str]) -> str:
    """Parts joined with commas, the last two with "and": "a, b and c"."""
    if len(parts) < 2:
        return "".join(parts)
    return arg(
        ConvertNoteText.tr("%1 and %2", "the end of a list"), ", ".join(parts[:-1]), parts[-1]
    )


def listed(labels: list[str], limit: int = 3) -> str:
    """The first few labels, and how many more there are."""
    shown = ", ".join(labels[:limit])
    if len(labels) <= limit:
        return shown
    return arg(ConvertNoteText.tr("%1 and %n more", "a list cut short", len(labels) - limit), shown)


def rounded(value: float) -> int:
    """Round half away from zero (0.5 -> 1, -1.5 -> -2), as a facilitator would."""
    return int(math.copysign(math.floor(abs(value) + 0.5), value))


def signed(score: float) -> str:
    """A score as a facilitator writes it: +2, 0, -1.5 (as it stands in a file, in tags)."""
    return f"{score:+g}" if score else "0"


# What of a card a peer may not hold: (the name ``held`` uses, the note's kind, its sentence).
_CARD_LOSSES: tuple[tuple[str, Sentence], ...] = (
    (
        "notes",
        lambda n: ConvertNoteText.tr(
            "%n card(s) had notes, which %2 cannot hold; left out: %1.", "", n
        ),
    ),
    (
        "tags",
        lambda n: ConvertNoteText.tr(
            "%n card(s) had tags, which %2 cannot hold; left out: %1.", "", n
        ),
    ),
    (
        "votes",
        lambda n: ConvertNoteText.tr(
            "%n card(s) had votes, which %2 cannot hold; left out: %1.", "", n
        ),
    ),
    (
        "owner",
        lambda n: ConvertNoteText.tr(
            "%n card(s) had an owner, which %2 cannot hold; left out: %1.", "", n
        ),
    ),
    (
        "colour",
        lambda n: ConvertNoteText.tr(
            "%n card(s) had a colour of its own, which %2 cannot hold; left out: %1.", "", n
        ),
    ),
)
# What of a map or project a peer may not hold: (the name ``held`` uses, the note; %1: peer).
_MAP_LOSSES = {
    "title": QT_TRANSLATE_NOOP(
        "ConvertNoteText", "%1 cannot hold the project's title; it was left out."
    ),
    "description": QT_TRANSLATE_NOOP(
        "ConvertNoteText", "%1 cannot hold the project's description; it was left out."
    ),
    "scenario": QT_TRANSLATE_NOOP(
        "ConvertNoteText", "%1 cannot hold the map's scenario; it was left out."
    ),
    "map notes": QT_TRANSLATE_NOOP(
        "ConvertNoteText", "%1 cannot hold the map's notes; it was left out."
    ),
    "curves": QT_TRANSLATE_NOOP(
        "ConvertNoteText", "%1 cannot hold the other personas' emotion curves; it was left out."
    ),
    "vote rounds": QT_TRANSLATE_NOOP(
        "ConvertNoteText", "%1 cannot hold the map's dot-voting rounds; it was left out."
    ),
    "state": QT_TRANSLATE_NOOP(
        "ConvertNoteText", "%1 cannot hold the map's mark as a future state; it was left out."
    ),
}
#: A persona's fields by the name ``held`` uses, as a note names them.
PERSONA_FIELDS = {
    "name": QT_TRANSLATE_NOOP("ConvertNoteText", "name"),
    "role": QT_TRANSLATE_NOOP("ConvertNoteText", "role"),
    "age": QT_TRANSLATE_NOOP("ConvertNoteText", "age"),
    "quote": QT_TRANSLATE_NOOP("ConvertNoteText", "quote"),
    "goals": QT_TRANSLATE_NOOP("ConvertNoteText", "goals"),
    "needs": QT_TRANSLATE_NOOP("ConvertNoteText", "needs"),
    "frustrations": QT_TRANSLATE_NOOP("ConvertNoteText", "frustrations"),
    "photo": QT_TRANSLATE_NOOP("ConvertNoteText", "photo"),
}


def persona_fields(names: Iterable[str]) -> list[str]:
    """The names of a persona's fields (``PERSONA_FIELDS``' keys) as a note says them."""
    return [ConvertNoteText.tr(PERSONA_FIELDS[name]) for name in names]


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
    for card in cards:
        tags = [tag for tag in card.tags if not is_marker(tag)]
        has = {
            "notes": card.notes,
            "tags": tags,
            "votes": card.votes,
            "owner": card.owner,
            "colour": card.colour,
        }
        for field, sentence in _CARD_LOSSES:
            if has[field] and field not in held:
                notes.group(f"card {field}", _for_peer(sentence, peer), quoted(card.text))
    for stage in journey.stages:
        if stage.description or stage.goal:
            notes.group("stage", _for_peer(_stage_losses, peer), quoted(stage.title))
    for field, has in (
        ("title", project.title not in ("", journey.title)),
        ("description", project.description),
        ("scenario", journey.scenario),
        ("map notes", journey.notes),
        ("curves", journey.persona_emotions),
        ("vote rounds", journey.vote_rounds),
        ("state", journey.state.value == "future"),
    ):
        if has and field not in held:
            notes.add(arg(ConvertNoteText.tr(_MAP_LOSSES[field]), peer))


def _stage_losses(count: int) -> str:
    return ConvertNoteText.tr(
        "%n stage(s) had a description or goal, which %2 cannot hold; left out: %1.", "", count
    )


def _for_peer(sentence: Sentence, peer: str) -> Sentence:
    """``sentence`` with the peer's name filled in as ``%2`` (``%1`` stays for the list)."""
    return lambda n: arg(sentence(n), "%1", peer)


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
        message = ConvertNoteText.tr(
            "%1 keeps a persona's %2 only; the %3 of persona %4 were left out."
        )
        kept = joined(persona_fields(["name", *sorted(held)]))
        notes.add(arg(message, peer, kept, joined(persona_fields(lost)), quoted(persona.name)))
