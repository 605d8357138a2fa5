"""What the Mermaid reader and writer share: character codes, and the wording of notes.

Mermaid reserves some characters in names and shows character codes (``#58;``, ``#amp;``) as
the characters they stand for; ``escape`` writes a name with its reserved characters coded and
``decode`` reads one back. ``trim`` and ``trimmed`` skip the spaces Mermaid skips. ``quoted``
and ``listed`` word the notes of both directions alike, in ``MermaidText``.
"""

from __future__ import annotations

import html.entities
import re
from collections.abc import Iterable

from journeydesk.convert.notes import joined
from journeydesk.convert.notes import listed as listed_first
from journeydesk.i18n import Translatable, arg
from journeydesk.model.base import short_label

#: The score Mermaid shows for the tasks of a stage without an emotion score.
NEUTRAL_SCORE = 3
#: Words Mermaid would take as a keyword at the start of a task.
_KEYWORDS = ("journey", "title", "section", "acctitle", "accdescr")
#: What must be coded in a name, by the extra characters reserved where it stands.
_RESERVED = {
    extra: re.compile(f"[#;{extra}\\x00-\\x08\\x0a-\\x1f\\x7f-\\x9f]|%(?=%)|<(?=\\w)", re.A)
    for extra in ("", ":", ":,")
}
_BREAK = re.compile(r"<br\s*/?>", re.I)
_CODE = re.compile(r"#([A-Za-z0-9_]+);")
SHOWN = 5  # names or line numbers in one note before "and N more"


class MermaidText(Translatable):
    """The notes of Mermaid imports and exports: what a diagram or a map could not hold."""


def escape(text: str, reserved: str = ":", newline: str = "<br>", task: bool = False) -> str:
    """``text`` as Mermaid writes it in a name, with reserved characters as codes."""
    body = _RESERVED[reserved].sub(
        lambda match: newline if match[0] == "\n" else f"#{ord(match[0])};", text
    )
    start, end = trim(body)
    core = body[start:end]
    if task and start == 0 and core.lower().startswith(_KEYWORDS):
        core = f"#{ord(core[0])};{core[1:]}"
    return (
        "".join(f"#{ord(c)};" for c in body[:start])
        + core
        + "".join(f"#{ord(c)};" for c in body[end:])
    )


def trim(text: str) -> tuple[int, int]:
    """Where ``text`` starts and ends without the spaces Mermaid skips (BOM included)."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "\ufeff"):
        end -= 1
    return start, end


def trimmed(text: str) -> str:
    """``text`` without the spaces Mermaid skips at either end."""
    start, end = trim(text)
    return text[start:end]


def decode(text: str, breaks: bool = True) -> str:
    """A name as Mermaid shows it: character codes decoded, ``<br>`` as a line break."""
    return _CODE.sub(_character, _BREAK.sub("\n", text) if breaks else text)


def _character(match: re.Match[str]) -> str:
    name = match[1]
    if name.isdigit():
        code = int(name) if len(name) < 8 else -1
        return chr(code) if 0 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match[0]
    return html.entities.html5.get(f"{name};", match[0])


def quoted(text: str) -> str:
    """A name in quotes (shortened), or "(untitled)" for none."""
    label = short_label(text)
    return (
        arg(MermaidText.tr("'%1'", "a name quoted"), label)
        if label
        else MermaidText.tr("(untitled)")
    )


def listed(names: Iterable[str]) -> str:
    """Names quoted and joined, the first few only."""
    shown = [quoted(name) for name in names]
    return listed_first(shown, SHOWN) if len(shown) > SHOWN else joined(shown)


def numbers(items: list[str]) -> str:
    """Line numbers (with what is on them) joined, the first few only."""
    return listed_first(items, SHOWN) if len(items) > SHOWN else joined(items)
