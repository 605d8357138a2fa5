"""UI test configuration: message boxes and file dialogs are answered by the test, never shown.

The documents a test made without a window are deleted when it ends, as a window deletes its
own (see ``documents_deleted``).

The widgets speak English with its plural forms ("1 card", "2 cards"): the English catalogue
is installed on the test application, as the app installs it at start.
"""

import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from journeydesk.ui.document import Document
from journeydesk.ui.translations import install_translations
from tests.dialog_doubles import answers, clean_clipboard, no_unexpected_dialogs

__all__ = ["answers", "clean_clipboard", "english", "no_unexpected_dialogs"]


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> None:
    """Install the English translations (plural forms) on the application the tests share."""
    install_translations("en")


@pytest.fixture(autouse=True)
def documents_deleted(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Delete, when the test ends, the documents it made without a window, as Qt would.

    In the app every document belongs to its window and Qt deletes it with the window. A test's
    document has no parent: left to Python's cycle collector, its undo stack's wrapper may go
    before the document, taking its commands along while the stack still lists them, and the
    stack's destructor then crashes. Deleting it here keeps the app's order.
    """
    made: list[weakref.ref[Document]] = []
    original = Document.__init__

    def tracked(self: Document, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        made.append(weakref.ref(self))

    monkeypatch.setattr(Document, "__init__", tracked)
    yield
    for ref in made:
        document = ref()
        if document is not None and Shiboken.isValid(document) and document.parent() is None:
            Shiboken.delete(document)
