"""Message boxes that show the facilitator's own words literally, never as markup.

``QMessageBox`` guesses whether its text is rich text, so a map titled ``<img src=...>``
would be rendered (and its image loaded) by the static helpers. Every box here is plain text,
and every one goes through ``show_box``: the one place tests answer instead of a person.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from journeydesk.i18n import Translatable, arg

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon

#: Longest quoted name in a sentence before it is shortened with an ellipsis.
MAX_QUOTED = 60


class MessageText(Translatable):
    """Texts shared by the message boxes: how a name is quoted in a sentence."""


def quoted(name: str, limit: int = MAX_QUOTED) -> str:
    """``name`` in the language's quotation marks, on one line, at most ``limit`` long."""
    line = " ".join(name.split())
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return arg(MessageText.tr("“%1”", "a name quoted in a sentence"), line)


def make_box(
    parent: QWidget | None,
    icon: Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
    details: str = "",
) -> QMessageBox:
    """A plain-text message box, not yet shown."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    if details:
        box.setDetailedText(details)  # always shown as plain text by Qt
    return box


def show_box(box: QMessageBox) -> Button:
    """Show ``box`` and wait for the answer (tests replace this function)."""
    box.exec()
    clicked = box.clickedButton()
    button = box.standardButton(clicked) if clicked is not None else Button.NoButton
    if button == Button.NoButton and box.escapeButton() is not None:
        button = box.standardButton(box.escapeButton())
    return Button(button)


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.NoButton,
    labels: dict[Button, str] | None = None,
) -> Button:
    """Ask a question; return the button chosen (the escape button when the box is closed).

    ``labels`` renames buttons ("Reload" for Yes, say) so that each answer says what it does.
    """
    box = make_box(parent, Icon.Question, title, text, buttons, default)
    for button, label in (labels or {}).items():
        box.button(button).setText(label)
    return show_box(box)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the facilitator about a problem that stopped one action."""
    show_box(make_box(parent, Icon.Warning, title, text))


def fail(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the facilitator that something important, such as a save, failed."""
    show_box(make_box(parent, Icon.Critical, title, text))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the facilitator something worth a pause."""
    show_box(make_box(parent, Icon.Information, title, text))


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: escaped inside explicit rich text."""
    return f"<p style='white-space:pre'>{html.escape(text)}</p>"


def menu_text(text: str) -> str:
    """``text`` for a menu, tab or button label, where ``&`` would mark a shortcut letter."""
    return text.replace("&", "&&")


def window_title_text(text: str) -> str:
    """``text`` for a window title, where ``[*]`` marks the place of the modified sign."""
    return text.replace("[*]", "[*][*]")
