"""The main window: the wall in the centre, the playbook panels and incidents docked around
it, the poller's state in the status bar, menus and a toolbar in the desktop's conventions,
and the layout remembered between sessions.

Start-up is quick on a big workspace: the window opens the database without the full
integrity check (`quick_check` reads the whole file: ~1 s per GB) and runs that check on the
write lane once the first page is on screen; a damaged file then turns triage off and says so.

On a shared workspace (team mode) the same window works over the server: every connection is
opened off the GUI thread (a server may take seconds to answer, or never), other desks' changes
arrive by notification (console.ui.live), and the detail pane shows who else has its mention
open (console.ui.wall.presence)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QProcess, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console import APP_NAME, __version__
from console.errors import ConsoleError
from console.files import backup
from console.ingest.health import failing_feeds, poller_state
from console.processes import console_command
from console.store import open_db, operator
from console.store.db import connect
from console.store.wall import WallStore
from console.timeutil import from_iso
from console.ui import features, fit, i18n, labels, plaintext
from console.ui.docked_playbook import DockedPlaybook
from console.ui.feature_kit import action, read, warn
from console.ui.operator_name import AskName, OperatorButton, needs_asking
from console.ui.poller_client import PollerClient
from console.ui.tasks import Tasks
from console.ui.wall.widget import Wall
from console.ui.watcher import StoreWatcher

DOCKS = (("checklist", QT_TRANSLATE_NOOP("MainWindow", "Checklist")),
         ("templates", QT_TRANSLATE_NOOP("MainWindow", "Templates")),
         ("contacts", QT_TRANSLATE_NOOP("MainWindow", "Contacts")),
         ("incidents", QT_TRANSLATE_NOOP("MainWindow", "Incidents")))
VIEW_KEYS = {"wall": "Ctrl+1", "checklist": "Ctrl+2", "templates": "Ctrl+3", "contacts": "Ctrl+4", "incidents": "Ctrl+5"}
# What a read-only window switches off besides triage: the actions that would change the workspace.
WRITE_ACTIONS = ("poll_now", "crisis_mode", "add_feed", "import_opml", "watch_terms")
STATUS_REFRESH_MS = 5000
CHECK_DELAY_MS = 5000
DOCK_SHARE_WALL = 0.3          # of the window's width, for the docks beside the wall
DOCK_SHARE_FOCUSED = 0.46     # when a dock's view is asked for


class MainWindow(QMainWindow):
    store_changed = Signal()
    reply_recorded = Signal(str, str, str, str)   # a template's reply sent: target type, target id, channel, text
    contacts_changed = Signal()                   # the crisis team edited in the Contacts panel

    def __init__(self, workspace, *, offline: bool = False, remember: bool = True, start_poller: bool = True,
                 defer_features: bool = False):
        """`defer_features`: build the features (console.ui.features) once the wall's first page is
        painted rather than now, so a real start shows the wall sooner (run_gui does this)."""
        super().__init__()
        self.workspace = workspace
        self.offline = offline
        self.read_only = workspace.read_only    # a folder this user cannot write: read, change nothing
        self._remember = remember
        self._start_poller = start_poller and not offline and not self.read_only
        self._write_db = None
        self._started = False
        self.ready = False          # started, painted, and what waits for the first paint is done
        self.setObjectName("mainWindow")
        title = f"{plaintext.line(workspace.name, 80)} — {APP_NAME}"
        self.setWindowTitle(i18n.fill(self.tr("%1 (read-only)"), title) if self.read_only else title)
        self.tasks = Tasks(self)
        self.tasks.failed.connect(lambda name, e: self.status_message(
            i18n.fill(self.tr("Something went wrong (%1): %2"), name, plaintext.line(str(e), 200)),
            warning=True))
        if workspace.url:
            from console.ui.live import LiveWatcher  # not on a folder: it loads the team-mode store

            self.watcher = LiveWatcher(workspace.url, self.tasks, self)
        else:
            self.watcher = StoreWatcher(workspace.db_path, self)
        self.watcher.changed.connect(self.store_changed)
        self.store = WallStore(workspace.db_path)
        self.wall = Wall(self.store, self.tasks, self.write_db, str(workspace.folder.resolve()), self)
        self.poller = PollerClient(workspace, offline=offline, tasks=self.tasks, parent=self)
        self.playbook = DockedPlaybook(workspace, self)
        self.presence = None
        if workspace.url:
            from console.ui.wall.presence import PresenceClient

            self.presence = PresenceClient(self)
        self.store_changed.connect(self.wall.store_changed)
        self.wall.detail.reply_requested.connect(self.reply_to)
        self.wall.approvals_wanted.connect(lambda: self.show_dock("templates"))

        central = QWidget(self)
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self._banners = QVBoxLayout()
        self._banners.setSpacing(0)
        lay.addLayout(self._banners)
        lay.addWidget(self.wall, 1)
        self.setCentralWidget(fit.yielding(central, *fit.CENTRAL_MIN))

        self.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.docks: dict[str, QDockWidget] = {}
        self.views = {}
        for name, title in DOCKS:
            # Empty until its panel is built (the playbook's after the first paint), so the saved
            # layout can be restored around it now.
            self.add_dock(name, self.tr(title), QWidget())
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.add_view("wall", self._show_wall)
        for name, _title in DOCKS:
            self.add_view("incident" if name == "incidents" else name, lambda n=name: self.show_dock(n))
        self.add_view("crisis", lambda: self.show_dock("checklist"))
        self.docks["checklist"].raise_()
        self.resize(1600, 1000)
        self.features: features.Features | None = None if defer_features else features.build(self)
        if remember:
            self._restore(docks=not defer_features)

    # -- building blocks features use ------------------------------------------------------------------
    def write_db(self):
        """The write connection, opened (checked and migrated) on first use. Call on the write lane."""
        if self.read_only:
            raise ConsoleError(self.tr("This workspace is read-only for you: nothing was changed"))
        if self._write_db is None:
            self._write_db = open_db(self.workspace.db_path)
        return self._write_db

    def add_dock(self, name: str, title: str, widget: QWidget,
                 area=Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(fit.yielding(widget, *fit.PANEL_MIN))
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        first = next((d for d in self.docks.values() if self.dockWidgetArea(d) == area), None)
        if first is not None:
            self.tabifyDockWidget(first, dock)
        self.docks[name] = dock
        return dock

    def set_dock_widget(self, name: str, widget: QWidget) -> None:
        old = self.docks[name].widget()
        self.docks[name].setWidget(fit.yielding(widget, *fit.PANEL_MIN))
        if old is not None:
            old.deleteLater()

    def add_banner(self, widget: QWidget, *, top: bool = False) -> None:
        """A banner above the wall, under those added before it (`top`: above them all)."""
        self._banners.insertWidget(0 if top else -1, widget)

    def add_view(self, name: str, show) -> None:
        self.views[name] = show

    def show_view(self, name: str) -> None:
        if name not in self.views:
            raise ConsoleError(f"unknown view {name!r}; use one of: {', '.join(sorted(self.views))}")
        self.views[name]()

    def show_dock(self, name: str) -> None:
        """Bring a dock to the front, with room to work in it."""
        dock = self.docks[name]
        dock.show()
        dock.raise_()
        self._dock_share(DOCK_SHARE_FOCUSED, dock)
        w = dock.widget()
        if w is not None:
            w.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_wall(self) -> None:
        self._dock_share(DOCK_SHARE_WALL)
        self.wall.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dock_share(self, share: float, dock: QDockWidget | None = None) -> None:
        docks = [dock] if dock else [d for d in self.docks.values() if d.isVisible() and not d.isFloating()]
        side = [d for d in docks if self.dockWidgetArea(d) in (Qt.DockWidgetArea.RightDockWidgetArea,
                                                                Qt.DockWidgetArea.LeftDockWidgetArea)]
        if side:
            self.resizeDocks(side[:1], [int(self.width() * share)], Qt.Orientation.Horizontal)

    def status_message(self, text: str, *, warning: bool = False, ms: int = 6000) -> None:
        bar = self.statusBar()
        bar.setStyleSheet("QStatusBar { color: palette(bright-text); background: #b3261e; }" if warning else "")
        bar.showMessage(plaintext.line(text, 300), ms)
        if warning:
            QTimer.singleShot(ms, bar, lambda: bar.setStyleSheet(""))   # not after the window is gone

    # -- actions, menus, toolbar --------------------------------------------------------------------------
    def _build_actions(self) -> None:
        t = self.wall.triage
        self.addAction(t.undo_action)
        self.act_poll = action(self, self.tr("Poll now"), self.poll_now, "F5", "poll_now",
                                  self.tr("Fetch every feed now (feeds that asked to wait are left to wait)"))
        self.act_find = action(self, self.tr("Find…"), self.wall.filter_bar.focus_search, QKeySequence.StandardKey.Find,
                                  "find")
        self.act_clear = action(self, self.tr("Clear filters"), self.wall.filter_bar.clear, None, "clear_filters")
        self.act_newest = action(self, self.tr("Jump to newest"), self.wall.view.jump_to_newest, "Ctrl+Home", "newest")
        self.act_reload = action(self, self.tr("Reload wall"), self.wall.model.reload, "Ctrl+R", "reload")
        self.act_detail = action(self, self.tr("Detail pane"), self.wall.set_detail_wanted, "F6", "detail")
        self.act_detail.setCheckable(True)
        self.act_detail.setChecked(True)
        self.act_full = action(self, self.tr("Full screen"), lambda on: self.showFullScreen() if on else self.showNormal(),
                                  QKeySequence.StandardKey.FullScreen, "full_screen")
        self.act_full.setCheckable(True)
        self.act_select_all = action(self, self.tr("&Select all mentions shown"), self.wall.view.selectAll,
                                        QKeySequence.StandardKey.SelectAll, "select_all")
        self.act_select_all.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.wall.view.addAction(self.act_select_all)
        self.act_copy = action(self, self.tr("&Copy mention"), self.copy_mention, QKeySequence.StandardKey.Copy, "copy")
        self.act_copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.wall.view.addAction(self.act_copy)
        self.act_backup = action(self, self.tr("Back up workspace…"), self.back_up, None, "backup")
        self.act_open = action(self, self.tr("Open workspace…"), self.open_other_workspace, QKeySequence.StandardKey.Open,
                                  "open_workspace")
        self.act_demo = action(self, self.tr("Open demo workspace"), lambda: self._launch(["--demo"]), None, "open_demo")
        self.act_quit = action(self, self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")
        self.act_shortcuts = action(self, self.tr("Keyboard shortcuts"), self.show_shortcuts,
                                       QKeySequence.StandardKey.HelpContents, "shortcuts")
        self.act_about = action(self, self.tr("About Crisis Console"), self.show_about, None, "about")
        self.view_actions = {}
        for name, key in VIEW_KEYS.items():
            title = self.tr("Wall") if name == "wall" else self.docks[name].windowTitle()
            self.view_actions[name] = action(self, title, lambda _c=False, n=name: self.show_view(
                "incident" if n == "incidents" else n), key, f"view_{name}")

    def _build_menus(self) -> None:
        mb = self.menuBar()
        t = self.wall.triage
        self.menus = {}
        m = self.menus["file"] = mb.addMenu(self.tr("&File"))
        m.addActions([self.act_open, self.act_demo])
        m.addSeparator()
        m.addAction(self.act_backup)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = self.menus["edit"] = mb.addMenu(self.tr("&Edit"))
        m.addActions([t.undo_action, self.act_copy, self.act_select_all])
        m.addSeparator()
        m.addActions([self.act_find, self.act_clear])
        m = self.menus["view"] = mb.addMenu(self.tr("&View"))
        m.addActions([self.view_actions["wall"], self.act_newest, self.act_reload, self.act_detail])
        panels = m.addMenu(self.tr("Panels"))
        for dock in self.docks.values():
            panels.addAction(dock.toggleViewAction())
        m.addSeparator()
        m.addAction(self.act_full)
        m = self.menus["mentions"] = mb.addMenu(self.tr("&Mentions"))
        m.addActions(list(t.status_actions.values()))
        m.addSeparator()
        m.addActions([t.assign_action, t.tag_action, t.note_action])
        m.addSeparator()
        m.addAction(t.open_link_action)
        m = self.menus["feeds"] = mb.addMenu(self.tr("F&eeds"))
        m.addAction(self.act_poll)
        m = self.menus["crisis"] = mb.addMenu(self.tr("&Crisis"))
        m.addActions([self.view_actions[n] for n in ("checklist", "templates", "contacts", "incidents")])
        m = self.menus["help"] = mb.addMenu(self.tr("&Help"))
        m.addActions([self.act_shortcuts, self.act_about])

    def _build_toolbar(self) -> None:
        tb = self.toolbar = self.addToolBar(self.tr("Main"))
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        t = self.wall.triage
        tb.addAction(self.act_poll)
        tb.addSeparator()
        tb.addActions([t.status_actions["acknowledged"], t.status_actions["resolved"], t.assign_action])
        tb.addAction(t.undo_action)
        tb.addSeparator()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.count_label = plaintext.label("", self)
        self.count_label.setObjectName("countLabel")
        self.poller_label = plaintext.label("", self)
        self.poller_label.setObjectName("pollerLabel")
        self.errors_button = QToolButton(self)
        self.errors_button.setObjectName("feedErrors")
        self.errors_button.setAutoRaise(True)
        self.errors_button.hide()
        self.errors_button.clicked.connect(self.show_feed_errors)
        self.workspace_label = plaintext.label(self.workspace.name, self)
        self.workspace_label.setObjectName("workspaceLabel")
        self.workspace_label.setToolTip(plaintext.tooltip(str(self.workspace.folder)))
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 6, 0)
        row.setSpacing(14)
        for w in (self.count_label, self.poller_label, self.errors_button, self.workspace_label):
            row.addWidget(w)
        self.operator_button = OperatorButton(self)
        row.insertWidget(0, self.operator_button)
        bar.addPermanentWidget(fit.yielding(box, fit.STATUS_MIN_W, 0))
        self.wall.count_changed.connect(lambda n: self.count_label.setText(
            labels.plural(self.tr("%n mention(s)", "", n) if not self.wall.model.filter.is_default
                          else self.tr("%n active mention(s)", "", n), n)))
        self.poller.state_changed.connect(self.refresh_status)
        self.wall.triage.message.connect(self.status_message)
        self.wall.triage.failed.connect(lambda text: self.status_message(text, warning=True, ms=12000))
        self._status_timer = QTimer(self, interval=STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.timeout.connect(self._keep_polling)

    # -- start, status, stop -------------------------------------------------------------------------------
    def start(self) -> None:
        """Load the wall and start listening; call once the window is shown."""
        if self._started:
            return
        self._started = True
        self.wall.view.first_paint.connect(self._after_first_paint, Qt.ConnectionType.SingleShotConnection)
        self.wall.start()
        self.watcher.start()
        if self.presence is not None:
            self.presence.start()

    def _after_first_paint(self) -> None:
        # What the wall does not need to be on screen comes once it is: the poller, the status,
        # the full integrity check and the write connection (off the GUI thread), the count,
        # deferred features, the playbook panels.
        if self._start_poller:
            self.poller.start_or_attach()
        self._status_timer.start()
        self.refresh_status()
        self.wall.model.refresh_count()
        # The integrity check reads the whole file (seconds on a big workspace): not while the user's
        # first clicks want the CPU. A triage action before then opens (and checks) it at once.
        if not self.read_only:
            QTimer.singleShot(CHECK_DELAY_MS, self._check_database)
        if self.features is None:
            self.features = features.build(self)
            if self._remember:
                self._restore_docks(QSettings())
        if self.read_only:
            self._offer_no_changes()
        self._fill_playbook_docks()
        self.ready = True

    def _check_database(self) -> None:
        self.tasks.run(self.write_db, lane="write", failed=self._database_unusable)

    def _database_unusable(self, error) -> None:
        self._start_poller = False     # a poller would fail on it too: not started again and again
        self.wall.triage.set_enabled(False)
        self.add_banner(_banner(i18n.fill(self.tr("This workspace cannot be written: %1. Triage is turned off; "
                                                  "the checklist, templates and contacts still work."),
                                          plaintext.line(str(error), 300)), error=True))

    def _offer_no_changes(self) -> None:
        """A workspace this user may only read: what changes it is switched off, the rest works."""
        self.wall.triage.set_enabled(False)
        self.wall.detail.set_writable(False)
        for a in self.findChildren(QAction):
            if a.objectName() in WRITE_ACTIONS:
                a.setEnabled(False)
        if self.features.alerts is not None:     # an alert is explained, not taken into crisis or dismissed
            self.features.alerts.banner.set_read_only()
        self.add_banner(_banner(self.tr(
            "Read-only: this workspace's folder cannot be written by you (a read-only folder or mount, or another "
            "user's). The wall, search, filters, reports and backups work; triage, polling and edits are off.")))

    def _fill_playbook_docks(self) -> None:
        """The playbook panels (console.ui.playbook) over the playbook's own file; on a shared
        workspace over the shared playbook, opened off the GUI thread (or this desk's copy of it
        when the server does not answer), and refreshed when another desk changes it."""
        if self.workspace.url:
            self.tasks.run(self.workspace.playbook, lane="team", done=self._playbook_opened)
        else:
            self._playbook_opened(self.workspace.playbook())

    def _playbook_opened(self, store) -> None:
        self.playbook.open(store)
        if self.workspace.url:
            self.watcher.playbook_changed.connect(self.playbook.refresh)
        for name, panel in self.playbook.panels().items():
            self.set_dock_widget(name, panel)
        self.playbook.templates.reply_recorded.connect(self.reply_recorded)
        self.playbook.contacts.people_changed.connect(self.contacts_changed)
        from console.ui.replies.box import ReplyBox  # with the playbook, after the first paint

        self.reply_box = ReplyBox(self, self.playbook.templates)
        self.playbook.templates.attach_reply_box(self.reply_box)
        self.store_changed.connect(self.reply_box.refresh)
        self.contacts_changed.connect(self._show_operator)
        self._show_operator()
        if self._remember and needs_asking():       # who is at the desk: asked once, on this computer
            self.add_banner(AskName(self.operator_button, self))

    def _show_operator(self) -> None:
        """The status bar's name, with the roles Contacts list it under."""
        store = self.playbook.store
        pb = store.playbook()
        mine = operator.roles_of(operator.name(), store.contacts())
        self.operator_button.show_name([pb.role_title(r) for r in mine])

    def reply_to(self, mention_id: int) -> None:
        """"Reply…" on a mention: the templates, prefilled from it and its incident, answering it."""
        templates = self.playbook.templates
        if templates is None:
            return
        from console.incidents import replies  # not at start-up: it loads the incidents' store

        lang = templates.playbook.lang
        self.show_dock("templates")
        read(self, lambda conn: replies.context_values(conn, lang, mention_id=mention_id),
             done=lambda ctx: templates.answer("mention", mention_id, ctx["values"]),
             failed=warn(self, self.tr("The reply could not be prefilled")))

    def _keep_polling(self) -> None:
        if self._start_poller and self.ready:
            self.poller.keep_polling()

    def refresh_status(self) -> None:
        self.tasks.run(lambda: poller_state(self.store.conn), lane="count", done=self._show_poller_state)

    def _show_poller_state(self, s: dict) -> None:
        last = from_iso(s.get("last_pass"))
        when = last.astimezone().strftime("%H:%M") if last else self.tr("never")
        if self.read_only:
            state = self.tr("○ Read-only (no polling)")
        elif self.offline:
            state = self.tr("○ Offline mode (no polling)")
        elif s["offline"]:
            state = i18n.fill(self.tr("○ Offline: no feed answers · last poll %1"), when)
        elif self.poller.running:
            state = i18n.fill(self.tr("● Online · last poll %1"), when)
        else:
            state = i18n.fill(self.tr("○ Not polling · last poll %1"), when)
        self.poller_label.setText(state)
        failing = s.get("failing") or 0
        self.errors_button.setText(labels.plural(self.tr("⚠ %n feed(s) in error", "", failing), failing))
        self.errors_button.setVisible(bool(failing))

    def poll_now(self) -> None:
        if self.offline:
            self.status_message(self.tr("Offline mode: nothing is fetched"))
            return
        if self._start_poller:
            self.poller.start_or_attach()
        from console.ingest.source_edits import poll_all_now  # not at start-up: it loads the feed stack

        self.tasks.run(lambda: poll_all_now(self.write_db()), lane="write",
                       done=lambda n: self.status_message(labels.plural(self.tr("Polling %n feed(s) now", "", n), n)))

    def show_feed_errors(self) -> None:
        def show(rows):
            lines = [f"{name}\n    {cat or ''}: {msg or ''} ({n}×)" for name, cat, msg, n in rows]
            plaintext.message(self, self.tr("Feeds in error"), "\n\n".join(lines) or self.tr("No feed is failing")).exec()

        self.tasks.run(lambda: failing_feeds(self.store.conn), lane="read", done=show)

    def copy_mention(self) -> None:
        m = self.wall.detail.mention
        if m:
            QApplication.clipboard().setText("\n".join(x for x in (m.get("title"), m.get("url"), m.get("text")) if x))

    def back_up(self) -> None:
        """A copy of the database file; of a shared workspace, its portable copy: a new workspace folder."""
        url = self.workspace.url
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up workspace"),
                                              str(self.workspace.folder / ("backup" if url else "backup.db")),
                                              "" if url else "SQLite (*.db)")
        if not path:
            return

        def copy():
            if url:
                from console.workspace_copy import copy_workspace  # the copy of a shared workspace

                copy_workspace(url, path)
                return path
            source = connect(self.workspace.db_path, readonly=True)   # read-only workspaces too
            try:
                return backup(source, path)
            finally:
                source.close()

        self.tasks.run(copy, lane="io",
                       done=lambda dest: self.status_message(i18n.fill(self.tr("Backed up to %1"), dest)),
                       failed=lambda e: self.status_message(str(e), warning=True))

    def open_other_workspace(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open workspace folder"), str(self.workspace.folder))
        if folder:
            self._launch(["--workspace", folder])

    def _launch(self, args: list[str]) -> None:
        QProcess.startDetached(*console_command(*args))

    def show_shortcuts(self) -> None:
        rows = []
        for a in self.findChildren(QAction):
            keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and a.text():
                rows.append((keys, a.text().replace("&", "")))
        text = "\n".join(f"{k:<14} {t}" for k, t in sorted(set(rows), key=lambda r: (len(r[0]), r[0])))
        box = plaintext.message(self, self.tr("Keyboard shortcuts"), text)
        box.setStyleSheet("QLabel { font-family: monospace; }")
        box.exec()

    def show_about(self) -> None:
        plaintext.message(self, self.tr("About Crisis Console"), f"{APP_NAME} {__version__}\n" + self.tr(
            "Listen, detect, respond. Local-first: nothing leaves this machine but the feed requests you set up.")).exec()

    # -- layout memory -------------------------------------------------------------------------------------
    def _restore(self, docks: bool) -> None:
        s = QSettings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if docks:
            self._restore_docks(s)
        header = s.value("wall/header")
        if isinstance(header, QByteArray):
            self.wall.view.restore_header(header)
        splitter = s.value("wall/splitter")
        if isinstance(splitter, QByteArray):
            self.wall.splitter.restoreState(splitter)

    def _restore_docks(self, s: QSettings) -> None:
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _save(self) -> None:
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("wall/header", self.wall.view.horizontalHeader().saveState())
        s.setValue("wall/splitter", self.wall.splitter.saveState())

    def closeEvent(self, event) -> None:
        if self._remember:
            self._save()
        self._status_timer.stop()
        self._start_poller = False     # the poller stopped next is not started again
        self.poller.stop()
        self.watcher.close()
        self.tasks.shutdown()
        if self.presence is not None:
            self.presence.close()
        self.store.close()
        if self._write_db is not None:
            self._write_db.conn.close()
        super().closeEvent(event)


def _banner(text: str, *, error: bool = False) -> QWidget:
    w = QLabel()
    w.setTextFormat(Qt.TextFormat.PlainText)
    w.setWordWrap(True)
    w.setText(text)
    w.setContentsMargins(12, 8, 12, 8)
    w.setStyleSheet("QLabel { background: #b3261e; color: white; }" if error else
                    "QLabel { background: palette(highlight); color: palette(highlighted-text); }")
    return w

