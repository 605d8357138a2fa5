"""Property tests of the file format over generated projects.

The strategies build whole projects with valid references (cards in card or emotion lanes of
their own journey, emotion scores for existing stages, journeys naming existing personas),
text from every Unicode plane plus the characters that trouble JSON writers, and unknown
fields with JSON values at every level of the tree.
"""

from __future__ import annotations

import base64
import string
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesk.model.errors import ProjectLoadError
from journeydesk.model.photos import MAX_PHOTO_SIDE
from journeydesk.model.project import (
    MAX_ORDER,
    MAX_VOTES,
    Card,
    Journey,
    JourneyState,
    Lane,
    LaneKind,
    Persona,
    Photo,
    Project,
    Stage,
    _Model,
)
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import load_project, parse_project, project_to_bytes, save_project
from journeydesk.model.voting import Dot, VoteRound

from .test_photos import gif, jpeg, png, webp

# Pictures as their headers declare them: media type -> builder of a header of a given size.
_PICTURES = {
    "image/png": png,
    "image/jpeg": jpeg,
    "image/gif": gif,
    "image/webp": lambda width, height: webp(width, height, "VP8X"),
}

# Characters that break naive JSON writers or readers, mixed into otherwise arbitrary text.
_TRICKY = '"\\{}[]\n\r\t\x00\x1f\u2028\u2029\ufeff😀éﬀΩ'
_SEQUENCES = ["👩\u200d👩\u200d👧", "🇫🇷", "e\u0301", "\r\n"]  # several code points each
_chars = st.characters(exclude_categories=("Cs",)) | st.sampled_from(_TRICKY)


def _texts(size: int) -> st.SearchStrategy[str]:
    plain = st.text(_chars, max_size=size)
    joined = st.tuples(plain, st.sampled_from(_SEQUENCES), plain).map("".join)
    return plain | joined


texts = _texts(30)
short_texts = _texts(10)
colours = st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | short_texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(short_texts, inner, max_size=3),
    max_leaves=6,
)
moments = st.datetimes(
    min_value=datetime(1970, 1, 2),
    max_value=datetime(2200, 1, 1),
    timezones=st.builds(timezone, st.timedeltas(timedelta(hours=-23), timedelta(hours=23))),
)


def _extras_for(model: type[_Model]) -> st.SearchStrategy[dict[str, Any]]:
    """Unknown fields for ``model``: any key it does not know, any JSON value."""
    keys = short_texts.filter(lambda key: key not in model.model_fields)
    return st.dictionaries(keys, json_values, max_size=2)


# Built once: making strategies inside every draw would dominate the run time.
_EXTRAS = {
    model: _extras_for(model)
    for model in (Project, Persona, Photo, Journey, Stage, Lane, Card, VoteRound, Dot)
}
_IDS = st.text(string.ascii_letters + string.digits + "_-", min_size=1, max_size=12)


def _unique_id(draw: st.DrawFn, used: set[str]) -> str:
    """Draw an id and make it unique within the project by a suffix if needed."""
    item_id = base = draw(_IDS)
    suffix = 0
    while item_id in used:
        suffix += 1
        item_id = f"{base}-{suffix}"
    used.add(item_id)
    return item_id


@st.composite
def vote_rounds(draw: st.DrawFn, card_ids: list[str], used: set[str]) -> list[VoteRound]:
    """A map's vote rounds, only the last perhaps open, with dots on its cards and on others.

    Each participant stays within their dots on the map's cards; dots on cards deleted since
    (ids no card has) count nowhere, so they come on top.
    """
    rounds = []
    count = draw(st.integers(0, 2))
    for number in range(count):
        participants = draw(st.lists(short_texts, min_size=1, max_size=4))
        allowed = draw(st.integers(1, 3))
        dots = []
        for participant in range(len(participants)):
            on_map = st.sampled_from(card_ids) if card_ids else st.nothing()
            dots += [
                Dot(card_id=draw(on_map), participant=participant, **draw(_EXTRAS[Dot]))
                for _ in range(draw(st.integers(0, allowed)) if card_ids else 0)
            ]
            dots += [
                Dot(card_id=_unique_id(draw, used), participant=participant)
                for _ in range(draw(st.integers(0, 1)))
            ]
        started = draw(moments)
        is_open = number == count - 1 and draw(st.booleans())
        ended = None if is_open else started + draw(st.timedeltas(timedelta(0), timedelta(days=2)))
        rounds.append(
            VoteRound(
                id=_unique_id(draw, used),
                question=draw(short_texts),
                dots_per_participant=allowed,
                participants=participants,
                started_at=started,
                ended_at=ended,
                dots=draw(st.permutations(dots)),
                **draw(_EXTRAS[VoteRound]),
            )
        )
    return rounds


@st.composite
def journeys(draw: st.DrawFn, persona_ids: list[str], used: set[str]) -> Journey:
    """A journey whose cards, emotion curves and personas all refer to things that exist."""
    stages = [
        Stage(
            id=_unique_id(draw, used),
            title=draw(short_texts),
            description=draw(texts),
            goal=draw(texts),
            **draw(_EXTRAS[Stage]),
        )
        for _ in range(draw(st.integers(1, 5)))
    ]
    lanes = [
        Lane(
            id=_unique_id(draw, used),
            title=draw(short_texts),
            kind=kind,
            colour=draw(colours),
            **draw(_EXTRAS[Lane]),
        )
        for kind in draw(st.lists(st.sampled_from(list(LaneKind)), min_size=1, max_size=4))
    ]
    holders = [lane for lane in lanes if lane.kind is not LaneKind.DIVIDER]
    in_lanes = st.sampled_from(holders or lanes)  # no cards are drawn when there is no holder
    in_stages = st.sampled_from(stages)
    cards = [
        Card(
            id=_unique_id(draw, used),
            lane_id=draw(in_lanes).id,
            stage_id=draw(in_stages).id,
            order=draw(st.integers(0, MAX_ORDER)),
            text=draw(texts),
            colour=draw(st.none() | colours),
            tags=draw(st.lists(short_texts, max_size=3)),
            votes=draw(st.integers(0, MAX_VOTES)),
            owner=draw(short_texts),
            notes=draw(texts),
            **draw(_EXTRAS[Card]),
        )
        for _ in range(
            draw(st.integers(0, 12))
            if any(lane.kind is not LaneKind.DIVIDER for lane in lanes)
            else 0
        )
    ]
    named = (
        draw(st.lists(st.sampled_from(persona_ids), max_size=2, unique=True)) if persona_ids else []
    )
    return Journey(
        id=_unique_id(draw, used),
        title=draw(short_texts),
        scenario=draw(texts),
        persona_ids=named,
        state=draw(st.sampled_from(list(JourneyState))),
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotions={s.id: draw(st.integers(-2, 2)) for s in stages if draw(st.booleans())},
        persona_emotions={
            persona_id: {s.id: draw(st.integers(-2, 2)) for s in stages if draw(st.booleans())}
            for persona_id in named[1:]
        },
        notes=draw(texts),
        vote_rounds=draw(vote_rounds([card.id for card in cards], used)),
        **draw(_EXTRAS[Journey]),
    )


@st.composite
def personas(draw: st.DrawFn, used: set[str]) -> Persona:
    """A persona, sometimes with a small embedded photo."""
    photo = None
    if draw(st.booleans()):
        media_type, header = draw(st.sampled_from(sorted(_PICTURES.items())))
        size = (draw(st.integers(1, MAX_PHOTO_SIDE)), draw(st.integers(1, MAX_PHOTO_SIDE)))
        photo = Photo(
            media_type=media_type,
            data=base64.b64encode(header(*size) + draw(st.binary(max_size=30))).decode(),
            **draw(_EXTRAS[Photo]),
        )
    return Persona(
        id=_unique_id(draw, used),
        name=draw(short_texts),
        role=draw(short_texts),
        age=draw(st.none() | st.integers(0, 150)),
        quote=draw(texts),
        goals=draw(st.lists(texts, max_size=3)),
        needs=draw(st.lists(texts, max_size=2)),
        frustrations=draw(st.lists(texts, max_size=2)),
        photo=photo,
        colour=draw(colours),
        **draw(_EXTRAS[Persona]),
    )


@st.composite
def projects(draw: st.DrawFn) -> Project:
    """A whole valid project with up to 2 personas and 3 journeys."""
    used: set[str] = set()
    people = [draw(personas(used)) for _ in range(draw(st.integers(0, 2)))]
    ids = [p.id for p in people]
    return Project(
        title=draw(short_texts),
        description=draw(texts),
        created=draw(moments),
        modified=draw(moments),
        personas=people,
        journeys=[draw(journeys(ids, used)) for _ in range(draw(st.integers(0, 3)))],
        **draw(_EXTRAS[Project]),
    )


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_bytes_round_trip_gives_an_equal_project_and_identical_bytes(project: Project) -> None:
    data = project_to_bytes(project)
    loaded = parse_project(data)
    assert loaded == project
    assert project_to_bytes(loaded) == data


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(project=projects())
def test_save_then_load_gives_an_equal_project_and_saving_again_the_same_file(
    project: Project, tmp_path: Path
) -> None:
    # tmp_path is shared by the examples; each one overwrites the same two files.
    first, second = tmp_path / "first.journey", tmp_path / "second.journey"
    save_project(project, first)
    loaded = load_project(first)
    assert loaded == project
    save_project(loaded, second)
    assert second.read_bytes() == first.read_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(), st.data())
def test_a_damaged_file_loads_or_is_refused_with_a_sentence(
    project: Project, data: st.DataObject
) -> None:
    content = bytearray(project_to_bytes(project))
    if data.draw(st.booleans(), label="truncate"):
        del content[data.draw(st.integers(0, len(content)), label="cut") :]
    flips = data.draw(st.lists(st.integers(0, 2**32), max_size=4), label="flips")
    for position in flips if content else []:
        content[position % len(content)] = data.draw(st.integers(0, 255), label="byte")
    try:
        result = parse_project(bytes(content))
    except ProjectLoadError as error:
        message = str(error)
        assert message[:1].isupper() and message.endswith((".", ")")), message
        assert "Traceback" not in message and "pydantic" not in message
    else:
        assert isinstance(result, Project)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 2**32), st.integers(1, 8), st.integers(1, 6), st.integers(0, 300))
def test_generated_sample_projects_are_deterministic_and_round_trip(
    seed: int, stages: int, lanes: int, cards: int
) -> None:
    project = generate_project(stages=stages, lanes=lanes, cards=cards, seed=seed)
    assert project == generate_project(stages=stages, lanes=lanes, cards=cards, seed=seed)
    assert project.card_count() == cards
    for cell in project.journeys[0].cells().values():
        assert [card.order for card in cell] == list(range(len(cell)))
    data = project_to_bytes(project)
    assert parse_project(data) == project
    assert project.created.tzinfo is UTC or project.created.utcoffset() == timedelta(0)
