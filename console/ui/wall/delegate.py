"""Paints the severity cell as a coloured pill holding a shape and a word ("▲ CRITICAL"), with
the score beside it: colour for a glance, text for colour-blind readers and for print. Every
other cell is the default delegate's plain, elided text."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from console.ui import labels
from console.ui.wall.model import Role


class SeverityDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._fonts: dict = {}

    def _pill_font(self, base: QFont) -> tuple[QFont, QFontMetrics]:
        """The pill's smaller bold font and its metrics, made once per base font."""
        key = base.key()
        found = self._fonts.get(key)
        if found is None:
            font = QFont(base)
            font.setPointSizeF(max(font.pointSizeF() * 0.82, 7.0))
            font.setWeight(QFont.Weight.Bold)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
            found = self._fonts[key] = (font, QFontMetrics(font))
        return found

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        level = index.data(Role.LEVEL)
        positive = bool(index.data(Role.POSITIVE))
        score = index.data(Role.SEVERITY)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        fill = labels.level_fill(level, opt.palette, positive=positive)
        cue = labels.level_cue(level, positive=positive)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font, fm = self._pill_font(opt.font)
        rect = QRectF(opt.rect).adjusted(6, 0, -4, 0)
        h = min(rect.height() - 6, fm.height() + 6)
        w = fm.horizontalAdvance(cue) + 14
        pill = QRectF(rect.left(), rect.center().y() - h / 2, w, h)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if fill is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, h / 2, h / 2)
            painter.setPen(labels.ink_on(fill))
        else:
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
            painter.setPen(opt.palette.color(role))
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, cue)
        if score is not None:
            painter.setFont(opt.font)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
            painter.setPen(opt.palette.color(role))
            painter.drawText(rect.adjusted(w + 6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             str(score))
        painter.restore()
