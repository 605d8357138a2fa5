"""The marks in a tiled sheet's margins: shaded glue strips and cut marks, drawn y up."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from journeydesk.poster.papers import MM
from journeydesk.poster.plan import PosterPlan, Sheet


def glue_strips(c: Canvas, plan: PosterPlan, sheet: Sheet) -> None:
    """Shade the strips the next sheets are glued over (right and bottom)."""
    if plan.overlap <= 0:
        return
    ox, oy = sheet.origin
    w, h, page_h, o = sheet.window.width, sheet.window.height, plan.page_height, plan.overlap
    c.saveState()
    c.setFillColor(HexColor("#6b7280"))
    c.setFillAlpha(0.14)
    c.setStrokeColor(HexColor("#6b7280"))
    c.setDash(3, 2)
    c.setLineWidth(0.5)
    if sheet.column < plan.columns:
        c.rect(ox + w - o, page_h - oy - h, o, h, stroke=1, fill=1)
    if sheet.row < plan.rows:
        c.rect(ox, page_h - oy - h, w, o, stroke=1, fill=1)
    c.restoreState()


def cut_marks(c: Canvas, plan: PosterPlan, sheet: Sheet) -> None:
    """Short lines in the margin at each corner of the printable area."""
    if plan.margin < 3 * MM:
        return
    ox, oy = sheet.origin
    left, right = ox, ox + sheet.window.width
    top, bottom = plan.page_height - oy, plan.page_height - oy - sheet.window.height
    gap, length = 1 * MM, min(plan.margin - 2 * MM, 6 * MM)
    c.saveState()
    c.setLineWidth(0.4)
    c.setStrokeColor(HexColor("#000000"))
    for x, dx in ((left, -1), (right, 1)):
        for y, dy in ((top, 1), (bottom, -1)):
            c.line(x + dx * gap, y, x + dx * (gap + length), y)
            c.line(x, y + dy * gap, x, y + dy * (gap + length))
    c.restoreState()
