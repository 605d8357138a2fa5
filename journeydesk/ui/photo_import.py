"""Turning a picture file into a persona's photo: checked, decoded with limits, re-encoded.

The file's header is checked first (``model.photos``: format, bytes, at most 4,096 pixels a
side) so that a picture declaring 60,000 x 60,000 pixels is refused before any decoding. The
picture is then decoded by Qt with an allocation limit, cropped to a centred square, scaled
down to ``PHOTO_SIDE`` and written again as PNG or JPEG: what goes into the project file is
always a small, clean picture made here, never the bytes of the original file.
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from journeydesk.model.errors import ProjectLoadError
from journeydesk.model.photos import MAX_PHOTO_BYTES, PhotoError, check_photo
from journeydesk.model.project import Photo
from journeydesk.model.storage import read_project_file

#: The side of a stored photo, in pixels: sharp on a poster's persona panel, small in a file.
PHOTO_SIDE = 512
#: Qt's decoding limit, in megabytes (a 4,096 x 4,096 picture takes 64 MB as 32-bit pixels).
ALLOCATION_LIMIT_MB = 80


def photo_from_file(path: Path) -> Photo:
    """A persona photo made from the picture at ``path``; ``PhotoError`` with a sentence."""
    try:
        data = read_project_file(path)  # any regular file, refusing pipes and devices
    except ProjectLoadError as error:
        raise PhotoError(str(error).replace("project file", "picture")) from None
    return photo_from_bytes(data)


def photo_from_bytes(data: bytes) -> Photo:
    """A persona photo made from the bytes of a picture file; ``PhotoError`` with a sentence."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(
            f"The picture is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB; "
            "choose a smaller one."
        )
    media_type, _width, _height = check_photo(data)  # header, format and size first
    image = _decode(data)
    side = min(image.width(), image.height())
    square = image.copy(
        QRect((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    )
    if side > PHOTO_SIDE:
        square = square.scaled(
            QSize(PHOTO_SIDE, PHOTO_SIDE),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    keep_alpha = square.hasAlphaChannel() and media_type != "image/jpeg"
    encoded, stored_type = _encode(square, "PNG" if keep_alpha else "JPG")
    if len(encoded) > MAX_PHOTO_BYTES:  # cannot happen at 512 x 512, but never store more
        raise PhotoError("The picture could not be made small enough to store.")
    return Photo(media_type=stored_type, data=base64.b64encode(encoded).decode("ascii"))


def _decode(data: bytes) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)  # a phone photo taken sideways stands upright
    image = reader.read()
    if image.isNull():
        raise PhotoError(
            f"The picture could not be read ({reader.errorString().rstrip('.')}); "
            "it may be damaged."
        )
    return image


def _encode(image: QImage, format_name: str) -> tuple[bytes, str]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if format_name == "JPG":
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        ok = image.save(buffer, "JPG", 88)
        media_type = "image/jpeg"
    else:
        ok = image.save(buffer, "PNG")
        media_type = "image/png"
    if not ok:
        raise PhotoError("The picture could not be stored (its format cannot be written).")
    return bytes(buffer.data().data()), media_type
