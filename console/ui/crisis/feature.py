"""Attaches crisis mode to the window: the action (Ctrl+Shift+C, on the Crisis menu and the
toolbar), the banner, the "crisis" view, and the link from the alerts' "Crisis mode" buttons.
Attach before the alerts feature: the crisis banner goes above the alert banner."""

from PySide6.QtCore import QCoreApplication

from console.ui.crisis.banner import CrisisBanner
from console.ui.crisis.controller import CrisisController
from console.ui.feature_kit import action
from console.ui.incidents.panel import record_response

SHORTCUT = "Ctrl+Shift+C"


def attach(window) -> CrisisController:
    banner = CrisisBanner(window)
    window.add_banner(banner)
    controller = window.crisis_controller = CrisisController(window, banner)

    def toggled(on: bool) -> None:
        act.setChecked(controller.active)      # the state follows the workspace, not the click
        if on and not controller.active:
            center = getattr(window, "alert_center", None)
            current = center.banner.current if center is not None else None
            controller.enter(alert_id=current["id"] if current else None)
        elif not on and controller.active:
            controller.leave()

    act = window.crisis_action = action(
        window, QCoreApplication.translate("MainWindow", "Crisis mode"), toggled, SHORTCUT, "crisis_mode",
        QCoreApplication.translate("MainWindow", "Open an incident from the current alert, start the activation checklist, show the holding "
                  "statement and the crisis team, watch the incident's terms, poll priority feeds faster"))
    act.setCheckable(True)
    controller.crisis_did_start.connect(lambda _i: act.setChecked(True))
    controller.crisis_did_end.connect(lambda _i: act.setChecked(False))
    controller.busy_changed.connect(lambda busy: act.setEnabled(not busy))
    menu = window.menus["crisis"]
    menu.insertAction(menu.actions()[0] if menu.actions() else None, act)
    menu.insertSeparator(menu.actions()[1])
    window.toolbar.addSeparator()
    window.toolbar.addAction(act)
    crisis_button = window.toolbar.widgetForAction(act)
    if crisis_button is not None:
        crisis_button.setObjectName("crisisToolButton")
        crisis_button.setStyleSheet("QToolButton { font-weight: bold; color: #b3261e; }"
                                    "QToolButton:checked { background: #b3261e; color: white; }")

    banner.leave_requested.connect(controller.leave)
    def respond() -> None:
        if controller.incident is not None:
            record_response(window, controller.incident, banner, done=lambda _r: controller.refresh())

    banner.respond_requested.connect(respond)
    banner.contacts_requested.connect(lambda: window.show_dock("contacts"))
    window.contacts_changed.connect(lambda: controller.show_team() if controller.active else None)
    window.store_changed.connect(controller.refresh)
    window.add_view("crisis", lambda: (controller.arrange_panels(), window.show_dock("checklist")))
    controller.refresh()   # a crisis mode left on (by this window or another) comes back on screen
    return controller
