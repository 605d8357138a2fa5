"""Pictures of a map for slides: PNG at a scale, SVG with outlined text, the clipboard."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.style import Style
from journeydesk.model.storage import load_project
from journeydesk.resources import resource_path
from journeydesk.ui.dialogs.export_image import ExportImageDialog
from journeydesk.ui.document import Document
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.map_image import Region, render_png, render_svg
from tests.ui.helpers import shown_window

EXAMPLE = resource_path("examples", "eva-pizza.journey")


@pytest.fixture
def document(qapp: object) -> Document:
    return Document(load_project(EXAMPLE))


def ink(image: QImage) -> int:
    """How many of a sample of pixels are not white."""
    step = max(1, image.width() // 200)
    return sum(
        image.pixelColor(x, y) != QColor("#ffffff")
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    )


def test_a_png_has_the_posters_layout_at_twice_the_size(document: Document) -> None:
    journey = document.project.journeys[0]
    layout = MapLayout(journey, Style())
    image = render_png(document, journey.id)
    assert (image.width(), image.height()) == (
        pytest.approx(2 * layout.width, abs=1),
        pytest.approx(2 * layout.height, abs=1),
    )
    assert ink(image) > 1000
    assert round(image.dotsPerMeterX() * 0.0254) == 144  # 2 pixels per point


def test_some_stages_come_with_the_lane_headers_beside_them(document: Document) -> None:
    journey = document.project.journeys[0]
    layout = MapLayout(journey, Style())
    image = render_png(document, journey.id, 1.0, Region(1, 2))
    expected = layout.style.lane_header_width + layout.stages[1].width + layout.stages[2].width
    assert image.width() == pytest.approx(expected, abs=1)
    whole = render_png(document, journey.id, 1.0)
    # The lane headers are the same pixels in both pictures.
    header = round(layout.style.lane_header_width) - 2
    assert image.copy(0, 0, header, image.height()) == whole.copy(0, 0, header, whole.height())


def test_an_svg_is_valid_in_points_with_its_text_as_outlines(document: Document) -> None:
    journey = document.project.journeys[0]
    layout = MapLayout(journey, Style())
    data = render_svg(document, journey.id)
    root = ET.fromstring(data)
    namespace = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{namespace}svg"
    view_box = [float(v) for v in root.get("viewBox", "").split()]
    assert view_box == pytest.approx([0, 0, layout.width, layout.height])
    assert not list(root.iter(f"{namespace}text"))  # no fonts needed to view it
    assert len(list(root.iter(f"{namespace}path"))) > 100
    renderer = QSvgRenderer(QByteArray(data))
    assert renderer.isValid()
    image = QImage(800, round(800 * layout.height / layout.width), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert ink(image) > 500


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, EXAMPLE)


def test_copy_as_image_puts_the_map_on_the_clipboard(window: MainWindow) -> None:
    window.copy_image_action.trigger()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() > 1000
    assert ink(image) > 1000


def test_export_image_writes_the_chosen_stages_as_png(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose(dialog: ExportImageDialog) -> int:
        dialog.some.setChecked(True)
        dialog.first.setCurrentIndex(0)
        dialog.last.setCurrentIndex(1)
        dialog.scale.setValue(1.0)
        assert "pixels" in dialog.summary.text()
        return ExportImageDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportImageDialog, "exec", choose)
    target = tmp_path / "two stages.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.image_action.trigger()
    image = QImage(str(target))
    layout = MapLayout(window.document.project.journeys[0], Style())
    expected = layout.style.lane_header_width + layout.stages[0].width + layout.stages[1].width
    assert image.width() == pytest.approx(expected, abs=1)


def test_export_image_can_be_given_a_width_in_pixels(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose(dialog: ExportImageDialog) -> int:
        dialog.unit.setCurrentIndex(1)  # pixels wide
        dialog.scale.setValue(1000)
        assert dialog.summary.text().startswith("1000 x ")
        return ExportImageDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportImageDialog, "exec", choose)
    target = tmp_path / "slide.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.image_action.trigger()
    assert QImage(str(target)).width() == 1000
