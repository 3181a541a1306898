"""Attaches the Authors dock (View ▸ Authors, Ctrl+7) and its "authors" view, and the detail
pane's "Author profile" button (one click from a mention to who wrote it)."""

from functools import partial

from PySide6.QtCore import QCoreApplication

from console.ui.authors.panel import AuthorsPanel
from console.ui.feature_kit import action, read, write


def attach(window) -> AuthorsPanel:
    panel = AuthorsPanel(partial(read, window), partial(write, window))
    title = QCoreApplication.translate("AuthorsPanel", "Authors")
    dock = window.add_dock("authors", title, panel)
    first = next(iter(window.docks.values()))
    if first is not dock:
        first.raise_()      # a new tab must not hide the checklist
    panel.message.connect(lambda text, warning: window.status_message(text, warning=warning))
    dock.visibilityChanged.connect(lambda visible: panel.refresh() if visible else None)
    window.store_changed.connect(panel.refresh_if_shown)

    def open_author(author_id: int) -> None:
        window.show_dock("authors")
        panel.show_author(author_id)

    window.wall.detail.author_requested.connect(open_author)
    window.add_view("authors", lambda: window.show_dock("authors"))
    window.menus["view"].addAction(action(window, title, lambda: window.show_view("authors"), "Ctrl+7", "view_authors",
                                          QCoreApplication.translate("AuthorsPanel", "Who is behind the mentions: "
                                                                     "profiles, labels and notes")))
    return panel
