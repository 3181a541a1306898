"""The incidents dock: the list (open ones first) and the selected incident in detail: its
response clocks, metrics, timeline and mentions, and the actions on it."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.incidents import clocks, operations, reading
from console.store.wall_filter import WallFilter
from console.timeutil import utcnow
from console.ui import i18n, labels, plaintext, sentences
from console.ui.feature_kit import read, warn, write
from console.ui.incidents.dialogs import DEFAULT_CHANNELS, NewIncidentDialog, NoteDialog, ResponseDialog
from console.ui.tables import item, level_item, local_time, table

DETAIL_MENTIONS = 500
# Marked for lupdate (context IncidentsPanel), translated where shown. "Opened" here is the event (開啟),
# not the column of when an incident was opened (開啟時間), which says so in its disambiguation.
EVENT_LABELS = {"detected": QT_TRANSLATE_NOOP("IncidentsPanel", "Detected"),
                "opened": QT_TRANSLATE_NOOP("IncidentsPanel", "Incident opened"),
                "mentions_added": QT_TRANSLATE_NOOP("IncidentsPanel", "Mentions added"),
                "note": QT_TRANSLATE_NOOP("IncidentsPanel", "Note"),
                "response": QT_TRANSLATE_NOOP("IncidentsPanel", "Response"),
                "crisis_on": QT_TRANSLATE_NOOP("IncidentsPanel", "Crisis mode on"),
                "crisis_off": QT_TRANSLATE_NOOP("IncidentsPanel", "Crisis mode off"),
                "closed": QT_TRANSLATE_NOOP("IncidentsPanel", "Closed")}
CLOCK_COLOURS = {"met": "#2e7d32", "missed": "#c62828"}


class IncidentsPanel(QWidget):
    incident_selected = Signal(object)     # the incident shown in detail (a dict), or None

    def __init__(self, window, playbook, crisis=None, parent=None):
        """`playbook`: the window's DockedPlaybook (the response channels); `crisis`: the
        CrisisController its "Crisis mode" button drives (None without one)."""
        super().__init__(parent)
        self.setObjectName("incidentsPanel")
        self.window = window
        self.playbook = playbook
        self.crisis = crisis
        self.incident: dict | None = None
        self.writable = not window.read_only     # a workspace this user may only read: shown, not changed
        self.rows: list[dict] = []
        self._want: int | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("Open incidents"), "open")
        self.scope.addItem(self.tr("All incidents"), None)
        self.new_button = QPushButton(self.tr("New incident…"), self)
        self.new_button.setEnabled(self.writable)
        top.addWidget(self.scope, 1)
        top.addWidget(self.new_button)
        lay.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.list = table(split, [self.tr("Incident"), self.tr("Mentions"), self.tr("Opened", "column: when the incident was opened")], 0)
        self.list.setObjectName("incidentList")
        detail = QWidget(split)
        d = QVBoxLayout(detail)
        d.setContentsMargins(0, 6, 0, 0)
        self.title = plaintext.label("", detail, wrap=True, limit=400)
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.25)
        self.title.setFont(f)
        self.state = plaintext.label("", detail, wrap=True)
        self.clock_line = plaintext.label("", detail, wrap=True)
        self.clock_line.setObjectName("incidentClocks")
        self.metrics = plaintext.label("", detail, wrap=True)
        for w in (self.title, self.state, self.clock_line, self.metrics):
            d.addWidget(w)
        buttons = QGridLayout()
        self.note_button = QPushButton(self.tr("Note…"), detail)
        self.respond_button = QPushButton(self.tr("Response…"), detail)
        self.add_button = QPushButton(self.tr("Add selected"), detail)
        self.add_button.setToolTip(self.tr("Add the mentions selected on the wall to this incident"))
        self.wall_button = QPushButton(self.tr("Show on wall"), detail)
        self.crisis_button = QPushButton(self.tr("Crisis mode"), detail)
        self.close_button = QPushButton(self.tr("Close…"), detail)
        for i, b in enumerate((self.note_button, self.respond_button, self.close_button, self.add_button,
                               self.wall_button, self.crisis_button)):
            buttons.addWidget(b, i // 3, i % 3)
        d.addLayout(buttons)
        self.tabs = QTabWidget(detail)
        self.timeline = table(self.tabs, [self.tr("Time"), self.tr("What"), self.tr("Who"), self.tr("Details")], 3)
        self.timeline.setObjectName("incidentTimeline")
        self.mentions = table(self.tabs, [self.tr("Time"), self.tr("Level"), self.tr("Source"), self.tr("Title")], 3)
        self.mentions.setObjectName("incidentMentions")
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.mentions, self.tr("Mentions"))
        d.addWidget(self.tabs, 1)
        split.addWidget(self.list)
        split.addWidget(detail)
        split.setStretchFactor(1, 3)
        lay.addWidget(split, 1)

        self.scope.currentIndexChanged.connect(self.refresh)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.new_incident)
        self.note_button.clicked.connect(self.add_note)
        self.respond_button.clicked.connect(self.record_response)
        self.add_button.clicked.connect(self.add_selected)
        self.wall_button.clicked.connect(self.show_on_wall)
        self.crisis_button.clicked.connect(self._crisis)
        self.close_button.clicked.connect(self.close_incident)
        self.mentions.itemDoubleClicked.connect(lambda item: self._show_ids([item.data(Qt.ItemDataRole.UserRole)]))
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_clocks)
        self._tick.start()
        self._set_detail(None)

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        read(self.window, lambda conn, status: reading.list_incidents(conn, status=status), self.scope.currentData(),
             done=self._listed,
             failed=warn(self.window, self.tr("Incidents could not be read")))

    def refresh_if_shown(self) -> None:
        """On a store change: only a panel on screen reads (the poller commits every few seconds)."""
        if self.isVisible():
            self.refresh()

    def _listed(self, rows: list[dict]) -> None:
        keep = self._want if self._want is not None else (self.incident or {}).get("id")
        before = {r["id"]: r for r in self.rows}
        self.rows = rows
        self.list.blockSignals(True)
        self.list.setRowCount(len(rows))
        for r, inc in enumerate(rows):
            mark = "● " if inc["crisis_active"] else ("✓ " if inc["status"] == "closed" else "")
            title = item(mark + plaintext.line(sentences.title(inc), 160), inc["id"])
            if inc["crisis_active"]:
                title.setForeground(QBrush(QColor("#c62828")))
            self.list.setItem(r, 0, title)
            self.list.setItem(r, 1, item(str(inc["mention_count"])))
            self.list.setItem(r, 2, item(local_time(inc["opened_at"])))
        self.list.blockSignals(False)
        row = next((i for i, inc in enumerate(rows) if inc["id"] == keep), None)
        if row is None and keep is not None and self.incident is not None and self.incident["id"] == keep:
            self.load(keep)     # just closed, out of the "open" list: it stays in view for its review notes
            return
        row = row if row is not None else (0 if rows else None)
        if row is None:
            self._set_detail(None)
            return
        self.list.blockSignals(True)
        self.list.selectRow(row)
        self.list.blockSignals(False)
        chosen = rows[row]
        unchanged = self.incident is not None and self.incident["id"] == chosen["id"] and self._want is None \
            and before.get(chosen["id"]) == chosen
        if not unchanged:  # its detail is read again only when something about it changed
            self.load(chosen["id"])

    def select(self, incident_id: int) -> None:
        """Show this incident (it may not be listed yet: the list is reloaded)."""
        self._want = incident_id
        self.refresh()

    def _selection_changed(self) -> None:
        items = self.list.selectedItems()
        if items:
            self.load(self.list.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def load(self, incident_id: int) -> None:
        read(self.window, lambda conn, i: reading.show(conn, i, mention_limit=DETAIL_MENTIONS), incident_id,
             done=self._set_detail, failed=warn(self.window, self.tr("The incident could not be read")))

    # -- showing -----------------------------------------------------------------------------------
    def _set_detail(self, inc: dict | None) -> None:
        if inc is not None and self._want not in (None, inc["id"]):
            return  # an older answer arrived after the one asked for last
        self._want = None
        self.incident = inc
        for b in (self.note_button, self.respond_button, self.add_button, self.wall_button, self.crisis_button,
                  self.close_button):
            b.setEnabled(inc is not None and (b is self.wall_button or self.writable))
        if inc is None:
            plaintext.set_label(self.title, self.tr("No incident yet"))
            self.state.setText(self.tr("Open one from an alert (Crisis mode) or with “New incident…”."))
            for w in (self.clock_line, self.metrics):
                w.setText("")
            self.timeline.setRowCount(0)
            self.mentions.setRowCount(0)
            self.incident_selected.emit(None)
            return
        closed = inc["status"] == "closed"
        plaintext.set_label(self.title, sentences.title(inc), single_line=False, limit=400)
        bits = [i18n.fill(self.tr("Closed %1"), local_time(inc["closed_at"])) if closed else self.tr("Open"),
                i18n.fill(self.tr("detected %1"), local_time(inc["detected_at"])),
                labels.plural(self.tr("%n mention(s)", "", inc["mention_count"]), inc["mention_count"])]
        if inc["crisis_active"]:
            bits.insert(0, self.tr("CRISIS MODE"))
        if inc["terms"]:
            bits.append(i18n.fill(self.tr("terms: %1"), ", ".join(inc["terms"])))
        if inc["drill"]:
            bits.insert(0, self.tr("DRILL"))
        plaintext.set_label(self.state, " · ".join(bits), single_line=False)
        m = inc["metrics"]
        parts = []
        for key, label in (("time_to_crisis_mode_s", self.tr("to crisis mode")),
                           ("time_to_first_response_s", self.tr("to first response")),
                           ("time_to_close_s", self.tr("to close"))):
            if m.get(key) is not None:
                parts.append(f"{clocks.format_duration(m[key])} {label}")
        self.metrics.setText(i18n.fill(self.tr("Measured from detection: %1"), " · ".join(parts)) if parts else "")
        self._show_clocks()
        for b in (self.respond_button, self.add_button, self.close_button, self.crisis_button):
            b.setEnabled(self.writable and not closed)
        self.crisis_button.setText(self.tr("Leave crisis mode") if inc["crisis_active"] else self.tr("Crisis mode"))
        self._fill_timeline(inc["timeline"])
        self._fill_mentions(inc["mentions"])
        self.tabs.setTabText(1, i18n.fill(self.tr("Mentions (%1)"), inc["mention_count"]))
        self.incident_selected.emit(inc)

    def _show_clocks(self) -> None:
        inc = self.incident
        if inc is None:
            return
        if inc["status"] == "closed" and not inc["first_response_at"]:
            self.clock_line.setText(self.tr("Closed without a recorded response"))
            return
        now = utcnow()
        cs = clocks.response_clocks(inc["detected_at"], inc["first_response_at"], now)
        since = clocks.format_duration(clocks.since_detection_s(inc["detected_at"], now))
        line = " · ".join([i18n.fill(self.tr("Since detection %1"), since)] + [sentences.clock(c.as_dict()) for c in cs])
        self.clock_line.setText(line)

    def _fill_timeline(self, events: list[dict]) -> None:
        self.timeline.setRowCount(len(events))
        for r, e in enumerate(events):
            details = sentences.event(e)
            if e["kind"] == "response":
                details = f"[{e['details'].get('channel', '')}] {details}"
            self.timeline.setItem(r, 0, item(local_time(e["at"], seconds=True)))
            label = EVENT_LABELS.get(e["kind"])
            self.timeline.setItem(r, 1, item(self.tr(label) if label else e["kind"]))
            self.timeline.setItem(r, 2, item(plaintext.line(e["actor"], 40)))
            self.timeline.setItem(r, 3, item(plaintext.line(details)))
        self.timeline.scrollToBottom()

    def _fill_mentions(self, ms: list[dict]) -> None:
        self.mentions.setRowCount(len(ms))
        pal = self.palette()
        for r, m in enumerate(ms):
            level = level_item(m.get("level"), pal, positive=m.get("positive"), data=m["id"])
            self.mentions.setItem(r, 0, item(local_time(m["sort_time"]), m["id"]))
            self.mentions.setItem(r, 1, level)
            self.mentions.setItem(r, 2, item(plaintext.line(m.get("source_name") or m.get("source"), 60), m["id"]))
            self.mentions.setItem(r, 3, item(plaintext.line(m.get("title") or m.get("text")), m["id"]))

    # -- actions -----------------------------------------------------------------------------------
    def _done(self, message: str):
        def after(_result=None):
            self.window.status_message(message)
            self.refresh()
        return after

    def new_incident(self) -> None:
        ids = self.window.wall.view.selected_ids()
        dlg = NewIncidentDialog(len(ids), self)
        if dlg.exec():
            chosen = ids if dlg.with_selected.isChecked() else []
            write(self.window, lambda db, t, i: operations.open_incident(db, t, mention_ids=i),
                  dlg.title.text(), chosen, done=self._opened, failed=warn(self.window, self.tr("Not opened")))

    def _opened(self, incident_id: int) -> None:
        self.window.status_message(i18n.fill(self.tr("Incident %1 opened"), incident_id))
        self.select(incident_id)

    def add_note(self) -> None:
        inc = self.incident
        dlg = NoteDialog(inc["title"], self)
        if dlg.exec():
            write(self.window, operations.add_note, inc["id"], dlg.value(), done=self._done(self.tr("Note added")),
                  failed=warn(self.window, self.tr("The note was not added")))

    def record_response(self) -> None:
        record_response(self.window, self.playbook, self.incident, self, done=self._done(self.tr("Response recorded")))

    def add_selected(self) -> None:
        ids = self.window.wall.view.selected_ids()
        if not ids:
            self.window.status_message(self.tr("Choose mentions on the wall first"))
            return
        write(self.window, operations.add_mentions, self.incident["id"], ids,
              done=lambda n: self._done(labels.plural(self.tr("%n mention(s) added", "", n), n))(),
              failed=warn(self.window, self.tr("Not added")))

    def show_on_wall(self) -> None:
        inc = self.incident
        read(self.window, reading.mention_ids, inc["id"], done=lambda ids: self._show_ids(ids, inc))

    def _show_ids(self, ids: list[int], inc: dict | None = None) -> None:
        label = i18n.fill(self.tr("Incident %1"), inc["id"]) if inc else self.tr("Mention")
        self.window.wall.set_filter(WallFilter(ids=frozenset(ids), label=label))
        self.window.show_view("wall")

    def _crisis(self) -> None:
        if self.crisis is None or self.incident is None:
            return
        if self.incident["crisis_active"]:
            self.crisis.leave()
        else:
            self.crisis.enter(incident_id=self.incident["id"])

    def close_incident(self) -> None:
        inc = self.incident
        if plaintext.confirm(self, self.tr("Close incident"), i18n.fill(self.tr(
                "Close “%1”? Its timeline and mentions are kept; notes can still be added for the review."),
                plaintext.line(inc["title"], 120)), self.tr("Close incident")):
            write(self.window, operations.close, inc["id"], done=self._done(self.tr("Incident closed")),
                  failed=warn(self.window, self.tr("Not closed")))


def record_response(window, playbook, incident: dict, parent, done) -> None:
    """Ask for a response that went out and record it (the crisis banner uses this too). The channels
    are the playbook's once the window has opened it (`playbook`: its DockedPlaybook)."""
    store = playbook.store
    channels = [c.id for c in store.playbook().channels] if store is not None else None
    dlg = ResponseDialog(incident["title"], channels or DEFAULT_CHANNELS, parent=parent)
    if dlg.exec():
        channel, text = dlg.value()
        write(window, operations.add_response, incident["id"], channel, text, done=done,
              failed=warn(window, QCoreApplication.translate("IncidentsPanel", "The response was not recorded")))
