"""Attaches the Authors dock and its "authors" view, and the detail pane's "Author profile" button
(one click from a mention to who wrote it)."""

from functools import partial

from PySide6.QtCore import QCoreApplication

from console.ui.authors.panel import AuthorsPanel
from console.ui.feature_kit import read, write


def attach(window) -> AuthorsPanel:
    panel = AuthorsPanel(partial(read, window), partial(write, window))
    window.add_dock("authors", QCoreApplication.translate("AuthorsPanel", "Authors"), panel)
    panel.message.connect(lambda text, warning: window.status_message(text, warning=warning))
    window.docks["authors"].visibilityChanged.connect(lambda visible: panel.refresh() if visible else None)
    window.store_changed.connect(panel.refresh_if_shown)

    def open_author(author_id: int) -> None:
        window.show_dock("authors")
        panel.show_author(author_id)

    window.wall.detail.author_requested.connect(open_author)
    window.add_view("authors", lambda: window.show_dock("authors"))
    window.menus["view"].addAction(window.docks["authors"].toggleViewAction())
    return panel
