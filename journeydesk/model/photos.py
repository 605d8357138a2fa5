"""Persona photos: which pictures a project may embed, checked from their headers alone.

Qt-free: the type and the pixel size are read from the first bytes of the picture (PNG,
JPEG, GIF or WebP), without decoding any pixel, so a damaged or hostile picture (a "pixel
bomb" that declares 60,000 x 60,000 pixels in a few bytes) is refused before anything tries
to decode it. Decoding, cropping and re-encoding on import happen in the UI, with Qt.
"""

from __future__ import annotations

import struct

from journeydesk.i18n import QT_TRANSLATE_NOOP, Translatable, arg, number

#: The longest side a photo may have, in pixels; a persona's picture needs far less.
MAX_PHOTO_SIDE = 4096
#: The most pixels a photo may have (a square of ``MAX_PHOTO_SIDE``).
MAX_PHOTO_PIXELS = MAX_PHOTO_SIDE * MAX_PHOTO_SIDE
#: The largest photo file, in bytes (before base64).
MAX_PHOTO_BYTES = 4 * 1024 * 1024
#: The media types a photo may have, with the name a facilitator knows them by.
MEDIA_TYPES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/gif": "GIF", "image/webp": "WebP"}

_NOT_A_PICTURE = QT_TRANSLATE_NOOP(
    "PhotoCheckText", "The photo is not a PNG, JPEG, GIF or WebP picture."
)
_CUT_SHORT = QT_TRANSLATE_NOOP(
    "PhotoCheckText", "The photo is a damaged picture (its header is cut short)."
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "PhotoCheckText", "The photo is a damaged picture (its header cannot be read)."
)
# JPEG markers that start a frame and carry its size: SOF0-SOF15 but DHT, JPG and DAC.
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


class PhotoCheckText(Translatable):
    """Sentences refusing a picture as a persona's photo."""


class PhotoError(Exception):
    """A picture cannot be a persona's photo; ``str()`` is a sentence for the user."""


def _refusal(source: str, *values: object) -> PhotoError:
    """The error of a sentence marked in ``PhotoCheckText``, translated and filled."""
    return PhotoError(arg(PhotoCheckText.tr(source), *values))


def sniff_image(data: bytes) -> tuple[str, int, int]:
    """The media type, width and height that the header of ``data`` declares.

    Raises ``PhotoError`` if ``data`` is not a PNG, JPEG, GIF or WebP picture, or if its
    header is damaged. Nothing past the header is read or checked.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ("image/png", *_png_size(data))
    if data.startswith(b"\xff\xd8\xff"):
        return ("image/jpeg", *_jpeg_size(data))
    if data.startswith((b"GIF87a", b"GIF89a")):
        if len(data) < 10:
            raise _refusal(_CUT_SHORT)
        width, height = struct.unpack_from("<HH", data, 6)
        return ("image/gif", width, height)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return ("image/webp", *_webp_size(data))
    raise _refusal(_NOT_A_PICTURE)


def check_photo(data: bytes, media_type: str | None = None) -> tuple[str, int, int]:
    """Check that ``data`` may be a persona's photo; return its media type, width and height.

    The file must be at most ``MAX_PHOTO_BYTES``, a PNG, JPEG, GIF or WebP picture with at
    least one pixel and at most ``MAX_PHOTO_SIDE`` on each side, and of ``media_type`` when
    one is given. Raises ``PhotoError`` with a sentence otherwise.
    """
    if len(data) > MAX_PHOTO_BYTES:
        limit = number(MAX_PHOTO_BYTES // (1024 * 1024))
        raise _refusal(
            QT_TRANSLATE_NOOP("PhotoCheckText", "The photo is larger than %1 MB."), limit
        )
    found, width, height = sniff_image(data)
    if width < 1 or height < 1:
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "PhotoCheckText", "The photo has no pixels (its header says %1 x %2)."
            ),
            number(width),
            number(height),
        )
    if width > MAX_PHOTO_SIDE or height > MAX_PHOTO_SIDE:
        side = number(MAX_PHOTO_SIDE)
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "PhotoCheckText", "The photo is %1 x %2 pixels, the limit is %3 x %4."
            ),
            number(width),
            number(height),
            side,
            side,
        )
    if media_type is not None and media_type != found:
        declared = MEDIA_TYPES.get(media_type, media_type)
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "PhotoCheckText", "The photo is marked as a %1 picture but holds a %2 picture."
            ),
            declared,
            MEDIA_TYPES[found],
        )
    return found, width, height


def _png_size(data: bytes) -> tuple[int, int]:
    # The signature is followed by the IHDR chunk: length, "IHDR", width, height.
    if len(data) < 24:
        raise _refusal(_CUT_SHORT)
    if data[12:16] != b"IHDR":
        raise _refusal(_DAMAGED)
    width, height = struct.unpack_from(">II", data, 16)
    return width, height


def _jpeg_size(data: bytes) -> tuple[int, int]:
    # Walk the segments after the start marker until a frame header gives the size.
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            raise _refusal(_DAMAGED)
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte before a marker
            at += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:  # markers without a length
            at += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image, or picture data, before any frame size
            raise _refusal(_DAMAGED)
        (length,) = struct.unpack_from(">H", data, at + 2)
        if length < 2:
            raise _refusal(_DAMAGED)
        if marker in _JPEG_FRAMES:
            if at + 9 > len(data):
                raise _refusal(_CUT_SHORT)
            height, width = struct.unpack_from(">HH", data, at + 5)
            return width, height
        at += 2 + length
    raise _refusal(_CUT_SHORT)


def _webp_size(data: bytes) -> tuple[int, int]:
    # RIFF header (12 bytes), then the first chunk: its kind, its length, then its data.
    if len(data) < 30:
        raise _refusal(_CUT_SHORT)
    kind = data[12:16]
    if kind == b"VP8X":  # extended: canvas width and height minus one, 24 bits each
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if kind == b"VP8L":  # lossless: a signature byte, then 14 bits each of size minus one
        if data[20] != 0x2F:
            raise _refusal(_DAMAGED)
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1
    if kind == b"VP8 ":  # lossy: a frame tag, a start code, then 14 bits each of size
        if data[23:26] != b"\x9d\x01\x2a":
            raise _refusal(_DAMAGED)
        width, height = struct.unpack_from("<HH", data, 26)
        return width & 0x3FFF, height & 0x3FFF
    raise _refusal(_DAMAGED)
