"""Who is at the desk, in the window: asked once above the wall (the first time the window opens on
this computer with no name saved or given; it never takes the focus), then shown in the status bar with the person's crisis-team roles, and
changed with a click. The name goes on ticks, drafts, approvals and the audit (console.store.operator)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLineEdit, QPushButton, QToolButton

from console.store import operator
from console.ui import i18n, plaintext


def needs_asking() -> bool:
    """No name given on the command line or in the environment, and none saved yet."""
    return not operator.chosen()


class OperatorButton(QToolButton):
    """The status bar's "You: Dana Ruiz (Crisis lead)"; a click changes the name."""
    name_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("operatorName")
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Who you are: your name goes on ticks, drafts, approvals and the audit log. "
                                "Click to change it."))
        self.clicked.connect(self.ask)
        self.roles: list[str] = []
        self.show_name()

    def show_name(self, roles: list[str] | None = None) -> None:
        if roles is not None:
            self.roles = roles
        text = i18n.fill(self.tr("You: %1"), plaintext.line(operator.name(), 60))
        if self.roles:
            text += f" ({', '.join(self.roles)})"
        self.setText(text)

    def ask(self) -> bool:
        """Ask for the name; saved on this computer when given. True when a name was given."""
        name, ok = QInputDialog.getText(self.window(), self.tr("Your name"),
                                        self.tr("Your name, as the crisis team's contacts list it. It goes on "
                                                "ticks, drafts, approvals and the audit log."),
                                        QLineEdit.EchoMode.Normal, operator.name())
        name = operator.clean(name)
        if not ok or not name:
            return False
        try:
            operator.save(name)
        except OSError:
            pass                     # not saved: it still counts for this window
        operator.use(name)
        self.show_name()
        self.name_changed.emit(name)
        return True


class AskName(QFrame):
    """Asked once, above the wall, without taking the focus from anything: who is at the desk."""
    STYLE = "QFrame#askName { background: palette(alternate-base); border-bottom: 1px solid palette(mid); }"

    def __init__(self, button: OperatorButton, parent=None):
        super().__init__(parent)
        self.setObjectName("askName")
        self.setStyleSheet(self.STYLE)
        self.button = button
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        text = plaintext.label(self.tr("Who is at the desk? Your name, as the crisis team's contacts list it, goes on "
                                       "ticks, drafts, approvals and the audit log."), self, wrap=True)
        self.name = QLineEdit(operator.name(), self)
        self.name.setObjectName("operatorNameField")
        self.name.setMaximumWidth(220)
        self.save = QPushButton(self.tr("Save"), self)
        self.later = QPushButton(self.tr("Not now"), self)
        row.addWidget(text, 1)
        row.addWidget(self.name)
        row.addWidget(self.save)
        row.addWidget(self.later)
        self.save.clicked.connect(self.keep)
        self.name.returnPressed.connect(self.keep)
        self.later.clicked.connect(self.hide)

    def keep(self) -> None:
        name = operator.clean(self.name.text())
        if not name:
            return
        try:
            operator.save(name)
        except OSError:
            pass                     # not saved: it still counts for this window
        operator.use(name)
        self.button.show_name()
        self.button.name_changed.emit(name)
        self.hide()
