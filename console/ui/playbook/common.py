"""What the three playbook panels share: the language chooser, the banner that says when the
playbook is not its usual self, and a guard that shows a failed action as failed.

Playbook text is typed by people and may be imported from anyone's file, so it reaches the screen
through `console.ui.plaintext` like any feed text."""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from console.errors import ConsoleError
from console.playbook.language import NAMES
from console.playbook.store import PlaybookStore
from console.ui import plaintext

OVERDUE_BG = "#fde4e1"
OVERDUE_FG = "#a31b12"
WARN_BG = "#fff4d6"
DONE_FG = "#5b6b5b"


class LanguageBox(QComboBox):
    """The playbook's languages by their own names; starts on the workspace's language."""

    lang_changed = Signal(str)

    def __init__(self, store: PlaybookStore, parent: QWidget | None = None):
        super().__init__(parent)
        for lang in store.langs():
            self.addItem(NAMES.get(lang, lang), lang)
        self.setCurrentIndex(max(0, self.findData(store.default_lang())))
        self.currentIndexChanged.connect(lambda _i: self.lang_changed.emit(self.lang))
        self.setToolTip(self.tr("Language of the playbook"))

    @property
    def lang(self) -> str:
        return self.currentData()


class PlaybookPanel(QWidget):
    """What every panel starts from: the store and a language chooser; `playbook` is the one chosen."""

    def __init__(self, store: PlaybookStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.language = LanguageBox(store, self)

    @property
    def playbook(self):
        return self.store.playbook(self.language.lang)

    @property
    def writable(self) -> bool:
        """False on a workspace this user may only read: the panel shows, and offers no change."""
        return not self.store.read_only


def banner(store: PlaybookStore, parent: QWidget | None = None) -> QLabel:
    """A warning line when the playbook was restored, is read from a copy, is only in memory, or
    may only be read."""
    text = QCoreApplication.translate("Playbook", "This workspace is read-only for you: the playbook is shown as "
                                      "it is and cannot be changed here.") if store.read_only else store.problem
    w = plaintext.label(text or "", parent, wrap=True, limit=600)
    w.setStyleSheet(f"background: {WARN_BG}; color: #5c4300; padding: 6px; border-radius: 3px;")
    w.setVisible(bool(store.problem))
    return w


def attempt(parent: QWidget, title: str, action) -> bool:
    """Run an action of the operator's; a refused or failed one is said in a box, never swallowed."""
    try:
        action()
        return True
    except (ConsoleError, OSError) as e:
        plaintext.message(parent, title, str(e), icon=plaintext.QMessageBox.Icon.Warning).exec()
        return False
