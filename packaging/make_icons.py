"""Make the application's bitmap icons from its SVG: PNGs from 16 to 512 px, .ico and .icns.

Run after changing resources/icons/journeydesk.svg, from the checkout:

    .venv/bin/python packaging/make_icons.py

Qt draws the SVG at each size (so small sizes are drawn small, not shrunk from a large one);
Pillow packs them into a Windows .ico and a macOS .icns. The results are committed under
resources/icons/, so builds need neither tool.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at ``size`` x ``size`` pixels, as a Pillow image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    """Write the PNGs, the .ico and the .icns; print what was written."""
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "journeydesk.svg"))
    if not renderer.isValid():
        print("resources/icons/journeydesk.svg could not be read.", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    png_folder = ICONS / "png"
    png_folder.mkdir(exist_ok=True)
    for size, image in images.items():
        image.save(png_folder / f"journeydesk-{size}.png", optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(ICONS / "journeydesk.ico", sizes=[(s, s) for s in ICO_SIZES])
    images[512].save(ICONS / "journeydesk.icns")
    for path in sorted(
        [*png_folder.iterdir(), ICONS / "journeydesk.ico", ICONS / "journeydesk.icns"]
    ):
        print(f"{path.relative_to(ICONS.parent.parent)}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
