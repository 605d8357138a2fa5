"""A persona photo from a picture file: header checked first, decoded with limits, re-encoded."""

from __future__ import annotations

import base64
import os
import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from journeydesk.model.photos import PhotoError
from journeydesk.model.project import Persona
from journeydesk.ui.photo_import import PHOTO_SIDE, photo_from_bytes, photo_from_file


def picture(width: int, height: int, fmt: str, alpha: bool = False) -> bytes:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0) if alpha else QColor("#3366cc"))
    image.setPixelColor(width // 2, height // 2, QColor("#ff0000"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(buffer.data().data())


def decoded(photo_data: str) -> QImage:
    image = QImage()
    assert image.loadFromData(base64.b64decode(photo_data))
    return image


def test_a_wide_photo_becomes_a_small_centred_square(qapp: object) -> None:
    photo = photo_from_bytes(picture(2000, 1000, "JPG"))
    assert photo.media_type == "image/jpeg"
    image = decoded(photo.data)
    assert (image.width(), image.height()) == (PHOTO_SIDE, PHOTO_SIDE)
    Persona(name="Eva", photo=photo)  # the model accepts what was made


def test_transparency_is_kept_as_png(qapp: object) -> None:
    photo = photo_from_bytes(picture(300, 200, "PNG", alpha=True))
    assert photo.media_type == "image/png"
    image = decoded(photo.data)
    assert (image.width(), image.height()) == (200, 200)  # not enlarged
    assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0


def test_a_header_declaring_a_huge_picture_is_refused_before_decoding(qapp: object) -> None:
    header = struct.pack(">IIBBBBB", 60_000, 60_000, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    png = (
        b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    )
    with pytest.raises(PhotoError, match="60,000 x 60,000 pixels"):
        photo_from_bytes(png + b"\0" * 100)


def test_not_a_picture_and_a_damaged_one_are_sentences(qapp: object) -> None:
    with pytest.raises(PhotoError):
        photo_from_bytes(b"%PDF-1.7 not a picture")
    good = picture(64, 64, "PNG")
    with pytest.raises(PhotoError, match="could not be read"):
        photo_from_bytes(good[:60])  # the header survives, the pixels do not


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_a_pipe_is_refused_without_waiting(qapp: object, tmp_path: Path) -> None:
    fifo = tmp_path / "photo.png"
    os.mkfifo(fifo)
    with pytest.raises(PhotoError):
        photo_from_file(fifo)


def test_a_picture_file_is_read(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "eva.png"
    path.write_bytes(picture(800, 600, "PNG"))
    image = decoded(photo_from_file(path).data)
    assert image.width() == image.height() == PHOTO_SIDE
    assert image.pixelColor(5, 5) == QColor("#3366cc")
