"""Text in any language: real glyphs for every card, right-to-left in order, gaps named."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from journeydesk.layout.fonts import Weight, chain
from journeydesk.layout.style import Style
from journeydesk.layout.text import line_texts, one_line, wrap
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
    "Emoji": "Pizza 🍕😀👍 👨‍👩‍👧 👍🏽 🇯🇵 ❤️",
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
    for text in (*LEFT_TO_RIGHT.values(), *RIGHT_TO_LEFT.values()):
        assert chain(Weight.REGULAR).missing_in(text) == set(), text
        assert chain(Weight.BOLD).missing_in(text) == set(), text
    project = multilingual_project()
    assert unprintable(project, project.journeys[0]) == []


def page_text(path: Path) -> str:
    """The first page's text as PDFium reads it (as a viewer copies and searches it)."""
    document = pdfium.PdfDocument(path)
    try:
        return document[0].get_textpage().get_text_range()
    finally:
        document.close()


def test_the_poster_uses_real_glyphs_and_its_text_extracts_back(tmp_path: Path) -> None:
    project = multilingual_project()
    path = tmp_path / "languages.pdf"
    plan = make_poster(project, project.journeys[0], PosterRequest(paper="a3"), path)
    assert plan.notes == ()
    # Every script reads back as typed, in logical order: Arabic as its letters (not the
    # joined presentation forms drawn), Devanagari and Thai with their marks in place.
    text = page_text(path)
    for sample in (*LEFT_TO_RIGHT.values(), *RIGHT_TO_LEFT.values()):
        assert sample in text, sample
    reader = PdfReader(path)
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
        "TwemojiMozilla",
    ):
        assert any(family in name for name in fonts), family


def test_stage_titles_in_every_script_print_bold_and_extract_back(tmp_path: Path) -> None:
    project = TEMPLATES["classic"].create_project("Titles")
    journey = project.journeys[0]
    samples = [*LEFT_TO_RIGHT.values(), *RIGHT_TO_LEFT.values()]
    for index, sample in enumerate(samples):  # one stage per script, its title in that script
        if index >= len(journey.stages):
            journey.stages.append(journey.stages[0].model_copy(update={"id": f"extra-{index}"}))
        journey.stages[index].title = sample
    path = tmp_path / "titles.pdf"
    plan = make_poster(project, journey, PosterRequest(paper="a2"), path)
    assert plan.notes == ()
    text = page_text(path)
    style = Style()
    width = style.stage_width - 2 * style.header_padding
    for sample in samples:
        # A long title wraps: each of its lines reads back in order.
        for line in line_texts(wrap(sample, width, style.stage_title_size, Weight.BOLD)):
            assert line in text, (sample, line)
    fonts = {
        str(f.get_object()["/BaseFont"])
        for f in PdfReader(path).pages[0]["/Resources"]["/Font"].values()
    }
    for family in ("NotoSansArabic-Bold", "NotoSansThai-Bold", "NotoSansDevanagari-Bold"):
        assert any(family in name for name in fonts), family


def test_korean_comes_from_the_hangul_font_and_chinese_never_does() -> None:
    for weight in Weight:
        fonts = chain(weight)
        hangul = [f.file for f in fonts.files].index(f"JourneyDeskHangul-{weight.name.title()}.ttf")
        korean = LEFT_TO_RIGHT["Korean"]
        # A Korean sentence is one run, its spaces included: one font, no boxes between words.
        assert set(fonts.fonts_of(korean)) == {hangul}
        for text in (LEFT_TO_RIGHT["Chinese"], LEFT_TO_RIGHT["Japanese"]):
            assert hangul not in fonts.fonts_of(text), text


def test_right_to_left_lines_break_in_reading_order() -> None:
    hebrew = "אחת שתיים שלוש ארבע חמש שש שבע שמונה"
    lines = wrap(hebrew, 60, 10.5)
    assert len(lines) > 1
    # The first line holds the first words; each line is one run drawn right to left.
    assert " ".join(line_texts(lines)) == hebrew
    assert all(run.rtl for line in lines for run in line.runs)


def test_a_character_no_font_has_is_named_with_its_place() -> None:
    project = multilingual_project()
    journey = project.journeys[0]
    journey.cards[0].text += " \U0001fae8"  # Unicode 15: newer than the bundled fonts
    notes = unprintable(project, journey)
    assert len(notes) == 1
    assert (
        "\U0001fae8 (U+1FAE8)" in notes[0]
        and "will be left blank" in notes[0]
        and "card 'お店の入り口" in notes[0]
        and "lane 'Actions'" in notes[0]
    )


def test_bidi_is_resolved_in_the_paragraph_direction_not_per_line() -> None:
    mixed = "Mixed English and العربية and עברית in one card"
    lines = wrap(mixed, 150, 10.5)
    assert line_texts(lines) == ("Mixed English and العربية and", "עברית in one card")
    # The paragraph reads left to right: its second line keeps "in one card" after the
    # Hebrew word, as in the paragraph, instead of guessing a right-to-left line of its own.
    second = lines[1].runs
    assert [run.text.strip() for run in second if run.text.strip()] == ["עברית", "in one card"]
    assert second[0].rtl and not second[-1].rtl and second[0].x < second[-1].x
    # A right-to-left paragraph orders a line with English in it from the right.
    hebrew = one_line("שלום hello", 10.5)
    assert [run.text for run in hebrew.runs] == ["hello", "שלום "]
    assert [run.rtl for run in hebrew.runs] == [False, True]


def test_right_to_left_paragraphs_are_right_aligned_on_screen_and_paper(tmp_path: Path) -> None:
    from journeydesk.layout.map_layout import MapLayout
    from journeydesk.layout.style import Style

    style = Style()
    hebrew = RIGHT_TO_LEFT["Hebrew"]
    text = f"Said in the room\n{hebrew}"
    lines = wrap(text, style.card_text_width, style.card_text_size)
    assert lines[0].indent == 0.0
    assert lines[1].indent == pytest.approx(style.card_text_width - lines[1].width)
    project = multilingual_project()
    journey = project.journeys[0]
    journey.cards[0].text = text
    box = MapLayout(journey).cards[journey.cards[0].id]
    assert box.lines == lines
    # On paper the Hebrew line starts that much further right than the English line above it.
    path = tmp_path / "aligned.pdf"
    plan = make_poster(project, journey, PosterRequest(paper="a3"), path)
    document = pdfium.PdfDocument(path)
    page = document[0].get_textpage()
    lefts = {}
    for sample in ("Said in the room", hebrew):
        found = page.search(sample)
        start, count = found.get_next()
        lefts[sample] = min(page.get_charbox(i)[0] for i in range(start, start + count))
    document.close()
    shift = lines[1].indent * plan.scale  # the poster is scaled to its sheet
    assert lefts[hebrew] - lefts["Said in the room"] == pytest.approx(shift, abs=0.5)
