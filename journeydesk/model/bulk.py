"""Building many objects at once without Python's cycle collector running over and over.

Reading a big project, laying out its map and filling the canvas each make hundreds of
thousands of small objects (models, lines, runs, items), none of them in reference cycles.
Each few hundred allocations the cycle collector runs, and its older generations walk every
object alive, the whole project included: on a 5,000-card map that doubled the layout's time.
Inside ``bulk()`` it waits; objects are still freed as usual when their last reference goes,
and a collection may run as soon as the block ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def bulk() -> Iterator[None]:
    """Pause the cycle collector while a block builds many objects (blocks may nest)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
