"""Building in bulk pauses the cycle collector, and always gives it back."""

from __future__ import annotations

import gc

import pytest

from journeydesk.model.bulk import bulk


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
