"""Compare a future state with its current state: both feelings curves, and what changed."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.i18n import arg
from journeydesk.layout import colours
from journeydesk.layout.map_layout import smooth_curve
from journeydesk.model.compare import StageChange, compare
from journeydesk.model.project import Journey
from journeydesk.ui.dialogs.accessible import describe
from journeydesk.ui.messages import plain_tooltip
from journeydesk.ui.widgets import plain_label

CURRENT_COLOUR = QColor("#8a94a6")
FUTURE_COLOUR = QColor(colours.CURVE)


def _score(score: int | None) -> str:
    return "—" if score is None else (f"{score:+d}" if score else "0")


class CurvesWidget(QWidget):
    """The current state's curve (grey, dashed) and the future state's (solid) on one axis."""

    def __init__(self, rows: list[StageChange], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setMinimumHeight(170)
        self.setAccessibleName(self.tr("Feeling curves"))
        self.setAccessibleDescription(
            self.tr(
                "The current state's feelings per stage (grey, dashed) and the future state's "
                "(solid), from frustrated to delighted"
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(max(480, 110 * len(self.rows)), 190)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(24, 16, -24, -34)
        count = max(1, len(self.rows))
        step = area.width() / count

        def x(index: int) -> float:
            return area.left() + step * (index + 0.5)

        def y(score: int) -> float:
            return area.top() + (2 - score) / 4 * area.height()

        painter.setPen(QPen(QColor("#d0d5dd"), 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(area.left(), y(0)), QPointF(area.right(), y(0)))
        for index, row in enumerate(self.rows):
            painter.setPen(QColor("#4b5563"))
            label = QRectF(x(index) - step / 2, area.bottom() + 8, step, 22)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, row.title[:24])
        for colour, style, attr in (
            (CURRENT_COLOUR, Qt.PenStyle.DashLine, "current_score"),
            (FUTURE_COLOUR, Qt.PenStyle.SolidLine, "future_score"),
        ):
            points = [
                (x(i), y(getattr(row, attr)))
                for i, row in enumerate(self.rows)
                if getattr(row, attr) is not None
            ]
            path = QPainterPath()
            segments = smooth_curve(points)
            if segments:
                path.moveTo(*segments[0][0])
                for _start, c1, c2, end in segments:
                    path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
            painter.setPen(QPen(colour, 2.4, style))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(colour)
            for px, py in points:
                painter.drawEllipse(QPointF(px, py), 4.5, 4.5)
        painter.end()


class CompareDialog(QDialog):
    """Shows, stage by stage, what a future state changes about its current state."""

    def __init__(self, current: Journey, future: Journey, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare with Current State"))
        self.rows = compare(current, future)
        self.curves = CurvesWidget(self.rows, self)
        legend = plain_label(
            arg(
                self.tr("Dashed grey: %1. Solid: %2."),
                current.title or self.tr("the current state"),
                future.title or self.tr("the future state"),
            ),
            self,
        )
        self.tree = describe(
            QTreeWidget(self),
            self.tr("Changes by stage"),
            self.tr("Each stage's feeling now and then, and the cards added, removed or changed"),
        )
        self.tree.setHeaderLabels([self.tr("Stage and changes"), self.tr("Feeling now → then")])
        self.tree.setColumnWidth(0, 460)
        for row in self.rows:
            scores = arg(self.tr("%1 → %2"), _score(row.current_score), _score(row.future_score))
            item = QTreeWidgetItem([row.title, scores])
            lines = [arg(self.tr("Added: %1"), text) for text in row.added]
            lines += [arg(self.tr("Removed: %1"), text) for text in row.removed]
            changed = self.tr("Changed: %1 → %2")
            lines += [arg(changed, before, after) for before, after in row.changed]
            for line in lines:
                child = QTreeWidgetItem([line, ""])
                child.setToolTip(0, plain_tooltip(line))  # the whole text, never as markup
                item.addChild(child)
            if row.unchanged:
                item.addChild(QTreeWidgetItem([self.tr("No change"), ""]))
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            self.tr("Close the comparison")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.curves)
        layout.addWidget(legend)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)
