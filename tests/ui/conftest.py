"""UI test configuration: message boxes and file dialogs are answered by the test, never shown.

The widgets speak English with its plural forms ("1 card", "2 cards"): the English catalogue
is installed on the test application, as the app installs it at start.
"""

import pytest
from PySide6.QtWidgets import QApplication

from journeydesk.ui.translations import install_translations
from tests.dialog_doubles import answers, clean_clipboard, no_unexpected_dialogs

__all__ = ["answers", "clean_clipboard", "english", "no_unexpected_dialogs"]


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> None:
    """Install the English translations (plural forms) on the application the tests share."""
    install_translations("en")
