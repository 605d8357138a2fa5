"""Bidirectional text (UAX #9): a paragraph's direction and the level of each character.

Levels are resolved once per paragraph, in the paragraph's own base direction, and lines
are reordered from them after breaking (rule L2), so no line guesses a direction of its own.
python-bidi's Rust implementation resolves the levels; it reports them only in its debug
output, which is read here (the test suite pins the format of the installed version).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from bidi.bidi import get_display_inner

#: Characters that can give a paragraph a level other than 0: right-to-left scripts,
#: Arabic digits and the explicit embeddings, overrides and isolates.
_BIDI = re.compile(
    "[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufeff"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_LEVELS = re.compile(r"\blevels: \[(.*?)\]", re.DOTALL)
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def paragraph_direction(text: str) -> str:
    """A paragraph's base direction by its first strong character (UAX #9 P2-P3): "L" or "R"."""
    if _BIDI.search(text) is None:
        return "L"
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "L"


def embedding_levels(text: str, base: str) -> tuple[int, ...] | None:
    """The resolved level of each character of one paragraph, in base direction ``base``.

    None when every character is at level 0 (left-to-right text, the common case).
    """
    if base == "L" and _BIDI.search(text) is None:
        return None
    report = get_display_inner(text, base, True)
    found = _LEVELS.search(report)
    byte_levels = [int(level) for level in _LEVEL.findall(found.group(1))] if found else []
    if len(byte_levels) != len(text.encode()):
        raise RuntimeError("python-bidi reported levels in a form JourneyDesk does not know")
    levels = []
    offset = 0
    for char in text:
        levels.append(byte_levels[offset])
        offset += len(char.encode())
    return tuple(levels)


def visual_order(levels: Sequence[int]) -> list[int]:
    """The indices of items at ``levels``, left to right on a line (UAX #9 rule L2)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min(level for level in levels if level % 2) if any(x % 2 for x in levels) else 0
    if lowest_odd == 0:
        return order
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order
