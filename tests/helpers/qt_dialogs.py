"""Answering the window's modal dialogs from a test, as a user would: click a button."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


def answer(choice: str = "accept", record: list | None = None) -> None:
    """When the next modal dialog opens, click its accepting button ("accept") or cancel it
    ("reject"); its text is appended to `record`."""

    def poll():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QDialog):
            QTimer.singleShot(10, poll)
            return
        if record is not None:
            record.append(box.text() if isinstance(box, QMessageBox) else box.windowTitle())
        if isinstance(box, QMessageBox):
            wanted = QMessageBox.ButtonRole.AcceptRole if choice == "accept" else QMessageBox.ButtonRole.RejectRole
            button = next((b for b in box.buttons() if box.buttonRole(b) == wanted), None)
            if button is not None:
                button.click()
                return
        box.accept() if choice == "accept" else box.reject()

    QTimer.singleShot(0, poll)
