"""Line breaking (layout/breaks.py, layout/text.py) over generated texts in many scripts.

The properties: no wrapped line starts with a character Japanese and Chinese forbid at a line
start; no line end splits a grapheme cluster; every line ends at a break UAX #14 allows, or
is a forced break of a piece wider than the line; every line fits; nothing is lost. A forced
break is one where the text from the line's start to the next allowed break is wider than the
line.

Grapheme clusters are checked three ways: against ICU's (``grapheme_ends``), against Qt's
QTextBoundaryFinder, which has its own Unicode tables, and against a few of UAX #29's rules
written out here. Qt 6.11 finds boundaries that are not there (it breaks at every UTF-16 unit
of an emoji that follows Thai or Devanagari, even inside a surrogate pair); on these texts it
never misses one of ICU's (checked below), so its boundaries are a necessary condition only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from itertools import accumulate, pairwise

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTextBoundaryFinder

from journeydesk.layout.breaks import grapheme_ends, line_breaks
from journeydesk.layout.fonts import Weight
from journeydesk.layout.shaping import paragraph
from journeydesk.layout.text import TextLine, line_texts, text_width, wrap

SIZE = 10.0
#: How far a line may overrun its width, in points (rounding, not text).
TOLERANCE = 0.01

#: Characters Japanese and Chinese never start a line with (kinsoku shori). The fullwidth
#: punctuation is meant (ruff's RUF001 takes it for look-alikes of ASCII).
NO_START = (
    "、。，．・：；？！ー」』）】〕〉》"  # noqa: RUF001
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    "］｝〙〗〟｠"  # noqa: RUF001 (more fullwidth closing brackets)
    "々ゝゞヽヾ"  # iteration marks
)
KANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ"
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ"
)
KANJI = "日本語中文字国人大学生時間東京引用話見行来出年上下今何私会社電車駅店客様"
OPENING = "「『（【〔〈《"  # noqa: RUF001
LATIN = "abcdefghijklmnopqrstuvwxyzABCXYZ"

#: Whole grapheme clusters of many scripts, for texts whose clusters a line must never split.
CLUSTERS = (
    *"abcxyzAZ019",
    "a\u0308",  # a + combining diaeresis
    "e\u0301",
    "o\u0302\u0323",  # two marks
    "क",
    "क्ष",  # a conjunct: one cluster (Unicode 15.1)
    "हि",
    "न्दी",
    "ग",
    "ก",
    "ที่",  # Thai consonant, vowel and tone mark
    "กำ",  # sara am is a spacing mark
    "เป็น",
    "มี",
    "한",
    "국",
    "어",
    "글",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # family: man, woman, girl
    "\U0001f44d\U0001f3fd",  # thumbs up, medium skin tone
    "\U0001f1eb\U0001f1f7",  # flag of France
    "\U0001f1e9\U0001f1ea",  # flag of Germany
    "\U0001f3f3\ufe0f\u200d\U0001f308",  # rainbow flag
    "日",
    "本",
    "。",
    "ー",
    "-",
    ",",
    ".",
)
#: Characters that join the one before them: after a space, they make one cluster with it.
LONE = ("\u0308", "\u200d", "\U0001f3fd", "\u0e48")

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
SKIN_TONE = "\U0001f44d\U0001f3fd"
FLAGS = "\U0001f1eb\U0001f1f7\U0001f1e9\U0001f1ea"
A_UMLAUT = "a\u0308"

weights = st.sampled_from(Weight)
#: Widths of a card's text: a few characters to a long line.
widths = st.floats(min_value=20.0, max_value=200.0, allow_nan=False)
#: Down to a point, narrower than any character: every cluster is a forced break.
tiny_to_wide = st.floats(min_value=1.0, max_value=200.0, allow_nan=False)


def japanese(*, spaces: bool) -> st.SearchStrategy[str]:
    """Japanese and Chinese text, rich in characters that may not start a line."""
    others = KANA + KANJI + OPENING + LATIN + (" " if spaces else "")
    chars = st.one_of(st.sampled_from(NO_START), st.sampled_from(others))
    return st.text(chars, min_size=1, max_size=40)


def mixed(*, lone_marks: bool = False) -> st.SearchStrategy[str]:
    """Latin with marks, Devanagari, Thai, Hangul, emoji and flags, with spaces between."""
    pieces = [st.sampled_from(CLUSTERS), st.just(" ")]
    if lone_marks:
        pieces.append(st.sampled_from(LONE))
    return st.lists(st.one_of(pieces), min_size=1, max_size=30).map("".join)


def qt_boundaries(text: str) -> frozenset[int]:
    """The grapheme cluster boundaries of ``text`` (Python offsets), as Qt finds them.

    Qt may report a boundary inside a surrogate pair: it is no offset of ``text``, and left out.
    """
    utf16 = [0, *accumulate(2 if ord(char) > 0xFFFF else 1 for char in text)]
    offset = {unit: index for index, unit in enumerate(utf16)}
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    found = {0}
    while (position := finder.toNextBoundary()) != -1:
        if position in offset:
            found.add(offset[position])
    return frozenset(found)


def _pictographic(char: str) -> bool:
    """Roughly Extended_Pictographic: emoji, but not the regional indicators flags are made of."""
    code = ord(char)
    return (code >= 0x1F000 and not _regional(char)) or 0x2600 <= code <= 0x27BF


def _regional(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def inside_a_cluster(text: str, index: int) -> bool:
    """Whether ``index`` certainly falls inside a grapheme cluster, by a few UAX #29 rules."""
    if index <= 0 or index >= len(text):
        return False
    before, after = text[index - 1], text[index]
    code = ord(after)
    if unicodedata.category(after) in ("Mn", "Mc", "Me") or after in "\u200d\u0e33":
        return True  # GB9, GB9a: marks, the joiner and spacing marks stay with their base
    if 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
        return True  # variation selectors, skin tones and tags extend a cluster too
    if (
        before == "\u200d"
        and _pictographic(after)
        and index >= 2
        and _pictographic(text[index - 2])
    ):
        return True  # GB11: an emoji after a joiner that follows an emoji
    if before == "\u094d" and "\u0915" <= after <= "\u0939":
        return True  # GB9c: a Devanagari conjunct (consonant, virama, consonant)
    regional = 0
    while regional < index and _regional(text[index - 1 - regional]):
        regional += 1
    return _regional(after) and regional % 2 == 1  # GB12, GB13: flags are pairs


def place(text: str, lines: Sequence[TextLine]) -> list[tuple[int, int]]:
    """(start, end) of each line in ``text``; only whitespace may lie between lines."""
    spans = []
    position = 0
    for line in lines:
        start = position
        while not text.startswith(line.text, start):
            assert start < len(text) and text[start].isspace(), (text, line_texts(lines))
            start += 1
        spans.append((start, start + len(line.text)))
        position = start + len(line.text)
    assert text[position:].isspace() or position == len(text), (text, line_texts(lines))
    return spans


def next_starts(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Where each line's break is: the next line's start (after the spaces dropped there)."""
    return [start for start, _ in spans[1:]] + [len(text)]


def is_forced(text: str, start: int, width: float, weight: Weight) -> bool:
    """Whether the piece from ``start`` to the next allowed break is wider than ``width``."""
    brk = next(b for b in line_breaks(text) if b > start)
    end = brk
    while end > start and text[end - 1].isspace():  # spaces at a break are dropped
        end -= 1
    return paragraph(text, weight).width(start, end) * SIZE > width - TOLERANCE


def wrapped(text: str, width: float, weight: Weight) -> tuple[str, list[tuple[int, int]]]:
    """One paragraph ``text`` wrapped: the paragraph as laid out, and each line's span in it."""
    para = text.rstrip()
    lines = wrap(text, width, SIZE, weight)
    assert bool(lines) == bool(para)
    assume(para)
    return para, place(para, lines)


def check_line_starts(text: str, width: float, weight: Weight) -> None:
    para, spans = wrapped(text, width, weight)
    for (start, _), (next_start, _) in pairwise(spans):
        if next_start < len(para) and para[next_start] in NO_START:
            assert is_forced(para, start, width, weight), (para[start:next_start], para[next_start])


# 1. Line starts -------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(japanese(spaces=False), widths, weights)
def test_no_line_starts_with_a_character_forbidden_there(
    text: str, width: float, weight: Weight
) -> None:
    check_line_starts(text, width, weight)


@settings(max_examples=150, deadline=None)
@example("あ ーい", 20.0, Weight.REGULAR)
@given(japanese(spaces=True), widths, weights)
def test_no_line_starts_with_a_forbidden_character_even_after_a_space(
    text: str, width: float, weight: Weight
) -> None:
    check_line_starts(text, width, weight)


def test_japanese_punctuation_never_starts_a_line() -> None:
    text = "これは、テスト。ポーターですよ「引用」ですね。"
    for width in (20.0, 25.0, 30.0, 40.0, 50.0, 60.0, 80.0):
        lines = line_texts(wrap(text, width, SIZE))
        assert "".join(lines) == text
        assert len(lines) > 1
        for line in lines[1:]:
            assert line[0] not in "、。ー」", (width, lines)
        for line in lines[:-1]:
            assert line[-1] != "「", (width, lines)  # an opening bracket stays with its text


# 2. Grapheme clusters -------------------------------------------------------------------------


def _between_flags(text: str, index: int) -> bool:
    """Whether ``index`` falls between two regional indicators (the letters of flags)."""
    return 0 < index < len(text) and all(
        "\U0001f1e6" <= char <= "\U0001f1ff" for char in text[index - 1 : index + 1]
    )


def check_clusters(text: str, width: float, weight: Weight) -> None:
    para, spans = wrapped(text, width, weight)
    icu = {0, *grapheme_ends(para)}
    # Qt 6.11 pairs a flag's letters from the wrong one after a joined emoji ("🏳️‍🌈🇫🇷🇫🇷"
    # gives 🇫|🇷🇫|🇷, against UAX #29's rule GB12); ICU pairs them right, and the lines follow ICU.
    qt = {index for index in qt_boundaries(para) if not _between_flags(para, index)}
    assert {index for index in icu if not _between_flags(para, index)} <= qt
    for start, end in spans:
        for index in (start, end):
            assert index in icu, (para, para[start:end])
            assert index in qt or _between_flags(para, index), (para, para[start:end])
            assert not inside_a_cluster(para, index), (para, para[start:end])


@settings(max_examples=200, deadline=None)
@given(mixed(), tiny_to_wide, weights)
@example("🏳️\u200d🌈🇫🇷🇫🇷", 5.0, Weight.REGULAR)  # two flags after a joined emoji
def test_no_line_end_splits_a_grapheme_cluster(text: str, width: float, weight: Weight) -> None:
    check_clusters(text, width, weight)


@settings(max_examples=100, deadline=None)
@example("abc \u0308def", 20.0, Weight.REGULAR)
# A flag then a joiner: no emoji sequence (GB11 wants an emoji before the joiner), so a
# too-narrow line may end after the joiner, as ICU and Qt both allow.
@example(
    "\U0001f1eb\U0001f1f7\u200d\U0001f468\u200d\U0001f469\u200d\U0001f467", 1.0, Weight.REGULAR
)
@given(mixed(lone_marks=True), tiny_to_wide, weights)
def test_no_line_end_splits_a_cluster_that_starts_with_a_space(
    text: str, width: float, weight: Weight
) -> None:
    check_clusters(text, width, weight)


@pytest.mark.parametrize("cluster", [FAMILY, SKIN_TONE, FLAGS[:2], A_UMLAUT, "क्ष"])
@pytest.mark.parametrize("width", [1.0, 5.0, 10.0, 20.0])
def test_emoji_sequences_flags_and_marks_are_never_split(cluster: str, width: float) -> None:
    text = f"ab{cluster}cd {cluster} {FLAGS}"
    lines = line_texts(wrap(text, width, SIZE))
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert sum(line.count(cluster) for line in lines) == text.count(cluster), lines
    for line in lines:  # no line starts or ends inside a cluster
        assert line[0] not in "\u0308\u200d\U0001f3fd\u094d\u0937", lines
        assert line[-1] not in "\u200d\u094d", lines
        flags = sum(0x1F1E6 <= ord(char) <= 0x1F1FF for char in line)
        assert flags % 2 == 0, lines


def test_a_family_is_one_line_at_any_width() -> None:
    for width in (1.0, 5.0, 10.0, 30.0, 100.0):
        assert line_texts(wrap(FAMILY, width, SIZE)) == (FAMILY,)
        lines = line_texts(wrap(f"Our {FAMILY} trip", width, SIZE))
        assert sum(FAMILY in line for line in lines) == 1, lines


# 3. Break opportunities -----------------------------------------------------------------------


def check_breaks(text: str, width: float, weight: Weight) -> None:
    para, spans = wrapped(text, width, weight)
    breaks = set(line_breaks(para))
    boundaries = qt_boundaries(para)
    for (start, _), brk in zip(spans, next_starts(para, spans), strict=True):
        if brk not in breaks:
            assert is_forced(para, start, width, weight), (para, para[start:brk])
            assert brk in boundaries, (para, para[start:brk])
            assert not inside_a_cluster(para, brk), (para, para[start:brk])


def widest_cluster(text: str, weight: Weight) -> float:
    """The width of the widest grapheme cluster of ``text``, in points."""
    ends = grapheme_ends(text)
    return max(text_width(text[s:e], SIZE, weight) for s, e in pairwise((0, *ends)))


@settings(max_examples=200, deadline=None)
@given(st.one_of(mixed(), japanese(spaces=True)), widths, weights)
def test_every_line_ends_at_a_break_opportunity_unless_forced(
    text: str, width: float, weight: Weight
) -> None:
    # Narrower than a character, spaces at a forced break make lines of their own (see
    # test_spaces_at_a_break_are_dropped), and such a line ends where no break is allowed.
    assume(text.strip() and widest_cluster(text.rstrip(), weight) <= width)
    check_breaks(text, width, weight)


@settings(max_examples=150, deadline=None)
@example(f"{FAMILY} ok", 20.0, Weight.REGULAR)
@example("a  b", 1.0, Weight.REGULAR)
@example("  Unterhaltungselektronik", 60.0, Weight.REGULAR)
@given(st.one_of(mixed(), japanese(spaces=True)), tiny_to_wide, weights)
def test_spaces_at_a_break_are_dropped(text: str, width: float, weight: Weight) -> None:
    para, spans = wrapped(text, width, weight)
    for number, (start, end) in enumerate(spans):
        line = para[start:end]
        assert line.strip(), (para, number)  # no blank line
        assert not line[-1].isspace(), (para, line)
        assert number == 0 or not line[0].isspace(), (para, line)


def test_english_breaks_after_hyphens() -> None:
    text = "well-known extraordinarily-long-hyphenated words"
    lines = line_texts(wrap(text, 60.0, SIZE))
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert lines[0] == "well-known"
    # At 60 pt the only piece split inside is "extraordinarily-", which is wider than 60 pt.
    assert text_width("extraordinarily-", SIZE) > 60.0
    inside = [line for line in lines if not line.endswith(("-", "known", "hyphenated", "words"))]
    assert inside == ["extraordinar"], lines
    # Where the word fits, it ends a line at its hyphen, never inside a syllable.
    width = text_width("extraordinarily-", SIZE) + 1.0
    assert text_width("extraordinarily-long-", SIZE) > width
    lines = line_texts(wrap(text, width, SIZE))
    assert lines[:2] == ("well-known", "extraordinarily-"), lines
    for width in (80.0, 100.0, 120.0, 200.0):
        lines = line_texts(wrap(text, width, SIZE))
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        for line in lines:
            assert line.endswith(("-", "known", "hyphenated", "words")), (width, lines)


def test_thai_breaks_between_words() -> None:
    words = ["ภาษา", "ไทย", "เป็น", "ภาษา", "ที่", "มี", "วรรณยุกต์", "และ", "สระ"]
    text = "".join(words)
    assert line_breaks(text) == tuple(accumulate(len(word) for word in words))
    lines = wrap(text, 50.0, SIZE)
    assert "".join(line_texts(lines)) == text
    assert len(lines) > 1
    word_ends = {0, *accumulate(len(word) for word in words)}
    for start, end in place(text, lines):
        assert {start, end} <= word_ends, text[start:end]
    marks_and_vowels = "\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a"
    marks_and_vowels += "\u0e45\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
    for line in lines:
        assert line.text[0] not in marks_and_vowels, line_texts(lines)
        assert line.width <= 50.0 + TOLERANCE


def test_korean_breaks_at_spaces_only() -> None:
    text = "한국어 카드 텍스트입니다"
    words = text.split(" ")
    assert line_breaks(text) == (4, 7, 13)  # no break between two syllables
    widest = max(text_width(word, SIZE) for word in words)
    for width in (widest + 0.5, widest + 10.0, text_width(text, SIZE) - 1.0):
        lines = line_texts(wrap(text, width, SIZE))
        assert " ".join(lines) == text, (width, lines)
        assert all(set(line.split(" ")) <= set(words) for line in lines), (width, lines)
    # Where "한국어" fits but "텍스트입니다" does not, only that word is split, at syllables.
    narrow = text_width("한국어", SIZE) + 0.5
    assert narrow < widest
    lines = line_texts(wrap(text, narrow, SIZE))
    assert lines[:2] == ("한국어", "카드"), lines
    assert "".join(lines[2:]) == "텍스트입니다", lines


# 4. Lines fit ---------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.one_of(mixed(), japanese(spaces=True)), tiny_to_wide, weights)
def test_every_line_fits_unless_it_is_one_cluster(text: str, width: float, weight: Weight) -> None:
    for line in wrap(text, width, SIZE, weight):
        if line.width > width + TOLERANCE:
            assert len(grapheme_ends(line.text)) == 1, (line.text, line.width, width)


# 5. Nothing is lost ---------------------------------------------------------------------------


paragraphs = st.lists(
    st.one_of(mixed(lone_marks=True), japanese(spaces=True), st.just("")), min_size=1, max_size=4
).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(paragraphs, tiny_to_wide, weights)
def test_nothing_is_lost(text: str, width: float, weight: Weight) -> None:
    lines = wrap(text, width, SIZE, weight)
    texts = line_texts(lines)
    assert "".join(texts).replace(" ", "") == text.replace(" ", "").replace("\n", "")
    place(text, lines)  # each line in order, only whitespace between them
