"""The tray icon and the desktop notification for new alerts.

Notification servers may read the body as markup (the freedesktop spec allows <b>, <a>, <img>),
so untrusted text goes through plaintext.line and its markup characters are swapped for
look-alikes: the words reach the screen, a tag never does. The OS service itself is the one
thing tests replace (`service`)."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from console.ui import plaintext

LOOKALIKES = str.maketrans({"<": "‹", ">": "›", "&": "＆"})
MESSAGE_MS = 15000
MAX_LISTED = 3


def notification_text(text, limit: int = 240) -> str:
    return plaintext.line(text, limit).translate(LOOKALIKES)


class TrayService:
    """The real OS service: a tray icon that shows messages (where the desktop has a tray)."""

    def __init__(self, icon: QIcon, parent=None):
        self.tray = QSystemTrayIcon(icon, parent) if QSystemTrayIcon.isSystemTrayAvailable() else None
        if self.tray is not None:
            self.tray.setToolTip("Crisis Console")
            self.tray.show()

    @property
    def available(self) -> bool:
        return self.tray is not None

    def show(self, title: str, body: str, critical: bool) -> None:
        if self.tray is not None:
            icon = QSystemTrayIcon.MessageIcon.Critical if critical else QSystemTrayIcon.MessageIcon.Warning
            self.tray.showMessage(title, body, icon, MESSAGE_MS)


class Notifier(QObject):
    clicked = Signal()     # the notification or the tray icon was clicked: bring the window forward

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.service = service
        tray = getattr(service, "tray", None)
        if tray is not None:
            tray.messageClicked.connect(self.clicked)
            tray.activated.connect(self._activated)

    def _activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.clicked.emit()

    def set_menu(self, menu: QMenu) -> None:
        tray = getattr(self.service, "tray", None)
        if tray is not None:
            tray.setContextMenu(menu)

    def notify(self, alerts: list[dict]) -> None:
        """One notification for a batch of new alerts (a storm raises several at once)."""
        if not alerts:
            return
        drill = all(a.get("drill") for a in alerts)
        if len(alerts) == 1:
            title = self.tr("Crisis Console alert")
        else:
            title = self.tr("Crisis Console: %n new alerts", "", len(alerts))
        if drill:
            title = self.tr("DRILL · ") + title
        lines = [notification_text(a["text"]) for a in alerts[:MAX_LISTED]]
        if len(alerts) > MAX_LISTED:
            lines.append(self.tr("and %n more", "", len(alerts) - MAX_LISTED))
        critical = any(a.get("kind") in ("spike", "critical_mention") for a in alerts)
        self.service.show(title, "\n".join(lines), critical)
