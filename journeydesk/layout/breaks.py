"""Where lines may break (UAX #14) and where characters end (grapheme clusters), from ICU.

ICU's line breaker follows UAX #14 and breaks Thai, Lao, Khmer and Burmese at words from its
dictionaries. The root locale keeps Japanese and Chinese line-start rules: no line starts
with 、, 。, ー, a small kana or a closing bracket. A break never splits a grapheme cluster
(a letter and its marks, an emoji sequence joined by ZWJ, a flag). Korean keeps its words
whole, as Korean is set (CSS "keep-all"): lines break at its spaces, not between syllables.
Two breaks UAX #14 allows after a space are refused: before a character Japanese never
starts a line with (ー, a small kana), and before a mark or joiner that a space carries.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from icu4py.breakers import CharacterBreaker, LineBreaker

from journeydesk.layout.fonts import joins_previous

_LOCALE = "und"  # the root locale: Unicode's rules, no language's tailoring
#: Characters no line starts with in Japanese and Chinese, even after a space.
_NO_START = frozenset(
    "、。，．・：；？！ー」』）】〕〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ］｝〙〗〟｠々ゝゞヽヾ"  # noqa: RUF001
)
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")


@lru_cache(maxsize=4096)
def line_breaks(text: str) -> tuple[int, ...]:
    """Where lines may break in ``text``: offsets after each piece, ending with ``len(text)``.

    A piece ends after the spaces that follow it, so a line ending there drops them.
    """
    ends = _ends(LineBreaker(text, _LOCALE))
    if not text or max(text) < "\u0300":
        return ends  # no CJK, Hangul, mark or joiner: ICU's breaks stand
    size = len(text)
    hangul = _HANGUL.match if _HANGUL.search(text) else None
    return tuple(
        end
        for end in ends
        if end == size
        or not (
            text[end] in _NO_START
            or joins_previous(text[end])
            or text[end - 1] == "\u200d"
            or (hangul and hangul(text, end - 1) and hangul(text, end))
        )
    )


def grapheme_ends(text: str) -> tuple[int, ...]:
    """The offset after each user-perceived character of ``text``."""
    return _ends(CharacterBreaker(text, _LOCALE))


def _ends(pieces: LineBreaker | CharacterBreaker) -> tuple[int, ...]:
    # ICU reports offsets in UTF-16 units; counting the pieces gives Python's offsets.
    return tuple(accumulate(map(len, pieces)))
