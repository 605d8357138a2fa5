"""Ptolemy's OpenJourney Format (``.ojf``): a journey map in JSON of stages, swimlanes and nodes.

The schema is the specification Ptolemy publishes (github.com/andywestley/ptolemy-journey-mapper,
``OJF_SPEC.md``), checked against its samples (``pb_public/samples/*.ojf``) and against what its
editor reads and writes (``pb_public/js/dashboard.js``)::

    {"version": "1.0", "title"?, "description"?, "persona"?: text, "pointOfView"?: text,
     "stages": [{"id", "name", "overrideEmotion"?: -5..+5}],
     "swimlanes": [{"id", "name"}],
     "nodes": [{"id"?, "stageId", "swimlaneId", "title", "description", "severity"?,
                "score"?: -5..+5, "sentiment"?, "purpose"?, "isMomentOfTruth"?, "icon"?,
                "iconColor"?, "tags"?: [text],
                "blueprint"?: {"onstage" | "backstage": [{actor, action}],
                               "support": [{system, description}], "evidence": [{item, type}]}}]}

Reading (``openjourney_read.py``) makes stages, swimlanes and nodes into a map's stages, lanes and
cards, keeping what a card has no field for (score, severity, sentiment, purpose, moment of
truth) as tags, the stages' scores as the emotion curve and a node's service blueprint as cards
of the blueprint lanes. Writing (``openjourney_write.py``) takes the project's first map back,
the tags becoming fields again. Each file says the details; this one is the format the registry
finds (``FORMATS``), with its ``read`` and ``write``.
"""

from __future__ import annotations

from journeydesk.convert.base import Format
from journeydesk.convert.openjourney_read import read
from journeydesk.convert.openjourney_write import write
from journeydesk.i18n import QT_TRANSLATE_NOOP

__all__ = ["FORMATS", "read", "write"]

FORMATS: tuple[Format, ...] = (
    Format(
        key="openjourney",
        name=QT_TRANSLATE_NOOP("FormatText", "OpenJourney map (Ptolemy)"),
        extensions=(".ojf",),
        read=read,
        write=write,
    ),
)
