"""The bundled fonts registered with ReportLab (embedded and subset in every PDF)."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject

from journeydesk.layout.fonts import CHAINS, Weight, face
from journeydesk.resources import resource_path


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap with each value in UTF-16BE, as the PDF format requires.

    ReportLab writes a character beyond U+FFFF (most emoji) as five hex digits, which PDF
    readers reject, so such text did not copy or search. The rest is ReportLab's, unchanged.
    """
    entries = [
        f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)
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
def _registered(file: str) -> str:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see its docstring
    name = f"JourneyDesk-{file.removesuffix('.ttf')}"
    pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    return name


def font_name(weight: Weight = Weight.REGULAR) -> str:
    """The ReportLab name of the first font of a weight's chain."""
    return _registered(CHAINS[weight][0])


def text_out(text_object: PDFTextObject, text: str, size: float, weight: Weight) -> None:
    """Write ``text`` at the cursor, each run in the first font of the chain that has it.

    ReportLab would draw a character its font lacks as an empty box, without a word.
    """
    files = CHAINS[weight]
    for index, run in face(weight).runs(text):
        text_object.setFont(_registered(files[index]), size)
        text_object.textOut(run)
