"""Attaches the trends panel as a dock (View ▸ Trends, Ctrl+6)."""

from PySide6.QtCore import QCoreApplication

from console.ui.charts.panel import ChartsPanel
from console.ui.feature_kit import action


def attach(window) -> ChartsPanel:
    panel = ChartsPanel(window)
    dock = window.add_dock("charts", QCoreApplication.translate("MainWindow", "Trends"), panel)
    first = next(iter(window.docks.values()))
    if first is not dock:
        first.raise_()      # a new tab must not hide the checklist, the first thing on the worst day
    def shown(visible: bool) -> None:
        if visible:
            panel.refresh()

    dock.visibilityChanged.connect(shown)
    window.store_changed.connect(panel.store_changed)
    window.add_view("charts", lambda: window.show_dock("charts"))
    act = action(window, QCoreApplication.translate("MainWindow", "Trends"), lambda: window.show_view("charts"), "Ctrl+6", "view_charts",
                 QCoreApplication.translate("MainWindow", "Volume, sentiment and severity over time, with the alert windows"))
    window.menus["view"].insertAction(window.menus["view"].actions()[1], act)
    return panel
