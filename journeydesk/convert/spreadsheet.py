"""Spreadsheets: CSV (UTF-8 with a BOM and CRLF, as Excel expects) and tab-separated text.

Columns, in the order written (``COLUMNS``): Journey, State, Stage, Stage order, Lane, Lane
order, Lane kind, Lane colour, Card order, Text, Colour, Tags, Votes, Owner, Notes, Persona,
Score, Stage goal, Stage description. What a row means, whether we wrote it or a facilitator
typed it:

- A row with a card order or any card content (text, colour, tags, votes, owner, notes) is a
  card. Written cards always carry their order, so a card without text stays a card; a row
  naming only a stage and/or a lane is a marker that makes sure they exist, cards or not.
- A row with a Score is an emotion score of its stage: of the map's own curve when Persona is
  empty, else of that persona (created on first mention, shared by maps). A Persona without a
  score says the map names that persona. The first persona a map names owns its main curve
  (``Journey.emotions``), so written scores of that curve carry its name.
- Maps are told apart by Journey and State (the writer renames duplicates, with a note);
  stages by Stage order when given, else by title (case and spacing ignored); lanes likewise.
  A stage or lane is created on first mention; they sort by their order, those without one
  after, in file order. A stage's or lane's attributes (goal, description, kind, colour) come
  from the first row that gives them; a different value later is reported.
- Each map is written as rows for its stages (with goal and description), its lanes (with
  kind and colour), its personas, its cards (by stage, lane and card order), its scores.
- Tags are separated by "; "; a cell without a semicolon is split at commas, so a card whose
  one tag holds a comma is written with a trailing semicolon. A missing card order puts the
  card after the cell's cards so far. An empty colour is the lane's colour; a lane without a
  colour takes its familiar one (``LANE_COLOURS``).

Reading is forgiving: headers match ignoring case, spaces and underscores ("color" and a few
synonyms such as "Phase" too), in any order; missing columns are defaulted (no Journey column:
one map, "Imported journey"); the delimiter (comma, semicolon or tab, or Excel's ``sep=``
line) is the most frequent in the header line; UTF-8 and UTF-16 BOMs are skipped, and a file
that is not UTF-8 is read as Windows-1252. A bad value (votes "three", an unknown colour, kind
or state, over-long text, rows beyond a limit) is reported with the file's physical line and
defaulted or cut; a title row above the column names is skipped and reported. Only an empty
file, one over 64 MB, or one with no known column name in its first ten filled rows fails.
Values of unknown columns go to the card's notes ("Priority: high"), so no text is lost;
repeated notes of one kind are counted after the first ten. Writing reports what a
spreadsheet cannot hold (persona details, scenarios, map notes, vote rounds, future-state
links) and cells a spreadsheet program may take for formulas: they are written unchanged, as
escaping them would change the text. TSV is UTF-8 without a BOM, for other tools; as in CSV,
lines end in CRLF and fields with tabs, quotes or line breaks are quoted.

This module is the public API; the code is in ``spreadsheet_columns`` (columns, tags, the
report's sentences), ``spreadsheet_write``, ``spreadsheet_read`` (bytes to rows) and
``spreadsheet_reader`` (rows to a project).
"""

from __future__ import annotations

from journeydesk.convert.base import Format
from journeydesk.convert.spreadsheet_columns import COLUMNS, DEFAULT_JOURNEY_TITLE, HEADERS
from journeydesk.convert.spreadsheet_read import read_csv, read_tsv
from journeydesk.convert.spreadsheet_write import write_csv, write_tsv
from journeydesk.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "COLUMNS",
    "DEFAULT_JOURNEY_TITLE",
    "FORMATS",
    "HEADERS",
    "read_csv",
    "read_tsv",
    "write_csv",
    "write_tsv",
]

#: The spreadsheet formats: CSV and tab-separated text.
FORMATS: tuple[Format, ...] = (
    Format(
        "csv",
        QT_TRANSLATE_NOOP("FormatText", "Spreadsheet (CSV)"),
        (".csv",),
        read_csv,
        write_csv,
    ),
    Format(
        "tsv",
        QT_TRANSLATE_NOOP("FormatText", "Spreadsheet (tab-separated)"),
        (".tsv", ".tab"),
        read_tsv,
        write_tsv,
    ),
)
