"""The open-source peers' files: Enablement Map Studio's YAML (kind: cjm) and Ptolemy's .ojf.

The files in data/peers were written by hand from each peer's published schema:
suwa-sh/enablement-map-studio ``packages/dsl/src/schemas/cjm.json`` and
andywestley/ptolemy-journey-mapper ``OJF_SPEC.md``.

Each format has its own tests (``test_peers_enablement_map.py``, ``test_peers_openjourney.py``);
this file holds what both formats are tested for, and the helpers those files share.
"""

from __future__ import annotations

import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from journeydesk.convert import enablement_map, openjourney
from journeydesk.convert.base import Format
from journeydesk.model.project import Card, Journey, Lane, LaneKind, Project, Stage
from journeydesk.model.templates import DEFAULT_LANE_COLOUR, LANE_COLOURS
from tests.convert.helpers import project_content

PEERS = Path(__file__).parent / "data" / "peers"


def _cells(journey: Journey) -> dict[tuple[str, str], list[tuple[str, list[str]]]]:
    """Every cell's cards as (text, tags), keyed by (lane title, stage title)."""
    lanes = {lane.id: lane.title for lane in journey.lanes}
    stages = {stage.id: stage.title for stage in journey.stages}
    return {
        (lanes[lane_id], stages[stage_id]): [(card.text, card.tags) for card in cards]
        for (lane_id, stage_id), cards in journey.cells().items()
    }


def _scores(journey: Journey) -> list[int | None]:
    return [journey.emotions.get(stage.id) for stage in journey.stages]


def _map(
    lanes: list[Lane], stages: list[Stage], cards: list[tuple[int, int, dict[str, Any]]]
) -> Journey:
    """A map of ``lanes`` and ``stages`` holding cards given as (lane, stage, fields)."""
    counts: dict[tuple[int, int], int] = {}
    built = []
    for lane, stage, fields in cards:
        order = counts.get((lane, stage), 0)
        counts[(lane, stage)] = order + 1
        built.append(Card(lane_id=lanes[lane].id, stage_id=stages[stage].id, order=order, **fields))
    return Journey(title="Café", stages=stages, lanes=lanes, cards=built)


def _cjm_lanes() -> list[Lane]:
    return [
        _lane("Actions"),
        _lane("Touchpoints"),
        _lane("Thinking"),
        _lane("Feelings", emotion=True),
    ]


def _lane(title: str, *, emotion: bool = False) -> Lane:
    """A lane in its familiar colour, as the readers make them."""
    kind = LaneKind.EMOTION if emotion else LaneKind.CARDS
    return Lane(title=title, kind=kind, colour=LANE_COLOURS.get(title, DEFAULT_LANE_COLOUR))


# Both ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "key", "extensions"),
    [
        (enablement_map, "enablement-map", (".yaml", ".yml")),
        (openjourney, "openjourney", (".ojf",)),
    ],
)
def test_each_module_offers_its_format(
    module: ModuleType, key: str, extensions: tuple[str, ...]
) -> None:
    (format_,) = module.FORMATS
    assert isinstance(format_, Format)
    assert (format_.key, format_.extensions) == (key, extensions)
    assert format_.read is module.read and format_.write is module.write


def _big_cjm() -> Project:
    """5,000 cards as an Enablement Map Studio file gives them: 50 stages of 20 actions, each
    with two touchpoints and two thoughts."""
    lanes = _cjm_lanes()
    stages = [Stage(title=f"Stage {n} — ステージ") for n in range(50)]
    cards: list[tuple[int, int, dict[str, Any]]] = []
    for s in range(50):
        score = f"emotion: {s % 5 - 2:+d}" if s % 5 != 2 else "emotion: 0"
        for a in range(20):
            action = f"Action {a} of stage {s}: the customer waits"
            cards.append((0, s, {"text": action, "tags": [score]}))
            for lane in (1, 1, 2, 2):
                cards.append((lane, s, {"text": f"About {action}", "tags": [f"action: {action}"]}))
    journey = _map(lanes, stages, cards)
    journey.emotions = {stage.id: n % 5 - 2 for n, stage in enumerate(stages)}
    return Project(title="Café", journeys=[journey])


def _big_ojf() -> Project:
    """5,000 cards: 50 stages of 4 lanes holding 25 cards each."""
    lanes = [*(_lane(f"Lane {n}") for n in range(4)), _lane("Feelings", emotion=True)]
    stages = [Stage(title=f"Stage {n} — ステージ") for n in range(50)]
    cards = [
        (n % 4, s, {"text": f"Card {n} of stage {s}: the customer waits", "notes": "Seen twice"})
        for s in range(50)
        for n in range(100)
    ]
    journey = _map(lanes, stages, cards)
    journey.emotions = {stage.id: n % 5 - 2 for n, stage in enumerate(stages)}
    return Project(title="Café", journeys=[journey])


@pytest.mark.parametrize(
    ("module", "make"),
    [(enablement_map, _big_cjm), (openjourney, _big_ojf)],
    ids=["enablement-map", "openjourney"],
)
def test_five_thousand_cards_convert_each_way_in_under_two_seconds(
    module: ModuleType, make: Any
) -> None:
    project = make()
    assert project.card_count() == 5_000
    started = time.perf_counter()
    exported = module.write(project)
    written = time.perf_counter() - started
    started = time.perf_counter()
    imported = module.read(exported.data)
    read = time.perf_counter() - started
    print(f"\n{module.__name__}: 5,000 cards written in {written:.2f} s, read in {read:.2f} s")
    assert exported.notes == () and imported.notes == ()
    assert project_content(imported.project) == project_content(project)
    assert written < 2.0 and read < 2.0
