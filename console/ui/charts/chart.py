"""A small time chart drawn with QPainter: volume, sentiment and severity over time, one panel
each on a shared time axis, with alert windows shaded across all three. (QtCharts lives in the
large PySide6-Addons wheel; three panels of bars and a line do not need it.)"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from console.store.chart_series import Series
from console.store.vocabulary import LEVELS
from console.ui import i18n, labels, sentences

LEVEL_COLOURS = {"critical": QColor("#d32f2f"), "high": QColor("#f57c00"), "medium": QColor("#f2b600"),
                 "low": QColor("#90a4ae")}
VOLUME = QColor("#5c7cfa")
NEGATIVE = QColor("#d6336c")
POSITIVE_LINE = QColor("#2f9e44")
ALERT_BAND = QColor(211, 47, 47, 38)
ALERT_EDGE = QColor(211, 47, 47, 170)
KIND_SHORT = {"spike": QT_TRANSLATE_NOOP("TimeChart", "Spike"), "source_dark": QT_TRANSLATE_NOOP("TimeChart", "Dark"),
              "critical_mention": QT_TRANSLATE_NOOP("TimeChart", "Critical")}

LEFT, RIGHT, TOP, BOTTOM, GAP = 58, 18, 34, 30, 30
MAX_LABEL_ROWS = 2


@dataclass
class Panel:
    title: str
    rect: QRectF


def nice_max(value: float) -> float:
    """The smallest 1, 2 or 5 × 10^n at or above `value`, so axis labels read as round numbers."""
    if value <= 0:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


class TimeChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.series: Series | None = None
        self.hover: int | None = None
        self.message = self.tr("Loading…")
        self.setMouseTracking(True)
        self.setMinimumSize(480, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Mentions over time")

    def set_series(self, series: Series) -> None:
        self.series, self.hover = series, None
        total = sum(series.volume)
        self.message = "" if total else self.tr("No mentions in this range")
        self.setAccessibleDescription(i18n.fill(self.tr("%1 mentions, %2 negative, %3 alert windows"), total,
                                                sum(series.negative), len(series.alerts)))
        self.update()

    def set_message(self, text: str) -> None:
        self.message = text
        self.update()

    # geometry -------------------------------------------------------------------------------
    def panels(self) -> list[Panel]:
        h = self.height() - TOP - BOTTOM - 2 * GAP
        w = self.width() - LEFT - RIGHT
        heights = [h * 0.42, h * 0.26, h * 0.32]
        y, out = TOP, []
        for title, ph in zip(("Volume", "Sentiment", "Severity"), heights, strict=True):
            out.append(Panel(title, QRectF(LEFT, y, w, ph)))
            y += ph + GAP
        return out

    def _x(self, t: datetime) -> float:
        s = self.series
        plot_w = self.width() - LEFT - RIGHT
        return LEFT + plot_w * (t - s.start) / (s.end - s.start)

    def _bucket_at(self, x: float) -> int | None:
        if not self.series or not self.series.volume:
            return None
        n = len(self.series.volume)
        i = int((x - LEFT) / ((self.width() - LEFT - RIGHT) / n))
        return i if 0 <= i < n else None

    # events ---------------------------------------------------------------------------------
    def mouseMoveEvent(self, event):
        i = self._bucket_at(event.position().x())
        if i != self.hover:
            self.hover = i
            self.update()

    def leaveEvent(self, event):
        self.hover = None
        self.update()

    # painting -------------------------------------------------------------------------------
    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        grid = pal.color(QPalette.ColorRole.Mid)
        grid.setAlpha(90)
        panels = self.panels()
        s = self.series
        for panel in panels:
            self._frame(p, panel, text, grid)
        if s is not None and s.volume:
            self._alerts(p, panels, text)
            self._volume(p, panels[0], text)
            self._sentiment(p, panels[1], text, grid)
            self._severity(p, panels[2], text)
            self._time_axis(p, panels[-1], text)
            if self.hover is not None:
                self._hover(p, panels, text)
        if self.message:
            f = QFont(self.font())
            f.setPointSizeF(f.pointSizeF() * 1.2)
            p.setFont(f)
            p.setPen(text)
            p.drawText(panels[0].rect, Qt.AlignmentFlag.AlignCenter, self.message)
        p.end()

    def _frame(self, p, panel, text, grid):
        r = panel.rect
        p.setPen(QPen(grid, 1))
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()))
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(text)
        p.drawText(QRectF(r.left(), r.top() - 22, r.width(), 18), Qt.AlignmentFlag.AlignLeft, panel.title)
        p.setFont(self.font())

    def _y_labels(self, p, r, top_label: str, bottom_label: str, text):
        p.setPen(text)
        fm = QFontMetrics(self.font())
        p.drawText(QRectF(0, r.top() - fm.height() / 2, LEFT - 8, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, top_label)
        p.drawText(QRectF(0, r.bottom() - fm.height() / 2, LEFT - 8, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, bottom_label)

    def _legend(self, p, r, items, text):
        fm = QFontMetrics(self.font())
        x = r.right()
        for label, colour in reversed(items):
            w = fm.horizontalAdvance(label)
            x -= w
            p.setPen(text)
            p.drawText(QRectF(x, r.top() - 22, w + 2, 18), Qt.AlignmentFlag.AlignLeft, label)
            x -= 16
            p.fillRect(QRectF(x, r.top() - 17, 10, 10), colour)
            x -= 14

    def _bars(self, p, r, stacks, top):
        """Stacked bars, one per bucket: `stacks` is a list of (values, colour) from the bottom up."""
        n = len(self.series.volume)
        slot = r.width() / n
        width = max(1.0, slot * 0.78)
        for i in range(n):
            base = r.bottom()
            for values, colour in stacks:
                h = r.height() * values[i] / top
                if h > 0:
                    p.fillRect(QRectF(r.left() + i * slot + (slot - width) / 2, base - h, width, h), colour)
                    base -= h

    def _volume(self, p, panel, text):
        s, r = self.series, panel.rect
        top = nice_max(max(s.volume))
        rest = [v - n for v, n in zip(s.volume, s.negative, strict=True)]
        self._bars(p, r, [(s.negative, NEGATIVE), (rest, VOLUME)], top)
        self._y_labels(p, r, f"{top:g}", "0", text)
        self._legend(p, r, [("negative", NEGATIVE), ("other mentions", VOLUME)], text)

    def _sentiment(self, p, panel, text, grid):
        s, r = self.series, panel.rect
        mid = r.center().y()
        p.setPen(QPen(grid, 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(r.left(), mid), QPointF(r.right(), mid))
        slot = r.width() / len(s.sentiment)
        path, started = QPainterPath(), False
        dots = []
        for i, v in enumerate(s.sentiment):
            if v is None:
                started = False
                continue
            pt = QPointF(r.left() + (i + 0.5) * slot, mid - (r.height() / 2) * max(-1.0, min(1.0, v)))
            path.lineTo(pt) if started else path.moveTo(pt)
            started = True
            dots.append((pt, v))
        p.setPen(QPen(text, 1.6))
        p.drawPath(path)
        for pt, v in dots:
            colour = POSITIVE_LINE if v > 0.05 else NEGATIVE if v < -0.05 else LEVEL_COLOURS["low"]
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(pt, 3.2, 3.2)
        self._y_labels(p, r, "+1", "−1", text)
        fm = QFontMetrics(self.font())
        p.drawText(QRectF(0, mid - fm.height() / 2, LEFT - 8, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "0")
        self._legend(p, r, [("positive", POSITIVE_LINE), ("negative", NEGATIVE)], text)

    def _severity(self, p, panel, text):
        s, r = self.series, panel.rect
        totals = [sum(s.levels[lv][i] for lv in LEVELS) for i in range(len(s.volume))]
        top = nice_max(max(totals))
        self._bars(p, r, [(s.levels[lv], LEVEL_COLOURS[lv]) for lv in LEVELS], top)
        self._y_labels(p, r, f"{top:g}", "0", text)
        self._legend(p, r, [(lv, LEVEL_COLOURS[lv]) for lv in LEVELS], text)

    def _alerts(self, p, panels, text):
        top, bottom = panels[0].rect.top(), panels[-1].rect.bottom()
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        fm = QFontMetrics(small)
        p.setFont(small)
        placed: list[QRectF] = []
        for a in self.series.alerts:
            x0, x1 = self._x(a.start), max(self._x(a.end), self._x(a.start) + 3)
            p.fillRect(QRectF(x0, top, x1 - x0, bottom - top), ALERT_BAND)
            p.setPen(QPen(ALERT_EDGE, 1.5))
            p.drawLine(QPointF(x1, top), QPointF(x1, bottom))
            label = "⚑ " + self.tr(KIND_SHORT[a.kind]) if a.kind in KIND_SHORT else "⚑"
            w = fm.horizontalAdvance(label) + 6
            box = QRectF(x1 - w - 2, top + 2, w, fm.height())
            while any(box.intersects(other) for other in placed):   # stack labels of nearby alerts
                box.translate(0, fm.height())
            if box.top() > top + 2 + (MAX_LABEL_ROWS - 1) * fm.height():
                continue    # a storm of alerts: the bands say it, labels would bury the bars
            placed.append(box)
            p.drawText(box, Qt.AlignmentFlag.AlignRight, label)
        p.setFont(self.font())

    def _time_label(self, t: datetime) -> str:
        within_a_day = self.series.end - self.series.start <= timedelta(days=1)
        if within_a_day:
            return t.astimezone().strftime("%H:%M")
        return sentences.day_month(t, with_time=False)

    def _time_axis(self, p, panel, text):
        s, r = self.series, panel.rect
        n = len(s.volume)
        every = max(1, round(n / 7))
        fm = QFontMetrics(self.font())
        p.setPen(text)
        for i in range(0, n + 1, every):
            t = s.start + i * s.bucket
            x = self._x(t)
            label = self._time_label(t)
            w = fm.horizontalAdvance(label)
            p.drawLine(QPointF(x, r.bottom()), QPointF(x, r.bottom() + 4))
            p.drawText(QRectF(min(max(x - w / 2, 0), self.width() - w - 2), r.bottom() + 6, w + 2, fm.height()),
                       Qt.AlignmentFlag.AlignLeft, label)

    def _hover(self, p, panels, text):
        s, i = self.series, self.hover
        slot = (self.width() - LEFT - RIGHT) / len(s.volume)
        x = LEFT + i * slot
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        highlight.setAlpha(40)
        p.fillRect(QRectF(x, panels[0].rect.top(), slot, panels[-1].rect.bottom() - panels[0].rect.top()), highlight)
        t = s.times[i].astimezone()
        avg = s.sentiment[i]
        lines = [sentences.day_month(t), i18n.fill(self.tr("%1 mentions, %2 negative"), s.volume[i], s.negative[i]),
                 i18n.fill(self.tr("sentiment %1"), "–" if avg is None else f"{avg:+.2f}"),
                 " · ".join(f"{labels.level(lv)} {s.levels[lv][i]}" for lv in LEVELS if s.levels[lv][i])]
        lines = [ln for ln in lines if ln]
        fm = QFontMetrics(self.font())
        w = max(fm.horizontalAdvance(ln) for ln in lines) + 16
        h = fm.height() * len(lines) + 10
        bx = x + slot + 8 if x + slot + 8 + w < self.width() else x - w - 8
        box = QRectF(bx, panels[0].rect.top() + 4, w, h)
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        p.setBrush(self.palette().color(QPalette.ColorRole.ToolTipBase))
        p.drawRoundedRect(box, 4, 4)
        p.setPen(self.palette().color(QPalette.ColorRole.ToolTipText))
        for k, ln in enumerate(lines):
            p.drawText(QRectF(box.left() + 8, box.top() + 5 + k * fm.height(), w - 12, fm.height()),
                       Qt.AlignmentFlag.AlignLeft, ln)

