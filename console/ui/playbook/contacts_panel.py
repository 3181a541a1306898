"""The contacts panel: the crisis team by role with the real people behind each role, a phone
number or email copied in one click, the approval and escalation chains at a glance, vCard and
CSV import and export, and editing."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.playbook import contacts_io
from console.playbook.store import PlaybookStore
from console.ui import i18n, plaintext
from console.ui.flow import FlowLayout, chip_policy
from console.ui.playbook.common import PlaybookPanel, attempt, banner

NAME, PHONE, EMAIL, BACKUP = range(4)
NO_BREAK = str.maketrans({" ": "\u00a0", "-": "\u2011"})   # a phone number never breaks across lines


def unbroken(phone: str) -> str:
    return (phone or "").translate(NO_BREAK)

CHIP = "QFrame#chip { background: palette(base); border: 1px solid palette(mid); border-radius: 5px; }"
ROLE_KEY = Qt.ItemDataRole.UserRole
CONTACT_KEY = Qt.ItemDataRole.UserRole + 1


class ContactsPanel(PlaybookPanel):
    people_changed = Signal()      # a person added, edited, removed or imported here

    def __init__(self, store: PlaybookStore, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.setObjectName("contactsPanel")
        self.add = QPushButton(self.tr("Add person…"), self)
        self.edit = QPushButton(self.tr("Edit…"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("Add or update people from a vCard (.vcf) or CSV file"))
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Write the people to a vCard (.vcf) or CSV file"))
        self.add.setEnabled(self.writable)
        self.import_button.setEnabled(self.writable)
        # The chains' cards wrap onto more lines in a narrow dock rather than squeezing their numbers.
        self.approval = QGroupBox(self.tr("Who validates before anything is published"), self)
        self.approval.setLayout(FlowLayout(spacing=6))
        self.escalation = QGroupBox(self.tr("Escalation chain"), self)
        self.escalation.setLayout(FlowLayout(spacing=6))

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Role and people"), self.tr("Phone"), self.tr("Email"), self.tr("Backup")])
        self.tree.setColumnWidth(NAME, 240)
        self.tree.setColumnWidth(EMAIL, 220)
        self.tree.setUniformRowHeights(False)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 4px 2px; }")
        self.details = QWidget(self)
        self.details_layout = QVBoxLayout(self.details)
        self.status = plaintext.label("", self)

        top_box = QWidget(self)
        top = FlowLayout(top_box, spacing=6)
        top.addWidget(plaintext.label(self.tr("Language"), top_box))
        top.addWidget(self.language)
        for b in (self.add, self.edit, self.remove, self.import_button, self.export_button):
            top.addWidget(b)
        split = QSplitter(self)
        split.addWidget(self.tree)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([900, 460])
        lay = QVBoxLayout(self)
        lay.addWidget(banner(store, self))
        lay.addWidget(top_box)
        lay.addWidget(self.approval)
        lay.addWidget(self.escalation)
        lay.addWidget(split, 1)
        lay.addWidget(self.status)

        self.language.lang_changed.connect(self.refresh)
        self.tree.currentItemChanged.connect(self._show_role)
        if self.writable:
            self.tree.itemDoubleClicked.connect(lambda *_: self.edit_person())
        self.add.clicked.connect(self.add_person)
        self.edit.clicked.connect(self.edit_person)
        self.remove.clicked.connect(self.remove_person)
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)
        self.refresh()

    def refresh(self, *_):
        pb = self.playbook
        people = self.store.contacts()
        self._chain(self.approval, pb.approval_chain(), people)
        self._chain(self.escalation, pb.escalation_chain(), people)
        keep = self._selected_role()
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        groups = [(r.id, f"{r.title}  ·  {pb.tier(r.tier).title if pb.tier(r.tier) else r.tier}") for r in pb.roles]
        if any(p["role"] not in {r.id for r in pb.roles} for p in people):
            groups.append(("", self.tr("Not assigned to a role")))
        for role_id, title in groups:
            top = QTreeWidgetItem(self.tree, [plaintext.line(title, 120)])
            top.setFont(NAME, bold)
            top.setData(NAME, ROLE_KEY, role_id)
            members = [p for p in people if p["role"] == role_id or (not role_id and p["role"] not in
                                                                       {r.id for r in pb.roles})]
            if not members:
                empty = QTreeWidgetItem(top, [plaintext.line(pb.words["nobody"], 80)])
                empty.setData(NAME, ROLE_KEY, role_id)
                empty.setForeground(NAME, self.palette().placeholderText())
            for p in members:
                row = QTreeWidgetItem(top, [plaintext.line(p["name"], 120), "", "", plaintext.line(p["backup"], 80)])
                row.setData(NAME, ROLE_KEY, role_id)
                row.setData(NAME, CONTACT_KEY, p["id"])
                if p["notes"]:
                    row.setToolTip(NAME, plaintext.tooltip(p["notes"]))
                for col, key in ((PHONE, "phone"), (EMAIL, "email")):
                    if p[key]:
                        self.tree.setItemWidget(row, col, self._copy_button(p[key]))
            top.setExpanded(True)
            top.setFirstColumnSpanned(True)
        self._fit_phone(people)
        self._select_role(keep or (pb.roles[0].id if pb.roles else None))

    def _fit_phone(self, people: list[dict]) -> None:
        """The phone column is as wide as the longest number: a number is never cut."""
        metrics = self.tree.fontMetrics()
        longest = max((metrics.horizontalAdvance(unbroken(p["phone"])) for p in people if p["phone"]), default=0)
        header = metrics.horizontalAdvance(self.tree.headerItem().text(PHONE))
        self.tree.setColumnWidth(PHONE, max(longest, header) + 36)   # the button's frame and padding

    def _copy_button(self, value: str) -> QToolButton:
        b = QToolButton(self.tree)
        b.setText(unbroken(plaintext.menu_text(value, 80)))
        b.setToolTip(self.tr("Copy"))
        b.setAutoRaise(True)
        b.setCursor(Qt.CursorShape.PointingHandCursor)
        b.clicked.connect(lambda: self.copy_value(value))
        return b

    def copy_value(self, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        plaintext.set_label(self.status, i18n.fill(self.tr("Copied: %1"), value))

    def _chain(self, box: QGroupBox, roles, people) -> None:
        lay = box.layout()
        while lay.count():
            w = lay.takeAt(0).widget()
            if w:
                w.deleteLater()
        for i, r in enumerate(roles):
            if i:
                lay.addWidget(plaintext.label("→", box))
            names = [f"{p['name']}  {unbroken(p['phone'])}".strip() for p in people if p["role"] == r.id]
            lay.addWidget(self._chip(box, r.title, "\n".join(names or [self.playbook.words["nobody"]])))

    def _chip(self, parent: QWidget, title: str, text: str) -> QFrame:
        chip = QFrame(parent)
        chip.setObjectName("chip")
        chip.setStyleSheet(CHIP)
        lay = QVBoxLayout(chip)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.setSpacing(1)
        chip_policy(chip)
        head = plaintext.label(title, chip)
        f = head.font()
        f.setBold(True)
        head.setFont(f)
        lay.addWidget(head)
        lay.addWidget(plaintext.label(text, chip))
        return chip

    def _selected_role(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(NAME, ROLE_KEY) if item else None

    def selected_contact(self) -> dict | None:
        item = self.tree.currentItem()
        cid = item.data(NAME, CONTACT_KEY) if item else None
        return next((c for c in self.store.contacts() if c["id"] == cid), None)

    def _select_role(self, role_id) -> None:
        for i in range(self.tree.topLevelItemCount()):
            if self.tree.topLevelItem(i).data(NAME, ROLE_KEY) == role_id:
                self.tree.setCurrentItem(self.tree.topLevelItem(i))
                return

    def _show_role(self, *_):
        lay = self.details_layout
        while lay.count():
            item = lay.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        role_id = self._selected_role()
        pb = self.playbook
        role = next((r for r in pb.roles if r.id == role_id), None)
        self.edit.setEnabled(self.writable and self.selected_contact() is not None)
        self.remove.setEnabled(self.writable and self.selected_contact() is not None)
        if role is None:
            lay.addStretch(1)
            return
        title = plaintext.label(role.title, self.details, wrap=True)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        title.setFont(f)
        lay.addWidget(title)
        lay.addWidget(plaintext.label(role.summary, self.details, wrap=True, limit=2000))
        w = pb.words
        flags = " · ".join(f"{w[k]}: {w['yes'] if getattr(role, k) else w['no']}" for k in ("speaks", "acts",
                                                                                         "validates"))
        tier = pb.tier(role.tier)
        meta = plaintext.label(f"{tier.title if tier else role.tier}\n{flags}", self.details, wrap=True)
        meta.setStyleSheet("color: palette(placeholder-text);")
        lay.addWidget(meta)
        for duty in role.duties:
            lay.addWidget(plaintext.label(f"•  {duty}", self.details, wrap=True, limit=2000))
        if role.escalates_to:
            lay.addWidget(plaintext.label(f"{w['escalation_chain']}: → {pb.role_title(role.escalates_to)}",
                                          self.details, wrap=True))
        lay.addStretch(1)

    # -- editing ---------------------------------------------------------------------------------------
    def _people_changed(self) -> None:
        self.refresh()
        self.people_changed.emit()

    def add_person(self) -> None:
        from console.ui.playbook.editors import ContactEditor

        if ContactEditor(self.store, self.language.lang, role=self._selected_role() or "", parent=self).exec():
            self._people_changed()

    def edit_person(self) -> None:
        from console.ui.playbook.editors import ContactEditor

        contact = self.selected_contact()
        if contact and ContactEditor(self.store, self.language.lang, contact, parent=self).exec():
            self._people_changed()

    def remove_person(self) -> None:
        contact = self.selected_contact()
        if contact and plaintext.confirm(self, self.tr("Remove person"), i18n.fill(self.tr(
                "Remove %1 from the crisis team? Their details are deleted; the audit log keeps only that they were removed."), contact["name"]),
                self.tr("Remove")):
            if attempt(self, self.tr("Remove person"), lambda: self.store.remove_contact(contact["id"])):
                self._people_changed()

    def import_file(self, path: str) -> None:
        done = {}
        if attempt(self, self.tr("Import"), lambda: done.update(contacts_io.import_file(self.store, path))):
            self._people_changed()
            plaintext.set_label(self.status, i18n.fill(self.tr("%1 added, %2 updated"), done["added"], done["updated"]))

    def export_file(self, path: str) -> None:
        n = []
        if attempt(self, self.tr("Export"), lambda: n.append(contacts_io.export_file(self.store, path,
                                                                                     self.language.lang))):
            plaintext.set_label(self.status, i18n.fill(self.tr("%1 people written to %2"), n[0], path))

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import people"), "",
                                              self.tr("vCard or CSV (*.vcf *.vcard *.csv)"))
        if path:
            self.import_file(path)

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export people"), "crisis-team.vcf",
                                              self.tr("vCard (*.vcf);;CSV (*.csv)"))
        if path:
            self.export_file(path)
