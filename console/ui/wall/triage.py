"""Triage from the window: status, assignee, tags and notes on the selected mentions, with
keyboard shortcuts, a confirmation before a bulk action, and undo of the last actions.

Each action is one short transaction on the write lane (console.store.mentions.apply_many:
the change and its audit rows together, all or nothing); the window learns the outcome in a
callback, so a busy database is reported as failed, never shown as done."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QInputDialog

from console.store import mentions
from console.ui import i18n, labels, plaintext

STATUS_KEYS = {"new": "N", "acknowledged": "A", "in_progress": "I", "responded": "R", "resolved": "D",
               "ignored": "X", "hidden": "H"}
STATUS_SHORT = {   # on buttons, where the whole verb does not fit
    "new": QT_TRANSLATE_NOOP("Triage", "New"),
    "acknowledged": QT_TRANSLATE_NOOP("Triage", "Acknowledge"),
    "in_progress": QT_TRANSLATE_NOOP("Triage", "In progress"),
    "responded": QT_TRANSLATE_NOOP("Triage", "Responded"),
    "resolved": QT_TRANSLATE_NOOP("Triage", "Resolve"),
    "ignored": QT_TRANSLATE_NOOP("Triage", "Ignore"),
    "hidden": QT_TRANSLATE_NOOP("Triage", "Hide"),
}
STATUS_VERBS = {
    "new": QT_TRANSLATE_NOOP("Triage", "Mark as new"),
    "acknowledged": QT_TRANSLATE_NOOP("Triage", "Acknowledge"),
    "in_progress": QT_TRANSLATE_NOOP("Triage", "Mark in progress"),
    "responded": QT_TRANSLATE_NOOP("Triage", "Mark responded"),
    "resolved": QT_TRANSLATE_NOOP("Triage", "Resolve"),
    "ignored": QT_TRANSLATE_NOOP("Triage", "Ignore"),
    "hidden": QT_TRANSLATE_NOOP("Triage", "Hide"),
}
UNDO_DEPTH = 50


def is_web_link(url) -> bool:
    """Only http and https links are ever handed to the system browser."""
    return isinstance(url, str) and QUrl(url).scheme().lower() in ("http", "https") and QUrl(url).isValid()


class Triage(QObject):
    done = Signal(list)             # the changes an action (or an undo) made
    message = Signal(str)
    failed = Signal(str)

    def __init__(self, tasks, write_db, selected_ids, parent_widget):
        """`write_db()` returns the write connection (called on the write lane); `selected_ids()`
        the ids the actions apply to."""
        super().__init__(parent_widget)
        self._tasks = tasks
        self._db = write_db
        self._selected = selected_ids
        self._parent = parent_widget
        self._undo: list[tuple[str, list]] = []
        self.current_url = None       # the link of the mention shown in the detail pane
        self.status_actions: dict[str, QAction] = {}
        for status in labels.WORKFLOW:
            a = QAction(QCoreApplication.translate("Triage", STATUS_VERBS[status]), self)
            a.setIconText(QCoreApplication.translate("Triage", STATUS_SHORT[status]))
            a.setShortcut(QKeySequence(STATUS_KEYS[status]))
            a.setToolTip(f"{a.text()} ({STATUS_KEYS[status]})")
            a.setObjectName(f"status_{status}")
            a.triggered.connect(lambda _c=False, s=status: self.set_status(self._selected(), s))
            self.status_actions[status] = a
        self.assign_action = self._action(self.tr("Assign…"), "Shift+A", self._ask_assign, "assign")
        self.tag_action = self._action(self.tr("Add tag…"), "T", self._ask_tag, "tag")
        self.note_action = self._action(self.tr("Note…"), "Shift+N", self._ask_note, "note")
        self.open_link_action = self._action(self.tr("Open link in browser"), "O", self.open_link, "open_link")
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setIconText(self.tr("Undo"))
        self.undo_action.setObjectName("undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.undo_action.setEnabled(False)

    def _action(self, text, key, slot, name) -> QAction:
        a = QAction(text, self)
        a.setShortcut(QKeySequence(key))
        a.setObjectName(name)
        a.triggered.connect(slot)
        return a

    @property
    def mention_actions(self) -> list[QAction]:
        """The actions on selected mentions: their single-key shortcuts work where the wall has focus."""
        return [*self.status_actions.values(), self.assign_action, self.tag_action, self.note_action,
                self.open_link_action]

    # -- the actions ------------------------------------------------------------------------------------
    def set_status(self, ids, status: str) -> None:
        what = labels.status(status)
        self._apply(ids, mentions.set_status, status, self.tr("Set status"),
                    i18n.fill(labels.plural(self.tr("Set %n mention(s) to “%1”?", "", len(ids)), len(ids)), what),
                    what)

    def assign(self, ids, name: str) -> None:
        name = name.strip()
        shown = name or self.tr("nobody")
        self._apply(ids, mentions.assign, name, self.tr("Assign"),
                    i18n.fill(labels.plural(self.tr("Assign %n mention(s) to %1?", "", len(ids)), len(ids)), shown),
                    i18n.fill(self.tr("assigned to %1"), shown))

    def add_tag(self, ids, tag: str) -> None:
        self._apply(ids, mentions.add_tag, tag.strip(), self.tr("Add tag"),
                    i18n.fill(labels.plural(self.tr("Tag %n mention(s) “%1”?", "", len(ids)), len(ids)),
                              tag.strip()),
                    i18n.fill(self.tr("tagged “%1”"), tag.strip()))

    def remove_tag(self, ids, tag: str) -> None:
        self._apply(ids, mentions.remove_tag, tag, self.tr("Remove tag"),
                    i18n.fill(labels.plural(self.tr("Remove the tag “%1” from %n mention(s)?", "", len(ids)),
                                            len(ids)), tag),
                    i18n.fill(self.tr("tag “%1” removed"), tag))

    def set_notes(self, ids, text: str) -> None:
        self._apply(ids, mentions.set_notes, text, self.tr("Set note"),
                    labels.plural(self.tr("Replace the notes of %n mention(s)?", "", len(ids)), len(ids)), self.tr("note saved"))

    def _apply(self, ids, action, value, verb: str, question: str, outcome: str) -> None:
        ids = [i for i in ids if i is not None]
        if not ids:
            self.message.emit(self.tr("Choose a mention first"))
            return
        if len(ids) > 1 and not plaintext.confirm(self._parent, verb, question, verb):
            return
        what = i18n.fill(labels.plural(self.tr("%n mention(s): %1", "", len(ids)), len(ids)), outcome)
        self._tasks.run(lambda: mentions.apply_many(self._db(), ids, action, value), lane="write",
                        done=lambda changes: self._applied(what, changes),
                        failed=lambda e: self.failed.emit(i18n.fill(self.tr("Not saved (%1): %2"), verb,
                                                                    plaintext.line(str(e), 200))))

    def _applied(self, what: str, changes: list) -> None:
        self._undo.append((what, changes))
        del self._undo[:-UNDO_DEPTH]
        self.undo_action.setEnabled(True)
        self.undo_action.setText(i18n.fill(self.tr("Undo %1"), what))
        self.message.emit(what + "  " + self.tr("(Ctrl+Z to undo)"))
        self.done.emit(changes)

    def undo(self) -> None:
        if not self._undo:
            self.message.emit(self.tr("Nothing to undo"))
            return
        what, changes = self._undo.pop()
        self._refresh_undo()

        def undone(result):
            self.message.emit(i18n.fill(self.tr("Undone: %1"), what))
            self.done.emit(result)

        def not_undone(error):
            self._undo.append((what, changes))
            self._refresh_undo()
            self.failed.emit(i18n.fill(self.tr("Could not undo (%1): %2"), what, plaintext.line(str(error), 200)))

        self._tasks.run(lambda: mentions.undo_many(self._db(), changes), lane="write", done=undone, failed=not_undone)

    def _refresh_undo(self) -> None:
        self.undo_action.setEnabled(bool(self._undo))
        self.undo_action.setText(i18n.fill(self.tr("Undo %1"), self._undo[-1][0]) if self._undo else self.tr("Undo"))

    # -- prompts --------------------------------------------------------------------------------------
    def _prompt(self, title: str, label: str, act, keep_empty: bool) -> None:
        """Ask for one value, then apply `act(ids, value)` to the mentions selected when asked."""
        ids = self._selected()
        text, ok = QInputDialog.getText(self._parent, title, label)
        if ok and (keep_empty or text.strip()):
            act(ids, text)

    def _ask_assign(self) -> None:
        self._prompt(self.tr("Assign"), self.tr("Assign to (empty: nobody):"), self.assign, keep_empty=True)

    def _ask_tag(self) -> None:
        self._prompt(self.tr("Add tag"), self.tr("Tag:"), self.add_tag, keep_empty=False)

    def _ask_note(self) -> None:
        self._prompt(self.tr("Note"), self.tr("Note (replaces the current one):"), self.set_notes, keep_empty=True)

    def open_link(self) -> None:
        """Open the shown mention's link in the system browser: only http(s), only on request."""
        url = self.current_url
        if not is_web_link(url):
            self.message.emit(self.tr("This mention has no web link to open"))
            return
        QDesktopServices.openUrl(QUrl(url))

    def set_enabled(self, on: bool) -> None:
        """Triage on or off (opening a mention's link is not triage: it stays)."""
        for a in self.mention_actions:
            a.setEnabled(on or a is self.open_link_action)
        self.undo_action.setEnabled(on and bool(self._undo))

