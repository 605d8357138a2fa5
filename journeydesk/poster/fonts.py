"""The bundled fonts registered with ReportLab, and laid-out lines written with their glyphs.

Each run of a line is written as the glyphs HarfBuzz shaped for it (layout/shaping.py), with
its advances and mark offsets, through ReportLab's shaped-text output; fonts are embedded
and subset. Each glyph's entry in the font's ToUnicode map is the text it was shaped from:
a joined Arabic letter reads as the letter (not a presentation form), a ligature or an
emoji sequence as all its characters, and a cluster drawn with several glyphs (a Devanagari
syllable) shares its characters out among them in order. So the PDF copies and searches as
typed. A left-to-right run whose glyphs cannot say it that way (a glyph standing for
nothing, a mark moved back over its letter) also carries its text in an /ActualText span;
right-to-left runs and emoji never do, as PDFium reverses the one and drops the other there.
Emoji are written the same way but invisibly, for copying and searching, and their colour
artwork is drawn over them (poster/emoji_paint.py).
"""

from __future__ import annotations

from functools import cache, lru_cache
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from journeydesk.layout.emoji import is_colour, square_glyph
from journeydesk.layout.fonts import CHAINS, Weight, font_file
from journeydesk.layout.shaping import Glyphs, Run, TextLine, shape
from journeydesk.poster.emoji_paint import draw_colour_run
from journeydesk.resources import resource_path

#: The text behind each private code, by font name: glyphs no single character maps to.
_SPOKEN: dict[str, dict[int, str]] = {}


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, each value the text its glyph stands for, in UTF-16BE.

    ReportLab maps each code to the character it was assigned for, which for a private code
    is meaningless, and writes a character beyond U+FFFF (most emoji) as five hex digits,
    which PDF readers reject. The rest is ReportLab's, unchanged.
    """
    spoken = next((texts for name, texts in _SPOKEN.items() if fontname.endswith(name)), {})
    entries = [
        f"<{i:02X}> <{spoken.get(v, chr(v)).encode('utf-16-be').hex().upper()}>"
        for i, v in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def _registered(file: str) -> TTFont:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see its docstring
    font = TTFont(f"JourneyDesk-{file.removesuffix('.ttf')}", str(resource_path("fonts", file)))
    pdfmetrics.registerFont(font)
    font.hbFont()  # makes ReportLab ready to take glyphs that no character maps to
    return font


def font_name(weight: Weight = Weight.REGULAR) -> str:
    """The ReportLab name of the first font of a weight's chain."""
    return _registered(CHAINS[weight][0]).fontName


@cache
def _glyph_code(file: str, glyph: int, text: str) -> str:
    """The code ReportLab writes for ``glyph`` standing for ``text``.

    The character itself when the font maps it to this glyph; otherwise a private code,
    remembered with its text for the ToUnicode map.
    """
    font = _registered(file)
    if len(text) == 1 and font.face.charToGlyph.get(ord(text)) == glyph:
        return text
    hb_file = font_file(file)
    advance = hb_file.font.get_glyph_h_advance(glyph) * 1000 / hb_file.units_per_em
    # hbFont() (called on registering) sets this method on the font; the stub lacks it.
    code: int = font.hbAddPrivate(f"{glyph}:{text}", glyph, advance)  # pyright: ignore[reportAttributeAccessIssue]
    _SPOKEN.setdefault(font.face.name.decode(), {})[code] = text
    return chr(code)


def _glyph_texts(glyphs: Glyphs, text: str, rtl: bool) -> list[str]:
    """The characters each glyph stands for: a cluster's shared out in order among its glyphs.

    All but the last glyph of a cluster take one character each and the last the rest;
    glyphs beyond the cluster's characters stand for nothing. Right to left, the glyphs
    come in visual order and readers reverse them: they take the characters reversed.
    """
    starts = sorted(set(glyphs.clusters))
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    members: dict[int, list[int]] = {}
    for index, cluster in enumerate(glyphs.clusters):
        members.setdefault(cluster, []).append(index)
    texts = [""] * len(glyphs.ids)
    for cluster, indices in members.items():
        chars = text[cluster : ends[cluster]]
        if rtl:
            chars = chars[::-1]
        last = len(indices) - 1
        for j, index in enumerate(indices):
            texts[index] = chars[j:] if j == last else chars[j : j + 1]
    return texts


def _outlined(file: str, glyphs: tuple[int, ...]) -> tuple[int, ...]:
    """The glyphs to write as text: a colour glyph's own outline is empty (its artwork is in
    layers), and PDFium copies nothing for a glyph without ink and reads glyphs of unlike
    heights as separate lines, so each is written (invisibly, with its own text and
    advance) as a plain square one em high."""
    return (square_glyph(file),) * len(glyphs) if is_colour(file) else glyphs


@cache
def _counting(count: int) -> tuple[int, ...]:
    return tuple(range(count))


@lru_cache(maxsize=32768)
def _shaped(run_font: str, text: str, rtl: bool) -> tuple[ShapedStr, bool]:
    """A run's glyphs as ReportLab's shaped string (positions in thousandths of an em), and
    whether it copies through /ActualText.

    A left-to-right run does when a glyph stands for nothing (Thai ำ is drawn as two) or a
    mark is moved back over its letter (PDFium reads a word break there).
    """
    glyphs = shape(run_font, text, rtl)
    widths = _registered(run_font).face.charWidths
    codes: list[str] = []
    data: list[ShapeData] = []
    count = len(text)
    if not rtl and len(glyphs.clusters) == count and glyphs.clusters == _counting(count):
        texts = list(text)  # one glyph per character, in order: the common case
    else:
        texts = _glyph_texts(glyphs, text, rtl)
    for glyph, cluster, advance, dx, dy, said in zip(
        _outlined(run_font, glyphs.ids),
        glyphs.clusters,
        glyphs.advances,
        glyphs.x_offsets,
        glyphs.y_offsets,
        texts,
        strict=True,
    ):
        code = _glyph_code(run_font, glyph, said)
        codes.append(code)
        # Offsets of a thousandth of an em are invisible: writing them splits the text for
        # readers (a rise reads as another line) and copying scrambles its marks.
        dx, dy = (round(dx * 200) * 5, round(dy * 200) * 5)
        data.append(ShapeData(cluster, advance * 1000, 0, dx, dy, widths[ord(code)]))
    spelled_out = not rtl and ("" in texts or any(d.x_offset for d in data))
    # ReportLab takes one ShapeData per glyph; the stub says one for the whole string.
    return ShapedStr("".join(codes), data), spelled_out  # pyright: ignore[reportArgumentType]


#: Each document's text operators by run and size: a tiled poster writes each card's lines
#: on every sheet the card reaches, and a line's operators never change within a document
#: (its glyphs keep their codes in the document's font subsets).
_OPERATORS: WeakKeyDictionary[Canvas, dict[tuple[str, str, bool, float], str]] = WeakKeyDictionary()


def _text_out(c: Canvas, text: PDFTextObject, run: Run, shaped: ShapedStr, size: float) -> None:
    """``text.textOut(shaped)`` for a text object just begun, its operators made once per
    document (ReportLab formats shaped text glyph by glyph: most of a poster's time)."""
    operators = _OPERATORS.setdefault(c, {})
    key = (run.font, run.text, run.rtl, size)
    code = operators.get(key)
    # Private on purpose (see above): the stub declares neither.
    if code is None:
        code = operators[key] = text._formatText(shaped)  # pyright: ignore[reportAttributeAccessIssue]
    text._code.append(code)  # pyright: ignore[reportAttributeAccessIssue]


def draw_line(c: Canvas, line: TextLine, x: float, baseline: float, size: float) -> None:
    """Write one laid-out line with its left end at ``x`` on ``baseline``, in y-down units.

    The fill colour is the text's colour.
    """
    left = x + line.indent
    for run in line.runs:
        shaped, spelled_out = _shaped(run.font, run.text, run.rtl)
        text = c.beginText()
        # Flip each run back upright in the y-down drawing space.
        text.setTextTransform(1, 0, 0, -1, left + run.x, baseline)
        text.setFont(_registered(run.font).fontName, size)
        colour = is_colour(run.font)
        if colour:
            text.setTextRenderMode(3)  # invisible: the artwork is drawn over it
        _text_out(c, text, run, shaped, size)
        if colour:
            text.setTextRenderMode(0)  # the mode outlives the text object
            c.drawText(text)
            draw_colour_run(c, run, left + run.x, baseline, size)
        elif spelled_out:
            actual = run.text.encode("utf-16-be").hex()
            c.addLiteral(f"/Span <</ActualText <FEFF{actual}>>> BDC")
            c.drawText(text)
            c.addLiteral("EMC")
        else:
            c.drawText(text)
