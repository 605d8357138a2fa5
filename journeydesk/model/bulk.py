"""Building many objects at once without Python's cycle collector running over and over.

Reading a big project, laying out its map and filling the canvas each make hundreds of
thousands of small objects (models, lines, runs, items), none of them in reference cycles.
Each few hundred allocations the cycle collector runs, and its older generations walk every
object alive, the whole project included: on a 5,000-card map that doubled the layout's time.
Inside ``bulk()`` it waits; objects are still freed as usual when their last reference goes.
When an outermost block that built a great many objects ends, everything alive is frozen
(``gc.freeze``): moved out of the collector's generations, so that the collections due then
do not walk it all again (20-100 ms after laying out a 5,000-card map). A frame that made a
level's sketches or a lane's words (thousands of shapes, kept for the next frames) is such a
block too: left to the collector, they made collections of 5-12 ms in the middle of a zoom
and, once they were old, one of 200 ms. Frozen objects are still freed by reference
counting; only a reference cycle among them would outlive its use, until ``collect_frozen``
(called once a map is closed) collects them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Objects a block built (less those it freed) past which they are frozen when it ends.
FREEZE_AFTER = 2_000
#: Objects built in frozen blocks since the last ``collect_frozen`` past which it collects
#: (opening a 1,000-card map and zooming through it builds about 14,000): a full collection
#: walks everything alive, 170 ms with a 5,000-card map open and 650 ms with a 20,000-card one.
COLLECT_AFTER = 10_000
#: Objects built in the blocks frozen since ``collect_frozen`` last collected (counting all
#: that froze would walk every frozen object, 5-30 ms).
_frozen_since_collect = 0


@contextmanager
def bulk() -> Iterator[None]:
    """Pause the cycle collector while a block builds many objects (blocks may nest)."""
    global _frozen_since_collect
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            built = gc.get_count()[0]
            if built > FREEZE_AFTER:
                gc.freeze()
                _frozen_since_collect += built
            gc.enable()


def collect_frozen() -> None:
    """Collect the reference cycles among frozen objects, then freeze what is still alive.

    Called once a map was closed: its canvas and model, frozen while they were built, go now
    rather than at the end of the process (about 50 MB per 5,000-card map). It does nothing
    until enough was frozen since it last collected, so that closing many small maps does
    not walk everything alive each time.
    """
    global _frozen_since_collect
    if _frozen_since_collect < COLLECT_AFTER:
        return
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    _frozen_since_collect = 0
