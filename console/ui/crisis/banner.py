"""The crisis banner: which incident, the time since detection and the golden-hour and 24-hour
response clocks, ticking every second from the incident's timestamps (no database work), and
under them the crisis team: who to call, with their phone numbers."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from console.incidents import clocks
from console.timeutil import from_iso, utcnow
from console.ui import i18n, labels, plaintext, sentences

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
QFrame#crisisBanner QLabel#crisisTeam { color: #fde2e2; }
"""


class ClockTile(QFrame):
    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setProperty("role", "clock")
        v = QVBoxLayout(self)
        v.setContentsMargins(12, 4, 12, 4)
        v.setSpacing(0)
        self.caption = QLabel(caption, self)
        self.value = QLabel("", self)
        self.value.setObjectName("clockValue")
        f = self.value.font()
        f.setPointSizeF(f.pointSizeF() * 1.45)
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

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("crisisBanner")
        self.setStyleSheet(STYLE)
        self.incident: dict | None = None
        self.surge_until: str | None = None
        self._texts: dict[QLabel, str] = {}    # the full texts of the labels shown elided
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 8, 12, 8)
        outer.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(12)
        outer.addLayout(row)
        badge = QLabel(self.tr("CRISIS MODE"), self)
        badge.setObjectName("crisisBadge")
        left = QVBoxLayout()
        left.setSpacing(2)
        self.title = plaintext.label("", self, limit=160)
        self.title.setObjectName("crisisTitle")
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.title.setFont(f)
        self.detail = plaintext.label("", self)
        self.detail.setObjectName("crisisDetail")
        for w in (self.title, self.detail):  # long titles give way to the clocks, never widen the window
            w.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            w.setMinimumWidth(120)
            left.addWidget(w)
        self.since = ClockTile(self.tr("Since detection"), self)
        self.since.setObjectName("sinceDetection")
        self.golden = ClockTile(self.tr("Golden hour"), self)
        self.golden.setObjectName("goldenHour")
        self.day = ClockTile(self.tr("24-hour response"), self)
        self.day.setObjectName("dayClock")
        self.respond = QPushButton(self.tr("Record response…"), self)
        self.respond.setObjectName("crisisRespond")
        self.respond.setToolTip(self.tr("A response went out: record it (the first one stops the clocks)"))
        self.leave = QPushButton(self.tr("Leave crisis mode"), self)
        self.leave.setObjectName("leaveCrisis")
        row.addWidget(badge, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(left, 1)
        for w in (self.since, self.golden, self.day):
            row.addWidget(w)
        actions = QVBoxLayout()
        actions.setSpacing(4)
        for b in (self.respond, self.leave):
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            actions.addWidget(b)
        row.addLayout(actions)
        team_row = QHBoxLayout()
        team_row.setSpacing(10)
        self.team = plaintext.label("", self, selectable=True)   # a phone number can be copied
        self.team.setObjectName("crisisTeam")
        self.team.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.contacts = QPushButton(self.tr("Crisis team…"), self)
        self.contacts.setObjectName("crisisContacts")
        self.contacts.setToolTip(self.tr("Show the crisis team's contacts"))
        self.contacts.setCursor(Qt.CursorShape.PointingHandCursor)
        team_row.addWidget(self.team, 1)
        team_row.addWidget(self.contacts)
        outer.addLayout(team_row)
        self.contacts.clicked.connect(self.contacts_requested)
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
        """The people to call (console.playbook.team.on_call), on one line: role, name, phone."""
        if people:
            text = "  ·  ".join(" ".join(x for x in (p["role"] + ":", p["name"], p["phone"]) if x) for p in people)
        else:
            text = self.tr("Nobody is on the crisis team yet: add the people behind each role in Contacts")
        self._texts[self.team] = plaintext.line(text, 2000)
        self._elide()

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
