"""Attaches the sources manager and OPML import/export to the Feeds menu."""

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
        self.act_sources = action(window, window.tr("Sources…"), slot(self.show_manager), "Ctrl+Shift+S", "sources",
                                  window.tr("Feeds with their health; add, edit, enable, disable, retry, test"))
        self.act_add = action(window, window.tr("Add feed…"), slot(self.add_feed), None, "add_feed",
                              window.tr("Google News, Reddit, Mastodon, App Store reviews, Google Alerts or any feed"))
        self.act_import = action(window, window.tr("Import OPML…"), slot(self.import_opml), None, "import_opml")
        self.act_export = action(window, window.tr("Export OPML…"), slot(self.export_opml), None, "export_opml")
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
            path, _ = QFileDialog.getOpenFileName(w, w.tr("Import feeds from OPML"), str(w.workspace.folder),
                                                  w.tr("OPML (*.opml *.xml);;All files (*)"))
        if path:
            write(w, sources.import_opml, path, done=self._imported, failed=warn(w, w.tr("OPML not imported")))

    def _imported(self, result) -> None:
        w = self.window
        text = labels.plural(w.tr("%n feed(s) added", "", len(result.added)), len(result.added))
        if result.skipped:
            text += w.tr(", %n skipped", "", len(result.skipped))
            details = "\n".join(f"{url}: {why}" for url, why in result.skipped[:20])
            plaintext.message(w, w.tr("OPML import"), f"{text}\n\n{details}").open()
        w.status_message(text)
        if self.manager is not None:
            self.manager.refresh()

    def export_opml(self, path: str | None = None) -> None:
        w = self.window
        if not path:
            path, _ = QFileDialog.getSaveFileName(w, w.tr("Export feeds to OPML"),
                                                  str(w.workspace.folder / "feeds.opml"), w.tr("OPML (*.opml)"))
        if path:
            store = w.store
            w.tasks.run(lambda: sources.export_opml(store.conn, path), lane="io",
                        done=lambda n: w.status_message(labels.plural(w.tr("%n feed(s) exported", "", n), n)),
                        failed=warn(w, w.tr("OPML not exported")))


def attach(window) -> SourcesFeature:
    window.sources_feature = SourcesFeature(window)
    return window.sources_feature
