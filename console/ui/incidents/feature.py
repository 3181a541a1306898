"""Attaches the incidents dock (replacing the window's placeholder) and its "incident" view."""

from console.ui.incidents.panel import IncidentsPanel


def attach(window) -> IncidentsPanel:
    panel = window.incidents_panel = IncidentsPanel(window)
    window.set_dock_widget("incidents", panel)
    window.docks["incidents"].visibilityChanged.connect(lambda shown: shown and panel.refresh())
    window.store_changed.connect(panel.refresh_if_shown)
    window.add_view("incident", lambda: window.show_dock("incidents"))
    panel.refresh()
    return panel
