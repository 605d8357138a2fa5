"""Form XObjects: a part of the poster drawn once and shown on several pages.

Each sheet of a tiled poster can draw its part of the poster as a form: the sheet's page
shows the form at full size and the assembly guide shows every form at thumbnail size. So
the guide costs a few operators and an object per sheet rather than a second drawing of the
whole poster (painter.guide_shows_forms chooses the cheaper).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from journeydesk.poster.plan import Sheet


def sheet_form(sheet: Sheet) -> str:
    """The name of the form that holds ``sheet``'s part of the poster."""
    return f"s{sheet.number}"


def end_form(c: Canvas, name: str) -> None:
    """``c.endForm()`` for the form ``name``, with all the resources it uses.

    ReportLab gives a form its fonts and images but leaves out its graphics states (the
    transparency of tags, dots and colour emoji), which a viewer then looks for in vain.
    And it encodes a form's operators with a codec several times slower than a page's
    (a tenth of the export time of the example map): they are encoded here as a page's are.
    """
    canvas: Any = c  # ReportLab's internals below are not in its type stubs
    code, canvas._code = canvas._code, []  # the operators drawn since beginForm()
    c.endForm()
    form = canvas._doc.idToObject[pdfdoc.xObjectName(name)]  # no public way to reach it
    form.stream = "\n".join([canvas._preamble, *code]).encode("utf-8")
    resources: Any = pdfdoc.PDFResourceDictionary()
    resources.basicFonts()
    resources.ProcSet = []  # obsolete since PDF 1.4: left out
    if form.XObjects:
        resources.XObject = form.XObjects
    if form.ExtGState:
        resources.ExtGState = form.ExtGState
    form.Resources = resources
