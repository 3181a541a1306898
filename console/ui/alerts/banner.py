"""The alert banner above the wall: the newest alert nobody has dismissed yet, loud enough to be
seen from across the room, with what to do about it one click away (why, crisis mode, dismiss)."""

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QPushButton, QSizePolicy, QToolButton

from console.timeutil import from_iso
from console.ui import plaintext

KIND_STYLE = {"spike": "#b3261e", "critical_mention": "#b3261e", "source_dark": "#7c4a03"}
STYLE = """
QFrame#alertBanner {{ background: {bg}; border-bottom: 1px solid rgba(0,0,0,60); }}
QFrame#alertBanner QLabel {{ color: white; }}
QFrame#alertBanner QPushButton, QFrame#alertBanner QToolButton {{
    color: white; background: rgba(255,255,255,30); border: 1px solid rgba(255,255,255,120);
    border-radius: 4px; padding: 4px 12px; }}
QFrame#alertBanner QPushButton:hover, QFrame#alertBanner QToolButton:hover {{ background: rgba(255,255,255,60); }}
QFrame#alertBanner QPushButton#crisisButton {{ background: white; color: {bg}; font-weight: bold; }}
"""


class AlertBanner(QFrame):
    explain_requested = Signal(int)
    crisis_requested = Signal(int)
    dismiss_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("alertBanner")
        self.alerts: list[dict] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 10, 8)
        row.setSpacing(10)
        self.icon = plaintext.label("⚠", self)
        f = self.icon.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        self.icon.setFont(f)
        self.text = plaintext.label("", self)
        self.text.setObjectName("alertText")
        bold = self.text.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.text.setFont(bold)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.when = plaintext.label("", self)
        self.why = QPushButton(self.tr("Why?"), self)
        self.why.setObjectName("whyButton")
        self.why.setToolTip(self.tr("Baseline, current count, spread and the mentions behind this alert"))
        self.crisis = QPushButton(self.tr("Crisis mode"), self)
        self.crisis.setObjectName("crisisButton")
        self.crisis.setToolTip(self.tr("Open an incident with these mentions and switch to crisis mode "
                                       "(Ctrl+Shift+C)"))
        self.dismiss = QPushButton(self.tr("Dismiss"), self)
        self.dismiss.setObjectName("dismissButton")
        self.dismiss.setToolTip(self.tr("Mark this alert as seen (recorded in the audit log)"))
        self.more = QToolButton(self)
        self.more.setObjectName("moreAlerts")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setMenu(QMenu(self.more))
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        row.addWidget(self.when)
        for w in (self.why, self.crisis, self.dismiss, self.more):
            w.setCursor(Qt.CursorShape.PointingHandCursor)
            row.addWidget(w)
        self.why.clicked.connect(lambda: self._emit(self.explain_requested))
        self.crisis.clicked.connect(lambda: self._emit(self.crisis_requested))
        self.dismiss.clicked.connect(lambda: self._emit(self.dismiss_requested))
        self.hide()

    def set_read_only(self) -> None:
        """A workspace this user may only read: the alert is shown and explained, nothing more."""
        self.crisis.hide()
        self.dismiss.hide()

    def set_crisis_active(self, on: bool) -> None:
        """In crisis mode the button folds an alert into the crisis incident instead."""
        self.crisis.setText(self.tr("Add to incident") if on else self.tr("Crisis mode"))
        self.crisis.setToolTip(self.tr("Add this alert's mentions to the crisis incident") if on else self.tr(
            "Open an incident with these mentions and switch to crisis mode (Ctrl+Shift+C)"))

    @property
    def current(self) -> dict | None:
        return self.alerts[0] if self.alerts else None

    def _emit(self, signal) -> None:
        if self.current is not None:
            signal.emit(self.current["id"])

    def _explain_other(self, alert_id: int, _checked: bool = False) -> None:
        self.explain_requested.emit(alert_id)

    def set_alerts(self, alerts: list[dict]) -> None:
        """Alerts newest first, each with its sentence under "text"."""
        self.alerts = alerts
        if not alerts:
            self.hide()
            return
        a = alerts[0]
        prefix = self.tr("DRILL · ") if a.get("drill") else ""
        plaintext.set_label(self.text, prefix + a["text"])
        raised = from_iso(a.get("raised_at"))
        self.when.setText(raised.astimezone().strftime("%H:%M") if raised else "")
        self.setStyleSheet(STYLE.format(bg=KIND_STYLE.get(a.get("kind"), "#b3261e")))
        menu = self.more.menu()
        menu.clear()
        for other in alerts[1:]:
            act = menu.addAction(plaintext.menu_text(other["text"], 100))
            act.triggered.connect(partial(self._explain_other, other["id"]))
        self.more.setText(self.tr("%n more", "", len(alerts) - 1))
        self.more.setVisible(len(alerts) > 1)
        self.show()
