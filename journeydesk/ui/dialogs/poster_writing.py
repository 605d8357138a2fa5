"""Writing what the Export Poster dialog planned: the poster's PDF with a cancellable progress
bar, or the card sheets; then the offer to open the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from journeydesk.i18n import Translatable, arg
from journeydesk.layout.map_layout import MapLayout
from journeydesk.model.errors import FileWriteError
from journeydesk.poster.card_sheets import CardSheets, export_card_sheets
from journeydesk.poster.content import PosterContent
from journeydesk.poster.export import PosterRequest
from journeydesk.poster.painter import ExportCancelledError, export_poster
from journeydesk.poster.plan import PosterPlan
from journeydesk.ui import messages
from journeydesk.ui.dialogs.accessible import describe
from journeydesk.ui.messages import Button, quoted
from journeydesk.ui.open_file import open_in_viewer


class PosterWritingText(Translatable):
    """Texts shown while a poster or card sheets are written, and after."""


def write_card_sheets(parent: QWidget, sheets: CardSheets, target: Path, title: str) -> bool:
    """Write ``sheets`` to ``target``; False (and say why) if it failed."""
    try:
        export_card_sheets(sheets, target, title)
    except FileWriteError as error:
        messages.fail(parent, PosterWritingText.tr("Cannot Export Card Sheets"), str(error))
        return False
    return True


def write_poster(
    parent: QWidget,
    content: PosterContent,
    map_layout: MapLayout,
    plan: PosterPlan,
    request: PosterRequest,
    target: Path,
) -> bool:
    """Write the planned poster to ``target``; False if cancelled or it failed (said why)."""
    pages = len(plan.sheets) + (1 if plan.tiled and request.options.guide else 0)
    label, cancel = PosterWritingText.tr("Exporting the poster…"), PosterWritingText.tr("Cancel")
    progress = QProgressDialog(label, cancel, 0, pages, parent)
    progress.setWindowTitle(PosterWritingText.tr("Export Poster"))
    describe(
        progress,
        PosterWritingText.tr("Exporting the poster"),
        PosterWritingText.tr("Shows how many sheets are written; Cancel stops the export"),
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def step(done: int, total: int) -> bool:
        progress.setValue(done)
        QApplication.processEvents()
        return not progress.wasCanceled()

    try:
        export_poster(
            content.maps[0].journey,  # the map, or its blank wall template
            map_layout,
            content,
            plan,
            target,
            request.options,
            step,
        )
    except ExportCancelledError:
        return False
    except FileWriteError as error:
        messages.fail(parent, PosterWritingText.tr("Cannot Export Poster"), str(error))
        return False
    finally:
        progress.close()
    return True


def offer_to_open(parent: QWidget, target: Path, card_sheets: bool, summary: str) -> None:
    """Say where the PDF was saved and what it holds, and open it if the user wants to."""
    if card_sheets:
        text = PosterWritingText.tr("The card sheets were saved as %1 (%2). Open them now?")
    else:
        text = PosterWritingText.tr("The poster was saved as %1 (%2). Open it now?")
    answer = messages.ask(
        parent,
        PosterWritingText.tr("Poster Exported"),
        arg(text, quoted(target.name), summary),
        Button.Open | Button.Close,
        Button.Open,
    )
    if answer == Button.Open:
        open_in_viewer(parent, target, "PDF")
