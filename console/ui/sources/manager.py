"""The sources manager: every feed with its health (last success, last error in words, next
poll), and what can be done to one: add, edit, enable or disable, retry now, test fetch."""

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from console.ingest import health, source_edits, sources
from console.timeutil import utcnow
from console.ui import i18n, labels, plaintext, sentences
from console.ui.feature_kit import read, slot, write
from console.ui.sources.editor import REACH_LABELS, SourceDialog

COLUMNS = ("Feed", "Health", "Last success", "Last error", "Next poll", "Every", "Flags", "Mentions")
STATE_COLOURS = {"failing": "#c62828", "waiting": "#b45309", "disabled": "#757575", "ok": "#2e7d32"}


def flags_text(src: dict) -> str:
    reach = REACH_LABELS.get(src["reach"])
    flags = [QCoreApplication.translate("SourceDialog", reach) if reach else src["reach"] or ""]
    if src["priority"]:
        flags.insert(0, QCoreApplication.translate("SourcesManager", "priority"))
    if src["internal"]:
        flags.append(QCoreApplication.translate("SourcesManager", "internal"))
    return " · ".join(f for f in flags if f)


class SourcesManager(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.rows: list[dict] = []
        self.editor: SourceDialog | None = None
        self.setObjectName("sourcesManager")
        self.setWindowTitle(self.tr("Sources"))
        self.resize(1280, 640)
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add feed…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.toggle_button = QPushButton(self.tr("Disable"), self)
        self.retry_button = QPushButton(self.tr("Retry now"), self)
        self.test_button = QPushButton(self.tr("Test fetch…"), self)
        for b in (self.add_button, self.edit_button, self.toggle_button, self.retry_button, self.test_button):
            bar.addWidget(b)
        self.writable = not window.read_only    # a workspace this user may only read: feeds shown, not changed
        self.add_button.setEnabled(self.writable)
        bar.addStretch(1)
        self.summary = plaintext.label("", self)
        bar.addWidget(self.summary)
        lay.addLayout(bar)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("sourcesTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        h = self.table.horizontalHeader()
        for i in range(len(COLUMNS)):
            h.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for i, width in enumerate((280, 250, 110, 0, 110, 70, 190, 80)):
            if width:
                self.table.setColumnWidth(i, width)
        lay.addWidget(self.table, 1)
        self.message = plaintext.label("", self, wrap=True)
        lay.addWidget(self.message)

        self.add_button.clicked.connect(slot(self.add_feed))
        self.edit_button.clicked.connect(slot(self.edit_feed))
        self.toggle_button.clicked.connect(self.toggle_feed)
        self.retry_button.clicked.connect(self.retry_feed)
        self.test_button.clicked.connect(slot(self.test_feed))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        if self.writable:
            self.table.itemDoubleClicked.connect(slot(self.edit_feed))
        self._selection_changed()

    # -- the list ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        read(self.window, sources.list_sources, done=self._listed,
             failed=lambda e: self.say(i18n.fill(self.tr("Feeds could not be read: %1"), e), error=True))

    def refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def _listed(self, rows: list[dict]) -> None:
        keep = (self.selected or {}).get("id")
        now = utcnow()
        self.rows = sorted(rows, key=lambda s: (not s["enabled"], (s["name"] or s["url"]).lower()))
        self.table.setRowCount(len(self.rows))
        counts = {}
        for r, s in enumerate(self.rows):
            key, words = health.state(s, now)
            counts[key] = counts.get(key, 0) + 1
            name = QTableWidgetItem(plaintext.line(s["name"] or s["url"], 120))
            name.setData(Qt.ItemDataRole.UserRole, s["id"])
            name.setToolTip(plaintext.tooltip(s["url"]))
            state = QTableWidgetItem(("● " if key in ("ok", "new") else "▲ ") + words)
            if key in STATE_COLOURS:
                state.setForeground(QBrush(QColor(STATE_COLOURS[key])))
            error = sentences.feed_error(s["last_error_category"], s["last_error_message"])
            if s.get("last_warning") and not error:
                error = plaintext.line(s["last_warning"], 200)
            cells = [name, state, QTableWidgetItem(health.ago(s["last_success"], now)),
                     QTableWidgetItem(plaintext.line(error, 300)),
                     QTableWidgetItem(health.in_(s["next_poll"], now) if s["enabled"] else "–"),
                     QTableWidgetItem(i18n.fill(self.tr("%1 min"), sentences.number(s["interval_s"] // 60))),
                     QTableWidgetItem(flags_text(s)),
                     QTableWidgetItem(str(s.get("mentions", "")))]
            if error:
                cells[3].setToolTip(plaintext.tooltip(error))
            for c, item in enumerate(cells):
                if not s["enabled"]:
                    item.setForeground(QBrush(QColor(STATE_COLOURS["disabled"])))
                self.table.setItem(r, c, item)
        parts = [labels.plural(self.tr("%n feed(s)", "", len(self.rows)), len(self.rows))]
        for key, label in (("failing", self.tr("failing")), ("waiting", self.tr("waiting")),
                           ("disabled", self.tr("disabled"))):
            if counts.get(key):
                parts.append(f"{counts[key]} {label}")
        self.summary.setText(" · ".join(parts))
        row = next((i for i, s in enumerate(self.rows) if s["id"] == keep), None)
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    @property
    def selected(self) -> dict | None:
        items = self.table.selectedItems()
        if not items:
            return None
        sid = self.table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((s for s in self.rows if s["id"] == sid), None)

    def _selection_changed(self) -> None:
        s = self.selected
        for b in (self.edit_button, self.toggle_button, self.retry_button):
            b.setEnabled(self.writable and s is not None)
        self.test_button.setEnabled(s is not None)
        self.toggle_button.setText(self.tr("Enable") if s is not None and not s["enabled"] else self.tr("Disable"))
        self.retry_button.setEnabled(self.writable and s is not None and s["enabled"])

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        plaintext.set_label(self.message, text, single_line=False)

    def _changed(self, text: str):
        def done(_result=None):
            self.say(text)
            self.refresh()
        return done

    def _failed(self, e) -> None:
        self.say(str(e), error=True)

    # -- actions ----------------------------------------------------------------------------------------
    def add_feed(self) -> SourceDialog:
        return self._open_editor(None)

    def edit_feed(self) -> SourceDialog | None:
        return self._open_editor(self.selected) if self.selected else None

    def test_feed(self) -> SourceDialog | None:
        dlg = self.edit_feed()
        if dlg is not None:
            dlg.test_fetch()
        return dlg

    def _open_editor(self, source: dict | None) -> SourceDialog:
        if self.editor is not None:
            self.editor.close()
        dlg = self.editor = SourceDialog(self, source)
        dlg.save_requested.connect(partial(self._save, dlg))
        dlg.finished.connect(partial(self._editor_closed, dlg))
        dlg.show()
        return dlg

    def _editor_closed(self, dlg: SourceDialog, _result: int = 0) -> None:
        if self.editor is dlg:
            self.editor = None

    def _save(self, dlg: SourceDialog, values: dict) -> None:
        def saved(src):
            dlg.accept()
            self._changed(i18n.fill(self.tr("Saved: %1"), src["name"] or src["url"]))()

        if "id" in values:
            sid = values.pop("id")
            change = lambda db: source_edits.update(db, sid, **values)  # noqa: E731
        else:
            url = values.pop("url")
            change = lambda db: sources.add(db, url, **values)  # noqa: E731
        write(self.window, change, done=saved, failed=lambda e: dlg.save_failed(str(e)))

    def toggle_feed(self) -> None:
        s = self.selected
        action = sources.disable if s["enabled"] else sources.enable
        verb = self.tr("Disabled: %1") if s["enabled"] else self.tr("Enabled: %1")
        write(self.window, action, s["id"], done=self._changed(i18n.fill(verb, s["name"] or s["url"])),
              failed=self._failed)

    def retry_feed(self) -> None:
        s = self.selected
        write(self.window, source_edits.retry_now, s["id"],
              done=self._changed(i18n.fill(self.tr("%1 is polled at the poller's next look (within seconds)"),
                                           s["name"] or s["url"])), failed=self._failed)
