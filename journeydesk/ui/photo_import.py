"""Turning a picture file into a persona's photo: checked, decoded with limits, re-encoded.

The file's header is checked first (``model.photos``: format, bytes, at most 4,096 pixels a
side) so that a picture declaring 60,000 x 60,000 pixels is refused before any decoding. The
picture is then decoded by Qt with an allocation limit, cropped to a centred square, scaled
down to ``PHOTO_SIDE`` and written again as PNG or JPEG: what goes into the project file is
always a small, clean picture made here, never the bytes of the original file.
"""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter

from journeydesk.i18n import Translatable, arg
from journeydesk.model.errors import ProjectLoadError
from journeydesk.model.photos import MAX_PHOTO_BYTES, PhotoError, check_photo
from journeydesk.model.project import Photo
from journeydesk.model.storage import read_project_file

#: The side of a stored photo, in pixels: sharp on a poster's persona panel, small in a file.
PHOTO_SIDE = 512
#: Qt's decoding limit, in megabytes (a 4,096 x 4,096 picture takes 64 MB as 32-bit pixels).
ALLOCATION_LIMIT_MB = 80

#: The formats a photo is stored in.
StoredType = Literal["image/png", "image/jpeg"]


class PhotoText(Translatable):
    """Texts of taking a picture file as a persona's photo: why one is refused."""


def photo_from_file(path: Path) -> Photo:
    """A persona photo made from the picture at ``path``; ``PhotoError`` with a sentence."""
    try:
        data = read_project_file(path)  # any regular file, refusing pipes and devices
    except ProjectLoadError as error:
        raise PhotoError(_file_problem(path) or str(error)) from None
    return photo_from_bytes(data)


def _file_problem(path: Path) -> str | None:
    """Why the file at ``path`` cannot be read as a picture, said of a picture (None: unsure).

    Asked after reading failed, as the reader's own sentences speak of project files.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return PhotoText.tr("The picture does not exist (any more).")
    except PermissionError:
        return PhotoText.tr("You do not have permission to read this picture.")
    except OSError:
        return None
    if stat.S_ISDIR(info.st_mode):
        return PhotoText.tr("This is a folder, not a picture.")
    if not stat.S_ISREG(info.st_mode):
        return PhotoText.tr(
            "This is not an ordinary file (it may be a pipe or a device), so it is not "
            "opened as a picture."
        )
    if info.st_size > MAX_PHOTO_BYTES:
        return _too_large()
    if not os.access(path, os.R_OK):
        return PhotoText.tr("You do not have permission to read this picture.")
    return None


def _too_large() -> str:
    megabytes = QLocale().toString(MAX_PHOTO_BYTES // (1024 * 1024))
    return arg(PhotoText.tr("The picture is larger than %1 MB; choose a smaller one."), megabytes)


def photo_from_bytes(data: bytes) -> Photo:
    """A persona photo made from the bytes of a picture file; ``PhotoError`` with a sentence."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(_too_large())
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
    encoded, stored_type = _encode(square, "image/png" if keep_alpha else "image/jpeg")
    if len(encoded) > MAX_PHOTO_BYTES:  # cannot happen at 512 x 512, but never store more
        raise PhotoError(PhotoText.tr("The picture could not be made small enough to store."))
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
        reason = reader.errorString().rstrip(".")  # Qt's words, translated by qtbase
        raise PhotoError(
            arg(PhotoText.tr("The picture could not be read (%1); it may be damaged."), reason)
        )
    return image


def _encode(image: QImage, media_type: StoredType) -> tuple[bytes, StoredType]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if media_type == "image/jpeg":
        writer = QImageWriter(buffer, b"JPG")
        writer.setQuality(88)
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    else:
        writer = QImageWriter(buffer, b"PNG")
    if not writer.write(image):
        raise PhotoError(
            PhotoText.tr("The picture could not be stored (its format cannot be written).")
        )
    return bytes(buffer.data().data()), media_type
