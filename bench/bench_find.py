"""Find (Ctrl+F) speed on generated journeys of 5,000 and 20,000 cards (50 stages, 10 lanes).

Run: .venv/bin/python bench/bench_find.py [cards ...]

Types words letter by letter into the real field of a ``FindBar`` bound to a real
``JourneyView``, and prints the time per keystroke (key press to the event loop being idle
again: the search, the count shown, the field repainted). Between words a card is edited or
moved to another cell, in turn, as in a workshop, so each word starts with the index catching
up with an edit and no search remembered. Beside it, in the same run on the same view, the
same typing with Find as it was before the index (``NaiveFindBar``: every card read and
sorted on each keystroke).

``find_keystroke_ms`` is the measure, for other benchmarks to use.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QKeyEvent, QUndoCommand
from PySide6.QtWidgets import QApplication, QWidget

from journeydesk.model.project import LaneKind
from journeydesk.ui.app import paint_in_one_thread
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.commands import EditCardCommand, MoveCardsCommand
from journeydesk.ui.find_bar import FindBar

#: Most milliseconds a keystroke in the find field may take on 20,000 cards.
GOAL_MS = 30.0
#: Words a facilitator might look for on the generated map (its vocabulary, tags, owners).
WORDS = ("customer", "delivery slot", "grüße", "quick win", "lena", "coupon", "allergy", "zebra")


def naive_matches(view: JourneyView, text: str) -> list[str]:
    """The cards matching ``text`` as Find found them before the index: every card read,
    then sorted by lane, stage and height on the map."""
    needle = text.strip().casefold()
    if not needle:
        return []
    scene = view.journey_scene
    layout = scene.layout
    lanes = {row.lane_id: row.index for row in layout.lanes}
    stages = {column.stage_id: column.index for column in layout.stages}
    found = []
    for card in scene.journey.cards:
        haystack = " ".join([card.text, *card.tags, card.owner]).casefold()
        if needle in haystack:
            box = layout.cards[card.id]
            found.append(((lanes[box.lane_id], stages[box.stage_id], box.y), card.id))
    found.sort()
    return [card_id for _key, card_id in found]


class NaiveFindBar(FindBar):
    """Find as it was before the index: every card read, then sorted, on each keystroke."""

    def _prepare(self) -> None:
        pass  # no index to build

    def _search(self, text: str) -> None:
        self._position = -1
        if self._view is None or not text.strip():
            self._matches = []
            self.status.setText("")
            return
        self._matches = naive_matches(self._view, text)
        count = len(self._matches)
        self.status.setText(self.tr("%n found", "", count) if count else self.tr("No cards found"))


def type_letter(widget: QWidget, letter: str) -> None:
    """Press and release the key of one letter (any letter: ``QTest`` takes only ASCII)."""
    upper = letter.upper()
    key = Qt.Key(ord(upper if len(upper) == 1 else letter))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, letter)
        QApplication.sendEvent(widget, event)


@dataclass
class FindTiming:
    """What ``find_keystroke_ms`` measured, in milliseconds."""

    #: Every keystroke typed, in order.
    keystrokes: list[float] = field(default_factory=list)
    #: The first keystroke of each word (after an edit, nothing to narrow from).
    first_keys: list[float] = field(default_factory=list)
    #: Opening the bar (Ctrl+F): the index is built or brought up to date then.
    open_ms: float = 0.0
    #: The matches after each word, as the bar listed them.
    matches: list[list[str]] = field(default_factory=list)


def find_keystroke_ms(
    view: JourneyView,
    words: Sequence[str] = WORDS,
    *,
    naive: bool = False,
    edit_between: bool = True,
    check: bool = False,
) -> FindTiming:
    """Time typing ``words`` letter by letter into the field of a find bar searching ``view``.

    ``naive``: the bar as it was before the index. ``edit_between``: before each word, change
    one card's text or (every other word) move one card to another cell, through the undo
    stack (the index then catches up on the first key). ``check``: after each word, compare
    the matches with ``naive_matches`` (not timed). The bar is made for the measure and
    deleted after it.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    scene = view.journey_scene
    document = scene.document
    bar = NaiveFindBar() if naive else FindBar()
    bar.resize(800, 40)
    bar.set_view(view)
    timing = FindTiming()
    start = time.perf_counter()
    bar.open_bar()
    app.processEvents()
    timing.open_ms = (time.perf_counter() - start) * 1000
    for number, word in enumerate(words):
        bar.field.clear()
        if edit_between:
            document.undo_stack.push(_an_edit(view, number))
        app.processEvents()
        for index, letter in enumerate(word):
            start = time.perf_counter()
            type_letter(bar.field, letter)
            app.processEvents()
            elapsed = (time.perf_counter() - start) * 1000
            timing.keystrokes.append(elapsed)
            if index == 0:
                timing.first_keys.append(elapsed)
        assert bar.field.text() == word
        timing.matches.append(bar.matches())
        if check:
            assert timing.matches[-1] == naive_matches(view, word), word
    bar.set_view(None)
    bar.deleteLater()
    app.processEvents()
    return timing


def _an_edit(view: JourneyView, number: int) -> QUndoCommand:
    """The ``number``-th edit between words: a card's text changed, or a card moved."""
    scene = view.journey_scene
    document, journey = scene.document, scene.journey
    card = journey.cards[(number * 997 + 13) % len(journey.cards)]
    if number % 2 == 0:
        change = {"text": card.text + " edited"}
        return EditCardCommand(document, journey.id, card.id, change)
    lanes, stages = scene.layout.lanes, scene.layout.stages
    lane = next(
        row
        for row in lanes[number % len(lanes) :] + lanes
        if row.kind is LaneKind.CARDS and row.lane_id != card.lane_id
    )
    cell = (lane.lane_id, stages[(number * 7) % len(stages)].stage_id)
    return MoveCardsCommand(document, journey.id, [card.id], cell, 0)


def generated_view(cards: int) -> JourneyView:
    """A shown canvas on ``generate_project(stages=50, lanes=10, cards=cards, seed=1)``."""
    from journeydesk.model.sample import generate_project
    from journeydesk.ui.canvas.scene import JourneyScene
    from journeydesk.ui.document import Document

    project = generate_project(stages=50, lanes=10, cards=cards, seed=1)
    document = Document(project)
    view = JourneyView(JourneyScene(document, project.journeys[0].id))
    document.setParent(view)
    view.resize(1600, 900)
    view.show()
    QApplication.processEvents()
    return view


def _quiet(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Drop what the offscreen platform says of every window shown; print the rest."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main(sizes: Sequence[int] = (5_000, 20_000), rounds: int = 3) -> None:
    """Measure both ways on each size, ``rounds`` times alternately, and print medians."""
    qInstallMessageHandler(_quiet)
    paint_in_one_thread()  # as the app paints
    app = QApplication.instance() or QApplication([])
    print(f"Find: typing {len(WORDS)} words ({sum(map(len, WORDS))} keystrokes) per round,")
    print(f"{rounds} rounds each way, a card edited or moved before each word; times in ms")
    print(
        f"{'cards':>7} {'way':<7}{'median':>8}{'p90':>8}{'worst':>8}"
        f"{'1st key':>9}{'open':>8}  {'ratio':>6}"
    )
    for size in sizes:
        view = generated_view(size)
        runs: dict[str, list[FindTiming]] = {"index": [], "naive": []}
        for _round in range(rounds):  # alternate, so that both share the machine's moods
            for way in runs:
                # (With the index, each word's matches are checked against reading every card.)
                naive = way == "naive"
                runs[way].append(find_keystroke_ms(view, naive=naive, check=not naive))
        medians = {}
        for way, timings in runs.items():
            keys = [ms for timing in timings for ms in timing.keystrokes]
            firsts = [ms for timing in timings for ms in timing.first_keys]
            medians[way] = statistics.median(keys)
            p90 = statistics.quantiles(keys, n=10)[-1]
            opened = statistics.median(timing.open_ms for timing in timings)
            ratio = "" if way == "index" else f"{medians[way] / medians['index']:>5.1f}x"
            print(
                f"{size:>7,} {way:<7}{medians[way]:>8.2f}{p90:>8.2f}{max(keys):>8.2f}"
                f"{statistics.median(firsts):>9.2f}{opened:>8.1f}  {ratio:>6}"
            )
        verdict = "PASS" if medians["index"] < GOAL_MS else "MISS"
        print(f"{'':>7} goal: under {GOAL_MS:.0f} ms per keystroke with the index: {verdict}")
        view.close()
        view.deleteLater()
        app.processEvents()


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or (5_000, 20_000))
