"""Building in bulk pauses the cycle collector, and always gives it back."""

from __future__ import annotations

import gc
import weakref

import pytest

import journeydesk.model.bulk as bulk_module
from journeydesk.model.bulk import COLLECT_AFTER, FREEZE_AFTER, bulk, collect_frozen


def test_the_collector_waits_inside_and_runs_again_after() -> None:
    assert gc.isenabled()
    with bulk():
        assert not gc.isenabled()
        with bulk():  # nested blocks keep it paused until the outer one ends
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_gives_the_collector_back() -> None:
    with pytest.raises(ValueError), bulk():
        raise ValueError("a bad file")
    assert gc.isenabled()


def test_a_paused_collector_stays_paused() -> None:
    gc.disable()
    try:
        with bulk():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


class _Node:
    """An object that can sit in a reference cycle and be watched through a weak reference."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def test_cycles_built_in_bulk_are_collected_once_enough_was_frozen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What earlier tests froze does not count.
    monkeypatch.setattr(bulk_module, "_frozen_since_collect", 0)
    with bulk():
        first, second = _Node(), _Node()
        first.other, second.other = second, first  # a cycle only the collector can free
        kept = [_Node() for _ in range(COLLECT_AFTER + FREEZE_AFTER)]
    assert gc.get_freeze_count() > COLLECT_AFTER  # the block was big enough to be frozen
    gone = weakref.ref(first)
    del first, second
    gc.collect()
    assert gone() is not None  # frozen: Python's collector never looks at it again

    collect_frozen()
    assert gone() is None
    assert all(node.other is None for node in kept)  # what is alive stays
    assert gc.get_freeze_count() >= len(kept)  # and frozen

    third, fourth = _Node(), _Node()
    third.other, fourth.other = fourth, third
    gc.freeze()
    still = weakref.ref(third)
    del third, fourth
    collect_frozen()  # bulk() froze little since: no second walk over everything alive
    assert still() is not None
