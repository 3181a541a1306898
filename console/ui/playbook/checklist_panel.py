"""The checklist panel: choose a checklist, start or continue a run, tick items with the time and
who, keep notes, watch progress; overdue items stand out against their time targets; a drill's
run is reset in one action. Ticking an item with no run under way starts one, so in an outage
nobody has to think about runs at all."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.playbook import runs
from console.playbook.store import PlaybookStore
from console.store.audit import current_actor
from console.timeutil import from_iso
from console.ui import i18n, plaintext
from console.ui.playbook.common import DONE_FG, OVERDUE_BG, OVERDUE_FG, PlaybookPanel, attempt, banner

REFRESH_MS = 15_000
COLUMNS = ("", "#", QT_TRANSLATE_NOOP("ChecklistPanel", "What to do"), QT_TRANSLATE_NOOP("ChecklistPanel", "Owner"),
           QT_TRANSLATE_NOOP("ChecklistPanel", "Due"), QT_TRANSLATE_NOOP("ChecklistPanel", "Done"),
           QT_TRANSLATE_NOOP("ChecklistPanel", "Note"))
BOX, NUM, TEXT, OWNER, DUE, DONE, NOTE = range(7)
SHORT_SHARE = {OWNER: 0.17, DUE: 0.18, DONE: 0.15, NOTE: 0.14}   # of the table's width, at most


def _put(cell: QTableWidgetItem, role, value) -> None:
    """Set one role of a cell, only when it changes (each change re-measures the row's height)."""
    if cell.data(role) != value:
        cell.setData(role, value)


def local_time(iso: str | None) -> str:
    dt = from_iso(iso)
    return dt.astimezone().strftime("%H:%M") if dt else ""


class ChecklistPanel(PlaybookPanel):
    def __init__(self, store: PlaybookStore, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.run_id: int | None = None
        self._filling = False
        self.setObjectName("checklistPanel")

        self.checklist = QComboBox(self)
        self.checklist.setToolTip(self.tr("Checklist"))
        self.checklist.setMinimumContentsLength(14)
        self.checklist.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.runs = QComboBox(self)
        self.runs.setMinimumContentsLength(14)
        self.runs.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.runs.setToolTip(self.tr("Runs of this checklist, newest first"))
        self.new_run = QPushButton(self.tr("Start run"), self)
        self.incident = QLineEdit(self)
        self.incident.setPlaceholderText(self.tr("Incident (optional)"))
        self.incident.setMaximumWidth(140)
        self.reset = QPushButton(self.tr("Reset for drill…"), self)
        self.edit = QPushButton(self.tr("Edit…"), self)
        self.edit.setToolTip(self.tr("Edit this checklist"))
        self.print_button = QPushButton(self.tr("Print binder…"), self)
        self.print_button.setToolTip(self.tr("Print the whole playbook, with tick boxes and phone numbers"))

        self.title = plaintext.label("", self, wrap=True)
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.45)
        f.setBold(True)
        self.title.setFont(f)
        self.summary = plaintext.label("", self, wrap=True, limit=2000)
        self.summary.setStyleSheet("color: palette(placeholder-text);")

        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m done"))
        self.progress.setMinimumWidth(160)
        self.overdue = plaintext.label("", self)
        self.overdue.setStyleSheet(f"color: {OVERDUE_FG}; font-weight: bold;")
        self.started = plaintext.label("", self)
        self.who = QLineEdit(current_actor(), self)
        self.who.setMaximumWidth(160)
        self.who.setToolTip(self.tr("Ticks and notes are recorded under this name"))

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        # Wrapped rows follow their text at whatever width the dock gives the table (a checklist is short).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # At least two lines: an overdue item's "OVERDUE" and its time, in bold, in any script.
        self.table.verticalHeader().setMinimumSectionSize(int(2.6 * self.table.fontMetrics().lineSpacing()) + 8)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("QTableWidget::item { padding: 2px 0px; }")   # rows are measured without it
        big = self.table.font()
        big.setPointSizeF(big.pointSizeF() * 1.1)
        self.table.setFont(big)
        header = self.table.horizontalHeader()
        # The item text takes the room; the short columns fit their contents up to a share of the width
        # (their text wraps beyond it), so "What to do" never shrinks below a readable line.
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == TEXT
                                        else QHeaderView.ResizeMode.Fixed)

        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note for the selected item"))
        self.save_note = QPushButton(self.tr("Save note"), self)
        self.run_notes = QLineEdit(self)
        self.run_notes.setPlaceholderText(self.tr("Notes for the whole run"))
        self.save_run_notes = QPushButton(self.tr("Save"), self)

        # Two short rows rather than one long one: the panel is often docked beside the wall. While a
        # run is under way in crisis mode they step aside (focus_run), so the items get the room.
        self.pickers = QWidget(self)
        pick = QVBoxLayout(self.pickers)
        pick.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.language)
        top.addWidget(self.checklist, 1)
        top.addWidget(self.edit)
        top.addWidget(self.print_button)
        run_row = QHBoxLayout()
        run_row.addWidget(self.runs, 1)
        run_row.addWidget(self.incident)
        run_row.addWidget(self.new_run)
        run_row.addWidget(self.reset)
        pick.addLayout(top)
        pick.addLayout(run_row)
        self.show_pickers = QPushButton(self.tr("Other checklists…"), self)
        self.show_pickers.setObjectName("showPickers")
        self.show_pickers.setToolTip(self.tr("Choose another checklist or run"))
        self.show_pickers.hide()
        self.show_pickers.clicked.connect(lambda: self.focus_run(False))
        self.who_label = plaintext.label(self.tr("Your name"), self)
        status = QHBoxLayout()
        status.addWidget(self.progress)
        status.addWidget(self.overdue)
        status.addWidget(self.started, 1)
        status.addWidget(self.who_label)
        status.addWidget(self.who)
        status.addWidget(self.show_pickers)
        notes = QHBoxLayout()
        notes.addWidget(self.note, 2)
        notes.addWidget(self.save_note)
        notes.addSpacing(16)
        notes.addWidget(self.run_notes, 2)
        notes.addWidget(self.save_run_notes)
        lay = QVBoxLayout(self)
        lay.addWidget(banner(store, self))
        lay.addWidget(self.pickers)
        lay.addWidget(self.title)
        lay.addWidget(self.summary)
        lay.addLayout(status)
        lay.addWidget(self.table, 1)
        lay.addLayout(notes)

        self.language.lang_changed.connect(self._fill_checklists)
        self.checklist.currentIndexChanged.connect(self._fill_runs)
        self.runs.currentIndexChanged.connect(self._choose_run)
        self.new_run.clicked.connect(self.start_run)
        self.reset.clicked.connect(self.reset_run)
        self.edit.clicked.connect(self.edit_checklist)
        self.print_button.clicked.connect(self.print_binder)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._selected)
        self.save_note.clicked.connect(self.save_item_note)
        for w in (self.new_run, self.incident, self.edit, self.who, self.note, self.save_note):
            w.setEnabled(self.writable)
        self.note.returnPressed.connect(self.save_item_note)
        self.save_run_notes.clicked.connect(self.save_notes)
        # Overdue items turn red on their own, while the panel is on screen (a hidden one needs no clock).
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self._fill_checklists()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    # -- what is shown ---------------------------------------------------------------------------------
    @property
    def checklist_id(self) -> str | None:
        return self.checklist.currentData()

    def _fill_checklists(self, *_):
        keep = self.checklist_id
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for c in self.playbook.checklists:
            self.checklist.addItem(plaintext.line(c.title, 80), c.id)
        self.checklist.setCurrentIndex(max(0, self.checklist.findData(keep)))
        self.checklist.blockSignals(False)
        self._fill_runs()

    def _fill_runs(self, *_, select: int | None = None):
        self.runs.blockSignals(True)
        self.runs.clear()
        self.runs.addItem(self.tr("No run yet: ticking an item starts one"), None)
        for r in runs.list_runs(self.store, self.checklist_id, self.language.lang):
            text = i18n.fill(self.tr("Run %1 · %2 · %3/%4"), r["id"], local_time(r["started_at"]), r["done"],
                             r["total"])
            if r["incident_id"]:
                text += i18n.fill(self.tr(" · incident %1"), plaintext.line(r["incident_id"], 20))
            self.runs.addItem(text, r["id"])
        index = self.runs.findData(select) if select else (1 if self.runs.count() > 1 else 0)
        self.runs.setCurrentIndex(max(0, index))
        self.runs.blockSignals(False)
        self._choose_run()

    def show_run(self, run_id: int) -> None:
        """Bring a run on screen, whatever checklist and language it is in (crisis mode calls this)."""
        run = runs.state(self.store, run_id)
        for box, key in ((self.language, run["lang"]), (self.checklist, run["checklist_id"])):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(key)))
            box.blockSignals(False)
        self._fill_checklists()
        self._fill_runs(select=run_id)

    def _choose_run(self, *_):
        self.run_id = self.runs.currentData()
        self.refresh()

    def refresh(self) -> None:
        """Redraw the run (or the bare checklist), keeping the selection."""
        cl = self.playbook.checklist(self.checklist_id) if self.checklist_id else None
        if cl is None:
            return
        row = self.table.currentRow()
        if self.run_id is not None:
            st = runs.state(self.store, self.run_id)
            items, done, total, overdue = st["items"], st["done"], st["total"], st["overdue"]
            plaintext.set_label(self.title, st["title"], single_line=False)
            self.started.setText(i18n.fill(self.tr("Started %1 by %2"), local_time(st["started_at"]),
                                           plaintext.line(st["started_by"], 60)))
            if not self.run_notes.hasFocus():
                self.run_notes.setText(plaintext.line(st["notes"], 2000))
        else:
            pb = self.playbook
            items = [{"n": n, "id": it.id, "text": it.text, "owner_title": pb.role_title(it.owner),
                      "due_min": it.due_min, "due_at": None, "ticked_at": None, "ticked_by": None, "note": "",
                      "overdue": False, "late": False} for n, it in enumerate(cl.items, 1)]
            done, total, overdue = 0, len(items), 0
            plaintext.set_label(self.title, cl.title, single_line=False)
            self.started.setText(self.tr("Not started"))
            self.run_notes.clear()
        plaintext.set_label(self.summary, cl.summary, single_line=False, limit=2000)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.overdue.setText(i18n.fill(self.tr("%1 overdue"), overdue) if overdue else "")
        self.reset.setEnabled(self.writable and self.run_id is not None)
        self.run_notes.setEnabled(self.writable and self.run_id is not None)
        self.save_run_notes.setEnabled(self.writable and self.run_id is not None)
        self._fill_table(items)
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)

    def _fill_table(self, items: list[dict]) -> None:
        """Show `items`, changing only the cells that differ: the clock refreshes this every few
        seconds, and re-creating every cell of a word-wrapped table costs ~40 ms of the GUI thread."""
        pb = self.playbook
        self._filling = True
        self.table.setRowCount(len(items))
        for r, it in enumerate(items):
            within = pb.word("within", time=pb.duration(it["due_min"])) if it["due_min"] is not None else ""
            due = local_time(it["due_at"]) if it["due_at"] else within     # a run under way: the clock time
            if it["overdue"]:
                due = self.tr("OVERDUE") + "\n" + due
            done = ""
            if it["ticked_at"]:
                done = f"{local_time(it['ticked_at'])} · {plaintext.line(it['ticked_by'], 40)}"
                if it["late"]:
                    done += " · " + self.tr("late")
            texts = ("", str(it["n"]), plaintext.clean(it["text"], limit=2000), plaintext.line(it["owner_title"], 60),
                     due, done, plaintext.line(it["note"], 500))
            fg = OVERDUE_FG if it["overdue"] else DONE_FG if it["ticked_at"] else None
            bg = OVERDUE_BG if it["overdue"] else None
            for c, text in enumerate(texts):
                cell = self._cell(r, c)
                _put(cell, Qt.ItemDataRole.DisplayRole, text or None)
                _put(cell, Qt.ItemDataRole.ForegroundRole, QBrush(QColor(fg)) if fg else None)
                _put(cell, Qt.ItemDataRole.BackgroundRole, QBrush(QColor(bg)) if bg else None)
            box = self.table.item(r, BOX)
            _put(box, Qt.ItemDataRole.UserRole, it["n"])
            _put(box, Qt.ItemDataRole.CheckStateRole,
                 (Qt.CheckState.Checked if it["ticked_at"] else Qt.CheckState.Unchecked).value)
            _put(self.table.item(r, DUE), Qt.ItemDataRole.FontRole, self._bold() if it["overdue"] else None)
            _put(self.table.item(r, TEXT), Qt.ItemDataRole.ToolTipRole, plaintext.tooltip(it["text"]))
            _put(self.table.item(r, DUE), Qt.ItemDataRole.ToolTipRole, within or None)
        self._filling = False
        self.table.setColumnHidden(NOTE, not any(it["note"] for it in items))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Each short column as wide as its contents, at most its share of the table; the text gets the rest."""
        width = self.table.viewport().width()
        for col in range(len(COLUMNS)):
            if col == TEXT or self.table.isColumnHidden(col):
                continue
            share = SHORT_SHARE.get(col, 1.0)
            natural = max(self.table.sizeHintForColumn(col), self.table.horizontalHeader().sectionSizeHint(col))
            self.table.setColumnWidth(col, max(24, min(natural, int(width * share))))
        self.table.resizeRowsToContents()      # the text's lines at the width it has now

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def focus_run(self, on: bool) -> None:
        """Crisis mode: the run under way takes the panel (the pickers, the summary and the name field
        step aside; "Other checklists…" brings them back)."""
        on = on and self.run_id is not None
        for w in (self.pickers, self.summary, self.who_label, self.who):
            w.setVisible(not on)
        self.show_pickers.setVisible(on)

    def _cell(self, r: int, c: int) -> QTableWidgetItem:
        cell = self.table.item(r, c)
        if cell is None:
            cell = QTableWidgetItem()
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | (Qt.ItemFlag.ItemIsUserCheckable if c == BOX and self.writable else Qt.ItemFlag.NoItemFlags))
            self.table.setItem(r, c, cell)
        return cell

    def _bold(self) -> QFont:
        bold = QFont(self.table.font())
        bold.setBold(True)
        return bold

    # -- actions ---------------------------------------------------------------------------------------
    def _by(self) -> str:
        return self.who.text().strip() or current_actor()

    def start_run(self) -> int | None:
        started = []
        if attempt(self, self.tr("Start run"), lambda: started.append(runs.start(
                self.store, self.checklist_id, self.language.lang, self.incident.text().strip() or None,
                by=self._by()))):
            self._fill_runs(select=started[0])
            return started[0]
        return None

    def tick(self, n: int, ticked: bool = True) -> None:
        """Tick (or untick) item number `n`, starting a run first if there is none."""
        if self.run_id is None and (not ticked or self.start_run() is None):
            return
        action = runs.tick if ticked else runs.untick
        attempt(self, self.tr("Tick"), lambda: action(self.store, self.run_id, n, by=self._by()))
        self._fill_runs(select=self.run_id)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != BOX:
            return
        n = item.data(Qt.ItemDataRole.UserRole)
        QTimer.singleShot(0, lambda: self.tick(n, item.checkState() == Qt.CheckState.Checked))

    def _selected(self) -> None:
        row = self.table.currentRow()
        note = self.table.item(row, NOTE) if row >= 0 else None
        self.note.setText(note.text() if note else "")

    def save_item_note(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        if self.run_id is None and self.start_run() is None:
            return
        n = self.table.item(row, BOX).data(Qt.ItemDataRole.UserRole)
        if attempt(self, self.tr("Save note"),
                   lambda: runs.set_note(self.store, self.run_id, n, self.note.text().strip(), by=self._by())):
            self.refresh()

    def save_notes(self) -> None:
        if self.run_id is not None and attempt(self, self.tr("Save"), lambda: runs.set_note(
                self.store, self.run_id, None, self.run_notes.text().strip(), by=self._by())):
            self.refresh()

    def reset_run(self) -> None:
        if self.run_id is None:
            return
        if plaintext.confirm(self, self.tr("Reset for drill"), i18n.fill(self.tr(
                "Clear every tick and note of run %1 and restart its clock? The audit log keeps what was "
                "done."), self.run_id), self.tr("Reset")):
            self.reset_now()

    def reset_now(self) -> None:
        attempt(self, self.tr("Reset for drill"), lambda: runs.reset(self.store, self.run_id, by=self._by()))
        self._fill_runs(select=self.run_id)

    def edit_checklist(self) -> None:
        from console.ui.playbook.editors import ChecklistEditor

        if ChecklistEditor(self.store, self.language.lang, self.checklist_id, self._by(), self).exec():
            self._fill_checklists()

    def print_binder(self) -> None:
        from console.ui.printing import print_binder

        print_binder(self.store, self.language.lang, self)
