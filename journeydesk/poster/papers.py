"""Paper sizes in points: office sheets, plotter sheets and rolls."""

from __future__ import annotations

import re
from dataclasses import dataclass

MM = 72 / 25.4
INCH = 72.0
#: The largest page side a PDF viewer or printer accepts (200 inches).
MAX_PAGE_SIDE = 14_400.0


@dataclass(frozen=True)
class Paper:
    """A sheet (width x height, portrait) or a roll (fixed width, length to fit: height None)."""

    key: str
    title: str
    width: float
    height: float | None

    @property
    def is_roll(self) -> bool:
        """Whether the paper is a roll cut to the poster's length."""
        return self.height is None


def _iso(key: str, w_mm: float, h_mm: float) -> Paper:
    return Paper(key, f"{key.upper()} ({w_mm:g} x {h_mm:g} mm)", w_mm * MM, h_mm * MM)


def _inch(key: str, title: str, w_in: float, h_in: float | None) -> Paper:
    if h_in is None:
        return Paper(key, f"{title} ({w_in:g} in roll)", w_in * INCH, None)
    return Paper(key, f"{title} ({w_in:g} x {h_in:g} in)", w_in * INCH, h_in * INCH)


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
        _inch("roll-24", "24-inch", 24, None),
        _inch("roll-36", "36-inch", 36, None),
        _inch("roll-44", "44-inch", 44, None),
    )
}

_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(mm|cm|m|in|pt|\")?\s*$", re.IGNORECASE)
_UNITS = {"mm": MM, "cm": 10 * MM, "m": 1000 * MM, "in": INCH, '"': INCH, "pt": 1.0}


def parse_length(text: str, default_unit: str = "mm") -> float:
    """Read a length such as "10mm", "2m", "36in" or "12" (in ``default_unit``) as points."""
    match = _LENGTH.match(text)
    if not match:
        raise ValueError(f"'{text}' is not a length such as 10mm, 2m or 36in")
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
        width = parse_length(custom[1] + unit)
        height = parse_length(custom[2] + unit)
        if width > 0 and height > 0:
            return Paper("custom", f"Custom ({custom[1]} x {custom[2]} {unit})", width, height)
    choices = ", ".join(PAPERS)
    raise KeyError(f"there is no paper '{key}'; use one of {choices}, or a size like 500x700mm.")
