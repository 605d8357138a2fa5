"""Large synthetic projects for tests and benchmarks: deterministic, realistic-looking."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from journeydesk.model.project import Card, Journey, Lane, LaneKind, Persona, Project, Stage
from journeydesk.model.templates import LANE_COLOURS

_WORDS = (
    "customer wants to compare prices before ordering but the app asks for an account first "
    "and the delivery slot is unclear staff are friendly yet the queue at the counter is long "
    "reviews mention cold pizza late buses café naïve Grüße allergy menu gluten vegan card "
    "payment receipt loyalty stamp coupon weekend family booking table terrace parking"
).split()
_TAGS = ("quick win", "digital", "staff", "policy", "research", "later")
_OWNERS = ("", "", "Marco (ops)", "Lena (UX)", "Sam (marketing)")
_LANE_NAMES = tuple(LANE_COLOURS)


def generate_project(
    stages: int = 50,
    lanes: int = 10,
    cards: int = 5000,
    seed: int = 0,
    text_words: tuple[int, int] = (3, 25),
    per_cell: int | None = None,
    emotion_lane: bool = True,
) -> Project:
    """Return a one-journey project with ``cards`` cards spread over stages x lanes.

    The third lane is an emotion lane (as in the templates) unless ``emotion_lane`` is False;
    every other lane takes cards. With ``per_cell``, every cell of a card lane gets exactly
    that many cards and ``cards`` is ignored. The same arguments give an equal project.
    """
    rng = random.Random(seed)
    stage_list = [
        Stage(id=f"s{seed}-{i}", title=f"Stage {i + 1}", goal=_sentence(rng, 3, 8))
        for i in range(stages)
    ]
    lane_list = []
    for i in range(lanes):
        name = _LANE_NAMES[i % len(_LANE_NAMES)]
        kind = LaneKind.EMOTION if i == 2 and emotion_lane else LaneKind.CARDS
        lane_list.append(Lane(id=f"l{seed}-{i}", title=name, kind=kind, colour=LANE_COLOURS[name]))
    card_lanes = [lane for lane in lane_list if lane.kind is LaneKind.CARDS] or lane_list[:1]
    orders: dict[tuple[str, str], int] = {}
    card_list = []
    if per_cell is None:
        places = [(rng.choice(card_lanes), rng.choice(stage_list)) for _ in range(cards)]
    else:
        places = [(lane, stage) for lane in card_lanes for stage in stage_list] * per_cell
    for i, (lane, stage) in enumerate(places):
        order = orders.get((lane.id, stage.id), 0)
        orders[(lane.id, stage.id)] = order + 1
        text = _sentence(rng, *text_words)
        if rng.random() < 0.1:
            text += "\n" + _sentence(rng, 2, 6)
        card_list.append(
            Card(
                id=f"c{seed}-{i}",
                lane_id=lane.id,
                stage_id=stage.id,
                order=order,
                text=text,
                tags=rng.sample(_TAGS, rng.choice((0, 0, 0, 1, 2))),
                votes=rng.choice((0, 0, 0, 1, 2, 5)),
                owner=rng.choice(_OWNERS),
            )
        )
    persona = Persona(id=f"p{seed}", name="Alex Sample", role="Customer", age=35)
    journey = Journey(
        id=f"j{seed}",
        title=f"Synthetic journey ({cards:,} cards)",
        persona_ids=[persona.id],
        stages=stage_list,
        lanes=lane_list,
        cards=card_list,
        emotions={s.id: rng.randint(-2, 2) for s in stage_list if rng.random() < 0.8},
    )
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    return Project(
        title="Synthetic project",
        created=moment,
        modified=moment,
        personas=[persona],
        journeys=[journey],
    )


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize()
