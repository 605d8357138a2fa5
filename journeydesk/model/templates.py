"""The templates a facilitator picks from when starting a map: stages and lanes, no cards."""

from __future__ import annotations

from dataclasses import dataclass

from journeydesk.model.project import Journey, Lane, LaneKind, Project, Stage

#: The colour of a lane of each familiar name: pale sticky-note colours that stay readable
#: under black text on a projector and in print.
LANE_COLOURS: dict[str, str] = {
    "Actions": "#ffe58f",
    "Customer actions": "#ffe58f",
    "Thinking": "#bfdcff",
    "Feelings": "#ffe8cc",
    "Pain points": "#ffc2d1",
    "Opportunities": "#c3ecc8",
    "Touchpoints": "#e0d4ff",
    "Channels": "#c8eef5",
    "Frontstage": "#ffd8b0",
    "Backstage": "#dcdfe4",
    "Support processes": "#e9e1d4",
    "Line of visibility": "#8a94a6",
    "KPIs": "#f3f0b5",
}
DEFAULT_LANE_COLOUR = "#fff3b0"


@dataclass(frozen=True)
class LaneSpec:
    """A lane of a template."""

    title: str
    kind: LaneKind = LaneKind.CARDS

    @property
    def colour(self) -> str:
        """The lane's colour: its familiar colour, or the default sticky yellow."""
        return LANE_COLOURS.get(self.title, DEFAULT_LANE_COLOUR)


@dataclass(frozen=True)
class StageSpec:
    """A stage of a template, with the customer's goal in it."""

    title: str
    goal: str = ""
    description: str = ""


@dataclass(frozen=True)
class Template:
    """A named starting point: the stages and lanes of a new map."""

    key: str
    title: str
    summary: str
    stages: tuple[StageSpec, ...]
    lanes: tuple[LaneSpec, ...]

    def create_project(self, title: str = "") -> Project:
        """Return a new project holding one journey laid out by this template."""
        name = title.strip() or self.title
        journey = Journey(
            title=name,
            stages=[
                Stage(title=s.title, goal=s.goal, description=s.description) for s in self.stages
            ],
            lanes=[
                Lane(title=spec.title, kind=spec.kind, colour=spec.colour) for spec in self.lanes
            ],
        )
        return Project(title=name, journeys=[journey])


DEFAULT_LANES = (
    LaneSpec("Actions"),
    LaneSpec("Thinking"),
    LaneSpec("Feelings", LaneKind.EMOTION),
    LaneSpec("Pain points"),
    LaneSpec("Opportunities"),
)

TEMPLATES: dict[str, Template] = {
    t.key: t
    for t in (
        Template(
            "blank",
            "Blank journey map",
            "Four empty stages and the usual lanes, ready to rename.",
            tuple(StageSpec(f"Stage {n}") for n in range(1, 5)),
            DEFAULT_LANES,
        ),
        Template(
            "classic",
            "Classic five stages",
            "Awareness, consideration, purchase, retention and advocacy.",
            (
                StageSpec("Awareness", "Find out that a solution exists"),
                StageSpec("Consideration", "Compare the options and pick one"),
                StageSpec("Purchase", "Buy without friction"),
                StageSpec("Retention", "Get value and keep using it"),
                StageSpec("Advocacy", "Share the experience with others"),
            ),
            DEFAULT_LANES,
        ),
        Template(
            "5a",
            "Kotler's 5A",
            "Aware, Appeal, Ask, Act, Advocate: the customer path of Marketing 4.0.",
            (
                StageSpec("Aware", "I know about it"),
                StageSpec("Appeal", "I like it"),
                StageSpec("Ask", "I am convinced"),
                StageSpec("Act", "I am buying it"),
                StageSpec("Advocate", "I recommend it"),
            ),
            DEFAULT_LANES,
        ),
        Template(
            "day-in-the-life",
            "Day in the life",
            "The persona's day from waking up to going to bed.",
            (
                StageSpec("Early morning", description="6:00 to 8:00"),
                StageSpec("Commute", description="8:00 to 9:00"),
                StageSpec("Morning", description="9:00 to 12:00"),
                StageSpec("Lunch", description="12:00 to 13:00"),
                StageSpec("Afternoon", description="13:00 to 17:00"),
                StageSpec("Evening", description="17:00 to 21:00"),
                StageSpec("Night", description="21:00 to bedtime"),
            ),
            (*DEFAULT_LANES[:2], LaneSpec("Touchpoints"), *DEFAULT_LANES[2:]),
        ),
        Template(
            "support",
            "Support experience",
            "From the moment a ticket is opened until the issue is resolved.",
            (
                StageSpec("Ticket opened", "Explain the problem once"),
                StageSpec("Acknowledged", "Know that someone is on it"),
                StageSpec("Diagnosis", "Understand what went wrong"),
                StageSpec("Solution offered", "Get a fix that works"),
                StageSpec("Issue resolved", "Be sure it will not happen again"),
            ),
            (
                *DEFAULT_LANES[:3],
                LaneSpec("Frontstage"),
                LaneSpec("Backstage"),
                *DEFAULT_LANES[3:],
            ),
        ),
        Template(
            "blueprint",
            "Service blueprint",
            "What the customer does, what staff do in front of and behind the line of visibility.",
            (
                StageSpec("Before"),
                StageSpec("Arrival"),
                StageSpec("During"),
                StageSpec("Leaving"),
                StageSpec("After"),
            ),
            (
                LaneSpec("Customer actions"),
                LaneSpec("Frontstage"),
                LaneSpec("Line of visibility", LaneKind.DIVIDER),
                LaneSpec("Backstage"),
                LaneSpec("Support processes"),
            ),
        ),
    )
}


def template(key: str) -> Template:
    """Return the template called ``key`` (KeyError naming the choices if there is none)."""
    try:
        return TEMPLATES[key]
    except KeyError:
        choices = ", ".join(TEMPLATES)
        raise KeyError(f"there is no template '{key}'; the templates are {choices}") from None
