"""Small forms for incident actions: a note, a response that went out, a new incident."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from console.ui import labels, plaintext

# The playbook's channels, used when its store is not at hand (an outage of playbook.db).
DEFAULT_CHANNELS = ("x", "threads", "facebook", "instagram", "linkedin", "review", "dm", "email", "web")


class _Form(QDialog):
    def __init__(self, title: str, ok_text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)


class NoteDialog(_Form):
    def __init__(self, incident_title: str, parent=None):
        super().__init__(self.tr("Add a note"), self.tr("Add note"), parent)
        self.form.addRow(self.tr("Incident:"), plaintext.label(incident_title, self))
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("What was decided, learned or done (kept on the timeline)"))
        self.form.addRow(self.tr("Note:"), self.text)
        self.ok.setEnabled(False)
        self.text.textChanged.connect(lambda: self.ok.setEnabled(bool(self.value().strip())))

    def value(self) -> str:
        return self.text.toPlainText()


class ResponseDialog(_Form):
    """Record a response that went out; the first one stops the response clocks."""

    def __init__(self, incident_title: str, channels=DEFAULT_CHANNELS, text: str = "", parent=None):
        super().__init__(self.tr("Record a response"), self.tr("Record response"), parent)
        self.form.addRow(self.tr("Incident:"), plaintext.label(incident_title, self))
        self.channel = QComboBox(self)
        self.channel.setEditable(True)
        self.channel.addItems(list(channels))
        self.form.addRow(self.tr("Channel:"), self.channel)
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(text)
        self.text.setPlaceholderText(self.tr("The text as it was published"))
        self.form.addRow(self.tr("Response:"), self.text)
        self._check()
        self.text.textChanged.connect(self._check)
        self.channel.currentTextChanged.connect(self._check)

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.text.toPlainText().strip() and self.channel.currentText().strip()))

    def value(self) -> tuple[str, str]:
        return self.channel.currentText().strip(), self.text.toPlainText()


class NewIncidentDialog(_Form):
    def __init__(self, selected: int, parent=None):
        super().__init__(self.tr("New incident"), self.tr("Open incident"), parent)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Exploding kettle reports"))
        self.form.addRow(self.tr("Title:"), self.title)
        text = labels.plural(self.tr("With the %n mention(s) selected on the wall", "", selected), selected)
        self.with_selected = QCheckBox(text, self)
        self.with_selected.setChecked(selected > 0)
        self.with_selected.setEnabled(selected > 0)
        self.form.addRow("", self.with_selected)
        self.ok.setEnabled(False)
        self.title.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
