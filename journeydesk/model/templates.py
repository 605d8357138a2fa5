"""The templates a facilitator picks from when starting a map: stages and lanes, no cards.

Their names, descriptions and the titles of their stages and lanes are marked for translation
(context ``TemplateText``) and read in the user's language: a map made from a template gets
its stages and lanes named in that language, and keeps those names (a file is never
translated when it is opened).
"""

from __future__ import annotations

from dataclasses import dataclass

from journeydesk.i18n import QT_TRANSLATE_NOOP, Translatable, arg, translate
from journeydesk.model.project import Journey, Lane, LaneKind, Project, Stage


class TemplateText(Translatable):
    """The templates' names and descriptions, and the stages and lanes they give a map."""


#: The colour of a lane of each familiar name: pale sticky-note colours that stay readable
#: under black text on a projector and in print. The names are English and marked for
#: translation: ``familiar_lane`` knows them in the user's language too.
LANE_COLOURS: dict[str, str] = {
    QT_TRANSLATE_NOOP("TemplateText", "Actions"): "#ffe58f",
    QT_TRANSLATE_NOOP("TemplateText", "Customer actions"): "#ffe58f",
    QT_TRANSLATE_NOOP("TemplateText", "Thinking"): "#bfdcff",
    QT_TRANSLATE_NOOP("TemplateText", "Feelings"): "#ffe8cc",
    QT_TRANSLATE_NOOP("TemplateText", "Pain points"): "#ffc2d1",
    QT_TRANSLATE_NOOP("TemplateText", "Opportunities"): "#c3ecc8",
    QT_TRANSLATE_NOOP("TemplateText", "Touchpoints"): "#e0d4ff",
    QT_TRANSLATE_NOOP("TemplateText", "Channels"): "#c8eef5",
    QT_TRANSLATE_NOOP("TemplateText", "Frontstage"): "#ffd8b0",
    QT_TRANSLATE_NOOP("TemplateText", "Backstage"): "#dcdfe4",
    QT_TRANSLATE_NOOP("TemplateText", "Support processes"): "#e9e1d4",
    QT_TRANSLATE_NOOP("TemplateText", "Line of visibility"): "#8a94a6",
    QT_TRANSLATE_NOOP("TemplateText", "KPIs"): "#f3f0b5",
}
DEFAULT_LANE_COLOUR = "#fff3b0"


def lane_title(source: str) -> str:
    """A familiar lane's title (an English name marked in ``TemplateText``) in the user's
    language, for a lane JourneyDesk makes (a template's, an import's)."""
    return translate(TemplateText.context, source)


def familiar_lane(title: str) -> str | None:
    """The English name of the familiar lane called ``title`` in English or in the user's
    language (case and spacing ignored), or None when the name is not a familiar one."""
    wanted = " ".join(title.split()).casefold()
    for name in LANE_COLOURS:
        if wanted in (name.casefold(), " ".join(lane_title(name).split()).casefold()):
            return name
    return None


def lane_colour(title: str) -> str:
    """The colour of a lane called ``title``: its familiar colour, or the default yellow."""
    return LANE_COLOURS.get(familiar_lane(title) or "", DEFAULT_LANE_COLOUR)


@dataclass(frozen=True)
class LaneSpec:
    """A lane of a template; ``source`` is its English title, marked for translation."""

    source: str
    kind: LaneKind = LaneKind.CARDS

    @property
    def title(self) -> str:
        """The lane's title in the user's language."""
        return lane_title(self.source)

    @property
    def colour(self) -> str:
        """The lane's colour: its familiar colour, or the default sticky yellow."""
        return LANE_COLOURS.get(self.source, DEFAULT_LANE_COLOUR)


@dataclass(frozen=True)
class StageSpec:
    """A stage of a template, with the customer's goal in it (English, marked)."""

    source: str
    goal_source: str = ""
    description_source: str = ""
    #: Fills ``%1`` of the title ("Stage %1"), when not 0.
    number: int = 0

    @property
    def title(self) -> str:
        """The stage's title in the user's language."""
        title = translate(TemplateText.context, self.source)
        return arg(title, self.number) if self.number else title

    @property
    def goal(self) -> str:
        """The customer's goal in this stage, in the user's language."""
        return _translated(self.goal_source)

    @property
    def description(self) -> str:
        """The stage's description, in the user's language."""
        return _translated(self.description_source)


def _translated(source: str) -> str:
    return translate(TemplateText.context, source) if source else ""


@dataclass(frozen=True)
class Template:
    """A named starting point: the stages and lanes of a new map."""

    key: str
    title_source: str
    summary_source: str
    stages: tuple[StageSpec, ...]
    lanes: tuple[LaneSpec, ...]

    @property
    def title(self) -> str:
        """The template's name in the user's language (a new map's title by default)."""
        return translate(TemplateText.context, self.title_source)

    @property
    def summary(self) -> str:
        """What the template is for, in a sentence in the user's language."""
        return translate(TemplateText.context, self.summary_source)

    def create_project(self, title: str = "") -> Project:
        """Return a new project holding one journey laid out by this template.

        Its stages and lanes are named in the user's language.
        """
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


def _stage(title: str, goal: str = "", description: str = "") -> StageSpec:
    return StageSpec(title, goal, description)


DEFAULT_LANES = (
    LaneSpec(QT_TRANSLATE_NOOP("TemplateText", "Actions")),
    LaneSpec(QT_TRANSLATE_NOOP("TemplateText", "Thinking")),
    LaneSpec(QT_TRANSLATE_NOOP("TemplateText", "Feelings"), LaneKind.EMOTION),
    LaneSpec(QT_TRANSLATE_NOOP("TemplateText", "Pain points")),
    LaneSpec(QT_TRANSLATE_NOOP("TemplateText", "Opportunities")),
)

TEMPLATES: dict[str, Template] = {
    t.key: t
    for t in (
        Template(
            "blank",
            QT_TRANSLATE_NOOP("TemplateText", "Blank journey map"),
            QT_TRANSLATE_NOOP(
                "TemplateText", "Four empty stages and the usual lanes, ready to rename."
            ),
            tuple(
                StageSpec(QT_TRANSLATE_NOOP("TemplateText", "Stage %1"), number=n)
                for n in range(1, 5)
            ),
            DEFAULT_LANES,
        ),
        Template(
            "classic",
            QT_TRANSLATE_NOOP("TemplateText", "Classic five stages"),
            QT_TRANSLATE_NOOP(
                "TemplateText", "Awareness, consideration, purchase, retention and advocacy."
            ),
            (
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Awareness"),
                    QT_TRANSLATE_NOOP("TemplateText", "Find out that a solution exists"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Consideration"),
                    QT_TRANSLATE_NOOP("TemplateText", "Compare the options and pick one"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Purchase"),
                    QT_TRANSLATE_NOOP("TemplateText", "Buy without friction"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Retention"),
                    QT_TRANSLATE_NOOP("TemplateText", "Get value and keep using it"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Advocacy"),
                    QT_TRANSLATE_NOOP("TemplateText", "Share the experience with others"),
                ),
            ),
            DEFAULT_LANES,
        ),
        Template(
            "5a",
            QT_TRANSLATE_NOOP("TemplateText", "Kotler's 5A"),
            QT_TRANSLATE_NOOP(
                "TemplateText",
                "Aware, Appeal, Ask, Act, Advocate: the customer path of Marketing 4.0.",
            ),
            (
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Aware"),
                    QT_TRANSLATE_NOOP("TemplateText", "I know about it"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Appeal"),
                    QT_TRANSLATE_NOOP("TemplateText", "I like it"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Ask"),
                    QT_TRANSLATE_NOOP("TemplateText", "I am convinced"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Act"),
                    QT_TRANSLATE_NOOP("TemplateText", "I am buying it"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Advocate"),
                    QT_TRANSLATE_NOOP("TemplateText", "I recommend it"),
                ),
            ),
            DEFAULT_LANES,
        ),
        Template(
            "day-in-the-life",
            QT_TRANSLATE_NOOP("TemplateText", "Day in the life"),
            QT_TRANSLATE_NOOP("TemplateText", "The persona's day from waking up to going to bed."),
            (
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Early morning"),
                    description=QT_TRANSLATE_NOOP("TemplateText", "6:00 to 8:00"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Commute"),
                    description=QT_TRANSLATE_NOOP("TemplateText", "8:00 to 9:00"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Morning"),
                    description=QT_TRANSLATE_NOOP("TemplateText", "9:00 to 12:00"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Lunch"),
                    description=QT_TRANSLATE_NOOP("TemplateText", "12:00 to 13:00"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Afternoon"),
                    description=QT_TRANSLATE_NOOP("TemplateText", "13:00 to 17:00"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Evening"),
                    description=QT_TRANSLATE_NOOP("TemplateText", "17:00 to 21:00"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Night"),
                    description=QT_TRANSLATE_NOOP("TemplateText", "21:00 to bedtime"),
                ),
            ),
            (
                *DEFAULT_LANES[:2],
                LaneSpec(QT_TRANSLATE_NOOP("TemplateText", "Touchpoints")),
                *DEFAULT_LANES[2:],
            ),
        ),
        Template(
            "support",
            QT_TRANSLATE_NOOP("TemplateText", "Support experience"),
            QT_TRANSLATE_NOOP(
                "TemplateText", "From the moment a ticket is opened until the issue is resolved."
            ),
            (
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Ticket opened"),
                    QT_TRANSLATE_NOOP("TemplateText", "Explain the problem once"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Acknowledged"),
                    QT_TRANSLATE_NOOP("TemplateText", "Know that someone is on it"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Diagnosis"),
                    QT_TRANSLATE_NOOP("TemplateText", "Understand what went wrong"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Solution offered"),
                    QT_TRANSLATE_NOOP("TemplateText", "Get a fix that works"),
                ),
                _stage(
                    QT_TRANSLATE_NOOP("TemplateText", "Issue resolved"),
                    QT_TRANSLATE_NOOP("TemplateText", "Be sure it will not happen again"),
                ),
            ),
            (
                *DEFAULT_LANES[:3],
                LaneSpec(QT_TRANSLATE_NOOP("TemplateText", "Frontstage")),
                LaneSpec(QT_TRANSLATE_NOOP("TemplateText", "Backstage")),
                *DEFAULT_LANES[3:],
            ),
        ),
        Template(
            "blueprint",
            QT_TRANSLATE_NOOP("TemplateText", "Service blueprint"),
            QT_TRANSLATE_NOOP(
                "TemplateText",
                "What the customer does, what staff do in front of and behind the line of "
                "visibility.",
            ),
            (
                _stage(QT_TRANSLATE_NOOP("TemplateText", "Before")),
                _stage(QT_TRANSLATE_NOOP("TemplateText", "Arrival")),
                _stage(QT_TRANSLATE_NOOP("TemplateText", "During")),
                _stage(QT_TRANSLATE_NOOP("TemplateText", "Leaving")),
                _stage(QT_TRANSLATE_NOOP("TemplateText", "After")),
            ),
            (
                LaneSpec(QT_TRANSLATE_NOOP("TemplateText", "Customer actions")),
                LaneSpec(QT_TRANSLATE_NOOP("TemplateText", "Frontstage")),
                LaneSpec(QT_TRANSLATE_NOOP("TemplateText", "Line of visibility"), LaneKind.DIVIDER),
                LaneSpec(QT_TRANSLATE_NOOP("TemplateText", "Backstage")),
                LaneSpec(QT_TRANSLATE_NOOP("TemplateText", "Support processes")),
            ),
        ),
    )
}


def template(key: str) -> Template:
    """Return the template called ``key`` (KeyError naming the choices if there is none)."""
    try:
        return TEMPLATES[key]
    except KeyError:
        message = TemplateText.tr("there is no template '%1'; the templates are %2")
        raise KeyError(arg(message, key, ", ".join(TEMPLATES))) from None
