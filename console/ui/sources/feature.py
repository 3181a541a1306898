"""Attaches the sources manager and OPML import/export to the Feeds menu."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from console.ingest import sources
from console.ui import labels, plaintext
from console.ui.feature_kit import action, slot, warn, write
from console.ui.sources.manager import SourcesManager


class SourcesFeature:
    def __init__(self, window):
        self.window = window
        self.manager: SourcesManager | None = None
        menu = window.menus["feeds"]
        menu.addSeparator()
        self.act_sources = action(window, QCoreApplication.translate("MainWindow", "Sources…"), slot(self.show_manager), "Ctrl+Shift+S", "sources",
                                  QCoreApplication.translate("MainWindow", "Feeds with their health; add, edit, enable, disable, retry, test"))
        self.act_add = action(window, QCoreApplication.translate("MainWindow", "Add feed…"), slot(self.add_feed), None, "add_feed",
                              QCoreApplication.translate("MainWindow", "Google News, Reddit, Mastodon, App Store reviews, Google Alerts or any feed"))
        self.act_import = action(window, QCoreApplication.translate("MainWindow", "Import OPML…"), slot(self.import_opml), None, "import_opml")
        self.act_export = action(window, QCoreApplication.translate("MainWindow", "Export OPML…"), slot(self.export_opml), None, "export_opml")
        menu.addActions([self.act_sources, self.act_add])
        menu.addSeparator()
        menu.addActions([self.act_import, self.act_export])
        window.store_changed.connect(self._store_changed)

    def _store_changed(self) -> None:
        if self.manager is not None:
            self.manager.refresh_if_shown()

    def show_manager(self) -> SourcesManager:
        if self.manager is None:
            self.manager = SourcesManager(self.window)
        self.manager.show()
        self.manager.raise_()
        self.manager.refresh()
        return self.manager

    def add_feed(self):
        return self.show_manager().add_feed()

    def import_opml(self, path: str | None = None) -> None:
        w = self.window
        if not path:
            path, _ = QFileDialog.getOpenFileName(w, QCoreApplication.translate("MainWindow", "Import feeds from OPML"), str(w.workspace.folder),
                                                  QCoreApplication.translate("MainWindow", "OPML (*.opml *.xml);;All files (*)"))
        if path:
            write(w, sources.import_opml, path, done=self._imported, failed=warn(w, QCoreApplication.translate("MainWindow", "OPML not imported")))

    def _imported(self, result) -> None:
        w = self.window
        text = labels.plural(QCoreApplication.translate("MainWindow", "%n feed(s) added", "", len(result.added)), len(result.added))
        if result.skipped:
            text += QCoreApplication.translate("MainWindow", ", %n skipped", "", len(result.skipped))
            details = "\n".join(f"{url}: {why}" for url, why in result.skipped[:20])
            plaintext.message(w, QCoreApplication.translate("MainWindow", "OPML import"), f"{text}\n\n{details}").open()
        w.status_message(text)
        if self.manager is not None:
            self.manager.refresh()

    def export_opml(self, path: str | None = None) -> None:
        w = self.window
        if not path:
            path, _ = QFileDialog.getSaveFileName(w, QCoreApplication.translate("MainWindow", "Export feeds to OPML"),
                                                  str(w.workspace.folder / "feeds.opml"), QCoreApplication.translate("MainWindow", "OPML (*.opml)"))
        if path:
            store = w.store
            w.tasks.run(lambda: sources.export_opml(store.conn, path), lane="io",
                        done=lambda n: w.status_message(labels.plural(QCoreApplication.translate("MainWindow", "%n feed(s) exported", "", n), n)),
                        failed=warn(w, QCoreApplication.translate("MainWindow", "OPML not exported")))

