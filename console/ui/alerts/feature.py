"""Alerts in the window: the banner, the tray notification and the optional sound for new
alerts, and the explanation of each. Built by console.ui.features; crisis mode (console.ui.crisis.feature)
acts on its "Crisis mode" requests and tells it when crisis mode starts and ends.

New alerts are found cheaply: whenever the store changes, one indexed query on the read lane
asks for alerts newer than the last one seen. Alerts that were already there when the window
opened are not announced again, but those of the last day nobody dismissed stay on the banner."""

from datetime import timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QApplication, QMenu

from console.incidents import alert_view
from console.store.wall_filter import WallFilter
from console.timeutil import to_iso, utcnow
from console.ui import i18n, sentences
from console.ui.alerts import sound
from console.ui.alerts.banner import AlertBanner
from console.ui.alerts.explain import AlertExplanation
from console.ui.alerts.notify import Notifier, TrayService
from console.ui.feature_kit import action, read, warn, write

BANNER_SPAN = timedelta(hours=24)
SOUND_KEY = "alerts/sound"


def load(conn, last_seen: int | None) -> tuple[int, list[dict], list[dict]]:
    """(newest alert id, alerts new since `last_seen`, undismissed alerts of the last day), each
    alert with its sentence. With no `last_seen` (first look) nothing counts as new."""
    def told(a):
        return dict(a, text=sentences.alert(a, alert_view.source_name(conn, a)))

    new = [] if last_seen is None else [told(a) for a in alert_view.recent(conn, since_id=last_seen, limit=50)]
    newest = max([a["id"] for a in new], default=last_seen if last_seen is not None else alert_view.last_id(conn))
    banner = [told(a) for a in alert_view.recent(conn, unacknowledged=True, limit=20,
                                                 raised_since=to_iso(utcnow() - BANNER_SPAN))]
    return newest, new, banner


class AlertCenter(QObject):
    crisis_requested = Signal(int)      # "Crisis mode" on an alert: the crisis feature acts on it
    alerts_did_arrive = Signal(list)
    pending_during_crisis = Signal(list)   # in crisis mode, the alerts not yet in the incident (their ids)

    def __init__(self, window, service=None):
        super().__init__(window)
        self.window = window
        self.last_seen: int | None = None
        self.in_crisis = False
        self._busy = self._again = False
        self.dialogs: dict[int, AlertExplanation] = {}
        self.banner = AlertBanner(window)
        window.add_banner(self.banner)
        self.notifier = Notifier(service if service is not None else TrayService(window.windowIcon(), self), self)
        self.notifier.clicked.connect(self._bring_forward)
        self.banner.explain_requested.connect(self._explain)
        self.banner.crisis_requested.connect(self.crisis_requested)
        self.banner.dismiss_requested.connect(self.dismiss)
        self._build_actions()
        window.store_changed.connect(self.refresh)
        self.refresh()

    def _build_actions(self) -> None:
        w = self.window
        self.act_explain = action(w, self.tr("Explain the latest alert"), self.explain_latest, "Ctrl+Shift+E",
                                  "explain_alert", self.tr("Why the newest alert was raised, with its mentions"))
        self.act_sound = action(w, self.tr("Sound on new alerts"), self._set_sound, None, "alert_sound",
                                self.tr("Play a chime when an alert arrives"))
        self.act_sound.setCheckable(True)
        self.act_sound.setChecked(QSettings().value(SOUND_KEY, False, type=bool))
        menu = w.menus["crisis"]
        menu.addSeparator()
        menu.addActions([self.act_explain, self.act_sound])
        tray_menu = QMenu(w)
        tray_menu.addAction(self.tr("Show Crisis Console"), self._bring_forward)
        tray_menu.addAction(self.act_explain)
        self.notifier.set_menu(tray_menu)

    def _set_sound(self, on: bool) -> None:
        QSettings().setValue(SOUND_KEY, bool(on))

    # -- finding new alerts -------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._busy:
            self._again = True
            return
        self._busy = True
        read(self.window, load, self.last_seen, done=self._loaded, failed=self._load_failed)

    def _load_failed(self, error) -> None:
        self._busy = False
        self.window.status_message(i18n.fill(self.tr("Alerts could not be read: %1"), error), warning=True)

    def _loaded(self, result) -> None:
        self._busy = False
        newest, new, banner = result
        self.last_seen = newest
        # In crisis mode new alerts show inside the crisis banner ("+1 alert: add to incident"), not on a second one.
        self.banner.set_alerts([] if self.in_crisis else banner)
        self.pending_during_crisis.emit([a["id"] for a in banner] if self.in_crisis else [])
        if new:
            self.announce(new)
        if self._again:
            self._again = False
            self.refresh()

    def announce(self, alerts: list[dict]) -> None:
        self.notifier.notify(alerts)
        if self.act_sound.isChecked():
            sound.play(Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)))
        QApplication.alert(self.window)
        self.alerts_did_arrive.emit(alerts)

    def crisis_changed(self, on: bool) -> None:
        self.in_crisis = on
        self.banner.set_crisis_active(on)
        if on:
            self.banner.set_alerts([])      # its alerts move into the crisis banner (refresh below)
        self.refresh()    # the alert crisis mode started from is acknowledged now

    def _bring_forward(self) -> None:
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    # -- acting on one alert -------------------------------------------------------------------------------
    def explain_latest(self) -> None:
        read(self.window, alert_view.last_id, done=lambda i: self.explain(i) if i else self.window.status_message(
            self.tr("No alert has been raised in this workspace")))

    def _explain(self, alert_id: int) -> None:
        self.explain(alert_id)

    def _forget(self, alert_id: int, _result: int = 0) -> None:
        self.dialogs.pop(alert_id, None)

    def explain(self, alert_id: int) -> AlertExplanation:
        dialog = self.dialogs.get(alert_id)
        if dialog is None:
            dialog = self.dialogs[alert_id] = AlertExplanation(alert_id, self.window)
            dialog.finished.connect(partial(self._forget, alert_id))
            dialog.crisis_requested.connect(self.crisis_requested)
            dialog.show_on_wall.connect(self._show_on_wall)
            read(self.window, alert_view.explain, alert_id, done=dialog.fill, failed=dialog.fail)
        dialog.show()
        dialog.raise_()
        return dialog

    def _show_on_wall(self, ids: list, title: str) -> None:
        self.window.wall.set_filter(WallFilter(ids=frozenset(ids), label=title))
        self.window.show_view("wall")

    def dismiss(self, alert_id: int) -> None:
        write(self.window, alert_view.acknowledge, alert_id, done=lambda _ok: self.refresh(),
              failed=warn(self.window, self.tr("Could not dismiss the alert")))

