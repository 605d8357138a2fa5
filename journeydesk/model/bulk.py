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
counting; only a reference cycle among them would outlive its use.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Objects a block built (less those it freed) past which they are frozen when it ends.
FREEZE_AFTER = 2_000


@contextmanager
def bulk() -> Iterator[None]:
    """Pause the cycle collector while a block builds many objects (blocks may nest)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_count()[0] > FREEZE_AFTER:
                gc.freeze()
            gc.enable()
