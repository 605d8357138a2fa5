"""Build the bundled example map: Eva Moline's Friday dinner at the pizza restaurant Forno Verde.

Regenerate it after changing this script (the output is byte-identical for the same script):

    .venv/bin/python tools/build_example.py

It writes resources/examples/eva-pizza.journey.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from journeydesk.model.project import Card, Journey, Lane, LaneKind, Persona, Project, Stage
from journeydesk.model.storage import save_project
from journeydesk.model.templates import LANE_COLOURS

OUTPUT = Path(__file__).resolve().parents[1] / "resources" / "examples" / "eva-pizza.journey"
MOMENT = datetime(2026, 5, 15, 18, 30, tzinfo=UTC)

STAGES = (
    ("aware", "Aware", "Find a place for a relaxed Friday dinner", "A friend mentions Forno Verde"),
    (
        "research",
        "Research",
        "Decide if this place suits a healthy dinner",
        "Looks it up on her phone",
    ),
    ("arrival", "Arrival", "Find the door and a table without fuss", "Walks from the tram stop"),
    ("order", "Order", "Choose a pizza she can trust", "Reads the menu, asks the waiter"),
    ("eat", "Eat", "Enjoy good food and the conversation", "Dinner with Jonas"),
    ("leave", "Leave", "Pay and go home without waiting", "Asks for the bill"),
    ("feedback", "Feedback", "Share a fair opinion", "The next morning"),
    ("promo", "Promo", "Come back for a good reason", "Two weeks later"),
)

LANES = (
    ("actions", "Actions", LaneKind.CARDS),
    ("touchpoints", "Touchpoints", LaneKind.CARDS),
    ("thinking", "Thinking", LaneKind.CARDS),
    ("feelings", "Feelings", LaneKind.EMOTION),
    ("pain", "Pain points", LaneKind.CARDS),
    ("opportunities", "Opportunities", LaneKind.CARDS),
)

EMOTIONS = {
    "aware": 1,
    "research": -1,
    "arrival": -2,
    "order": -1,
    "eat": 2,
    "leave": 0,
    "feedback": 1,
    "promo": 1,
}

# (lane, stage): cards as (text, tags, votes, owner, notes)
Sticky = tuple[str, tuple[str, ...], int, str, str]
CARDS: dict[tuple[str, str], tuple[Sticky, ...]] = {
    ("actions", "aware"): (
        ("Hears about Forno Verde from her colleague Jonas", (), 0, "", ""),
        ("Sees a friend's photo of a pizza on Instagram", ("digital",), 0, "", ""),
    ),
    ("actions", "research"): (
        ('Searches "pizza near me healthy" on her phone', ("digital",), 0, "", ""),
        ("Reads the three reviews she can find", (), 0, "", ""),
        ("Looks for the menu online and finds only a photo of it", ("digital",), 0, "", ""),
    ),
    ("actions", "arrival"): (
        ("Walks past the entrance twice", (), 0, "", ""),
        ("Asks the barber next door where the door is", (), 0, "", ""),
    ),
    ("actions", "order"): (
        ("Scans the QR code menu, gives up, asks for paper", (), 0, "", ""),
        ("Asks which pizzas have no cheese", (), 0, "", ""),
    ),
    ("actions", "eat"): (
        ("Shares a verdura pizza and a big salad", (), 0, "", ""),
        ("Looks for the restroom and asks a waiter", (), 0, "", ""),
    ),
    ("actions", "leave"): (
        ("Waits for the bill, then goes to the counter", (), 0, "", ""),
        ("Pays by card at the till", (), 0, "", ""),
    ),
    ("actions", "feedback"): (
        ("Tells Jonas it was worth it", (), 0, "", ""),
        ("Starts a Google review, stops at the sign-in", ("digital",), 0, "", ""),
    ),
    ("actions", "promo"): (
        ('Gets a newsletter with a "2 for 1 Tuesday" offer', ("digital",), 0, "", ""),
    ),
    ("touchpoints", "aware"): (
        ("Word of mouth", (), 0, "", ""),
        ("Instagram", ("digital",), 0, "", ""),
    ),
    ("touchpoints", "research"): (
        ("Google Maps listing", ("digital",), 0, "", ""),
        ("Restaurant website (photo of the menu)", ("digital",), 0, "", ""),
    ),
    ("touchpoints", "arrival"): (
        ("Street front and side door", (), 0, "", ""),
        ("Host at the entrance", ("staff",), 0, "", ""),
    ),
    ("touchpoints", "order"): (
        ("QR code menu on the table", ("digital",), 0, "", ""),
        ("Waiter", ("staff",), 0, "", ""),
    ),
    ("touchpoints", "eat"): (
        ("Food and drinks", (), 0, "", ""),
        ("Room, music and light", (), 0, "", ""),
    ),
    ("touchpoints", "leave"): (("Counter and card terminal", (), 0, "", ""),),
    ("touchpoints", "feedback"): (("Google review form", ("digital",), 0, "", ""),),
    ("touchpoints", "promo"): (("Newsletter e-mail", ("digital",), 0, "", ""),),
    ("thinking", "aware"): (('"Pizza on a weeknight... is that healthy enough?"', (), 0, "", ""),),
    ("thinking", "research"): (
        ('"Only three reviews. Is it new or just quiet?"', (), 0, "", ""),
        ('"Do they have anything light, or is it all cheese?"', (), 0, "", ""),
    ),
    ("thinking", "arrival"): (('"Am I even at the right address?"', (), 0, "", ""),),
    ("thinking", "order"): (
        ('"What exactly is in the pesto? I can\'t ask about every dish."', (), 0, "", ""),
    ),
    ("thinking", "eat"): (
        ('"This dough is really light, I\'d come back for this"', (), 0, "", ""),
    ),
    ("thinking", "leave"): (('"Why can\'t I pay at the table?"', (), 0, "", ""),),
    ("thinking", "feedback"): (
        ('"I want to help them, but not with another account"', (), 0, "", ""),
    ),
    ("thinking", "promo"): (('"Tuesday would work for the book club"', (), 0, "", ""),),
    ("feelings", "aware"): (("Curious", (), 0, "", ""),),
    ("feelings", "research"): (("Unsure", (), 0, "", ""),),
    ("feelings", "arrival"): (("Annoyed, a bit embarrassed", (), 0, "", ""),),
    ("feelings", "order"): (("Hesitant", (), 0, "", ""),),
    ("feelings", "eat"): (("Delighted", (), 0, "", ""),),
    ("feelings", "leave"): (("Impatient", (), 0, "", ""),),
    ("feelings", "feedback"): (("Generous, then put off", (), 0, "", ""),),
    ("feelings", "promo"): (("Tempted", (), 0, "", ""),),
    ("pain", "aware"): (("Nothing to see online beyond a friend's photo", (), 2, "", ""),),
    ("pain", "research"): (
        (
            "Very few reviews to go on",
            ("digital",),
            5,
            "",
            'Interview 2, 12 May: "I almost didn\'t go"',
        ),
        ("Menu online is a blurry photo, no prices", ("digital",), 3, "", ""),
    ),
    ("pain", "arrival"): (
        (
            "Entrance is hard to find: the door is round the side",
            (),
            6,
            "",
            "3 of 5 guests interviewed",
        ),
        ("Nobody greets her for five minutes", ("staff",), 2, "", ""),
    ),
    ("pain", "order"): (
        (
            "Ingredients and allergy information are unclear",
            ("policy",),
            6,
            "",
            "Interview 3, 12 May",
        ),
        ("QR code menu is hard to read for someone not tech-savvy", ("digital",), 4, "", ""),
    ),
    ("pain", "eat"): (("No signs to the restroom", (), 4, "", "Observed twice during the visit"),),
    ("pain", "leave"): (
        ("Long wait for the bill, then a queue at the till", ("staff",), 3, "", ""),
    ),
    ("pain", "feedback"): (
        ("Review form asks her to sign in with an account", ("digital",), 2, "", ""),
    ),
    ("pain", "promo"): (("Offer is for cheese-heavy pizzas only", (), 1, "", ""),),
    ("opportunities", "aware"): (
        (
            "Postcard with a menu for regulars to hand on",
            ("quick win",),
            1,
            "Sofia (marketing)",
            "",
        ),
    ),
    ("opportunities", "research"): (
        (
            "Ask happy guests for a review with a card on the bill",
            ("quick win",),
            5,
            "Sofia (marketing)",
            "",
        ),
        (
            "Publish the menu as text with prices and allergens",
            ("digital", "quick win"),
            4,
            "Marco (ops)",
            "",
        ),
    ),
    ("opportunities", "arrival"): (
        (
            "Lit sign at the street corner and an arrow to the door",
            ("quick win",),
            6,
            "Marco (ops)",
            "",
        ),
        ("Photo of the entrance on the map listing", ("digital",), 3, "Sofia (marketing)", ""),
    ),
    ("opportunities", "order"): (
        (
            "Allergen icons on a printed menu",
            ("policy",),
            6,
            "Chef Luca",
            "Legal duty too: check the 14 allergens",
        ),
        ("Paper menu on every table, QR as an extra", ("quick win",), 3, "Marco (ops)", ""),
        ('"Light" section: vegetable pizzas, half cheese', (), 2, "Chef Luca", ""),
    ),
    ("opportunities", "eat"): (
        ("Clear signs to the restroom", ("quick win",), 4, "Marco (ops)", ""),
    ),
    ("opportunities", "leave"): (
        ("Pay at the table with a mobile terminal", ("staff",), 4, "Marco (ops)", ""),
    ),
    ("opportunities", "feedback"): (
        (
            "Review link that needs no sign-in, by QR on the receipt",
            ("digital",),
            2,
            "Sofia (marketing)",
            "",
        ),
    ),
    ("opportunities", "promo"): (
        ("Offer built around the light menu, for groups", (), 2, "Sofia (marketing)", ""),
    ),
}


def build() -> Project:
    """Return the example project."""
    eva = Persona(
        id="persona-eva",
        name="Eva Moline",
        role="Journalist",
        age=29,
        quote="I love a good pizza, as long as I know what's in it.",
        goals=[
            "A relaxed evening out with friends after a busy week",
            "Eat well without giving up the food she loves",
            "Spend her evening talking, not queuing",
        ],
        needs=[
            "Clear ingredient and allergy information",
            "Simple, paper-first ways to order and pay",
            "Trustworthy opinions from other guests",
        ],
        frustrations=[
            "Apps and QR codes that assume she is tech-savvy",
            "Menus that hide what is in the food",
            "Waiting for the bill at the end of a nice evening",
        ],
        colour="#7e57c2",
    )
    stages = [
        Stage(id=f"stage-{key}", title=title, goal=goal, description=description)
        for key, title, goal, description in STAGES
    ]
    lanes = [
        Lane(id=f"lane-{key}", title=title, kind=kind, colour=LANE_COLOURS[title])
        for key, title, kind in LANES
    ]
    cards = []
    for (lane_key, stage_key), stickies in CARDS.items():
        for order, (text, tags, votes, owner, notes) in enumerate(stickies):
            cards.append(
                Card(
                    id=f"card-{lane_key}-{stage_key}-{order + 1}",
                    lane_id=f"lane-{lane_key}",
                    stage_id=f"stage-{stage_key}",
                    order=order,
                    text=text,
                    tags=list(tags),
                    votes=votes,
                    owner=owner,
                    notes=notes,
                )
            )
    journey = Journey(
        id="journey-forno-verde",
        title="Dinner at Forno Verde",
        scenario=(
            "Eva wants a healthy, relaxed dinner out with a friend on a Friday evening and "
            "tries Forno Verde, a pizza restaurant she has never been to."
        ),
        persona_ids=[eva.id],
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotions={f"stage-{key}": score for key, score in EMOTIONS.items()},
        notes="Mapped with the Forno Verde team on 15 May 2026, from five guest interviews.",
    )
    return Project(
        title="Eva's pizza night",
        description="A first-visit journey at a neighbourhood pizza restaurant, for training.",
        created=MOMENT,
        modified=MOMENT,
        personas=[eva],
        journeys=[journey],
    )


def main(argv: list[str]) -> None:
    """Write the example to ``argv[0]`` or to resources/examples/eva-pizza.journey."""
    target = Path(argv[0]) if argv else OUTPUT
    save_project(build(), target)
    print(f"Wrote {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
