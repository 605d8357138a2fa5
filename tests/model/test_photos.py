"""Persona photos: only PNG, JPEG, GIF or WebP pictures of at most 4096 x 4096 pixels, whose
declared media type matches their bytes. Checked from the headers, without decoding pixels,
so that the check is Qt-free and a picture bomb costs nothing to refuse.
"""

from __future__ import annotations

import base64
import io
import struct
from typing import Any

import pytest

from journeydesk.i18n import number
from journeydesk.model import ProjectLoadError
from journeydesk.model.photos import (
    MAX_PHOTO_BYTES,
    MAX_PHOTO_PIXELS,
    MAX_PHOTO_SIDE,
    PhotoError,
    check_photo,
    sniff_image,
)
from journeydesk.model.storage import parse_project

from .test_bad_files import assert_reads_as_a_sentence, encode, valid_raw


def png(width: int, height: int) -> bytes:
    ihdr = struct.pack(">II", width, height) + bytes([8, 6, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + b"\0\0\0\0"


def gif(width: int, height: int, version: bytes = b"89a") -> bytes:
    return b"GIF" + version + struct.pack("<HH", width, height) + b"\xf7\0\0" + b"\0" * 20


def jpeg(width: int, height: int, sof: int = 0xC0, exif: int = 0) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\1\1\0\0\1\0\1\0\0"
    app1 = b"\xff\xe1" + struct.pack(">H", exif + 2) + b"E" * exif if exif else b""
    frame = struct.pack(">BHHB", 8, height, width, 3) + b"\1\x22\0\2\x11\1\3\x11\1"
    sof_segment = bytes([0xFF, sof]) + struct.pack(">H", len(frame) + 2) + frame
    return b"\xff\xd8" + app0 + app1 + b"\xff\xff" + sof_segment + b"\xff\xda\0\2" + b"\0" * 8


def webp(width: int, height: int, kind: str) -> bytes:
    if kind == "VP8X":
        size = (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
        body = b"\x10\0\0\0" + size
    elif kind == "VP8L":
        bits = (width - 1) | (height - 1) << 14
        body = b"\x2f" + bits.to_bytes(4, "little") + b"\0" * 5
    else:
        body = b"\x30\x01\x00\x9d\x01\x2a" + struct.pack("<HH", width, height) + b"\0" * 4
    chunk = kind.encode().ljust(4) + struct.pack("<I", len(body)) + body
    return b"RIFF" + struct.pack("<I", len(chunk) + 4) + b"WEBP" + chunk


# --- Header sniffing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (png(1, 1), ("image/png", 1, 1)),
        (png(640, 480), ("image/png", 640, 480)),
        (gif(33, 44), ("image/gif", 33, 44)),
        (gif(33, 44, b"87a"), ("image/gif", 33, 44)),
        (jpeg(800, 600), ("image/jpeg", 800, 600)),
        (jpeg(800, 600, sof=0xC2), ("image/jpeg", 800, 600)),  # progressive
        (jpeg(300, 200, exif=40_000), ("image/jpeg", 300, 200)),  # size after a large EXIF
        (webp(320, 240, "VP8 "), ("image/webp", 320, 240)),
        (webp(320, 240, "VP8L"), ("image/webp", 320, 240)),
        (webp(4096, 3000, "VP8X"), ("image/webp", 4096, 3000)),
    ],
)
def test_sniff_image_reads_type_and_size_from_the_header(
    data: bytes, expected: tuple[str, int, int]
) -> None:
    assert sniff_image(data) == expected


@pytest.mark.parametrize("media_type", ["image/png", "image/jpeg", "image/gif", "image/webp"])
def test_sniff_image_agrees_with_a_real_encoder(media_type: str) -> None:
    image_module = pytest.importorskip("PIL.Image")
    buffer = io.BytesIO()
    image_module.new("RGB", (123, 45), "orange").save(buffer, media_type.split("/")[1].upper())
    assert sniff_image(buffer.getvalue()) == (media_type, 123, 45)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello, this is text",
        b"BM" + b"\0" * 60,  # a BMP
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        b"%PDF-1.7\n",
    ],
)
def test_other_files_are_not_pictures(data: bytes) -> None:
    with pytest.raises(PhotoError) as error:
        sniff_image(data)
    assert str(error.value) == "The photo is not a PNG, JPEG, GIF or WebP picture."


@pytest.mark.parametrize(
    "data",
    [
        png(10, 10)[:20],
        gif(10, 10)[:8],
        jpeg(10, 10)[:30],
        b"\xff\xd8\xff\xe0\x00\x01",  # a segment length that cannot be
        b"\xff\xd8\xff\xda\0\2" + b"\0" * 10,  # picture data before any size
        webp(10, 10, "VP8 ")[:24],
        b"RIFF\0\0\0\0WEBPJUNK\0\0\0\0" + b"\0" * 20,
    ],
)
def test_cut_or_broken_headers_are_damaged_pictures(data: bytes) -> None:
    with pytest.raises(PhotoError) as error:
        sniff_image(data)
    assert "damaged" in str(error.value)


# --- The whole check -------------------------------------------------------------------------


def test_check_photo_accepts_the_largest_allowed_picture() -> None:
    assert MAX_PHOTO_SIDE == 4096
    assert MAX_PHOTO_PIXELS == 4096 * 4096
    assert check_photo(png(4096, 4096), "image/png") == ("image/png", 4096, 4096)


@pytest.mark.parametrize("size", [(4097, 10), (10, 4097), (60_000, 60_000)])
def test_check_photo_refuses_too_many_pixels(size: tuple[int, int]) -> None:
    with pytest.raises(PhotoError) as error:
        check_photo(png(*size), "image/png")
    assert str(error.value) == (
        f"The photo is {number(size[0])} x {number(size[1])} pixels, the limit is {number(4096)} x "
        f"{number(4096)}."
    )


def test_check_photo_refuses_a_picture_without_pixels() -> None:
    with pytest.raises(PhotoError) as error:
        check_photo(png(0, 10))
    assert "no pixels" in str(error.value)


def test_check_photo_refuses_a_wrong_media_type() -> None:
    with pytest.raises(PhotoError) as error:
        check_photo(jpeg(10, 10), "image/png")
    assert str(error.value) == "The photo is marked as a PNG picture but holds a JPEG picture."


def test_check_photo_refuses_too_many_bytes() -> None:
    with pytest.raises(PhotoError) as error:
        check_photo(png(10, 10) + b"\0" * MAX_PHOTO_BYTES)
    assert str(error.value) == "The photo is larger than 4 MB."


# --- Photos in project files -----------------------------------------------------------------


def with_photo(data: bytes, media_type: str = "image/png", **extra: Any) -> bytes:
    raw = valid_raw()
    photo = {"media_type": media_type, "data": base64.b64encode(data).decode(), **extra}
    raw["personas"][0]["photo"] = photo
    return encode(raw)


def refusal(content: bytes) -> str:
    with pytest.raises(ProjectLoadError) as error:
        parse_project(content)
    message = str(error.value)
    assert_reads_as_a_sentence(message)
    return message


def test_a_good_photo_loads() -> None:
    project = parse_project(with_photo(jpeg(64, 48), "image/jpeg", x_credit="Ana"))
    photo = project.personas[0].photo
    assert photo is not None
    assert photo.image_bytes() == jpeg(64, 48)
    assert photo.model_extra == {"x_credit": "Ana"}


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (
            with_photo(b"GIF90a" + b"\0" * 20),
            "Persona 'Pat': the photo is not a PNG, JPEG, GIF or WebP picture.",
        ),
        (
            with_photo(b"just some text, not a picture"),
            "Persona 'Pat': the photo is not a PNG, JPEG, GIF or WebP picture.",
        ),
        (
            with_photo(png(5000, 300)),
            f"Persona 'Pat': the photo is {number(5000)} x 300 pixels, the limit is "
            f"{number(4096)} x {number(4096)}.",
        ),
        (
            with_photo(gif(10, 10), "image/webp"),
            "Persona 'Pat': the photo is marked as a WebP picture but holds a GIF picture.",
        ),
        (
            with_photo(png(10, 10)[:18]),
            "Persona 'Pat': the photo is a damaged picture (its header is cut short).",
        ),
    ],
)
def test_bad_photos_in_a_file_name_the_persona(content: bytes, sentence: str) -> None:
    assert refusal(content) == sentence


def test_photo_of_too_many_bytes_in_a_file_names_the_persona() -> None:
    message = refusal(with_photo(png(10, 10) + b"\0" * MAX_PHOTO_BYTES))
    assert message == "Persona 'Pat': the photo is larger than 4 MB."
