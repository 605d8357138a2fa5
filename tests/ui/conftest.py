"""UI test configuration: message boxes and file dialogs are answered by the test, never shown."""

from tests.dialog_doubles import answers, clean_clipboard, no_unexpected_dialogs

__all__ = ["answers", "clean_clipboard", "no_unexpected_dialogs"]
