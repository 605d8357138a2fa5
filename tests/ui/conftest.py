"""UI test configuration: a modal dialog nobody expected fails the test instead of hanging it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every static message box and file dialog raise unless a test answers it."""

    def unexpected(name: str) -> Callable[..., object]:
        def _raise(*args: object, **_kwargs: object) -> object:
            texts = [a for a in args if isinstance(a, str)]
            raise AssertionError(f"unexpected dialog QMessageBox/QFileDialog.{name}: {texts}")

        return _raise

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected(name))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, unexpected(name))
