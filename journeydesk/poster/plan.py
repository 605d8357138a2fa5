"""Planning a poster: which part of the map goes on which sheet, before anything is drawn.

A ``PosterPlan`` is plain data that tests can check without a PDF: the page size, the
poster's size and scale, and for each sheet its row, column, label and the window of the
poster it prints. All lengths are points; the poster's origin is its top left corner.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from journeydesk.i18n import Translatable, arg, number
from journeydesk.poster.papers import MAX_PAGE_SIDE, MM, Paper


class PlanText(Translatable):
    """The texts of poster plans: summaries, sheet labels and why options cannot work."""


class Orientation(StrEnum):
    """How the paper is turned; "auto" picks what suits the map best."""

    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"
    AUTO = "auto"


class PosterError(ValueError):
    """Options that cannot make a poster; the message is a sentence for the facilitator."""


@dataclass(frozen=True)
class Rect:
    """A rectangle in points; ``x``/``y`` is its top left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        """The x of the right edge."""
        return self.x + self.width

    @property
    def bottom(self) -> float:
        """The y of the bottom edge."""
        return self.y + self.height


@dataclass(frozen=True)
class Sheet:
    """One printed page of the poster."""

    number: int  # 1-based, row by row from the top left
    row: int  # 1-based
    column: int  # 1-based
    #: The part of the poster this sheet prints, in poster coordinates.
    window: Rect
    #: Where the window's top left corner lands on the page (from the page's top left).
    origin: tuple[float, float]
    label: str


@dataclass(frozen=True)
class PosterPlan:
    """A whole poster: the page size, the poster's size and scale, and its sheets."""

    #: The paper's short name in the user's language, e.g. "A4" or "Custom".
    paper_name: str
    page_width: float
    page_height: float
    margin: float
    overlap: float
    poster_width: float
    poster_height: float
    #: Poster points per map point (1.0: the map at the size it has on screen at 100%).
    scale: float
    rows: int
    columns: int
    sheets: tuple[Sheet, ...]
    tiled: bool
    #: Sentences to show before exporting, e.g. that the poster was scaled down to fit.
    notes: tuple[str, ...] = ()

    @property
    def printable_width(self) -> float:
        """The width of a page less its margins."""
        return self.page_width - 2 * self.margin

    @property
    def printable_height(self) -> float:
        """The height of a page less its margins."""
        return self.page_height - 2 * self.margin

    def page_count(self, guide: bool = True) -> int:
        """How many pages the PDF has: the sheets, and the assembly guide of a tiled poster."""
        return len(self.sheets) + (1 if self.tiled and guide else 0)

    def summary(self) -> str:
        """For example "3 x 4 sheets of A4, 78 x 82 cm" or "1 sheet of A0, 118 x 84 cm"."""
        size = centimetres(self.poster_width, self.poster_height)
        paper = self.paper_name
        if not self.tiled:
            page = centimetres(self.page_width, self.page_height)
            return arg(PlanText.tr("1 sheet of %1 (%2), poster %3"), paper, page, size)
        if self.rows * self.columns == 1:
            return arg(PlanText.tr("1 sheet of %1, %2"), paper, size)
        columns, rows = number(self.columns), number(self.rows)
        return arg(PlanText.tr("%1 x %2 sheets of %3, %4"), columns, rows, paper, size)


def centimetres(width: float, height: float) -> str:
    """A size in points said in whole centimetres, e.g. "118 x 84 cm"."""
    return arg(PlanText.tr("%1 x %2 cm"), number(width / MM / 10), number(height / MM / 10))


def sheets_to_cover(length: float, printable: float, overlap: float = 0.0) -> int:
    """How many sheets (or pages) printing ``printable`` points each, overlapping their
    neighbours by ``overlap``, it takes to cover ``length``: at least one.

    Each sheet after the first adds ``printable - overlap``; a length a hair (1e-9 of a
    sheet) over a whole number of sheets does not take another.
    """
    step = printable - overlap
    if step <= 0:
        raise ValueError("a sheet must print more than it overlaps")
    return max(1, math.ceil((length - overlap) / step - 1e-9))


def covered_length(count: int, printable: float, overlap: float = 0.0) -> float:
    """The length ``count`` sheets of ``printable`` points, overlapping by ``overlap``, cover."""
    return count * (printable - overlap) + overlap


def _oriented(paper: Paper, landscape: bool) -> tuple[float, float]:
    assert paper.height is not None
    short, long = sorted((paper.width, paper.height))
    return (long, short) if landscape else (short, long)


def plan_single(
    map_width: float,
    map_height: float,
    paper: Paper,
    orientation: Orientation = Orientation.AUTO,
    margin: float = 10 * MM,
    title: str = "",
    *,
    full_size: bool = False,
) -> PosterPlan:
    """The whole map on one page, as large as the page allows (or, ``full_size``, at 100 %:
    a blank wall template's cells must hold real sticky notes)."""
    _check_map(map_width, map_height)
    if margin < 0:
        raise PosterError(PlanText.tr("The margin cannot be negative."))
    notes: list[str] = []
    if paper.is_roll:
        page_w, page_h, scale = _roll_page(map_width, map_height, paper, orientation, margin, notes)
    else:
        landscape = (
            map_width > map_height
            if orientation is Orientation.AUTO
            else orientation is Orientation.LANDSCAPE
        )
        page_w, page_h = _oriented(paper, landscape)
        if max(page_w, page_h) > MAX_PAGE_SIDE:
            shrink = MAX_PAGE_SIDE / max(page_w, page_h)
            page_w, page_h = page_w * shrink, page_h * shrink
            notes.append(
                arg(
                    PlanText.tr(
                        "The paper is larger than the 200-inch limit of PDF pages, so the page "
                        "was scaled down to fit; print it at %1% to get the size you asked for."
                    ),
                    number(100 / shrink),
                )
            )
        if page_w <= 2 * margin or page_h <= 2 * margin:
            raise PosterError(PlanText.tr("The margins leave no room on the page for the map."))
        scale = min((page_w - 2 * margin) / map_width, (page_h - 2 * margin) / map_height)
    if full_size:
        if scale < 1 - 1e-9:
            raise PosterError(
                arg(
                    PlanText.tr(
                        "At full size the poster is %1, more than %2 holds: print it as tiles, "
                        "or on a larger sheet."
                    ),
                    centimetres(map_width, map_height),
                    paper.title,
                )
            )
        scale = 1.0
        if paper.is_roll:  # the roll is cut to the poster's length, not the page's
            if page_w == paper.width:
                page_h = map_height + 2 * margin
            else:
                page_w = map_width + 2 * margin
    poster_w, poster_h = map_width * scale, map_height * scale
    origin = ((page_w - poster_w) / 2, (page_h - poster_h) / 2)  # centred
    sheet = Sheet(1, 1, 1, Rect(0, 0, poster_w, poster_h), origin, _label(1, 1, 1, 1, title))
    return PosterPlan(
        paper.label,
        page_w,
        page_h,
        margin,
        0.0,
        poster_w,
        poster_h,
        scale,
        1,
        1,
        (sheet,),
        False,
        tuple(notes),
    )


def _roll_page(
    map_width: float,
    map_height: float,
    paper: Paper,
    orientation: Orientation,
    margin: float,
    notes: list[str],
) -> tuple[float, float, float]:
    """A roll's page: its width fixed, its length cut to the poster. Returns (w, h, scale)."""
    across = paper.width - 2 * margin
    if across <= 0:
        raise PosterError(PlanText.tr("The margins leave no room on the roll for the map."))
    options = []
    for landscape in (False, True):
        if orientation is not Orientation.AUTO and landscape != (
            orientation is Orientation.LANDSCAPE
        ):
            continue
        # Portrait: the map's width runs across the roll; landscape: its height does.
        scale = across / (map_height if landscape else map_width)
        along = (map_width if landscape else map_height) * scale + 2 * margin
        shrunk = False
        if along > MAX_PAGE_SIDE:
            scale *= (MAX_PAGE_SIDE - 2 * margin) / (along - 2 * margin)
            along = MAX_PAGE_SIDE
            shrunk = True
        page = (along, paper.width) if landscape else (paper.width, along)
        options.append((scale, page, shrunk))
    scale, (page_w, page_h), shrunk = max(options, key=lambda option: option[0])
    if shrunk:
        notes.append(
            PlanText.tr(
                "At full roll width the poster would be longer than 200 inches, the limit of a "
                "PDF page, so it was scaled down to 200 inches long."
            )
        )
    return page_w, page_h, scale


@dataclass(frozen=True)
class PosterSize:
    """How big a tiled poster should be: exactly one of the four is set."""

    scale: float | None = None  # poster points per map point
    width: float | None = None  # points
    height: float | None = None  # points
    columns: int | None = None  # sheets wide
    rows: int | None = None  # with ``columns``: at most this many sheets high


def plan_tiled(
    map_width: float,
    map_height: float,
    paper: Paper,
    size: PosterSize,
    orientation: Orientation = Orientation.AUTO,
    margin: float = 10 * MM,
    overlap: float = 10 * MM,
    title: str = "",
) -> PosterPlan:
    """The map at the chosen size, split over sheets that overlap by ``overlap``."""
    _check_map(map_width, map_height)
    if paper.is_roll:
        raise PosterError(
            PlanText.tr("A roll prints the poster in one piece: choose one sheet, not tiles.")
        )
    if margin < 0 or overlap < 0:
        raise PosterError(PlanText.tr("The margin and the overlap cannot be negative."))
    if max(paper.width, paper.height or 0) > MAX_PAGE_SIDE:
        raise PosterError(
            PlanText.tr("Sheets larger than 200 inches cannot be printed as PDF pages.")
        )
    if orientation is Orientation.AUTO:
        plans = [
            _plan_grid(map_width, map_height, paper, size, landscape, margin, overlap, title)
            for landscape in (False, True)
        ]
        return min(plans, key=lambda plan: (len(plan.sheets), plan.page_width > plan.page_height))
    landscape = orientation is Orientation.LANDSCAPE
    return _plan_grid(map_width, map_height, paper, size, landscape, margin, overlap, title)


def _plan_grid(
    map_width: float,
    map_height: float,
    paper: Paper,
    size: PosterSize,
    landscape: bool,
    margin: float,
    overlap: float,
    title: str,
) -> PosterPlan:
    page_w, page_h = _oriented(paper, landscape)
    printable_w, printable_h = page_w - 2 * margin, page_h - 2 * margin
    if min(printable_w, printable_h) - overlap < 5 * MM:  # each sheet must add something
        raise PosterError(
            PlanText.tr(
                "The margins and the overlap leave no room on the sheets: make them smaller."
            )
        )
    if size.scale is not None:
        scale = size.scale
    elif size.width is not None:
        scale = size.width / map_width
    elif size.height is not None:
        scale = size.height / map_height
    elif size.columns is not None:
        if size.columns < 1 or (size.rows is not None and size.rows < 1):
            raise PosterError(
                PlanText.tr("A poster is at least one sheet wide and one sheet high.")
            )
        scale = covered_length(size.columns, printable_w, overlap) / map_width
        if size.rows is not None:  # as large as fits in columns x rows sheets
            scale = min(scale, covered_length(size.rows, printable_h, overlap) / map_height)
    else:
        raise PosterError(
            PlanText.tr("Choose the poster's size: a scale, a width, a height or sheets wide.")
        )
    if scale <= 0 or not math.isfinite(scale):
        raise PosterError(PlanText.tr("The poster's size must be larger than zero."))
    poster_w, poster_h = map_width * scale, map_height * scale
    columns = sheets_to_cover(poster_w, printable_w, overlap)
    rows = sheets_to_cover(poster_h, printable_h, overlap)
    if size.columns is not None and size.rows is None:
        columns = size.columns
    if rows * columns > 10_000:
        raise PosterError(
            arg(
                PlanText.tr("That poster would take %1 sheets; choose a smaller size."),
                number(rows * columns),
            )
        )
    step_w, step_h = printable_w - overlap, printable_h - overlap
    total = rows * columns
    sheets = tuple(
        Sheet(
            number=r * columns + c + 1,
            row=r + 1,
            column=c + 1,
            window=Rect(c * step_w, r * step_h, printable_w, printable_h),
            origin=(margin, margin),
            label=_label(r + 1, c + 1, r * columns + c + 1, total, title),
        )
        for r in range(rows)
        for c in range(columns)
    )
    return PosterPlan(
        paper.label,
        page_w,
        page_h,
        margin,
        overlap,
        poster_w,
        poster_h,
        scale,
        rows,
        columns,
        sheets,
        True,
    )


def _label(row: int, column: int, index: int, total: int, title: str) -> str:
    """A tile's label in its margin, e.g. "Row 2 · Column 3 · sheet 7 of 12 · Onboarding"."""
    numbers = number(row), number(column), number(index), number(total)
    if title:
        return arg(PlanText.tr("Row %1 · Column %2 · sheet %3 of %4 · %5"), *numbers, title)
    return arg(PlanText.tr("Row %1 · Column %2 · sheet %3 of %4"), *numbers)


def _check_map(width: float, height: float) -> None:
    if not (width > 0 and height > 0):
        raise PosterError(
            PlanText.tr("The map is empty: add a stage and a lane before printing it.")
        )
