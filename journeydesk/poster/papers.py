"""Paper sizes in points: office sheets, plotter sheets and rolls."""

from __future__ import annotations

import re
from dataclasses import dataclass

from journeydesk.i18n import Translatable, arg, number

MM = 72 / 25.4
INCH = 72.0
#: The largest page side a PDF viewer or printer accepts (200 inches).
MAX_PAGE_SIDE = 14_400.0
#: Points per unit a paper's size is given in.
_SIZE_UNITS = {"mm": MM, "cm": 10 * MM, "in": INCH}


class PaperText(Translatable):
    """The names of papers and the messages about papers and lengths."""


@dataclass(frozen=True)
class Paper:
    """A sheet (width x height, portrait) or a roll (fixed width, length to fit: height None)."""

    key: str
    #: The paper's own name ("A4", "US Letter"); empty for a custom size or a roll.
    name: str
    width: float
    height: float | None
    #: The unit its size is given in: "mm", "cm" or "in".
    unit: str = "mm"

    @property
    def is_roll(self) -> bool:
        """Whether the paper is a roll cut to the poster's length."""
        return self.height is None

    @property
    def label(self) -> str:
        """The short name, in the user's language: "A4", "Custom" or "44-inch"."""
        if self.name:
            return self.name
        if self.is_roll:
            return arg(PaperText.tr("%1-inch"), _measure(self.width / INCH))
        return PaperText.tr("Custom")

    @property
    def title(self) -> str:
        """The name and size, e.g. "A4 (210 x 297 mm)" or "44-inch (44 in roll)"."""
        per_unit = _SIZE_UNITS.get(self.unit, MM)
        if self.height is None:
            return arg(PaperText.tr("%1 (%2 in roll)"), self.label, _measure(self.width / INCH))
        width, height = _measure(self.width / per_unit), _measure(self.height / per_unit)
        return arg(PaperText.tr("%1 (%2 x %3 %4)"), self.label, width, height, self.unit)


def _measure(value: float) -> str:
    """A size the way the user's locale writes it, with at most two decimals: "8,5", "11"."""
    rounded = round(value, 2)
    decimals = next(d for d in (0, 1, 2) if abs(rounded - round(rounded, d)) < 1e-9)
    return number(rounded, decimals)


def _iso(key: str, w_mm: float, h_mm: float) -> Paper:
    return Paper(key, key.upper(), w_mm * MM, h_mm * MM)


def _inch(key: str, name: str, w_in: float, h_in: float | None) -> Paper:
    return Paper(key, name, w_in * INCH, None if h_in is None else h_in * INCH, "in")


PAPERS: dict[str, Paper] = {
    p.key: p
    for p in (
        _iso("a0", 841, 1189),
        _iso("a1", 594, 841),
        _iso("a2", 420, 594),
        _iso("a3", 297, 420),
        _iso("a4", 210, 297),
        _inch("letter", "US Letter", 8.5, 11),
        _inch("legal", "US Legal", 8.5, 14),
        _inch("tabloid", "Tabloid", 11, 17),
        _inch("arch-a", "ARCH A", 9, 12),
        _inch("arch-b", "ARCH B", 12, 18),
        _inch("arch-c", "ARCH C", 18, 24),
        _inch("arch-d", "ARCH D", 24, 36),
        _inch("arch-e", "ARCH E", 36, 48),
        _inch("roll-24", "", 24, None),
        _inch("roll-36", "", 36, None),
        _inch("roll-44", "", 44, None),
    )
}

_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(mm|cm|m|in|pt|\")?\s*$", re.IGNORECASE)
_UNITS = {"mm": MM, "cm": 10 * MM, "m": 1000 * MM, "in": INCH, '"': INCH, "pt": 1.0}


def parse_length(text: str, default_unit: str = "mm") -> float:
    """Read a length such as "10mm", "2m", "36in" or "12" (in ``default_unit``) as points."""
    match = _LENGTH.match(text)
    if not match:
        raise ValueError(arg(PaperText.tr("'%1' is not a length such as 10mm, 2m or 36in"), text))
    unit = (match[2] or default_unit).lower()
    return float(match[1]) * _UNITS[unit]


def paper(key: str) -> Paper:
    """The paper called ``key``, or a custom size such as "500x700mm" or "20x30in"."""
    found = PAPERS.get(key.lower())
    if found is not None:
        return found
    custom = re.match(r"^\s*([\d.]+)\s*x\s*([\d.]+)\s*(mm|cm|in)?\s*$", key, re.IGNORECASE)
    if custom:
        unit = (custom[3] or "mm").lower()
        try:
            width = parse_length(custom[1] + unit)
            height = parse_length(custom[2] + unit)
        except ValueError:
            width = height = 0.0  # "1.2.3": no size at all
        if width > 0 and height > 0:
            return Paper("custom", "", width, height, unit)
    choices = ", ".join(PAPERS)
    raise KeyError(
        arg(
            PaperText.tr("There is no paper '%1'; use one of %2, or a size like 500x700mm."),
            key,
            choices,
        )
    )
