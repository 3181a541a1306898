"""The crisis banner: which incident, the time since detection and the golden-hour and 24-hour
response clocks, ticking every second from the incident's timestamps (no database work), and
under them the crisis team: who to call, with their phone numbers."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from console.incidents import clocks
from console.timeutil import from_iso, utcnow
from console.ui import i18n, labels, plaintext, sentences
from console.ui.flow import FlowStrip, chip_policy
from console.ui.playbook.contacts_panel import unbroken

READABLE = str.maketrans({"\u00a0": " ", "\u2011": "-"})
WARN_S = 10 * 60   # a running clock turns amber in its last ten minutes
STYLE = """
QFrame#crisisBanner { background: #7f1d1d; border-bottom: 2px solid #450a0a; }
QFrame#crisisBanner QLabel { color: white; }
QFrame#crisisBanner QLabel#crisisBadge { background: white; color: #7f1d1d; font-weight: bold;
    border-radius: 4px; padding: 3px 9px; }
QFrame#crisisBanner QFrame[role="clock"] { background: rgba(255,255,255,22); border-radius: 6px; }
QFrame#crisisBanner QFrame[state="warn"] { background: #b45309; }
QFrame#crisisBanner QFrame[state="missed"] { background: #450a0a; border: 1px solid #fca5a5; }
QFrame#crisisBanner QFrame[state="met"] { background: #166534; }
QFrame#crisisBanner QPushButton { color: white; background: rgba(255,255,255,30);
    border: 1px solid rgba(255,255,255,140); border-radius: 4px; padding: 2px 10px; }
QFrame#crisisBanner QPushButton:hover { background: rgba(255,255,255,60); }
QFrame#crisisBanner QLabel#teamChip { color: #fde2e2; background: rgba(255,255,255,18);
    border: 1px solid rgba(255,255,255,60); border-radius: 9px; padding: 1px 8px; }
"""


class ClockTile(QFrame):
    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setProperty("role", "clock")
        v = QVBoxLayout(self)
        v.setContentsMargins(10, 2, 10, 2)
        v.setSpacing(0)
        self.caption = QLabel(caption, self)
        self.value = QLabel("", self)
        self.value.setObjectName("clockValue")
        f = self.value.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        f.setFamilies(["DejaVu Sans Mono", "monospace"])
        self.value.setFont(f)
        v.addWidget(self.caption)
        v.addWidget(self.value)

    def set(self, value: str, state: str = "") -> None:
        self.value.setText(value)
        if self.property("state") != state:
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)


class CrisisBanner(QFrame):
    leave_requested = Signal()
    respond_requested = Signal()
    contacts_requested = Signal()
    add_alerts_requested = Signal()     # "+N alerts: add to incident"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("crisisBanner")
        self.setStyleSheet(STYLE)
        self.incident: dict | None = None
        self.surge_until: str | None = None
        self._texts: dict[QLabel, str] = {}    # the full texts of the labels shown elided
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 6, 10, 6)
        outer.setSpacing(4)
        # Row 1: what this is and what to do; row 2: the incident in a line; then the clocks and the
        # team as tiles and chips that wrap, so the banner grows taller rather than wider.
        row = QHBoxLayout()
        row.setSpacing(8)
        outer.addLayout(row)
        badge = QLabel(self.tr("CRISIS MODE"), self)
        badge.setObjectName("crisisBadge")
        self.title = plaintext.label("", self, limit=160)
        self.title.setObjectName("crisisTitle")
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.title.setFont(f)
        self.detail = plaintext.label("", self)
        self.detail.setObjectName("crisisDetail")
        for w in (self.title, self.detail):  # long titles give way to the buttons, never widen the window
            w.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            w.setMinimumWidth(60)
        self.new_alerts = QPushButton("", self)
        self.new_alerts.setObjectName("crisisNewAlerts")
        self.new_alerts.setToolTip(self.tr("Alerts raised since crisis mode began: their mentions join the incident"))
        self.new_alerts.hide()
        self.respond = QPushButton(self.tr("Record response…"), self)
        self.respond.setObjectName("crisisRespond")
        self.respond.setToolTip(self.tr("A response went out: record it (the first one stops the clocks)"))
        self.leave = QPushButton(self.tr("Leave crisis mode"), self)
        self.leave.setObjectName("leaveCrisis")
        row.addWidget(badge, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.title, 1)
        outer.addWidget(self.detail)
        self.since = ClockTile(self.tr("Since detection"), self)
        self.since.setObjectName("sinceDetection")
        self.golden = ClockTile(self.tr("Golden hour"), self)
        self.golden.setObjectName("goldenHour")
        self.day = ClockTile(self.tr("24-hour response"), self)
        self.day.setObjectName("dayClock")
        # One chip per person (role, name, phone), after the clocks; all wrap onto another line as needed.
        self.team = FlowStrip(self)
        self.team.setObjectName("crisisTeam")
        self.team_flow = self.team.flow
        self.contacts = QPushButton(self.tr("Crisis team…"), self)
        self.contacts.setObjectName("crisisContacts")
        self.contacts.setToolTip(self.tr("Show the crisis team's contacts"))
        self.contacts.setCursor(Qt.CursorShape.PointingHandCursor)
        for w in (self.since, self.golden, self.day, self.new_alerts, self.respond, self.leave, self.contacts):
            chip_policy(w)
            self.team_flow.addWidget(w)
            if isinstance(w, QPushButton):
                w.setCursor(Qt.CursorShape.PointingHandCursor)
        outer.addWidget(self.team)
        self.contacts.clicked.connect(self.contacts_requested)
        self.new_alerts.clicked.connect(self.add_alerts_requested)
        self.respond.clicked.connect(self.respond_requested)
        self.leave.clicked.connect(self.leave_requested)
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.tick)
        self.hide()

    def set_incident(self, incident: dict | None, surge_until: str | None = None) -> None:
        self.incident, self.surge_until = incident, surge_until
        if incident is None:
            self.timer.stop()
            self.hide()
            return
        self._texts[self.title] = plaintext.line(sentences.title(incident), 300)
        n = incident.get("mention_count", 0)
        bits = [i18n.fill(self.tr("Incident %1"), incident["id"]),
                labels.plural(self.tr("%n mention(s)", "", n), n)]
        if incident.get("terms"):
            bits.append(i18n.fill(self.tr("wall: %1"), ", ".join(incident["terms"])))
        until = from_iso(surge_until)
        if until:
            bits.append(i18n.fill(self.tr("surge polling until %1"), until.astimezone().strftime("%H:%M")))
        if incident.get("drill"):
            bits.insert(0, self.tr("DRILL"))
        self._texts[self.detail] = plaintext.line(" · ".join(bits), 600)
        self._elide()
        self.tick()
        self.timer.start()
        self.show()

    def set_team(self, people: list[dict]) -> None:
        """The people to call (console.playbook.team.on_call), a chip each: role, name, phone."""
        for chip in self.team.findChildren(QLabel, "teamChip"):
            self.team_flow.removeWidget(chip)
            chip.deleteLater()
        if not people:
            people_texts = [self.tr("Nobody is on the crisis team yet: add the people behind each role in Contacts")]
        else:
            people_texts = [f"{p['role']}: {p['name']}" + (f" {unbroken(p['phone'])}" if p["phone"] else "")
                            for p in people]
        for text in people_texts:
            chip = plaintext.label(plaintext.line(text, 200), self.team, selectable=True)   # a number can be copied
            chip.setObjectName("teamChip")
            chip_policy(chip)
            self.team_flow.insertWidget(self.team_flow.count() - 1, chip)    # before "Crisis team…"
        self.team.fit_height()

    def team_text(self) -> str:
        """The team as read aloud: the chips' texts, in order."""
        chips = [self.team_flow.itemAt(i).widget() for i in range(self.team_flow.count())]
        return "  ·  ".join(c.text() for c in chips if c is not None and c.objectName() == "teamChip"
                            ).translate(READABLE)

    def set_new_alerts(self, n: int) -> None:
        """Alerts raised since crisis mode began, shown here rather than on a second banner."""
        self.new_alerts.setText(labels.plural(self.tr("+%n alert(s): add to incident", "", n), n))
        self.new_alerts.setVisible(n > 0)


    def _elide(self) -> None:
        """Long titles end in "…" (the full text in the tooltip) rather than being cut mid-letter."""
        for label, text in self._texts.items():
            shown = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(40, label.width()))
            label.setText(shown)
            label.setToolTip(plaintext.tooltip(text) if shown != text else "")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def tick(self) -> None:
        inc = self.incident
        if inc is None:
            return
        now = utcnow()
        self.since.set(clocks.format_duration(clocks.since_detection_s(inc["detected_at"], now)))
        for tile, c in zip((self.golden, self.day), clocks.response_clocks(inc["detected_at"],
                                                                          inc.get("first_response_at"), now),
                           strict=True):
            if c.state == "running":
                tile.set(i18n.fill(self.tr("%1 left"), clocks.format_duration(c.remaining_s)),
                         "warn" if c.remaining_s <= WARN_S else "")
            elif c.state == "met":
                tile.set(self.tr("met ✓"), "met")
            else:
                tile.set(i18n.fill(self.tr("missed +%1"), clocks.format_duration(c.overdue_s)), "missed")
