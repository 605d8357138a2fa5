"""Words both painters print that come from the map's structure, not from the facilitator."""

from __future__ import annotations

from journeydesk.model.project import LaneKind

#: What a lane holds, printed under its title (and offered in the lane's form).
KIND_LABELS = {
    LaneKind.CARDS: "Cards",
    LaneKind.EMOTION: "Emotion curve",
    LaneKind.DIVIDER: "Divider",
}
