"""The canvas and the printed poster put every card, and its first line, in the same place.

One small map (cards of several colours, a two-line card, Chinese, Arabic set right to left,
tags and votes) is printed on one page with ``make_poster`` and rendered with pypdfium2; the
canvas paints the same map (``JourneyScene.render_map``) at the same number of pixels per map
point. In each picture, on its own, every card's fill is found by scanning out from inside its
padding until the colour changes, and its first line's ink by the pixels in the line's band
that stand out from that fill. Canvas and paper must agree within 1 pt on every edge, and the
fill must sit where the layout puts the card, so that both cannot be wrong the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.style import Style
from journeydesk.model.project import Card, Project
from journeydesk.model.templates import TEMPLATES
from journeydesk.poster.export import PosterRequest, make_poster, prepare
from journeydesk.poster.painter import PosterOptions
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.document import Document

PIXELS = 4.0  # pixels per map point in both pictures
TOLERANCE = 1.0  # points
#: A channel this far from the fill (0-255) is no longer the fill: the edge line, or outside.
FILL_STEP = 24
#: Ink is a pixel further from the fill than half the band's strongest contrast.
INK_SHARE = 0.5
#: A vote badge covers the top right corner: the ink is looked for left of it (points).
BADGE_ROOM = 12.0
NO_MARKS = PosterOptions(cut_marks=False, labels=False, guide=False, glue_strips=False)

#: (lane index, stage index, text, colour, tags, votes); lane 2 is the emotion lane.
CARDS = [
    (0, 0, "Sees an advert on the bus", None, [], 0),
    (0, 0, "Searches for reviews and compares three offers side by side", "#bfdcff", [], 0),
    (1, 1, "顾客旅程地图与接触点", "#c3ecc8", [], 0),
    (3, 2, "رحلة العميل في المطعم", "#ffc2d1", [], 0),
    (4, 3, "Loyalty app", "#e0d4ff", ["mobile", "retention"], 3),
    (1, 3, "Is it worth the money?", "#ff8a65", [], 0),
    (0, 4, "Tells friends", "#1e3a8a", [], 0),
]

Box = tuple[float, float, float, float]  # left, top, right, bottom in map points
EDGES = ("left", "top", "right", "bottom")


@dataclass
class Picture:
    """A rendered picture; ``origin`` is the pixel where the map's top left corner lands."""

    data: bytes  # rows of red, green, blue (and maybe one more byte) per pixel
    stride: int
    channels: int
    origin: tuple[float, float]

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        """The colour of pixel (x, y)."""
        at = y * self.stride + x * self.channels
        return self.data[at], self.data[at + 1], self.data[at + 2]

    def pixel(self, x: float, y: float) -> tuple[int, int]:
        """The pixel holding map point (x, y)."""
        return int(self.origin[0] + x * PIXELS), int(self.origin[1] + y * PIXELS)

    def point(self, x: int, y: int) -> tuple[float, float]:
        """The map point at pixel corner (x, y)."""
        return (x - self.origin[0]) / PIXELS, (y - self.origin[1]) / PIXELS


def _distance(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    return max(abs(p - q) for p, q in zip(a, b, strict=True))


def _run(picture: Picture, x: int, y: int, dx: int, dy: int) -> int:
    """How many steps from (x, y) the colour there still holds."""
    fill, steps = picture.rgb(x, y), 0
    while _distance(picture.rgb(x + (steps + 1) * dx, y + (steps + 1) * dy), fill) <= FILL_STEP:
        steps += 1
    return steps


def card_fill(picture: Picture, expected: Box, style: Style) -> Box:
    """The card's filled box, scanned out from inside its padding (clear of text and badge)."""
    left, top, right, bottom = expected
    inset = style.card_padding / 2
    x, y = picture.pixel((left + right) / 2, bottom - inset)  # the bottom padding, across
    x0, x1 = x - _run(picture, x, y, -1, 0), x + _run(picture, x, y, 1, 0) + 1
    x, y = picture.pixel(left + inset, (top + bottom) / 2)  # the left padding, up and down
    y0, y1 = y - _run(picture, x, y, 0, -1), y + _run(picture, x, y, 0, 1) + 1
    return (*picture.point(x0, y0), *picture.point(x1, y1))


def first_line_ink(picture: Picture, fill_box: Box, style: Style, badge: bool) -> Box | None:
    """The ink box of the first line: what stands out from the fill in the line's band."""
    left, top, right, _bottom = fill_box
    band_bottom = top + style.card_padding + style.card_line_height
    x0, y0 = picture.pixel(left + 1, top + 1)
    x1, y1 = picture.pixel(right - (BADGE_ROOM if badge else 1), band_bottom)
    inset = style.card_padding / 2
    fill = picture.rgb(*picture.pixel(left + inset, top + inset))
    contrast = [
        (_distance(picture.rgb(x, y), fill), x, y) for y in range(y0, y1) for x in range(x0, x1)
    ]
    strongest = max(value for value, _, _ in contrast)
    if strongest <= 4 * FILL_STEP:  # nothing that reads as text
        return None
    ink = [(x, y) for value, x, y in contrast if value > INK_SHARE * strongest]
    xs, ys = [x for x, _ in ink], [y for _, y in ink]
    return (*picture.point(min(xs), min(ys)), *picture.point(max(xs) + 1, max(ys) + 1))


def _project() -> Project:
    project = TEMPLATES["classic"].create_project("Parity")
    journey = project.journeys[0]
    for order, (lane, stage, text, colour, tags, votes) in enumerate(CARDS):
        journey.cards.append(
            Card(
                lane_id=journey.lanes[lane].id,
                stage_id=journey.stages[stage].id,
                order=order,
                text=text,
                colour=colour,
                tags=tags,
                votes=votes,
            )
        )
    return Project.model_validate(project.model_dump())


def _paper(project: Project, path: Path) -> Picture:
    """The poster on one A3 page, rendered at ``PIXELS`` per map point."""
    journey = project.journeys[0]
    plan = make_poster(project, journey, PosterRequest(paper="a3", options=NO_MARKS), path)
    assert not plan.tiled and len(plan.sheets) == 1
    sheet, section = plan.sheets[0], prepare(project, journey)[1].maps[0]
    scale = PIXELS / plan.scale  # pixels per PDF point
    # The painter draws content units at origin - window + plan.scale * (x, y), y down.
    origin = (
        (sheet.origin[0] - sheet.window.x) * scale + section.x * PIXELS,
        (sheet.origin[1] - sheet.window.y) * scale + section.y * PIXELS,
    )
    document = pdfium.PdfDocument(path)
    try:
        bitmap = document[0].render(scale=scale, rev_byteorder=True)  # RGB
        data, stride, channels = bytes(bitmap.buffer), bitmap.stride, bitmap.n_channels
    finally:
        document.close()
    return Picture(data, stride, channels, origin)


def _canvas(scene: JourneyScene) -> Picture:
    """The map as the canvas draws it, ``PIXELS`` per map point."""
    layout = scene.layout
    width, height = layout.width * PIXELS, layout.height * PIXELS
    image = QImage(round(width) + 1, round(height) + 1, QImage.Format.Format_RGB888)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render_map(painter, QRectF(0, 0, width, height))
    painter.end()
    return Picture(bytes(image.constBits()), image.bytesPerLine(), 3, (0.0, 0.0))


@pytest.fixture(scope="module")
def pictures(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> tuple[MapLayout, Picture, Picture]:
    """The map's layout, the canvas's picture and the paper's."""
    document = Document(_project())
    scene = JourneyScene(document, document.project.journeys[0].id, Style())
    canvas = _canvas(scene)
    paper = _paper(document.project, tmp_path_factory.mktemp("parity") / "poster.pdf")
    layout = scene.layout
    scene.detach()
    return layout, canvas, paper


def _far(what: str, text: str, a: Box, b: Box, names: tuple[str, str]) -> list[str]:
    """A sentence for each edge where boxes ``a`` and ``b`` are more than 1 pt apart."""
    return [
        f"{text!r}: {what} {edge}: {names[0]} {p:.2f} pt, {names[1]} {q:.2f} pt ({q - p:+.2f})"
        for edge, p, q in zip(EDGES, a, b, strict=True)
        if abs(p - q) > TOLERANCE
    ]


def test_each_card_is_where_the_layout_puts_it_on_canvas_and_paper(
    pictures: tuple[MapLayout, Picture, Picture],
) -> None:
    layout, canvas, paper = pictures
    assert len(layout.cards) == len(CARDS)
    problems = []
    for box in layout.cards.values():
        x, y, w, h = layout.card_rect(box.card_id)
        expected = (x, y, x + w, y + h)
        text = box.lines[0].text
        on_canvas = card_fill(canvas, expected, layout.style)
        on_paper = card_fill(paper, expected, layout.style)
        problems += _far("box", text, expected, on_canvas, ("layout", "canvas"))
        problems += _far("box", text, expected, on_paper, ("layout", "paper"))
        problems += _far("box", text, on_canvas, on_paper, ("canvas", "paper"))
    assert not problems, "\n".join(problems)


def test_each_cards_first_line_has_the_same_ink_box_on_canvas_and_paper(
    pictures: tuple[MapLayout, Picture, Picture],
) -> None:
    layout, canvas, paper = pictures
    problems = []
    for box in layout.cards.values():
        x, y, w, h = layout.card_rect(box.card_id)
        expected = (x, y, x + w, y + h)
        text, badge = box.lines[0].text, box.votes > 0
        inks = []
        for picture in (canvas, paper):
            fill = card_fill(picture, expected, layout.style)
            ink = first_line_ink(picture, fill, layout.style, badge)
            assert ink is not None, f"{text!r}: no ink found in its first line's band"
            inks.append(ink)
        problems += _far("first line ink", text, inks[0], inks[1], ("canvas", "paper"))
    assert not problems, "\n".join(problems)
