"""Crisis mode in the window: the action (Ctrl+Shift+C, on the Crisis menu and the toolbar), the
banner (above every other banner), the "crisis" view, and the link from the alerts' "Crisis mode"
buttons: the alert center it is given asks, the controller acts, and the alert banner follows."""

from PySide6.QtCore import QCoreApplication

from console.ui.crisis.banner import CrisisBanner
from console.ui.crisis.controller import CrisisController
from console.ui.feature_kit import action
from console.ui.incidents.panel import record_response

SHORTCUT = "Ctrl+Shift+C"


class CrisisMode:
    def __init__(self, window, playbook, alerts=None):
        """`playbook`: the window's DockedPlaybook; `alerts`: the AlertCenter (None without one),
        whose banner's alert is the one the action opens an incident from."""
        self.window = window
        self.alerts = alerts
        self.banner = banner = CrisisBanner(window)
        window.add_banner(banner, top=True)
        self.controller = controller = CrisisController(window, banner, playbook)
        act = self.action = action(
            window, QCoreApplication.translate("MainWindow", "Crisis mode"), self._toggled, SHORTCUT, "crisis_mode",
            QCoreApplication.translate("MainWindow", "Open an incident from the current alert, start the activation "
                                       "checklist, show the holding statement and the crisis team, watch the "
                                       "incident's terms, poll priority feeds faster"))
        act.setCheckable(True)
        controller.crisis_did_start.connect(lambda _i: act.setChecked(True))
        controller.crisis_did_end.connect(lambda _i: act.setChecked(False))
        controller.busy_changed.connect(lambda busy: act.setEnabled(not busy and not window.read_only))
        menu = window.menus["crisis"]
        menu.insertAction(menu.actions()[0] if menu.actions() else None, act)
        menu.insertSeparator(menu.actions()[1])
        window.toolbar.addSeparator()
        window.toolbar.addAction(act)
        crisis_button = window.toolbar.widgetForAction(act)
        if crisis_button is not None:
            crisis_button.setObjectName("crisisToolButton")
            crisis_button.setStyleSheet("QToolButton { font-weight: bold; color: #b3261e; }"
                                        "QToolButton:checked { background: #b3261e; color: white; }"
                                        "QToolButton:disabled { font-weight: normal; color: palette(mid); }")
        if alerts is not None:
            alerts.crisis_requested.connect(lambda alert_id: controller.enter(alert_id=alert_id))
            controller.crisis_did_start.connect(lambda _incident: alerts.crisis_changed(True))
            controller.crisis_did_end.connect(lambda _incident: alerts.crisis_changed(False))
            controller.crisis_did_change.connect(alerts.refresh)     # the alert it took in is acknowledged
            # In crisis mode new alerts show inside the crisis banner: "+1 alert: add to incident".
            alerts.pending_during_crisis.connect(self._pending)
            banner.add_alerts_requested.connect(self._add_pending)
        self.pending: list[int] = []

        banner.leave_requested.connect(controller.leave)
        banner.respond_requested.connect(self._respond)
        banner.contacts_requested.connect(lambda: window.show_dock("contacts"))
        window.contacts_changed.connect(lambda: controller.show_team() if controller.active else None)
        window.store_changed.connect(controller.refresh)
        window.add_view("crisis", lambda: (controller.arrange_panels(), window.show_dock("checklist")))
        controller.refresh()   # a crisis mode left on (by this window or another) comes back on screen

    def _toggled(self, on: bool) -> None:
        controller = self.controller
        self.action.setChecked(controller.active)      # the state follows the workspace, not the click
        if on and not controller.active:
            current = self.alerts.banner.current if self.alerts is not None else None
            controller.enter(alert_id=current["id"] if current else None)
        elif not on and controller.active:
            controller.leave()

    def _pending(self, alert_ids: list) -> None:
        self.pending = list(alert_ids)
        self.banner.set_new_alerts(len(self.pending))

    def _add_pending(self) -> None:
        for alert_id in self.pending:
            self.controller.add_alert(alert_id)

    def _respond(self) -> None:
        controller = self.controller
        if controller.incident is not None:
            record_response(self.window, controller.playbook, controller.incident, self.banner,
                            done=lambda _r: controller.refresh())
