"""Enablement Map Studio's customer journey maps: YAML documents of ``kind: cjm``.

The schema is the one Enablement Map Studio publishes (github.com/suwa-sh/enablement-map-studio,
``packages/dsl/src/schemas/cjm.json`` and ``packages/dsl/src/types/cjm.ts``)::

    kind: cjm
    version: '1.0'
    id: cjm:<name>
    persona: {name, description?}                      (optional)
    phases: [{id, name}]
    actions: [{id, name, phase: <a phase id>, touchpoints?: [text],
               thoughts_feelings?: [text], emotion_score: <integer -2..2>}]

Ids look like ``cjm:phase:<uuid>``, colons included; they only link actions to phases here, and
the map gets JourneyDesk ids. A file may hold other documents after ``---`` (``sbp``,
``outcome``, ``em``): they are reported and left out. Every ``kind: cjm`` document is a map.

Reading (``enablement_map_read.py``) makes each phase a stage, and each action, its
touchpoints and its thoughts and feelings cards in three lanes; the actions' scores make the
emotion curve. Writing (``enablement_map_write.py``) takes the project's first map back.
Each file says the details; this one is the format the registry finds (``FORMATS``), with its
``read`` and ``write``.
"""

from __future__ import annotations

from journeydesk.convert.base import Format
from journeydesk.convert.enablement_map_read import read
from journeydesk.convert.enablement_map_write import write
from journeydesk.i18n import QT_TRANSLATE_NOOP

__all__ = ["FORMATS", "read", "write"]

FORMATS: tuple[Format, ...] = (
    Format(
        key="enablement-map",
        name=QT_TRANSLATE_NOOP("FormatText", "Enablement Map Studio journey (YAML)"),
        extensions=(".yaml", ".yml"),
        read=read,
        write=write,
    ),
)
