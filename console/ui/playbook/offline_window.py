"""The window for the worst day: the mentions database is locked by another process or damaged,
so the main window cannot open. This one needs only the playbook's own file. It opens on the
checklist, with the templates and contacts beside it, and shows whatever mention history can
still be read, without waiting for it."""

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console import APP_NAME
from console.errors import ConsoleError, WorkspaceError
from console.playbook.store import PlaybookStore
from console.reports.binder import binder_html
from console.store.mentions import recent_history
from console.timeutil import now_iso
from console.ui import i18n, plaintext
from console.ui.playbook.checklist_panel import ChecklistPanel
from console.ui.playbook.common import WARN_BG
from console.ui.playbook.contacts_panel import ContactsPanel
from console.ui.playbook.templates_panel import TemplatesPanel
from console.ui.printing import binder_pdf

HISTORY_ROWS = 500


class OfflineWindow(QMainWindow):
    def __init__(self, store: PlaybookStore, workspace=None, reason: str | None = None):
        super().__init__()
        self.store = store
        self.workspace = workspace
        self.setObjectName("offlineWindow")
        self.setWindowTitle(i18n.fill(self.tr("Offline playbook — %1"), APP_NAME))
        self.checklist = ChecklistPanel(store, self)
        self.templates = TemplatesPanel(store, self)
        self.contacts = ContactsPanel(store, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.checklist, self.tr("Checklist"))
        self.tabs.addTab(self.templates, self.tr("Templates"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        history, unreadable = self._history()
        self.tabs.addTab(history, self.tr("Mention history"))
        central = QWidget(self)
        lay = QVBoxLayout(central)
        why = reason or unreadable
        text = self.tr("Offline playbook: the checklists, templates and crisis-team contacts work without the "
                       "network and without the mentions database.")
        if why:
            text = i18n.fill(self.tr("The mentions database cannot be used: %1"), why) + "\n" + text
        note = plaintext.label(text, central, wrap=True, limit=1200)
        note.setStyleSheet(f"background: {WARN_BG}; color: #5c4300; padding: 8px; border-radius: 3px;")
        lay.addWidget(note)
        lay.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._menus()
        self.resize(1400, 900)

    def _menus(self) -> None:
        m = self.menuBar().addMenu(self.tr("&File"))
        for text, slot, key in ((self.tr("&Print binder…"), self.checklist.print_binder, QKeySequence.StandardKey.Print),
                                (self.tr("Save binder as PDF or HTML…"), self.save_binder, None),
                                (self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)):
            a = QAction(text, self)
            if key is not None:
                a.setShortcut(key)
            a.triggered.connect(slot)
            m.addAction(a)

    def _history(self) -> tuple[QWidget, str | None]:
        """The mention history as far as it can be read, and why it cannot when it cannot."""
        if self.workspace is None or self.workspace.url or not self.workspace.db_path.exists():
            return plaintext.label(self.tr("No mentions stored yet."), self), None
        try:
            rows = recent_history(self.workspace.db_path, HISTORY_ROWS)
        except (WorkspaceError, OSError) as e:
            w = plaintext.label(i18n.fill(self.tr("The mention history cannot be read right now: %1"), e),
                                self, wrap=True)
            w.setMargin(16)
            return w, str(e)
        table = QTableWidget(len(rows), 5, self)
        table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Level"), self.tr("Status"), self.tr("Source"),
                                         self.tr("Mention")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(plaintext.line(value, 300)))
        if not rows:
            return plaintext.label(self.tr("No mentions stored yet."), self), None
        return table, None

    def save_binder(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save binder"), "crisis-binder.pdf",
                                              self.tr("PDF (*.pdf);;HTML (*.html)"))
        if path:
            self.write_binder(Path(path))

    def write_binder(self, path: Path) -> None:
        pb = self.store.playbook(self.checklist.language.lang)
        try:
            data = binder_pdf(pb, self.store.contacts(), now_iso()) if path.suffix.lower() == ".pdf" else \
                binder_html(pb, self.store.contacts(), now_iso()).encode("utf-8")
            path.write_bytes(data)
        except (OSError, ConsoleError) as e:
            plaintext.message(self, self.tr("Save binder"), str(e)).exec()


def open_offline_window(workspace, reason: str | None = None) -> QMainWindow:
    """The offline window for `workspace`, unshown: the caller shows it. On a shared workspace that
    could not be used (`reason`), this desk's copy of the shared playbook, without asking the server again."""
    return OfflineWindow(workspace.playbook(reason), workspace, reason)
