"""Strict JSON for project files: what plain JSON readers let through is refused here.

``json.loads`` keeps the last of two equal keys, reads ``NaN`` and ``Infinity``, turns
``1e400`` into infinity and recurses until the interpreter gives up. A project file may do
none of these: each gives a ``ProjectLoadError`` whose sentence names the line. The parse
itself stays in C (``json.loads`` with hooks); finding the line of a problem is a slower
second pass over the text that only runs once a problem is known.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from journeydesk.i18n import Translatable, arg, number
from journeydesk.model.errors import ProjectLoadError, describe_place, quote_label


class JsonText(Translatable):
    """Sentences refusing a project file that is not strict JSON in UTF-8."""


#: Deepest nesting of lists and objects a file may have (a project itself uses about 6).
MAX_DEPTH = 100


#: Most values (texts, numbers, lists and objects, counting the names of fields) a file may
#: hold; a 20,000-card project has about 450,000. Counted on the bytes before parsing, so a
#: hostile file of millions of tiny values costs neither the time nor the memory to build them.
MAX_VALUES = 1_000_000

# Byte order marks, longest first (the UTF-32 LE mark begins like the UTF-16 LE one).
_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def utf8_body(data: bytes) -> bytes:
    """The bytes of the JSON text in ``data``, without a UTF-8 byte order mark.

    Raises ``ProjectLoadError`` for an empty file, a file of zero bytes (what a crash can
    leave on some drives) and text saved as UTF-16 or UTF-32, which JSON files are not.
    """
    if data.startswith(b"\xef\xbb\xbf"):  # a byte order mark added by some editors
        data = data[3:]
    if not data or data.isspace():  # isspace() makes no copy of a large file
        raise ProjectLoadError(JsonText.tr("The file is empty: it holds no project."))
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    head = data[:4]
    if encoding is None and len(head) == 4 and 0 in head:
        if head == b"\0\0\0\0":
            if data.count(0) == len(data):
                message = JsonText.tr(
                    "The file holds only zero bytes where the project should be: it was "
                    "probably damaged by a crash or a power cut while it was being written."
                )
            else:
                message = JsonText.tr(
                    "The file begins with zero bytes where the project should be: it was "
                    "probably damaged by a crash or a power cut while it was being written."
                )
            raise ProjectLoadError(message)
        # JSON starts with a plain ASCII character; the zero bytes around it tell the width.
        if head[:3] == b"\0\0\0" or head[1:] == b"\0\0\0":
            encoding = "UTF-32"
        elif head[0] == head[2] == 0 or head[1] == head[3] == 0:
            encoding = "UTF-16"
    if encoding is not None:
        message = JsonText.tr(
            "The file is saved as %1 text, but JourneyDesk reads only UTF-8: open it in a text "
            "editor and save it as UTF-8."
        )
        raise ProjectLoadError(arg(message, encoding))
    return data


def decode_utf8(data: bytes) -> str:
    """``data`` decoded as UTF-8; ``ProjectLoadError`` naming the line of a bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = JsonText.tr(
            "The file is not UTF-8 text: line %1 holds a character that cannot be read (it was "
            "probably saved as Latin-1 or Windows text by another program); open it in a text "
            "editor and save it as UTF-8."
        )
        raise ProjectLoadError(arg(message, number(line))) from None


_STRUCTURE = (b",", b":", b"[", b"{")
_STRUCTURE_BYTES = b"".join(_STRUCTURE)
_STRING = re.compile(rb'"[^"]*"')
_CHUNK = 256 * 1024  # small: each is copied twice (sliced, then translated)
_TEXT_CHUNK = 512 * 1024  # small: re.sub holds every piece of a chunk before joining them


def count_values(data: bytes) -> int:
    """The number of values in the JSON ``data``, counting keys (an empty list or object
    counts twice); exact for valid JSON, and for invalid JSON exact up to the first error.

    Every value but the first follows a ``,`` ``:`` ``[`` or ``{``, so those are counted
    outside of texts.
    """
    return _structure_outside_texts(data) + 1


def check_value_count(data: bytes) -> None:
    """Refuse ``data`` with ``ProjectLoadError`` if it holds more than ``MAX_VALUES`` values.

    Quick for the common case: the structural bytes counted with those inside texts give an
    upper bound, and only when that is over the limit are texts taken out. Both counts go
    chunk by chunk and stop as soon as the limit is passed, so a hostile file is refused
    after reading a few megabytes of it.
    """
    limit = MAX_VALUES - 1
    if len(data) <= limit:  # fewer bytes than the limit: fewer of those bytes, too
        return
    total = 0
    for start in range(0, len(data), _CHUNK):
        # One pass over the chunk in C; ``count`` would take one pass per byte counted.
        chunk = data[start : start + _CHUNK]
        total += len(chunk) - len(chunk.translate(None, _STRUCTURE_BYTES))
        if total > limit:
            break
    else:
        return
    if _structure_outside_texts(data, limit) > limit:
        message = JsonText.tr(
            "The file holds more than %1 values (texts, numbers, lists and objects), far more "
            "than any journey map needs, so it is not opened."
        )
        raise ProjectLoadError(arg(message, number(MAX_VALUES)))


def _structure_outside_texts(data: bytes, limit: int | None = None) -> int:
    """Count the bytes ``,:[{`` outside texts, stopping once the count passes ``limit``."""
    if data.find(b"\\") >= 0:
        # Escapes come in pairs read from the left, so removing escaped backslashes first and
        # then escaped quotes leaves exactly the quotes that open and close texts.
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    texts = data.count(b'"') // 2
    if limit is not None and texts > limit:
        return texts  # each text is a value or a key: over the limit without looking closer
    total = 0
    start = 0
    while start < len(data):
        end = min(start + _TEXT_CHUNK, len(data))
        if data.count(b'"', start, end) % 2:  # the chunk would end inside a text
            closing = data.find(b'"', end)
            end = len(data) if closing < 0 else closing + 1
        outside = _STRING.sub(b"", data[start:end])
        total += sum(map(outside.count, _STRUCTURE))
        if limit is not None and total > limit:
            break
        start = end
    return total


class _DuplicateKeyError(Exception):
    """Raised from inside the parser when an object repeats a key."""


class _NumberError(Exception):
    """Raised from inside the parser for NaN, Infinity or a number too large to store."""


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateKeyError
    return result


def _refuse_constant(name: str) -> Any:
    raise _NumberError(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):  # 1e400: JSON cannot hold infinity, saving would write null
        raise _NumberError(text)
    return value


def loads(text: str) -> Any:
    """Parse ``text`` as strict JSON; raise ``ProjectLoadError`` naming the line of a problem."""
    raw = parse(text)
    check_depth(raw, text)
    return raw


def parse(text: str) -> Any:
    """Parse ``text`` as strict JSON, like ``loads``, except that the nesting is not checked.

    Nesting deeper than Python's recursion limit is refused; between that and ``MAX_DEPTH``
    it is left to the caller (``check_depth``, or ``deeper_than`` on the part of the data
    that can nest freely, which costs less than walking all of it).
    """
    try:
        return json.loads(
            text,
            object_pairs_hook=_unique_pairs,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
        )
    except json.JSONDecodeError as error:
        raise ProjectLoadError(_syntax_message(error)) from None
    except _DuplicateKeyError:
        raise ProjectLoadError(_duplicate_message(text)) from None
    except _NumberError as error:
        raise ProjectLoadError(_constant_message(text, str(error))) from None
    except ValueError:  # an integer with more digits than Python converts (4,300)
        raise ProjectLoadError(_long_integer_message(text)) from None
    except RecursionError:
        raise ProjectLoadError(depth_message(text)) from None


def check_depth(raw: Any, text: str) -> None:
    """Refuse ``raw``, parsed from ``text``, if it nests more than ``MAX_DEPTH`` levels."""
    if deeper_than(raw, MAX_DEPTH):
        raise ProjectLoadError(depth_message(text))


def deeper_than(root: Any, limit: int) -> bool:
    """Whether lists and objects nest more than ``limit`` levels in ``root`` (a scalar has
    none, a list or an object one more than its deepest value)."""
    level = [root] if isinstance(root, dict | list) else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        below: list[Any] = []
        for node in level:
            for child in node.values() if type(node) is dict else node:
                if type(child) is dict or type(child) is list:
                    below.append(child)
        level = below
    return False


# --- Sentences -------------------------------------------------------------------------------


def _syntax_message(error: json.JSONDecodeError) -> str:
    cut_short = error.msg.startswith("Unterminated string") or (
        error.msg.startswith("Expecting") and error.pos >= len(error.doc.rstrip())
    )
    if cut_short:
        message = JsonText.tr(
            "The file ends too early (line %1, column %2): it was probably cut short while "
            "being copied or saved by another program."
        )
    else:
        message = JsonText.tr(
            "This is not a JourneyDesk project: the file is not valid JSON (line %1, column %2)."
        )
    return arg(message, number(error.lineno), number(error.colno))


def _constant_message(text: str, token: str) -> str:
    line = _first_line(text, lambda event: event.token == token)
    if token.lstrip("-") in ("NaN", "Infinity"):
        if line:
            message = JsonText.tr(
                "This is not a JourneyDesk project: the file is not valid JSON (line %2): it "
                "holds %1, which is not a number JSON allows."
            )
        else:
            message = JsonText.tr(
                "This is not a JourneyDesk project: the file is not valid JSON: it holds %1, "
                "which is not a number JSON allows."
            )
        return arg(message, token.lstrip("-"), number(line or 0))
    if len(token) <= 24:
        shown = token
    else:
        shown = JsonText.tr("a number of %n character(s)", "", len(token))
    if line:
        message = JsonText.tr(
            "This is not a JourneyDesk project: the file holds a number too large to store "
            "(%1, line %2)."
        )
    else:
        message = JsonText.tr(
            "This is not a JourneyDesk project: the file holds a number too large to store (%1)."
        )
    return arg(message, shown, number(line or 0))


def _long_integer_message(text: str) -> str:
    found: list[int] = []

    def long_integer(event: _Event) -> bool:
        digits = len(event.token.lstrip("-"))
        if event.kind == "scalar" and digits > 1_000 and event.token.lstrip("-").isdigit():
            found.append(digits)
            return True
        return False

    line = _first_line(text, long_integer)
    if not found:
        return JsonText.tr(
            "This is not a JourneyDesk project: the file holds a number too large to store "
            "(a whole number)."
        )
    message = JsonText.tr(
        "This is not a JourneyDesk project: the file holds a number too large to store "
        "(a whole number of %n digit(s), line %1).",
        "",
        found[0],
    )
    return arg(message, number(line or 0))


def depth_message(text: str) -> str:
    """The sentence refusing ``text`` for nesting more than ``MAX_DEPTH`` levels."""
    line = _first_line(text, lambda event: event.depth > MAX_DEPTH)
    if line:
        message = JsonText.tr(
            "The file nests data more than %1 levels deep (from line %2), far too deeply to be "
            "a JourneyDesk project."
        )
    else:
        message = JsonText.tr(
            "The file nests data more than %1 levels deep, far too deeply to be a JourneyDesk "
            "project."
        )
    return arg(message, number(MAX_DEPTH), number(line or 0))


def _duplicate_message(text: str) -> str:
    hit: list[_Event] = []

    def duplicate(event: _Event) -> bool:
        if event.kind == "duplicate":
            hit.append(event)
            return True
        return False

    line = _first_line(text, duplicate)
    if not hit:  # cannot happen for a file json.loads refused for a duplicate
        return JsonText.tr(
            "The file repeats a key in one of its objects, so it is not clear which counts."
        )
    event = hit[0]
    key = json.loads(event.token)
    try:
        raw = json.loads(text)  # the last value wins here; good enough to name the place
    except (ValueError, RecursionError):
        raw = None
    place = describe_place(event.path, raw) or JsonText.tr("the project")
    message = JsonText.tr(
        "The key %1 appears twice in %2 (line %3), so it is not clear which value counts; "
        "remove one of them in a text editor."
    )
    return arg(message, quote_label(key), place, number(line or 0))


# --- Finding the line of a problem -----------------------------------------------------------

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


class _Event:
    """One token met by ``_events``: what it is, where, and the path of its container."""

    __slots__ = ("depth", "kind", "path", "start", "token")

    def __init__(
        self, kind: str, token: str, start: int, depth: int, path: list[str | int]
    ) -> None:
        self.kind = kind
        self.token = token
        self.start = start
        self.depth = depth
        self.path = path


@dataclass
class _Open:
    """A list or object the scan is inside of."""

    #: The keys seen so far in an object; None for a list.
    keys: set[str] | None
    #: The path to the container itself.
    path: list[str | int]
    #: The key or index of the value being read in it.
    at: str | int = 0


def _events(text: str) -> Iterator[_Event]:
    """The tokens of ``text`` in order, with their nesting and the path that leads to them.

    Kinds: "open" (a list or object starts), "key", "duplicate" (a key seen before in the
    same object) and "scalar". Slow (pure Python): only used to find a known problem.
    """
    stack: list[_Open] = []
    expect_key = False
    for match in _TOKEN.finditer(text):
        token = match.group()
        first = token[0]
        path: list[str | int] = [*stack[-1].path, stack[-1].at] if stack else []
        if first in "{[":
            yield _Event("open", token, match.start(), len(stack) + 1, path)
            stack.append(_Open(set() if first == "{" else None, path))
            expect_key = first == "{"
        elif first in "}]":
            if stack:
                stack.pop()
            expect_key = False
        elif first == ",":
            if stack and stack[-1].keys is None and isinstance(stack[-1].at, int):
                stack[-1].at += 1
            expect_key = bool(stack) and stack[-1].keys is not None
        elif first == ":":
            expect_key = False
        elif expect_key and first == '"' and stack and stack[-1].keys is not None:
            try:
                key = str(json.loads(token))
            except ValueError:
                key = token
            keys = stack[-1].keys
            kind = "duplicate" if key in keys else "key"
            keys.add(key)
            stack[-1].at = key
            yield _Event(kind, token, match.start(), len(stack), stack[-1].path)
        else:
            yield _Event("scalar", token, match.start(), len(stack), path)


def _first_line(text: str, wanted: Callable[[_Event], bool]) -> int | None:
    """The line (from 1) of the first token for which ``wanted`` is true."""
    for event in _events(text):
        if wanted(event):
            return text.count("\n", 0, event.start) + 1
    return None
