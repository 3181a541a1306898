"""Attaches the incidents dock and its "incident" view, shows the incident crisis mode is on for,
and records a reply sent from a response template as a response of the incident it answers."""

from PySide6.QtCore import QCoreApplication

from console.incidents import operations
from console.ui import i18n
from console.ui.feature_kit import warn, write
from console.ui.incidents.panel import IncidentsPanel


def attach(window, playbook, crisis=None) -> IncidentsPanel:
    """`playbook`: the window's DockedPlaybook; `crisis`: the CrisisController (None without one)."""
    panel = IncidentsPanel(window, playbook, crisis)
    window.set_dock_widget("incidents", panel)
    if crisis is not None:
        crisis.crisis_did_start.connect(lambda incident: panel.select(incident["id"]))
    def shown(visible: bool) -> None:
        if visible:
            panel.refresh()

    window.docks["incidents"].visibilityChanged.connect(shown)
    window.store_changed.connect(panel.refresh_if_shown)
    window.add_view("incident", lambda: window.show_dock("incidents"))
    window.reply_recorded.connect(lambda *reply: _record_reply(window, *reply))
    panel.refresh()
    return panel


def _record_reply(window, kind: str, target: str, channel: str, text: str) -> None:
    def recorded(incident_id: int | None) -> None:
        if incident_id is not None:    # the clocks stop at an incident's first response
            window.status_message(i18n.fill(QCoreApplication.translate(
                "IncidentsPanel", "Reply recorded as a response of incident %1"), incident_id))

    write(window, operations.record_reply, kind, target, channel, text, done=recorded,
          failed=warn(window, QCoreApplication.translate("IncidentsPanel", "The response was not recorded")))
