"""File > Print…: the map fitted on one page or tiled at full size, through a real QPrinter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.style import Style
from journeydesk.resources import resource_path
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.printing import page_grid
from tests.ui.helpers import shown_window

EXAMPLE = resource_path("examples", "eva-pizza.journey")
Button = QMessageBox.StandardButton


def test_the_grid_counts_whole_pages() -> None:
    assert page_grid((100, 100), (100, 100)) == (1, 1)
    assert page_grid((100.5, 30), (100, 100)) == (2, 1)
    assert page_grid((350, 250), (100, 120)) == (4, 3)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, EXAMPLE)


def print_to(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: dict, path: Path, full: bool
) -> list[float]:
    """Print through the menu into a PDF; return each page's share of non-white pixels."""

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    answers["replies"].append(Button.No if full else Button.Yes)
    window.print_action.trigger()
    document = pdfium.PdfDocument(path)
    shares = []
    for page in document:
        image = page.render(scale=0.5).to_pil().convert("L")
        histogram = image.histogram()
        shares.append(sum(histogram[:240]) / sum(histogram))
    document.close()
    return shares


def test_printing_fits_the_map_on_one_page(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: dict, tmp_path: Path
) -> None:
    (share,) = print_to(window, monkeypatch, answers, tmp_path / "one.pdf", full=False)
    assert share > 0.1


def test_printing_at_full_size_tiles_the_map(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: dict, tmp_path: Path
) -> None:
    shares = print_to(window, monkeypatch, answers, tmp_path / "tiles.pdf", full=True)
    layout = MapLayout(window.document.project.journeys[0], Style())
    assert len(shares) >= 4
    assert all(share > 0.001 for share in shares)  # no blank page: each holds some map
    # A4 portrait holds far less than the map: the page count follows from its size.
    assert len(shares) >= (layout.width // 595) * (layout.height // 842)
