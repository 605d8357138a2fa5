"""Property tests of the file format over generated projects."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesk.model.errors import ProjectLoadError
from journeydesk.model.project import Card, Journey, Lane, LaneKind, Persona, Project, Stage
from journeydesk.model.storage import parse_project, project_to_bytes

# Any text a facilitator might type: every plane, newlines, quotes, braces, emoji.
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
short_texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)
colours = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**9), 10**9) | short_texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(short_texts, inner, max_size=3),
    max_leaves=6,
)
extras = st.dictionaries(st.from_regex(r"x_[a-z]{1,8}", fullmatch=True), json_values, max_size=2)


def _with_extras(model_fields: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    return {**model_fields, **extra}


@st.composite
def journeys(draw: st.DrawFn, persona_ids: list[str], index: int) -> Journey:
    stage_count = draw(st.integers(1, 5))
    stages = [
        Stage(
            **_with_extras(
                {"id": f"s{index}-{i}", "title": draw(short_texts), "goal": draw(texts)},
                draw(extras),
            )
        )
        for i in range(stage_count)
    ]
    kinds = draw(st.lists(st.sampled_from(list(LaneKind)), min_size=1, max_size=4))
    lanes = [
        Lane(id=f"l{index}-{i}", title=draw(short_texts), kind=kind, colour=draw(colours))
        for i, kind in enumerate(kinds)
    ]
    card_lanes = [lane for lane in lanes if lane.kind is not LaneKind.DIVIDER]
    cards = []
    if card_lanes:
        for i in range(draw(st.integers(0, 12))):
            lane = draw(st.sampled_from(card_lanes))
            stage = draw(st.sampled_from(stages))
            fields = {
                "id": f"c{index}-{i}",
                "lane_id": lane.id,
                "stage_id": stage.id,
                "order": draw(st.integers(0, 20)),
                "text": draw(texts),
                "colour": draw(st.none() | colours),
                "tags": draw(st.lists(short_texts, max_size=3)),
                "votes": draw(st.integers(0, 50)),
                "owner": draw(short_texts),
                "notes": draw(texts),
            }
            cards.append(Card(**_with_extras(fields, draw(extras))))
    emotions = {stage.id: draw(st.integers(-2, 2)) for stage in stages if draw(st.booleans())}
    return Journey(
        **_with_extras(
            {
                "id": f"j{index}",
                "title": draw(short_texts),
                "scenario": draw(texts),
                "persona_ids": draw(st.lists(st.sampled_from(persona_ids), max_size=2, unique=True))
                if persona_ids
                else [],
                "state": draw(st.sampled_from(["current", "future"])),
                "stages": stages,
                "lanes": lanes,
                "cards": cards,
                "emotions": emotions,
                "notes": draw(texts),
            },
            draw(extras),
        )
    )


@st.composite
def projects(draw: st.DrawFn) -> Project:
    personas = [
        Persona(
            id=f"p{i}",
            name=draw(short_texts),
            age=draw(st.none() | st.integers(0, 150)),
            quote=draw(texts),
            goals=draw(st.lists(texts, max_size=3)),
            colour=draw(colours),
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    ids = [p.id for p in personas]
    count = draw(st.integers(0, 3))
    return Project(
        **_with_extras(
            {
                "title": draw(short_texts),
                "description": draw(texts),
                "personas": personas,
                "journeys": [draw(journeys(ids, i)) for i in range(count)],
            },
            draw(extras),
        )
    )


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_save_then_load_gives_the_same_project_and_the_same_bytes(project: Project) -> None:
    data = project_to_bytes(project)
    loaded = parse_project(data)
    assert loaded == project
    assert project_to_bytes(loaded) == data


@settings(max_examples=150, deadline=None)
@given(projects(), st.data())
def test_a_damaged_file_loads_or_is_refused_with_a_sentence(
    project: Project, data: st.DataObject
) -> None:
    content = bytearray(project_to_bytes(project))
    cut = data.draw(st.integers(0, len(content)))
    damaged = bytes(content[:cut])
    flips = data.draw(st.lists(st.integers(0, max(0, cut - 1)), max_size=3)) if cut else []
    mutable = bytearray(damaged)
    for position in flips:
        mutable[position] = data.draw(st.integers(0, 255))
    try:
        parse_project(bytes(mutable))
    except ProjectLoadError as error:
        message = str(error)
        assert message[:1].isupper() and message.endswith((".", ")")), message
        assert "Traceback" not in message and "pydantic" not in message
