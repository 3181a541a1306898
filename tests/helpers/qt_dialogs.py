"""Answering the window's modal dialogs from a test, as a user would: click a button."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox


def answer(choice: str = "accept", record: list | None = None, text: str | None = None, then=None,
           _handled: list | None = None) -> None:
    """When the next modal dialog opens, click its accepting button ("accept") or cancel it
    ("reject"), typing `text` first into an input dialog; its text is appended to `record`.
    `then`: the answers (a list of (choice, text)) to the dialogs that follow it."""
    handled = [] if _handled is None else _handled      # dialogs already answered: never twice

    def poll():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QDialog) or any(box is h for h in handled):
            QTimer.singleShot(10, poll)
            return
        handled.append(box)
        if record is not None:
            record.append(box.text() if isinstance(box, QMessageBox) else box.windowTitle())
        if isinstance(box, QInputDialog) and text is not None:
            box.setTextValue(text)
        if then:
            (next_choice, next_text), rest = then[0], then[1:]
            answer(next_choice, record, next_text, rest, handled)
        if isinstance(box, QMessageBox):
            wanted = QMessageBox.ButtonRole.AcceptRole if choice == "accept" else QMessageBox.ButtonRole.RejectRole
            button = next((b for b in box.buttons() if box.buttonRole(b) == wanted), None)
            if button is not None:
                button.click()
                return
        box.accept() if choice == "accept" else box.reject()

    QTimer.singleShot(0, poll)
