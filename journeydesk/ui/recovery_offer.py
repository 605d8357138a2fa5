"""At start, offering the maps a crash left unsaved: each one, with the time it was kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime

from journeydesk.i18n import Translatable, arg
from journeydesk.model.recovery import RecoveryEntry
from journeydesk.ui import messages
from journeydesk.ui.messages import Button, quoted

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow


class RecoveryOfferText(Translatable):
    """Texts of the offer to recover the maps a crash left unsaved."""


def describe_time(moment: datetime, now: datetime | None = None) -> str:
    """When a copy was kept, as a facilitator reads it: "at 14:32 today (5 minutes ago)"."""
    now = now or datetime.now(UTC)
    local = moment.astimezone()
    today = now.astimezone().date()
    minutes = max(0, int((now - moment).total_seconds() // 60))
    if minutes < 1:
        ago = RecoveryOfferText.tr("less than a minute ago")
    elif minutes < 120:
        ago = RecoveryOfferText.tr("%n minute(s) ago", "", minutes)
    elif minutes < 48 * 60:
        ago = RecoveryOfferText.tr("%n hour(s) ago", "", minutes // 60)
    else:
        ago = RecoveryOfferText.tr("%n day(s) ago", "", minutes // (24 * 60))
    locale = QLocale()
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if local.date() == today:
        return arg(
            RecoveryOfferText.tr("at %1 today (%2)", "%1: a time, %2: how long ago"), time, ago
        )
    if (today - local.date()).days == 1:
        return arg(
            RecoveryOfferText.tr("at %1 yesterday (%2)", "%1: a time, %2: how long ago"), time, ago
        )
    day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    return arg(
        RecoveryOfferText.tr("at %1 on %2 (%3)", "%1: a time, %2: a date, %3: how long ago"),
        time,
        day,
        ago,
    )


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
            RecoveryOfferText.tr("Recovery Copy Damaged"),
            arg(
                RecoveryOfferText.tr(
                    "A recovery copy of %1 was found, but it cannot be opened. %2\n\nDiscard "
                    "it, or keep it for now?"
                ),
                name,
                entry.problem,
            ),
            Button.Discard | Button.Cancel,
            Button.Cancel,
            labels={Button.Cancel: RecoveryOfferText.tr("Keep for Now")},
        )
    if entry.original_path is not None:
        where = arg(RecoveryOfferText.tr("Its file: %1"), entry.original_path)
    else:
        where = RecoveryOfferText.tr("It had not been saved to a file yet.")
    return messages.ask(
        window,
        RecoveryOfferText.tr("Recover Unsaved Map"),
        arg(
            RecoveryOfferText.tr(
                "JourneyDesk closed before the changes to %1 were saved. A recovery copy was "
                "kept %2.\n\n%3\n\nRecover it? It opens with its changes unsaved, for you to "
                "check and save. Discard deletes the copy for good."
            ),
            name,
            describe_time(entry.saved_at),
            where,
        ),
        Button.Yes | Button.Discard | Button.Cancel,
        Button.Yes,
        labels={
            Button.Yes: RecoveryOfferText.tr("Recover"),
            Button.Cancel: RecoveryOfferText.tr("Not Now"),
        },
    )
