"""The canvas draws every script as wide as the layout measured it, with the layout's own font.

The layout shapes text with HarfBuzz from the bundled files (layout/shaping.py); the canvas
draws each run through Qt with a QFont of that one file (ui/canvas/painting.py). Here every
run of a line of each script is measured with Qt exactly as the canvas draws it (the run's
QFont at ``_PIXELS`` pixels, the run between bidi override marks, scaled to the text size),
and must be as wide as the layout says; each of its characters must be in the run's bundled
file, and Qt must have laid it out with that very file (no substitute, no missing glyph).
Finally one line per script is painted with ``draw_lines`` and its ink must span the line.
"""

from __future__ import annotations

from functools import cache

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QRawFont, QTextLayout
from pytestqt.qtbot import QtBot

from journeydesk.layout.fonts import INVISIBLE, Weight
from journeydesk.layout.shaping import Run, TextLine, one_line
from journeydesk.layout.text import wrap
from journeydesk.resources import resource_path
from journeydesk.ui.canvas.painting import (
    _LEFT_TO_RIGHT,
    _PIXELS,
    _POP,
    _RIGHT_TO_LEFT,
    draw_lines,
    run_font,
)

SIZE = 10.0  # points
CARD_WIDTH = 150.0  # points
#: How far Qt's width of a run or a line may be from the layout's, in points.
TOLERANCE = 0.5

#: One line in each script, as a tag or a short card would hold it.
LINES: dict[str, str] = {
    "latin": "AVATAR Toyota WAVE, Yves' office",
    "greek": "Καλημέρα, το ταξίδι του πελάτη",
    "cyrillic": "Путешествие клиента в ресторан",
    "arabic": "رحلة العميل في المطعم",
    "hebrew": "מסע הלקוח במסעדה",
    "chinese": "顾客旅程地图与接触点",
    "japanese": "カスタマージャーニーの地図",
    "korean": "고객 여정 지도",
    "thai": "แผนที่การเดินทางของลูกค้า",
    "devanagari": "ग्राहक यात्रा का मानचित्र",
    "combining": "a\u0308 Ma\u0308rchen na\u0308ive",
    "mixed": "Mixed English and العربية and עברית",
}

#: A paragraph in each script, several lines long on a card.
PARAGRAPHS: dict[str, str] = {
    "latin": (
        "AVATAR Toyota WAVE: the guest waits at the counter, orders a coffee and finds the "
        "office wifi too slow. Typography, kerning and ligatures (fi, fl, ffi) stay measured."
    ),
    "greek": (
        "Ένας πελάτης φτάνει στο εστιατόριο, περιμένει στην ουρά και παραγγέλνει πίτσα. "
        "Κάθε βήμα του ταξιδιού καταγράφεται σε μια κάρτα."
    ),
    "cyrillic": (
        "Клиент приходит в ресторан, ждёт в очереди и заказывает пиццу. "
        "Каждый шаг пути записан на отдельной карточке."
    ),
    "arabic": (
        "يصل العميل إلى المطعم وينتظر في الطابور ثم يطلب بيتزا. "
        "تُسجَّل كل خطوة من رحلته على بطاقة، وتُعلَّق البطاقات على الحائط."
    ),
    "hebrew": (
        "הלקוח מגיע למסעדה, מחכה בתור ומזמין פיצה. כל שלב במסע נרשם על כרטיס, ובסוף אומרים שָׁלוֹם."
    ),
    # Full-width commas (U+FF0C), as Chinese is punctuated.
    "chinese": (
        "顾客来到餐厅\uff0c在队伍中等待\uff0c然后点了一份比萨。旅程中的每一步都记录在卡片上。"
    ),
    "japanese": (
        "お客様はレストランに到着し、列に並んで待ってからピザを注文します。"
        "カスタマージャーニーの各ステップはカードに記録されます。"
    ),
    "korean": (
        "고객이 식당에 도착해 줄을 서서 기다린 뒤 피자를 주문합니다. "
        "여정의 모든 단계가 카드에 기록됩니다."
    ),
    "thai": "ลูกค้ามาถึงร้านอาหาร รอคิวสักครู่ แล้วสั่งพิซซ่า ทุกขั้นตอนของการเดินทางถูกบันทึกไว้บนการ์ด",
    "devanagari": (
        "ग्राहक रेस्तराँ पहुँचता है, कतार में प्रतीक्षा करता है और पिज़्ज़ा मँगवाता है। "
        "यात्रा का हर चरण कार्ड पर लिखा जाता है।"
    ),
    "combining": (
        "Ma\u0308dchen, na\u0308ive cafe\u0301s and a\u0308 o\u0308 u\u0308 written with "
        "combining marks: Zu\u0308rich, Sa\u0303o Paulo, Ko\u0308ln and Malmo\u0308."
    ),
    "mixed": (
        "Mixed English and العربية and עברית on one card: the guest says שלום and مرحبا, "
        "then pays 25 € in cash and leaves."
    ),
}

SCRIPTS = tuple(LINES)
WEIGHTS = {"regular": Weight.REGULAR, "bold": Weight.BOLD}


def _cases() -> list[object]:
    """(script, weight) pairs, named "script-weight"."""
    return [
        pytest.param(script, weight, id=f"{script}-{name}")
        for script in SCRIPTS
        for name, weight in WEIGHTS.items()
    ]


def _drawn_text(run: Run) -> str:
    """The string the canvas hands Qt for ``run``: the run inside a bidi override."""
    mark = _RIGHT_TO_LEFT if run.rtl else _LEFT_TO_RIGHT
    return f"{mark}{run.text}{_POP}"


def _qt_layout(run: Run) -> QTextLayout:
    """Qt's layout of ``run`` as the canvas draws it, on one unbounded line."""
    layout = QTextLayout(_drawn_text(run), run_font(run.font))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    return layout


def _qt_width(run: Run, size: float = SIZE) -> float:
    """How wide Qt draws ``run`` at ``size`` points."""
    layout = _qt_layout(run)  # kept alive while its line is read
    return layout.lineAt(0).naturalTextWidth() * size / _PIXELS


@cache
def _raw_font(file: str) -> QRawFont:
    """The bundled file itself, read by Qt straight from its path."""
    raw = QRawFont(str(resource_path("fonts", file)), _PIXELS)
    assert raw.isValid(), file
    return raw


def _visible(text: str) -> list[str]:
    return [char for char in text if char not in INVISIBLE]


def _width_differences(lines: tuple[TextLine, ...] | list[TextLine]) -> list[str]:
    """Each run and line whose Qt width is off the layout's by more than the tolerance."""
    problems = []
    for line in lines:
        total = 0.0
        for run in line.runs:
            qt = _qt_width(run)
            total += qt
            if abs(qt - run.width) > TOLERANCE:
                problems.append(
                    f"run {run.text!r} ({run.font}): Qt {qt:.3f}, layout {run.width:.3f}"
                )
        if abs(total - line.width) > TOLERANCE:
            problems.append(f"line {line.text!r}: Qt {total:.3f}, layout {line.width:.3f}")
    return problems


def _glyph_problems(lines: tuple[TextLine, ...] | list[TextLine]) -> list[str]:
    """Characters missing from their run's file, and runs Qt laid out with another font."""
    problems = []
    for line in lines:
        for run in line.runs:
            raw = _raw_font(run.font)
            # By code point: PySide passes a one-character str as a QChar only up to U+00FF.
            missing = [c for c in _visible(run.text) if not raw.supportsCharacter(ord(c))]
            if missing:
                problems.append(f"{run.font} lacks {missing} of {run.text!r}")
            glyph_runs = _qt_layout(run).glyphRuns()
            if _visible(run.text) and not glyph_runs:
                problems.append(f"Qt laid out no glyphs for {run.text!r}")
            for glyphs in glyph_runs:
                used = glyphs.rawFont()
                if used.familyName() != raw.familyName():
                    problems.append(f"{run.text!r}: Qt used {used.familyName()}, not {run.font}")
                elif used.fontTable("head") != raw.fontTable("head"):
                    problems.append(f"{run.text!r}: Qt used another file of {raw.familyName()}")
                if 0 in glyphs.glyphIndexes():
                    problems.append(f"{run.text!r}: Qt has no glyph for some of it ({run.font})")
    return problems


# --- 1. Width parity --------------------------------------------------------------------------


@pytest.mark.parametrize(("script", "weight"), _cases())
def test_qt_draws_each_run_of_a_line_as_wide_as_the_layout(
    qtbot: QtBot, script: str, weight: Weight
) -> None:
    line = one_line(LINES[script], SIZE, weight)
    assert line.runs and line.width > 0
    assert _width_differences([line]) == []


@pytest.mark.parametrize(("script", "weight"), _cases())
def test_qt_draws_each_wrapped_line_as_wide_as_the_layout(
    qtbot: QtBot, script: str, weight: Weight
) -> None:
    lines = wrap(PARAGRAPHS[script], CARD_WIDTH, SIZE, weight)
    assert len(lines) >= 2  # the paragraph really wraps
    assert _width_differences(lines) == []
    # Measured by Qt, no line overruns the card.
    overruns = [
        line.text
        for line in lines
        if line.indent + sum(_qt_width(run) for run in line.runs) > CARD_WIDTH + TOLERANCE
    ]
    assert overruns == []


# --- 2. No missing glyphs ---------------------------------------------------------------------


@pytest.mark.parametrize(("script", "weight"), _cases())
def test_every_character_is_drawn_with_its_runs_bundled_font(
    qtbot: QtBot, script: str, weight: Weight
) -> None:
    lines = [
        one_line(LINES[script], SIZE, weight),
        *wrap(PARAGRAPHS[script], CARD_WIDTH, SIZE, weight),
    ]
    assert _glyph_problems(lines) == []


# --- 3. Rendering -----------------------------------------------------------------------------

SCALE = 4  # device pixels per point
MARGIN = 8.0  # points of paper around the line
LINE_HEIGHT = 16.0  # points
#: Ink may start or end this far (in points) from the line's ends: side bearings, overhangs.
INK_SLACK = 2.0
_DARK = bytes(1 if value < 128 else 0 for value in range(256))


def _ink_columns(image: QImage) -> list[bool]:
    """Which columns of a (grayscale) image hold a dark pixel."""
    columns = [False] * image.width()
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    for y in range(image.height()):
        row = data[y * stride : y * stride + image.width()].translate(_DARK)
        first = row.find(1)
        if first < 0:
            continue
        last = row.rfind(1)
        for x in range(first, last + 1):
            columns[x] = columns[x] or row[x] == 1
    return columns


@pytest.mark.parametrize(("script", "weight"), _cases())
def test_a_painted_line_has_ink_across_its_laid_out_width(
    qtbot: QtBot, script: str, weight: Weight
) -> None:
    line = one_line(LINES[script], SIZE, weight)
    width = line.width + 2 * MARGIN
    image = QImage(round(width * SCALE), round(LINE_HEIGHT * SCALE), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.scale(SCALE, SCALE)
    draw_lines(painter, [line], MARGIN, 0.0, SIZE, LINE_HEIGHT, QColor("#000000"), weight)
    painter.end()
    columns = _ink_columns(image.convertToFormat(QImage.Format.Format_Grayscale8))
    inked = [x for x, dark in enumerate(columns) if dark]
    assert inked, f"{script}: nothing drawn"
    left, right = inked[0] / SCALE - MARGIN, (inked[-1] + 1) / SCALE - MARGIN
    start = line.indent + line.runs[0].x
    assert abs(left - start) <= INK_SLACK, f"ink starts at {left:.2f} pt, the line at {start}"
    assert abs(right - line.width) <= INK_SLACK, (
        f"ink ends at {right:.2f} pt, the line at {line.width:.2f}"
    )
    # No run is blank: each run with something to draw has ink in its own stretch.
    for run in line.runs:
        if not run.text.strip():
            continue
        left_end, right_end = MARGIN + run.x, MARGIN + run.x + run.width
        stretch = columns[int(left_end * SCALE) : int(right_end * SCALE) + 1]
        assert any(stretch), f"{script}: run {run.text!r} left blank"
