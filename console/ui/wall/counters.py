"""The strip above the wall that says what needs attention before anyone scrolls: how many
critical, high, medium and low mentions nobody has handled, how many nobody is assigned to, how
many replies wait for approval, and the routing queues. Each counter is a click that filters the
wall to what it counts; the order of the wall (Needs attention first, or newest, severity, reach)
is one choice beside them. The counts come from the core (console.store.attention.summary and
console.store.queues.queues), read off the GUI thread."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from console.store.attention import ORDERS
from console.store.vocabulary import LEVELS
from console.ui import i18n, labels
from console.ui.flow import FlowStrip, chip_policy

ORDER_NAMES = {
    "attention": QT_TRANSLATE_NOOP("Counters", "Needs attention"),
    "time": QT_TRANSLATE_NOOP("Counters", "Newest first"),
    "severity": QT_TRANSLATE_NOOP("Counters", "Most severe first"),
    "reach": QT_TRANSLATE_NOOP("Counters", "Popular first"),
}
WALL_ORDER = "attention"     # the wall's default: the urgent first
STYLE = """
QWidget#wallCounters QToolButton { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 10px; }
QWidget#wallCounters QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }
QWidget#wallCounters QToolButton[level="critical"][count="yes"] { background: #b3261e; color: white;
    border-color: #b3261e; font-weight: bold; }
QWidget#wallCounters QToolButton[level="high"][count="yes"] { background: #fde7d9; color: #7c2d12;
    border-color: #ea580c; }
"""


class Counters(QWidget):
    order_changed = Signal(str)
    level_wanted = Signal(str)       # unhandled mentions of this level (a second click: every level again)
    unassigned_wanted = Signal()
    approvals_wanted = Signal()
    queue_wanted = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("wallCounters")
        self.setStyleSheet(STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 2)
        row.setSpacing(8)
        self.order = QComboBox(self)
        self.order.setObjectName("wallOrder")
        self.order.setToolTip(self.tr("The order of the wall"))
        for key in ORDERS:
            self.order.addItem(self.tr(ORDER_NAMES[key]), key)
        self.order.setCurrentIndex(self.order.findData(WALL_ORDER))
        self.order.currentIndexChanged.connect(lambda _i: self.order_changed.emit(self.order.currentData()))
        row.addWidget(self.order, 0, Qt.AlignmentFlag.AlignTop)
        holder = FlowStrip(self)
        self.flow = holder.flow
        row.addWidget(holder, 1)
        self.levels: dict[str, QToolButton] = {}
        for level in LEVELS:
            b = self._button(f"count_{level}")
            b.setProperty("level", level)
            b.clicked.connect(lambda _c=False, lv=level: self.level_wanted.emit(lv))
            self.levels[level] = b
        self.unassigned = self._button("count_unassigned")
        self.unassigned.clicked.connect(self.unassigned_wanted)
        self.awaiting = self._button("count_awaiting")
        self.awaiting.setCheckable(False)
        self.awaiting.clicked.connect(self.approvals_wanted)
        self.queues: dict[str, QToolButton] = {}
        self.queue_caption = QLabel(self.tr("Queues:"), holder)
        self.flow.addWidget(self.queue_caption)
        self.queue_caption.hide()

    def _button(self, name: str) -> QToolButton:
        b = QToolButton(self.flow.parentWidget())
        b.setObjectName(name)
        b.setCheckable(True)
        b.setCursor(Qt.CursorShape.PointingHandCursor)
        chip_policy(b)
        self.flow.addWidget(b)
        return b

    @property
    def current_order(self) -> str:
        return self.order.currentData()

    def set_counts(self, summary: dict, queues: list[tuple[str, int]]) -> None:
        """Show the core's counters (console.store.attention.summary) and queues (console.store.queues)."""
        texts = {
            "critical": self.tr("%n critical unhandled", "", summary["unhandled"]["critical"]),
            "high": self.tr("%n high", "", summary["unhandled"]["high"]),
            "medium": self.tr("%n medium", "", summary["unhandled"]["medium"]),
            "low": self.tr("%n low", "", summary["unhandled"]["low"]),
        }
        for level, b in self.levels.items():
            n = summary["unhandled"][level]
            self._set(b, labels.plural(texts[level], n), n)
            b.setToolTip(i18n.fill(self.tr("Show the %1 mentions nobody has handled yet"), labels.level(level)))
        n = summary["unassigned"]
        self._set(self.unassigned, labels.plural(self.tr("%n unassigned", "", n), n), n)
        self.unassigned.setToolTip(self.tr("Show the unhandled mentions nobody is assigned to"))
        n = summary["awaiting_approval"]
        self._set(self.awaiting, labels.plural(self.tr("%n awaiting approval", "", n), n), n)
        self.awaiting.setVisible(bool(n))
        self.awaiting.setToolTip(self.tr("Replies waiting for a validating role: open the templates"))
        self._set_queues(queues)

    def _set(self, button: QToolButton, text: str, n: int) -> None:
        button.setText(text)
        if button.property("count") != ("yes" if n else "no"):
            button.setProperty("count", "yes" if n else "no")
            button.style().unpolish(button)
            button.style().polish(button)

    def _set_queues(self, queues: list[tuple[str, int]]) -> None:
        shown = {q: n for q, n in queues if q != "default"}    # the queues rules send to; the rest is the wall
        for name in list(self.queues):
            if name not in shown:
                self.flow.removeWidget(self.queues[name])
                self.queues.pop(name).deleteLater()
        for name, n in shown.items():
            b = self.queues.get(name)
            if b is None:
                b = self.queues[name] = self._button(f"queue_{name}")
                b.clicked.connect(lambda _c=False, q=name: self.queue_wanted.emit(q))
            b.setText(f"{name} · {n}")
            b.setToolTip(self.tr("Show the mentions routed to this queue"))
        self.queue_caption.setVisible(bool(shown))

    def show_checked(self, *, level: str | None = None, unassigned: bool = False, queue: str | None = None) -> None:
        """Mark the counter the wall is filtered by (none when the wall shows something else)."""
        for lv, b in self.levels.items():
            b.setChecked(lv == level)
        self.unassigned.setChecked(unassigned)
        for q, b in self.queues.items():
            b.setChecked(q == queue)
