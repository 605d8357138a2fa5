"""The bundled fonts registered with ReportLab (embedded and subset in every PDF)."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journeydesk.layout.fonts import Weight
from journeydesk.resources import resource_path


@cache
def font_name(weight: Weight = Weight.REGULAR) -> str:
    """The ReportLab name of a bundled face, registering it on first use."""
    name = f"JourneyDesk-{weight.name.capitalize()}"
    pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", weight.value))))
    return name
