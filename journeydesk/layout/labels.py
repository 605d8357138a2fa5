"""Words both painters print that come from the map's structure, not from the facilitator."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from journeydesk.i18n import QT_TRANSLATE_NOOP, Translatable
from journeydesk.model.project import LaneKind


class LaneKindText(Translatable):
    """What a lane holds, as printed under its title and offered in the lane's form."""


class _Translated(Mapping[LaneKind, str]):
    """Labels marked for translation, read in the user's language each time they are looked up."""

    def __init__(self, sources: dict[LaneKind, str]) -> None:
        self._sources = sources

    def __getitem__(self, kind: LaneKind) -> str:
        return LaneKindText.tr(self._sources[kind])

    def __iter__(self) -> Iterator[LaneKind]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


#: What a lane holds, printed under its title (and offered in the lane's form); a look-up
#: gives the label in the user's language.
KIND_LABELS: Mapping[LaneKind, str] = _Translated(
    {
        LaneKind.CARDS: QT_TRANSLATE_NOOP("LaneKindText", "Cards"),
        LaneKind.EMOTION: QT_TRANSLATE_NOOP("LaneKindText", "Emotion curve"),
        LaneKind.DIVIDER: QT_TRANSLATE_NOOP("LaneKindText", "Divider"),
    }
)


def kind_label(kind: LaneKind) -> str:
    """What a lane of ``kind`` holds, in the user's language ("Cards", "Emotion curve")."""
    return KIND_LABELS[kind]
