"""The Export Poster dialog's choices: as the facilitator reads them, as they are remembered,
and the poster they ask for.

Sizing and note names are written in the user's language and number format here; the
choices of the last export are kept in the settings and offered again, and a user who never
exported gets the paper their territory uses (A4, or US Letter in North America).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from journeydesk.i18n import QT_TRANSLATE_NOOP, Translatable, arg
from journeydesk.poster.export import PosterRequest
from journeydesk.poster.painter import PosterOptions
from journeydesk.poster.papers import MM
from journeydesk.poster.plan import Orientation, PosterSize
from journeydesk.ui import translations

if TYPE_CHECKING:
    from journeydesk.ui.dialogs.export_poster import ExportPosterDialog

CUSTOM = "custom"
#: Sizing modes of a tiled poster: (label, unit suffix, default value).
SIZING: dict[str, tuple[str, str, float]] = {
    "scale": (QT_TRANSLATE_NOOP("PosterChoiceText", "Scale of the canvas"), " %", 100.0),
    "width": (QT_TRANSLATE_NOOP("PosterChoiceText", "Poster width"), " cm", 200.0),
    "height": (QT_TRANSLATE_NOOP("PosterChoiceText", "Poster height"), " cm", 100.0),
    "columns": (
        QT_TRANSLATE_NOOP("PosterChoiceText", "Sheets wide"),
        QT_TRANSLATE_NOOP("PosterChoiceText", " sheets"),
        4.0,
    ),
}
#: The marks on the sheets of a tiled poster: each the dialog's check box and the setting's key.
MARKS = ("cut_marks", "labels", "guide", "glue")


class PosterChoiceText(Translatable):
    """Texts of the Export Poster dialog's choices: sizing and paper notes."""


def translated(source: str) -> str:
    """``source`` (marked with ``QT_TRANSLATE_NOOP`` above) in the user's language."""
    return QCoreApplication.translate("PosterChoiceText", source)


def size_number(value: float) -> str:
    """A size as the locale writes it, without thousands separators ("1189", "8,5")."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


def note_label(key: str) -> str:
    """A size of paper sticky notes, such as "76 x 127 mm notes", from its key "76x127"."""
    width, height = (size_number(float(side)) for side in key.split("x"))
    return arg(PosterChoiceText.tr("%1 x %2 mm notes"), width, height)


def sizing_label(key: str) -> str:
    """The name of a sizing mode ("Poster width")."""
    return translated(SIZING[key][0])


def sizing_unit(key: str) -> str:
    """The suffix of a sizing mode's value (" %", " cm", " sheets")."""
    return translated(SIZING[key][1])


def restore_choices(dialog: ExportPosterDialog, saved: dict[str, Any]) -> None:
    """Show the choices of the last export, or the defaults for a first one."""
    dialog.tiled.setChecked(saved.get("tiled", True))
    dialog.single.setChecked(not dialog.tiled.isChecked())
    paper = translations.default_paper().lower()
    defaults = {"paper": paper, "orientation": "auto", "sizing": "scale"}
    for combo, key in (
        (dialog.paper, "paper"),
        (dialog.orientation, "orientation"),
        (dialog.sizing, "sizing"),
    ):
        index = combo.findData(saved.get(key, defaults[key]))
        if index >= 0:
            combo.setCurrentIndex(index)
    default_size = SIZING[dialog.sizing.currentData()][2]
    dialog.size_value.setValue(float(saved.get("size", default_size)))
    dialog.margin.setValue(float(saved.get("margin_mm", 10)))
    dialog.custom_width.setValue(float(saved.get("custom_width_mm", 600)))
    dialog.custom_height.setValue(float(saved.get("custom_height_mm", 900)))
    dialog.overlap.setValue(float(saved.get("overlap_mm", 10)))
    for key in MARKS:
        getattr(dialog, key).setChecked(bool(saved.get(key, True)))
    compare = dialog.compare
    compare.setChecked(compare.isEnabled() and bool(saved.get("compared", False)))
    dialog.note.setCurrentIndex(max(0, dialog.note.findData(saved.get("note", "76x76"))))
    dialog.per_cell.setValue(int(saved.get("notes_per_cell", 3)))


def chosen(dialog: ExportPosterDialog, before: dict[str, Any]) -> dict[str, Any]:
    """The choices to remember from ``dialog`` (``before``: the choices remembered so far)."""
    return {
        "tiled": dialog.tiled.isChecked(),
        "paper": dialog.paper.currentData(),
        "orientation": dialog.orientation.currentData(),
        "sizing": dialog.sizing.currentData(),
        "size": dialog.size_value.value(),
        "margin_mm": dialog.margin.value(),
        "custom_width_mm": dialog.custom_width.value(),
        "custom_height_mm": dialog.custom_height.value(),
        "overlap_mm": dialog.overlap.value(),
        **{key: getattr(dialog, key).isChecked() for key in MARKS},
        "note": dialog.note.currentData(),
        "notes_per_cell": dialog.per_cell.value(),
        # A map with nothing to compare keeps the choice made for maps that have.
        "compared": dialog.compare.isChecked()
        if dialog.compare.isEnabled()
        else bool(before.get("compared", False)),
    }


def paper_key(dialog: ExportPosterDialog) -> str:
    """The paper chosen: a key of ``PAPERS``, or a custom size such as "600x900mm"."""
    if dialog.paper.currentData() == CUSTOM:
        return f"{dialog.custom_width.value():g}x{dialog.custom_height.value():g}mm"
    return dialog.paper.currentData()


def request(dialog: ExportPosterDialog) -> PosterRequest:
    """The poster ``dialog``'s choices describe."""
    size = None
    if dialog.tiled.isChecked():
        mode, value = dialog.sizing.currentData(), dialog.size_value.value()
        size = {
            "scale": PosterSize(scale=value / 100),
            "width": PosterSize(width=value * 10 * MM),
            "height": PosterSize(height=value * 10 * MM),
            "columns": PosterSize(columns=int(value)),
        }[mode]
    return PosterRequest(
        paper=paper_key(dialog),
        orientation=Orientation(dialog.orientation.currentData()),
        size=size,
        margin=dialog.margin.value() * MM,
        overlap=dialog.overlap.value() * MM,
        options=PosterOptions(
            cut_marks=dialog.cut_marks.isChecked(),
            labels=dialog.labels.isChecked(),
            guide=dialog.guide.isChecked(),
            glue_strips=dialog.glue.isChecked(),
        ),
        with_compared=dialog.compare.isChecked() and not dialog.blank.isChecked(),
        wall_kit=dialog.wall_kit(),
    )
