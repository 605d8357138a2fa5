"""Text in any language: real glyphs for every card, right-to-left in order, gaps named."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeydesk.layout.fonts import Weight, face
from journeydesk.layout.text import display_line, wrap_text
from journeydesk.model.project import Card, Project
from journeydesk.model.templates import TEMPLATES
from journeydesk.poster.coverage import unprintable
from journeydesk.poster.export import PosterRequest, make_poster

LEFT_TO_RIGHT = {
    "Japanese": "お店の入り口",
    "Chinese": "没有过敏原信息",
    "Greek": "Δεν υπάρχουν κριτικές",
    "Russian": "Нет отзывов",
    "Korean": "화장실 표지판이 없어요",
    "Thai": "ไม่มีป้ายบอกทางไปห้องน้ำ",
    "Hindi": "शौचालय का कोई संकेत नहीं",
    "Emoji": "Pizza 🍕😀👍",
}
RIGHT_TO_LEFT = {"Arabic": "لا توجد لافتات", "Hebrew": "אין שלטים לשירותים"}


def multilingual_project() -> Project:
    project = TEMPLATES["classic"].create_project("Languages")
    journey = project.journeys[0]
    texts = {**LEFT_TO_RIGHT, **RIGHT_TO_LEFT}
    for index, text in enumerate(texts.values()):
        journey.cards.append(
            Card(lane_id=journey.lanes[0].id, stage_id=journey.stages[index % 5].id, text=text)
        )
    return project


def test_every_character_has_a_bundled_font() -> None:
    regular, bold = face(Weight.REGULAR), face(Weight.BOLD)
    for text in (*LEFT_TO_RIGHT.values(), *RIGHT_TO_LEFT.values()):
        shaped = display_line(text)
        assert regular.missing_in(shaped) == set(), text
        assert bold.missing_in(shaped) == set(), text
    project = multilingual_project()
    assert unprintable(project, project.journeys[0]) == []


def test_the_poster_uses_real_glyphs_and_its_text_extracts_back(tmp_path: Path) -> None:
    project = multilingual_project()
    path = tmp_path / "languages.pdf"
    plan = make_poster(project, project.journeys[0], PosterRequest(paper="a3"), path)
    assert plan.notes == ()
    reader = PdfReader(path)
    text = reader.pages[0].extract_text()
    for sample in LEFT_TO_RIGHT.values():
        assert sample in text, sample
    # Arabic prints in its joined forms; normalised, everything reads back as typed.
    readable = unicodedata.normalize("NFKC", text)
    for sample in RIGHT_TO_LEFT.values():
        assert sample in readable, sample
    fonts = {
        str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()
    }
    for family in (
        "DroidSansFallback",
        "NotoSansArabic",
        "NotoSansHebrew",
        "NotoSansThai",
        "NotoSansDevanagari",
        "JourneyDeskHangul",
        "Symbola",
    ):
        assert any(family in name for name in fonts), family


def test_korean_comes_from_the_hangul_font_and_chinese_never_does() -> None:
    for weight in Weight:
        metrics = face(weight)
        hangul = metrics.files.index(f"JourneyDeskHangul-{weight.name.title()}.ttf")
        korean = LEFT_TO_RIGHT["Korean"]
        # A Korean sentence is one run, its spaces included: one font, no boxes between words.
        assert metrics.runs(korean) == [(hangul, korean)]
        for text in (LEFT_TO_RIGHT["Chinese"], LEFT_TO_RIGHT["Japanese"]):
            assert hangul not in {index for index, _run in metrics.runs(text)}, text


def test_right_to_left_lines_break_in_reading_order() -> None:
    hebrew = "אחת שתיים שלוש ארבע חמש שש שבע שמונה"
    lines = wrap_text(hebrew, 60, 10.5)
    assert len(lines) > 1
    # The first line holds the first words, shown right to left.
    assert lines[0] == display_line(" ".join(hebrew.split()[: len(lines[0].split())]))


def test_a_character_no_font_has_is_named_with_its_place() -> None:
    project = multilingual_project()
    journey = project.journeys[0]
    journey.cards[0].text += " \U0001fae0"  # a newer emoji than the bundled fonts know
    notes = unprintable(project, journey)
    assert len(notes) == 1
    assert (
        "\U0001fae0 (U+1FAE0)" in notes[0]
        and "will be left blank" in notes[0]
        and "card 'お店の入り口" in notes[0]
        and "lane 'Actions'" in notes[0]
    )


def test_bidi_is_resolved_in_the_paragraph_direction_not_per_line() -> None:
    mixed = "Mixed English and العربية and עברית in one card"
    lines = wrap_text(mixed, 150, 10.5)
    assert len(lines) == 2
    # The paragraph reads left to right: its second line keeps "in one card" after the
    # Hebrew word, as in the paragraph, instead of guessing a right-to-left line of its own.
    assert lines[1] == "\u05ea\u05d9\u05e8\u05d1\u05e2 in one card"
    assert lines[1].endswith("in one card")
    # A right-to-left paragraph orders a line with English in it from the right.
    hebrew = wrap_text("שלום hello", 200, 10.5)
    assert hebrew == ("hello םולש",)
    assert display_line("שלום hello") == "hello םולש"


def test_right_to_left_paragraphs_are_right_aligned_on_screen_and_paper(tmp_path: Path) -> None:
    from journeydesk.layout.map_layout import MapLayout
    from journeydesk.layout.style import Style
    from journeydesk.layout.text import wrap_lines

    style = Style()
    hebrew = RIGHT_TO_LEFT["Hebrew"]
    text = f"Said in the room\n{hebrew}"
    lines, indents = wrap_lines(text, style.card_text_width, style.card_text_size)
    hebrew_width = face(Weight.REGULAR).width(lines[1], style.card_text_size)
    assert indents == (0.0, pytest.approx(style.card_text_width - hebrew_width))
    project = multilingual_project()
    journey = project.journeys[0]
    journey.cards[0].text = text
    box = MapLayout(journey).cards[journey.cards[0].id]
    assert box.indents == indents
    # On paper the Hebrew line starts that much further right than the English line above it
    # (pypdf reads the text back in logical order, with where each line starts).
    path = tmp_path / "aligned.pdf"
    make_poster(project, journey, PosterRequest(paper="a3"), path)
    starts: dict[str, float] = {}

    def visit(shown: str, _cm: object, tm: list[float], _font: object, _size: object) -> None:
        starts.setdefault(shown.strip(), tm[4])

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    assert starts[hebrew] - starts["Said in the room"] == pytest.approx(indents[1], abs=0.01)
