"""Paints the severity cell as a coloured pill holding a shape and a word ("▲ CRITICAL"), with
the score beside it: colour for a glance, text for colour-blind readers and for print. Every
other cell is the default delegate's plain, elided text."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from console.ui import labels
from console.ui.wall.model import Role


class SeverityDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._fonts: dict = {}
        self._pills: dict = {}

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

    def _pill(self, level, positive: bool, opt: QStyleOptionViewItem, height: int, selected: bool) -> QPixmap:
        """The pill as a picture, drawn once per look (level, palette, font, size) and reused: a
        repaint of the wall then costs a copy per row, not a rounded rectangle and a text layout."""
        font, fm = self._pill_font(opt.font)
        dpr = opt.widget.devicePixelRatioF() if opt.widget else 1.0
        key = (level, positive, selected, opt.palette.cacheKey(), font.key(), height, dpr)
        pix = self._pills.get(key)
        if pix is not None:
            return pix
        fill = labels.level_fill(level, opt.palette, positive=positive)
        cue = labels.level_cue(level, positive=positive)
        h = min(height - 6, fm.height() + 6)
        w = fm.horizontalAdvance(cue) + 14
        pix = QPixmap(int(w * dpr), int(h * dpr))
        pix.setDevicePixelRatio(dpr)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if fill is not None:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(fill)
            p.drawRoundedRect(QRectF(0, 0, w, h), h / 2, h / 2)
            p.setPen(labels.ink_on(fill))
        else:
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
            p.setPen(opt.palette.color(role))
        p.setFont(font)
        p.drawText(QRectF(0, 0, w, h), Qt.AlignmentFlag.AlignCenter, cue)
        p.end()
        self._pills[key] = pix
        return pix

    def needed_width(self, font: QFont) -> int:
        """The width the widest pill of this language and a three-digit score need side by side."""
        pill_font, fm = self._pill_font(font)
        widest = max(fm.horizontalAdvance(labels.level_cue(level, positive=positive)) + 14
                     for level, positive in (("critical", False), ("high", False), ("medium", False),
                                             ("low", False), ("low", True), (None, False)))
        return 6 + widest + 6 + QFontMetrics(font).horizontalAdvance("100") + 4

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        row = index.data(Role.ROW)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if row is None:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pix = self._pill(row.level, bool(row.positive), opt, opt.rect.height(), selected)
        w, h = pix.width() / pix.devicePixelRatio(), pix.height() / pix.devicePixelRatio()
        left = opt.rect.left() + 6
        painter.drawPixmap(QPointF(left, opt.rect.center().y() - h / 2 + 0.5), pix)
        if row.severity is not None:
            painter.save()
            painter.setFont(opt.font)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
            painter.setPen(opt.palette.color(role))
            painter.drawText(QRectF(opt.rect).adjusted(6 + w + 6, 0, -4, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(row.severity))
            painter.restore()
