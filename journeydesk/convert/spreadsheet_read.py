"""Spreadsheets, import: bytes to text, text to rows, the header row; ``read_csv``/``read_tsv``.

What the rows below the header mean is worked out by ``spreadsheet_reader._Reader``.
"""

from __future__ import annotations

import codecs
import csv
import io
import re

from journeydesk.convert.base import ConvertError, Imported
from journeydesk.convert.spreadsheet_columns import (
    _HEADER_KEYS,
    SpreadsheetText,
    _norm,
    _Notes,
    _q,
)
from journeydesk.convert.spreadsheet_reader import _Reader
from journeydesk.i18n import arg, number
from journeydesk.model.bulk import bulk
from journeydesk.model.file_io import MAX_FILE_BYTES

_SEP_LINE = re.compile(r"sep=([^\r\n])(?:\r\n|\r|\n|$)", re.IGNORECASE)


def _decode(data: bytes, notes: _Notes) -> str:
    if len(data) > MAX_FILE_BYTES:
        message = SpreadsheetText.tr(
            "The file is larger than %1 MB, far more than any journey map needs, so it was not "
            "imported."
        )
        raise ConvertError(arg(message, number(MAX_FILE_BYTES // (1024 * 1024))))
    if data.startswith(codecs.BOM_UTF8):
        body, codec = data[len(codecs.BOM_UTF8) :], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        body, codec = data, "utf-16"  # the codec reads and drops the BOM
    else:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            notes.add("not_utf8")
            return data.decode("cp1252", errors="replace")
    try:
        return body.decode(codec)
    except UnicodeDecodeError:
        notes.add("bad_bytes", codec.upper())
        return body.decode(codec, errors="replace")


def _rows(text: str, default: str) -> list[tuple[int, list[str]]]:
    """The file's rows, each with the physical line it starts on."""
    done = 0  # lines read so far
    if match := _SEP_LINE.match(text):  # Excel's "sep=;" first line names the delimiter
        delimiter, text, done = match[1], text[match.end() :], 1
    else:
        header = next((line for line in io.StringIO(text) if line.strip()), "")
        counts = {d: header.count(d) for d in ("\t", ";", ",")}
        best = max(counts, key=lambda d: (counts[d], d == default))
        delimiter = best if counts[best] else default
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    # The limit is the csv module's own, process-wide: raised while reading so that an
    # over-long cell is cut and reported like any other instead of failing the import.
    old_limit = csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    try:
        for cells in reader:
            rows.append((done + 1, cells))
            done = reader.line_num + (1 if match else 0)
    except csv.Error as error:
        message = SpreadsheetText.tr("Line %1 cannot be read as a row (%2).")
        raise ConvertError(arg(message, number(done + 1), error)) from None
    finally:
        csv.field_size_limit(old_limit)
    return rows


def _read(data: bytes, default_delimiter: str) -> Imported:
    notes = _Notes()
    rows = _rows(_decode(data, notes), default_delimiter)
    filled = [i for i, (_, cells) in enumerate(rows) if any(c.strip() for c in cells)]
    if not filled:
        raise ConvertError(
            SpreadsheetText.tr("The file is empty: it has neither column names nor rows.")
        )
    # A title row or two above the column names is common; they are reported, not read.
    start = next(
        (i for i in filled[:10] if any(_norm(c) in _HEADER_KEYS for c in rows[i][1])), None
    )
    if start is None:
        message = SpreadsheetText.tr(
            "Line %1 should name the columns (such as Stage, Lane and Text), but none of its "
            "cells is a column JourneyDesk knows, so nothing was imported."
        )
        raise ConvertError(arg(message, number(rows[filled[0]][0])))
    header_line, header = rows[start]
    for line, cells in rows[:start]:
        if text := " ".join(c.strip() for c in cells if c.strip()):
            notes.add("before_header", number(line), number(header_line), _q(text))
    reader = _Reader(header, notes)
    with bulk():
        for line, cells in rows[start + 1 :]:
            reader.row(line, cells)
    if not reader.maps:
        notes.add("empty")
    return Imported(reader.project(), notes.done())


def read_csv(data: bytes) -> Imported:
    """Read a CSV file (comma, semicolon or tab separated; UTF-8 with or without a BOM)."""
    return _read(data, ",")


def read_tsv(data: bytes) -> Imported:
    """Read tab-separated text (or comma or semicolon separated, if its header says so)."""
    return _read(data, "\t")
