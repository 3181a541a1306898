"""The playbook as the main window docks it: the checklist, templates and contacts panels over one
PlaybookStore, handed to whoever needs them (crisis mode, incidents). The window opens it once the
wall's first page is on screen (the wall does not need it); until then `store` and the panels are
None, and who needs the playbook sooner opens a store of its own off the GUI thread."""

from PySide6.QtCore import QObject, Signal


class DockedPlaybook(QObject):
    opened = Signal()    # the store and the three panels exist now

    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.store = None    # console.playbook.store.PlaybookStore, once opened
        self.checklist = self.templates = self.contacts = None

    def open(self, store) -> None:
        """The panels over `store` (the workspace's playbook). Not at start-up: the window shows the wall first."""
        from console.ui.playbook import ChecklistPanel, ContactsPanel, TemplatesPanel

        self.store = store
        self.checklist = ChecklistPanel(self.store)
        self.templates = TemplatesPanel(self.store)
        self.contacts = ContactsPanel(self.store)
        self.opened.emit()

    def panels(self) -> dict:
        """The panels by dock name (empty until opened)."""
        if self.store is None:
            return {}
        return {"checklist": self.checklist, "templates": self.templates, "contacts": self.contacts}

    def refresh(self) -> None:
        """Another desk changed the shared playbook (a tick): the checklist on screen shows it."""
        if self.checklist is not None and self.checklist.isVisible():
            self.checklist.refresh()
