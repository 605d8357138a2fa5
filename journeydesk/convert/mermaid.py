"""Mermaid user-journey diagrams (.mmd, or .md with ```mermaid blocks) to and from projects.

Mermaid's journey (https://mermaid.js.org/syntax/userJourney.html) has a title, sections and
tasks, each task with a score from 1 to 5 and its actors. One map is one diagram:

* Stages are sections, in order; the cards of the map's tasks lane are their tasks, in card
  order. That lane is Actions, else Customer actions, else the first card lane named with
  "action", else the first card lane. Empty cards are left out: a task needs a name.
* A task's score is its stage's emotion + 3 (-2..+2 to 1..5); its actors are the map's
  personas. The map's scenario is the diagram's ``accDescr``.
* Every task needs a score, so a stage without one shows 3 and ``%% journeydesk: emotion
  none`` follows its section line; a stage with a score but no tasks (an empty section is
  valid Mermaid, just not drawn) keeps it as ``%% journeydesk: emotion 1``; an untitled stage
  is ``section #32;`` and ``%% journeydesk: untitled``. Mermaid skips them; ``read`` uses them.
* Reserved characters are written as Mermaid's character codes, which it shows as the
  characters: ``#58;`` for ':', ``#35;`` '#', ``#59;`` ';', ``#37;`` in '%%', ``#44;`` ','
  in actors, ``#60;`` for '<' before a letter (Mermaid rewrites what looks like an HTML
  tag), likewise control characters and spaces at either end; a line break is ``<br>``
  (``#10;`` in ``accDescr``); a task starting like a keyword (journey, title, section,
  accTitle, accDescr) has its first letter coded. ``read`` decodes them, so texts come back
  exactly. The export reports how many names it coded, and everything it left out (other
  lanes, tags, votes, colours, owners, notes, stage goals...) once per kind, with counts.

``write`` writes one diagram, all a .mmd holds: the first map or the one asked for; the
others are reported. ``write_markdown`` writes a .md: the project title as a ``#`` heading,
then every map under a ``##`` heading in its own ```mermaid block. ``writer_for(extension)``
picks one of them for a file name.

``read`` takes both. Text with ``` or ~~~ fences is Markdown: each mermaid block holding a
journey is a map, the first ``#`` heading the project title; other text is one diagram (a
further ``journey`` line starts another map). Sections become stages, tasks cards of an
Actions lane, and a Feelings emotion lane shows the curve. A stage's emotion is the mean of
its tasks' scores (each held to 1..5) - 3, halves rounded away from 0; when its tasks do not
all have that score, each card keeps its own in its notes. Actors become personas, one per
name across maps, named by each map in order of appearance; a task naming other actors than
its map keeps its own in its notes. UTF-8 (BOM or not) or UTF-16 with a BOM; LF, CRLF, CR;
tabs and blank lines. Comments, settings (front matter, ``%%{init}%%``), accTitle, other
diagrams and Markdown prose are reported, as is every line that is neither a title, section
nor task, which is skipped. ``ConvertError`` is raised only when there is no journey diagram,
or when the diagrams hold more than a project can (500 sections in a map, 20,000 tasks).

The reader is ``mermaid_read``, the writer ``mermaid_write``, and the character codes and
wording both use ``mermaid_codes``; this module is what the rest of JourneyDesk imports.
"""

from __future__ import annotations

from collections.abc import Callable

from journeydesk.convert.base import Exported, Format
from journeydesk.convert.mermaid_codes import NEUTRAL_SCORE
from journeydesk.convert.mermaid_read import read
from journeydesk.convert.mermaid_write import write, write_markdown
from journeydesk.i18n import QT_TRANSLATE_NOOP
from journeydesk.model.project import Project

__all__ = ["FORMATS", "NEUTRAL_SCORE", "read", "write", "write_markdown", "writer_for"]


def writer_for(extension: str) -> Callable[[Project], Exported]:
    """The writer for a file name's extension: ``write_markdown`` for .md, else ``write``."""
    return write_markdown if extension.lower() in (".md", ".markdown") else write


FORMATS: tuple[Format, ...] = (
    Format(
        "mermaid",
        QT_TRANSLATE_NOOP("FormatText", "Mermaid journey diagram"),
        (".mmd", ".md"),
        read=read,
        write=write,
        writer_for=writer_for,
    ),
)
