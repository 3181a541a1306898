"""Attaches the incidents dock (replacing the window's placeholder) and its "incident" view."""

from console.ui.incidents.panel import IncidentsPanel


def attach(window) -> IncidentsPanel:
    panel = window.incidents_panel = IncidentsPanel(window)
    window.set_dock_widget("incidents", panel)
    def shown(visible: bool) -> None:
        if visible:
            panel.refresh()

    window.docks["incidents"].visibilityChanged.connect(shown)
    window.store_changed.connect(panel.refresh_if_shown)
    window.add_view("incident", lambda: window.show_dock("incidents"))
    panel.refresh()
    return panel
