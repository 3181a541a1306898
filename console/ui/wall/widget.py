"""The wall as the window holds it: the filter strip, the table, and the detail pane under it,
wired to the store through the background lanes."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from console.store.wall_filter import WallFilter
from console.ui.wall.detail import DetailPane
from console.ui.wall.filterbar import FilterBar
from console.ui.wall.model import Role, WallModel
from console.ui.wall.triage import Triage
from console.ui.wall.view import WallView

DETAIL_DELAY_MS = 60     # arrowing down the list loads the detail of where the user stops, not of every row


class Wall(QWidget):
    count_changed = Signal(int)
    current_changed = Signal(object)       # the mention id shown in the detail pane, or None

    def __init__(self, store, tasks, write_db, workspace_key: str, parent=None):
        super().__init__(parent)
        self.setObjectName("wall")
        self._sized = False
        self.store = store
        self.tasks = tasks
        self.model = WallModel(store, tasks, self)
        self.view = WallView(self)
        self.view.setModel(self.model)
        self.filter_bar = FilterBar(workspace_key, self)
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
        lay.addWidget(self.filter_bar)
        lay.addWidget(self.splitter, 1)

        self.empty = QLabel(self.view.viewport())
        self.empty.setObjectName("wallEmpty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.filter_bar.filter_changed.connect(self.model.set_filter)
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

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:     # the table gets most of the height; a restored layout overrides this
            self._sized = True
            h = max(self.splitter.height(), 400)
            self.splitter.setSizes([int(h * 0.62), h - int(h * 0.62)])

    @property
    def busy(self) -> bool:
        """Work is under way that will change what the wall shows (for tests and screenshots)."""
        m = self.model
        return m.loading or self._detail_timer.isActive() or (m.rowCount() == 0 and not m.complete)

    def start(self) -> None:
        """Load the first page (the window calls this once it is on screen)."""
        self.model.reload()

    def set_filter(self, flt: WallFilter) -> None:
        """Switch the wall to another view (features use this: an incident's terms, an alert's mentions)."""
        self.filter_bar.set_filter(flt)

    def refresh_choices(self) -> None:
        self.tasks.run(self.store.choices, lane="count", done=self.filter_bar.set_choices)

    def store_changed(self) -> None:
        """Something was written (by the poller, the command line, this window): refresh in place."""
        self.model.check_changes(self.view.shown_rows())
        self.load_detail()

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
        if changed:
            self.current_changed.emit(self.detail.mention_id)

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
