"""At start, offering the maps a crash left unsaved: each one, with the time it was kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from journeydesk.model.recovery import RecoveryEntry
from journeydesk.ui import messages
from journeydesk.ui.messages import Button, quoted

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow


def describe_time(moment: datetime, now: datetime | None = None) -> str:
    """When a copy was kept, as a facilitator reads it: "at 14:32 today (5 minutes ago)"."""
    now = now or datetime.now(UTC)
    local = moment.astimezone()
    today = now.astimezone().date()
    if local.date() == today:
        day = "today"
    elif (today - local.date()).days == 1:
        day = "yesterday"
    else:
        day = f"on {local:%A %d %B %Y}"
    minutes = max(0, int((now - moment).total_seconds() // 60))
    if minutes < 1:
        ago = "less than a minute ago"
    elif minutes < 120:
        ago = f"{minutes} minute{'s' * (minutes != 1)} ago"
    else:
        hours = minutes // 60
        ago = f"{hours} hours ago" if hours < 48 else f"{hours // 24} days ago"
    return f"at {local:%H:%M} {day} ({ago})"


def offer_recovery(window: MainWindow, new_window: Callable[[], MainWindow]) -> int:
    """Offer each abandoned recovery copy; return how many maps were recovered.

    The first map recovered goes into ``window`` if it shows nothing of value yet; the
    others each get a window of their own from ``new_window``.
    """
    store = window.autosaver.store
    recovered = 0
    for entry in store.orphans():
        answer = _ask(window, entry)
        if answer == Button.Discard:
            store.discard(entry)
        elif answer == Button.Yes:
            target = window if _can_take(window, entry) else new_window()
            if target.files.recover(entry):
                recovered += 1
                target.show()
            elif target is not window:
                target.close()
                target.deleteLater()
    if recovered:
        window.activateWindow()  # the keyboard goes back to the map, not to the desktop
        window.raise_()
    return recovered


def _can_take(window: MainWindow, entry: RecoveryEntry) -> bool:
    """Whether the recovered map may replace the window's: nothing of value would be lost.

    That is a new or bundled map, or the very file recovered, unchanged since it was opened.
    """
    document = window.document
    if document is None or window.is_pristine():
        return True
    same_file = (
        entry.original_path is not None
        and document.path is not None
        and document.path == entry.original_path.resolve()
    )
    return same_file and not document.is_modified()


def _ask(window: MainWindow, entry: RecoveryEntry) -> Button:
    name = quoted(entry.display_name)
    if entry.problem:
        return messages.ask(
            window,
            "Recovery Copy Damaged",
            f"A recovery copy of {name} was found, but it cannot be opened. {entry.problem}"
            "\n\nDiscard it, or keep it for now?",
            Button.Discard | Button.Cancel,
            Button.Cancel,
            labels={Button.Cancel: "Keep for Now"},
        )
    where = (
        f"Its file: {entry.original_path}"
        if entry.original_path is not None
        else "It had not been saved to a file yet."
    )
    return messages.ask(
        window,
        "Recover Unsaved Map",
        f"JourneyDesk closed before the changes to {name} were saved. A recovery copy was "
        f"kept {describe_time(entry.saved_at)}.\n\n{where}\n\nRecover it? It opens with its "
        "changes unsaved, for you to check and save. Discard deletes the copy for good.",
        Button.Yes | Button.Discard | Button.Cancel,
        Button.Yes,
        labels={Button.Yes: "Recover", Button.Cancel: "Not Now"},
    )
