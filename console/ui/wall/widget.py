"""The wall as the window holds it: the filter strip, the table, and the detail pane under it,
wired to the store through the background lanes."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from console.store import attention, queues
from console.store.wall_filter import WallFilter, unhandled
from console.ui import i18n, labels
from console.ui.wall.counters import WALL_ORDER, Counters
from console.ui.wall.detail import DetailPane
from console.ui.wall.filterbar import FilterBar
from console.ui.wall.model import COL, Role, WallModel
from console.ui.wall.triage import Triage
from console.ui.wall.view import WallView

ORDER_COLUMN = {"time": COL["time"], "severity": COL["severity"]}   # the orders a column header shows
DETAIL_DELAY_MS = 60     # arrowing down the list loads the detail of where the user stops, not of every row


def _counts(conn) -> tuple[dict, list]:
    return attention.summary(conn), queues.queues(conn)


class Wall(QWidget):
    count_changed = Signal(int)
    current_changed = Signal(object)       # the mention id shown in the detail pane, or None
    approvals_wanted = Signal()            # the "awaiting approval" counter was clicked

    def __init__(self, store, tasks, write_db, workspace_key: str, parent=None):
        super().__init__(parent)
        self.setObjectName("wall")
        self.store = store
        self.tasks = tasks
        self.model = WallModel(store, tasks, self, order=WALL_ORDER)
        self.view = WallView(self)
        self.view.setModel(self.model)
        self.filter_bar = FilterBar(workspace_key, self)
        self.counters = Counters(self)
        self.detail_wanted = True          # the detail pane shows once a mention is selected (F6 turns it off)
        self.triage = Triage(tasks, write_db, self.view.selected_ids, self)
        self.detail = DetailPane(self.triage, self)
        for a in self.triage.mention_actions:
            a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(a)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("wallSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.counters)
        lay.addWidget(self.filter_bar)
        lay.addWidget(self.splitter, 1)
        self.detail.hide()                 # no room taken until a mention is selected

        self.empty = QLabel(self.view.viewport())
        self.empty.setObjectName("wallEmpty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.filter_bar.filter_changed.connect(self.model.set_filter)
        self.filter_bar.filter_changed.connect(self._mark_counter)
        self.counters.order_changed.connect(self.set_order)
        self.counters.level_wanted.connect(
            lambda lv: self._toggle(unhandled(levels={lv}, label=i18n.fill(self.tr("%1, unhandled"), labels.level(lv)))))
        self.counters.unassigned_wanted.connect(
            lambda: self._toggle(unhandled(unassigned=True, label=self.tr("Unassigned, unhandled"))))
        self.counters.queue_wanted.connect(
            lambda q: self._toggle(WallFilter(queues=frozenset({q}), label=i18n.fill(self.tr("Queue: %1"), q))))
        self.counters.approvals_wanted.connect(self.approvals_wanted)
        self.filter_bar.choices_wanted.connect(self.refresh_choices)
        self.model.count_changed.connect(self.count_changed)
        self.model.page_loaded.connect(lambda _n: self._update_empty())
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)
        self.model.rowsRemoved.connect(self._rows_removed)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._detail_timer.start())
        self.triage.done.connect(lambda _changes: self.store_changed())
        self.model.live_rows_arrived.connect(self._bound_rows)
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self.load_detail)

    @property
    def busy(self) -> bool:
        """Work is under way that will change what the wall shows (for tests and screenshots)."""
        m = self.model
        return m.loading or self._detail_timer.isActive() or (m.rowCount() == 0 and not m.complete)

    def start(self) -> None:
        """Load the first page (the window calls this once it is on screen)."""
        self.model.reload()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        self.tasks.run(lambda: _counts(self.store.conn), lane="count",
                       done=lambda found: self.counters.set_counts(*found))

    def set_order(self, order: str) -> None:
        """Needs attention, newest, most severe or most reach first (console.store.attention.ORDERS)."""
        self.view.horizontalHeader().setSortIndicator(ORDER_COLUMN.get(order, -1), Qt.SortOrder.DescendingOrder)
        self.model.set_order(order)
        if self.counters.current_order != order:
            self.counters.order.setCurrentIndex(self.counters.order.findData(order))

    def _toggle(self, flt: WallFilter) -> None:
        """A counter's view; the same counter again goes back to every active mention."""
        self.set_filter(WallFilter() if flt == self.model.filter else flt)

    def _mark_counter(self, flt: WallFilter) -> None:
        level = next(iter(flt.levels)) if len(flt.levels) == 1 and flt == unhandled(levels=flt.levels) else None
        queue = next(iter(flt.queues)) if len(flt.queues) == 1 and flt == WallFilter(queues=flt.queues) else None
        self.counters.show_checked(level=level, unassigned=flt == unhandled(unassigned=True), queue=queue)

    def set_detail_wanted(self, on: bool) -> None:
        self.detail_wanted = on
        self._place_detail(on and self.detail.mention_id is not None)

    def set_filter(self, flt: WallFilter) -> None:
        """Switch the wall to another view (features use this: an incident's terms, an alert's mentions)."""
        self.filter_bar.set_filter(flt)

    def refresh_choices(self) -> None:
        self.tasks.run(self.store.choices, lane="count", done=self.filter_bar.set_choices)

    def store_changed(self) -> None:
        """Something was written (by the poller, the command line, this window): refresh in place."""
        self.model.check_changes(self.view.shown_rows())
        self.load_detail()
        self.refresh_counts()

    def current_id(self) -> int | None:
        idx = self.view.currentIndex()
        return idx.data(Role.ID) if idx.isValid() else None

    def load_detail(self) -> None:
        mention_id = self.current_id()
        if mention_id is None:
            self._show_detail(None)
            return
        self.tasks.run(self.store.mention, mention_id, lane="read",
                       done=lambda m: self.current_id() == m["id"] and self._show_detail(m),
                       failed=lambda _e: self._show_detail(None))

    def _show_detail(self, m) -> None:
        changed = (m and m["id"]) != self.detail.mention_id
        self.detail.show_mention(m)
        self._place_detail(self.detail_wanted and m is not None)
        if changed:
            self.current_changed.emit(self.detail.mention_id)

    def _place_detail(self, on: bool) -> None:
        """The detail pane appears under the list with two fifths of the height; the list keeps the rest."""
        if on and not self.detail.isVisible():
            h = max(self.splitter.height(), 400)
            self.detail.show()
            self.splitter.setSizes([int(h * 0.6), h - int(h * 0.6)])
        elif not on:
            self.detail.hide()

    def _bound_rows(self, _added: int) -> None:
        # Keep what the reader is looking at (and a few pages under it) when old rows are dropped.
        bottom = self.view.rowAt(self.view.viewport().height() - 1)
        self.model.trim(max(bottom, self.view.currentIndex().row()) + 5 * self.store.page_size)

    def _rows_removed(self) -> None:
        self._update_empty()
        if self.current_id() is None and self.detail.mention_id is not None:
            self._show_detail(None)

    def _update_empty(self) -> None:
        m = self.model
        if m.rowCount() or not m.complete:
            self.empty.hide()
            return
        if m.filter.is_default:
            self.empty.setText(self.tr("No mentions yet.\nAdd feeds and watch terms (Feeds menu); "
                                       "new mentions appear here as they arrive."))
        else:
            self.empty.setText(self.tr("No mention matches this view.\nClear the filters to see every active mention."))
        vp = self.view.viewport()
        self.empty.setGeometry(0, 0, vp.width(), max(vp.height() // 2, 80))
        self.empty.show()
