"""Dialogs that edit the playbook: a checklist (title, summary, items with owner and time target),
a response template, a person of the crisis team. Each saves through the store, which validates
the result and records it in the audit log; a refused edit is shown and nothing is saved."""

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.playbook.model import Item
from console.playbook.store import PlaybookStore
from console.ui import plaintext
from console.ui.playbook.common import attempt

NO_TARGET = -1  # the spin box's "no time target"


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _roles(store: PlaybookStore, lang: str, parent: QWidget, current: str = "", unassigned: str = "") -> QComboBox:
    box = QComboBox(parent)
    if unassigned:
        box.addItem(unassigned, "")
    for r in store.playbook(lang).roles:
        box.addItem(plaintext.line(r.title, 60), r.id)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class ChecklistEditor(QDialog):
    """Title, summary and items of one checklist; rows can be added, removed and moved."""

    def __init__(self, store: PlaybookStore, lang: str, checklist_id: str, by: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.lang, self.checklist_id, self.by = store, lang, checklist_id, by
        cl = store.playbook(lang).checklist(checklist_id)
        self.setWindowTitle(self.tr("Edit checklist"))
        self.resize(1100, 700)
        self.title = QLineEdit(cl.title, self)
        self.summary = QPlainTextEdit(cl.summary, self)
        self.summary.setMaximumHeight(70)
        self.items = QTableWidget(0, 3, self)
        self.items.setHorizontalHeaderLabels([self.tr("What to do"), self.tr("Owner"), self.tr("Due within (minutes)")])
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.verticalHeader().setVisible(False)
        for it in cl.items:
            self._add_row(it)
        add = QPushButton(self.tr("Add item"), self)
        remove = QPushButton(self.tr("Remove item"), self)
        up = QPushButton(self.tr("Move up"), self)
        down = QPushButton(self.tr("Move down"), self)
        add.clicked.connect(lambda: self._add_row(None))
        remove.clicked.connect(self._remove_row)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Summary"), self.summary)
        row = QHBoxLayout()
        for b in (add, remove, up, down):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.items, 1)
        lay.addLayout(row)
        lay.addWidget(_buttons(self))

    def _add_row(self, it: Item | None) -> None:
        r = self.items.rowCount()
        self.items.insertRow(r)
        text = QTableWidgetItem(it.text if it else "")
        text.setData(Qt.ItemDataRole.UserRole, it.id if it else "")
        self.items.setItem(r, 0, text)
        self.items.setCellWidget(r, 1, _roles(self.store, self.lang, self, it.owner if it else "crisis_lead"))
        due = QSpinBox(self)
        due.setRange(NO_TARGET, 60 * 24 * 90)
        due.setSpecialValueText(self.tr("no target"))
        due.setValue(it.due_min if it and it.due_min is not None else NO_TARGET)
        self.items.setCellWidget(r, 2, due)

    def _remove_row(self) -> None:
        if self.items.currentRow() >= 0:
            self.items.removeRow(self.items.currentRow())

    def _move(self, step: int) -> None:
        r = self.items.currentRow()
        if r < 0 or not 0 <= r + step < self.items.rowCount():
            return
        rows = self.rows()
        rows[r], rows[r + step] = rows[r + step], rows[r]
        self.items.setRowCount(0)
        for it in rows:
            self._add_row(it)
        self.items.selectRow(r + step)

    def rows(self) -> list[Item]:
        out, used = [], set()
        for r in range(self.items.rowCount()):
            cell = self.items.item(r, 0)
            item_id = cell.data(Qt.ItemDataRole.UserRole) or _new_id(used)
            used.add(item_id)
            due = self.items.cellWidget(r, 2).value()
            out.append(Item(item_id, cell.text().strip(), self.items.cellWidget(r, 1).currentData(),
                            None if due == NO_TARGET else due))
        return out

    def accept(self) -> None:
        def find(pb):
            return pb.checklist(self.checklist_id)

        rows = [it for it in self.rows() if it.text]
        changes = {"title": self.title.text().strip(), "summary": self.summary.toPlainText().strip(), "items": rows}
        if attempt(self, self.tr("Edit checklist"), lambda: self.store.edit(
                self.lang, f"checklist:{self.checklist_id}", find, changes, by=self.by)):
            super().accept()


def _new_id(used: set) -> str:
    n = 1
    while f"item_{n}" in used:
        n += 1
    return f"item_{n}"


class TemplateEditor(QDialog):
    """Title, category, channels and text of a response template."""

    def __init__(self, store: PlaybookStore, lang: str, template_id: str, by: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.lang, self.template_id, self.by = store, lang, template_id, by
        pb = store.playbook(lang)
        t = pb.template(template_id)
        self.setWindowTitle(self.tr("Edit template"))
        self.resize(820, 620)
        self.title = QLineEdit(t.title, self)
        self.category = QComboBox(self)
        for key, label in pb.categories.items():
            self.category.addItem(plaintext.line(label, 60), key)
        self.category.setCurrentIndex(max(0, self.category.findData(t.category)))
        self.channels = QListWidget(self)
        for c in pb.channels:
            item = QListWidgetItem(plaintext.line(c.label, 60), self.channels)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setCheckState(Qt.CheckState.Checked if c.id in t.channels else Qt.CheckState.Unchecked)
        self.channels.setMaximumHeight(140)
        self.body = QPlainTextEdit(t.body, self)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Channels"), self.channels)
        form.addRow(self.tr("Text ({placeholders} are filled in when used)"), self.body)
        lay = QVBoxLayout(self)
        lay.addLayout(form, 1)
        lay.addWidget(_buttons(self))

    def accept(self) -> None:
        checked = [self.channels.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.channels.count())
                   if self.channels.item(i).checkState() == Qt.CheckState.Checked]
        changes = {"title": self.title.text().strip(), "category": self.category.currentData(),
                   "channels": checked, "body": self.body.toPlainText().strip()}
        if attempt(self, self.tr("Edit template"), lambda: self.store.edit(
                self.lang, f"template:{self.template_id}", lambda pb: pb.template(self.template_id), changes,
                by=self.by)):
            super().accept()


class ContactEditor(QDialog):
    """A person of the crisis team: role, name, phone, email, backup, notes."""

    FIELDS = ("name", "phone", "email", "backup", "notes")

    def __init__(self, store: PlaybookStore, lang: str, contact: dict | None = None, role: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.contact = store, copy.deepcopy(contact)
        self.setWindowTitle(self.tr("Edit person") if contact else self.tr("Add person"))
        self.resize(520, 320)
        self.role = _roles(store, lang, self, (contact or {}).get("role", role), unassigned=self.tr("(no role yet)"))
        self.inputs = {k: QLineEdit((contact or {}).get(k, ""), self) for k in self.FIELDS}
        labels = {"name": self.tr("Name"), "phone": self.tr("Phone"), "email": self.tr("Email"),
                  "backup": self.tr("Backup person"), "notes": self.tr("Notes")}
        form = QFormLayout()
        form.addRow(self.tr("Role"), self.role)
        for k in self.FIELDS:
            form.addRow(labels[k], self.inputs[k])
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(_buttons(self))

    def values(self) -> dict:
        return dict({k: w.text().strip() for k, w in self.inputs.items()}, role=self.role.currentData())

    def accept(self) -> None:
        v = self.values()
        if self.contact:
            ok = attempt(self, self.windowTitle(), lambda: self.store.update_contact(self.contact["id"], **v))
        else:
            ok = attempt(self, self.windowTitle(), lambda: self.store.add_contact(v.pop("role"), v.pop("name"), **v))
        if ok:
            super().accept()
