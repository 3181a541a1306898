"""The offline playbook's panels, docked by the main window: each is `Panel(store, parent=None)`
over a `console.playbook.store.PlaybookStore`, and none of them touches `console.db` or the
network. `open_offline_window(workspace)` is the window the console opens instead when the
mentions database cannot be used at all."""

from console.ui.playbook.checklist_panel import ChecklistPanel
from console.ui.playbook.contacts_panel import ContactsPanel
from console.ui.playbook.offline_window import OfflineWindow, open_offline_window
from console.ui.playbook.templates_panel import TemplatesPanel

__all__ = ["ChecklistPanel", "ContactsPanel", "OfflineWindow", "TemplatesPanel", "open_offline_window"]
