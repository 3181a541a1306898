"""Attaches the watch-terms manager to the Feeds menu (Ctrl+Shift+W)."""

from PySide6.QtCore import QCoreApplication

from console.ui.feature_kit import action, slot
from console.ui.watch.manager import WatchManager


class WatchFeature:
    def __init__(self, window):
        self.window = window
        self.manager: WatchManager | None = None
        self.act = action(window, QCoreApplication.translate("MainWindow", "Watch terms…"), slot(self.show_manager), "Ctrl+Shift+W", "watch_terms",
                          QCoreApplication.translate("MainWindow", "What to listen for, with a live preview of the mentions each term matches"))
        menu = window.menus["feeds"]
        menu.insertAction(next((a for a in menu.actions() if a.objectName() == "sources"), None), self.act)

    def show_manager(self) -> WatchManager:
        if self.manager is None:
            self.manager = WatchManager(self.window)
        self.manager.show()
        self.manager.raise_()
        self.manager.refresh()
        return self.manager

