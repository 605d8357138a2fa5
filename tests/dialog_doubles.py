"""Test doubles for dialogs: a modal dialog nobody expected fails the test instead of hanging it.

Both GUI lanes use them (``tests/ui/conftest.py`` and ``tests/display/conftest.py`` import the
fixtures): every message box goes through ``messages.show_box``, which is replaced here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeydesk.ui import messages

ICON_KINDS = {
    QMessageBox.Icon.Question: "question",
    QMessageBox.Icon.Warning: "warning",
    QMessageBox.Icon.Critical: "critical",
    QMessageBox.Icon.Information: "information",
}


def describe_box(box: QMessageBox) -> tuple[str, str]:
    """The kind of a message box and its "title: text"; it must show its text literally."""
    assert box.textFormat() == Qt.TextFormat.PlainText, "user text must never be markup"
    return ICON_KINDS.get(box.icon(), "other"), f"{box.windowTitle()}: {box.text()}"


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every message box and file dialog raise unless a test answers it."""

    def unexpected(name: str) -> Callable[..., object]:
        def _raise(*args: object, **_kwargs: object) -> object:
            texts = [a for a in args if isinstance(a, str)]
            raise AssertionError(f"unexpected dialog QMessageBox/QFileDialog.{name}: {texts}")

        return _raise

    def unexpected_box(box: QMessageBox) -> messages.Button:
        raise AssertionError(f"unexpected message box {describe_box(box)}")

    monkeypatch.setattr(messages, "show_box", unexpected_box)
    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected(name))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, unexpected(name))


@pytest.fixture(autouse=True)
def clean_clipboard() -> Iterator[None]:
    """Empty the clipboard after each test.

    Mime data left on it at exit is deleted by Qt after Python has let go of its wrapper,
    which crashes the interpreter on its way out.
    """
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Record message boxes instead of showing them; tests queue the answers to give.

    Questions take the next of ``replies``; other boxes are acknowledged with OK.
    """
    record: dict[str, list] = {
        "question": [],
        "warning": [],
        "critical": [],
        "information": [],
        "replies": [],
    }

    def show(box: QMessageBox) -> messages.Button:
        kind, text = describe_box(box)
        record[kind].append(text)
        if kind == "question":
            return record["replies"].pop(0)
        return messages.Button.Ok

    monkeypatch.setattr(messages, "show_box", show)
    return record
