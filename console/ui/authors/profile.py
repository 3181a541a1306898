"""One author's profile in the Authors dock: the figures, the reasons the console gives (each
with its evidence), the team's labels and notes (added and removed here), the linked authors,
the recent mentions, and the export and erasure a person may ask for. Names, notes and texts
come from feeds or people: all of it is shown as plain text."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.authors import export, profiles, team
from console.ui import i18n, plaintext
from console.ui.authors import names
from console.ui.tables import item, level_item, local_time, table

RECENT_COLUMNS = (QT_TRANSLATE_NOOP("AuthorProfile", "Time"), QT_TRANSLATE_NOOP("AuthorProfile", "Level"),
                  QT_TRANSLATE_NOOP("AuthorProfile", "Mention"))


class AuthorProfile(QWidget):
    changed = Signal()                   # the team changed something: the list shows it too
    message = Signal(str, bool)          # a line for the status bar, and whether it is a warning

    def __init__(self, read, write, parent=None):
        """`read(fn, *args, done=, failed=)` and `write(...)` run `fn(connection, *args)` off the GUI thread."""
        super().__init__(parent)
        self.setObjectName("authorProfile")
        self._read, self._write = read, write
        self.author: dict | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.setSpacing(6)
        self.title = plaintext.label("", self, selectable=True, wrap=True)
        self.title.setObjectName("authorName")
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.title.setFont(f)
        self.meta = plaintext.label("", self, selectable=True, wrap=True)
        self.meta.setObjectName("authorMeta")
        self.reasons = plaintext.label("", self, selectable=True, wrap=True, limit=2000)
        self.reasons.setObjectName("authorReasons")
        self.links = plaintext.label("", self, wrap=True)
        for w in (self.title, self.meta, self.reasons, self.links):
            lay.addWidget(w)

        label_row = QHBoxLayout()
        label_row.setSpacing(4)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(4)
        label_row.addLayout(self.chips)
        self.new_label = QComboBox(self)
        self.new_label.setObjectName("authorNewLabel")
        self.new_label.setEditable(True)
        self.new_label.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key in team.LABELS:
            self.new_label.addItem(names.label(key), key)
        self.new_label.setCurrentIndex(-1)
        self.new_label.lineEdit().setPlaceholderText(self.tr("Label: pick or type"))
        self.add_label = QPushButton(self.tr("Add label"), self)
        self.add_label.setObjectName("authorAddLabel")
        self.add_label.clicked.connect(self._add_label)
        label_row.addWidget(self.new_label, 1)
        label_row.addWidget(self.add_label)
        lay.addLayout(label_row)

        self.notes = plaintext.text_view(self)
        self.notes.setObjectName("authorNotes")
        self.notes.setPlaceholderText(self.tr("No notes yet"))
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        lay.addWidget(self.notes)
        note_row = QHBoxLayout()
        self.note = QLineEdit(self)
        self.note.setObjectName("authorNote")
        self.note.setPlaceholderText(self.tr("A note for the team about this person, Enter"))
        self.note.returnPressed.connect(self._add_note)
        self.add_note = QPushButton(self.tr("Add note"), self)
        self.add_note.setObjectName("authorAddNote")
        self.add_note.clicked.connect(self._add_note)
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.add_note)
        lay.addLayout(note_row)

        self.recent = table(self, [self.tr(c) for c in RECENT_COLUMNS], 2, name="authorMentions")
        lay.addWidget(self.recent, 1)
        privacy = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export for the person…"), self)
        self.export_button.setObjectName("authorExport")
        self.export_button.setToolTip(self.tr("Everything held about this person, in one JSON file "
                                              "(a subject-access request)"))
        self.export_button.clicked.connect(self._export)
        self.erase_button = QPushButton(self.tr("Erase what the team wrote…"), self)
        self.erase_button.setObjectName("authorErase")
        self.erase_button.setToolTip(self.tr("Erase the notes, labels and links about this person; "
                                             "their mentions stay"))
        self.erase_button.clicked.connect(self._erase)
        privacy.addWidget(self.export_button)
        privacy.addWidget(self.erase_button)
        privacy.addStretch(1)
        lay.addLayout(privacy)
        self.show_author(None)

    # -- loading and showing ---------------------------------------------------------------------------------
    def load(self, author_id: int) -> None:
        self._read(profiles.show, author_id, done=self.show_author,
                   failed=lambda e: self.message.emit(str(e), True))

    def reload(self) -> None:
        if self.author is not None:
            self.load(self.author["id"])

    def show_author(self, p: dict | None) -> None:
        self.author = p
        for w in (self.add_label, self.new_label, self.note, self.add_note, self.export_button, self.erase_button):
            w.setEnabled(p is not None)
        if p is None:
            plaintext.set_label(self.title, self.tr("Choose an author to see their profile"))
            for w in (self.meta, self.reasons, self.links):
                w.setText("")
            self.notes.setPlainText("")
            self.recent.setRowCount(0)
            self._set_chips([])
            return
        plaintext.set_label(self.title, p["name"], limit=200)
        plaintext.set_label(self.meta, self._meta(p), single_line=False)
        lines = [f"{names.reason(r['kind'])}: {r['evidence']}" for r in p["reasons"]]
        plaintext.set_label(self.reasons, "\n".join(lines) if lines else self.tr("Nothing the console can tell on "
                                                                                  "its own"), single_line=False)
        linked = ", ".join(f"{x['name']} ({x['source']})" for x in p["links"])
        plaintext.set_label(self.links, i18n.fill(self.tr("Same person as: %1"), linked) if linked else "",
                            single_line=False)
        plaintext.set_text(self.notes, "\n\n".join(f"{local_time(n['at'])} · {n['actor']}\n{n['text']}"
                                                   for n in p["notes"]))
        self._set_chips(p["labels"])
        self.recent.setRowCount(len(p["recent_mentions"]))
        for i, m in enumerate(p["recent_mentions"]):
            self.recent.setItem(i, 0, item(local_time(m["sort_time"]), m["id"]))
            self.recent.setItem(i, 1, level_item(m["level"], self.palette(), positive=bool(m["positive"])))
            self.recent.setItem(i, 2, item(plaintext.line(m["title"] or m["text"], 200)))

    def _meta(self, p: dict) -> str:
        parts = [p["source"], i18n.fill(self.tr("%1 mentions"), str(p["mention_count"])),
                 i18n.fill(self.tr("%1% negative"), str(round(100 * p["negative_share"]))),
                 i18n.fill(self.tr("first seen %1"), local_time(p["first_seen"], "%Y-%m-%d %H:%M")),
                 i18n.fill(self.tr("last seen %1"), local_time(p["last_seen"], "%Y-%m-%d %H:%M"))]
        if p["max_severity"] is not None:
            parts.append(i18n.fill(self.tr("highest severity %1"), str(p["max_severity"])))
        if p["reach"] is not None:
            parts.append(i18n.fill(self.tr("%1 followers"), f"{p['reach']:,}"))
        return "  ·  ".join(plaintext.line(x, 120) for x in parts)

    def _set_chips(self, keys) -> None:
        while self.chips.count():
            w = self.chips.takeAt(0).widget()
            if w:
                w.deleteLater()
        for key in keys:
            b = QToolButton(self)
            b.setObjectName("authorLabelChip")
            b.setText(plaintext.menu_text(f"{names.label(key)}  ✕", 40))
            b.setToolTip(self.tr("Remove this label"))
            b.clicked.connect(lambda _c=False, k=key: self._act(team.unlabel, k))
            self.chips.addWidget(b)

    # -- what the team does ----------------------------------------------------------------------------------
    def _act(self, fn, *args) -> None:
        if self.author is None:
            return
        self._write(fn, self.author["id"], *args, done=lambda _r: self._changed(),
                    failed=lambda e: self.message.emit(str(e), True))

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def _add_label(self) -> None:
        text = self.new_label.currentText().strip()
        i = self.new_label.currentIndex()
        key = self.new_label.itemData(i) if i >= 0 and self.new_label.itemText(i) == text else text
        if key:
            self._act(team.label, key)
            self.new_label.setCurrentIndex(-1)
            self.new_label.clearEditText()

    def _add_note(self) -> None:
        text = self.note.text().strip()
        if text:
            self._act(team.add_note, text)
            self.note.clear()

    def _export(self) -> None:
        if self.author is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export everything held about this person"),
                                              f"author-{self.author['id']}.json", "JSON (*.json)")
        if path:
            self._write(export.export, self.author["id"], path, failed=lambda e: self.message.emit(str(e), True),
                        done=lambda r: self.message.emit(i18n.fill(self.tr("Profile and %1 mentions written to %2"),
                                                                   r["mentions"], r["path"]), False))

    def _erase(self) -> None:
        if self.author is None:
            return
        if plaintext.confirm(self, self.tr("Erase what the team wrote"), i18n.fill(self.tr(
                "Erase every note, label and link the team recorded about %1? Their mentions stay. "
                "This cannot be undone."), self.author["name"]), self.tr("Erase")):
            self._act(team.erase)
