"""The templates panel: filter by category, language and channel; fill the placeholders in a form
and watch the reply take shape; see at once what is unfilled, which phrases the tone guide flags
and whether it fits the channel; copy it; record it against the mention or incident it answers."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.incidents import activation
from console.playbook import responses, tone
from console.playbook.render import fill
from console.playbook.store import PlaybookStore
from console.store.audit import current_actor
from console.ui import i18n, plaintext
from console.ui.playbook.common import OVERDUE_FG, WARN_BG, PlaybookPanel, attempt, banner

ANY = ""


class TemplatesPanel(PlaybookPanel):
    # A reply recorded against a mention or an incident: (target type, target id, channel, text). The
    # window passes it on to the incident's timeline when the mentions database is usable.
    reply_recorded = Signal(str, str, str, str)

    def __init__(self, store: PlaybookStore, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.values: dict[str, str] = {}  # kept across templates: the page link is typed once
        self.inputs: dict[str, QLineEdit] = {}
        self.reply_box = None             # approval (console.ui.replies.box), where the workspace is usable
        self.setObjectName("templatesPanel")

        self.category = QComboBox(self)
        self.channel = QComboBox(self)
        self.list = QListWidget(self)
        self.list.setMinimumWidth(180)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")

        self.title = plaintext.label("", self, wrap=True)
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.title.setFont(f)
        self.meta = plaintext.label("", self, wrap=True)
        self.meta.setStyleSheet("color: palette(placeholder-text);")
        self.form_box = QGroupBox(self.tr("Fill in"), self)
        self.form = QFormLayout(self.form_box)
        self.check_channel = QComboBox(self)
        self.check_channel.setToolTip(self.tr("Check the length against this channel's limit"))
        self.count = plaintext.label("", self)
        self.preview = plaintext.text_view(self)
        self.preview.setMinimumHeight(160)
        big = self.preview.font()
        big.setPointSizeF(big.pointSizeF() * 1.2)
        self.preview.setFont(big)
        self.warnings = plaintext.label("", self, wrap=True, limit=4000)
        self.warnings.setStyleSheet(f"background: {WARN_BG}; color: #5c4300; padding: 6px; border-radius: 3px;")
        self.copy = QPushButton(self.tr("Copy reply"), self)
        self.copy.setDefault(True)
        self.edit = QPushButton(self.tr("Edit template…"), self)
        self.edit.setEnabled(self.writable)
        self.target_type = QComboBox(self)
        self.target_type.addItem(self.tr("Mention"), "mention")
        self.target_type.addItem(self.tr("Incident"), "incident")
        self.target_id = QLineEdit(self)
        self.target_id.setPlaceholderText(self.tr("id"))
        self.target_id.setMaximumWidth(110)
        self.record = QPushButton(self.tr("Record as sent"), self)
        self.recorded = plaintext.label("", self)

        filters = QFormLayout()
        filters.addRow(self.tr("Language"), self.language)
        filters.addRow(self.tr("Category"), self.category)
        filters.addRow(self.tr("Channel"), self.channel)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(filters)
        ll.addWidget(self.list, 1)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title)
        rl.addWidget(self.meta)
        rl.addWidget(self.form_box)
        line = QHBoxLayout()
        line.addWidget(plaintext.label(self.tr("Preview for"), self))
        line.addWidget(self.check_channel)
        line.addStretch(1)
        line.addWidget(self.count)
        rl.addLayout(line)
        rl.addWidget(self.preview, 1)
        rl.addWidget(self.warnings)
        actions = QHBoxLayout()
        actions.addWidget(self.copy)
        actions.addWidget(self.edit)
        actions.addStretch(1)
        rl.addLayout(actions)
        self._right_layout = rl
        sent = QHBoxLayout()
        sent.addWidget(plaintext.label(self.tr("Sent in reply to"), self))
        sent.addWidget(self.target_type)
        sent.addWidget(self.target_id)
        sent.addWidget(self.record)
        sent.addStretch(1)
        rl.addLayout(sent)
        rl.addWidget(self.recorded)

        # The reply side scrolls when the panel is short (under the wall in crisis mode on a laptop)
        # rather than squeezing its form and preview into each other.
        right_scroll = QScrollArea(self)
        right_scroll.setObjectName("templateScroll")
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setWidgetResizable(True)
        right_scroll.setWidget(right)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right_scroll)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 760])
        lay = QVBoxLayout(self)
        lay.addWidget(banner(store, self))
        lay.addWidget(split, 1)

        self.language.lang_changed.connect(self._fill_filters)
        self.category.currentIndexChanged.connect(self._fill_list)
        self.channel.currentIndexChanged.connect(self._fill_list)
        self.list.currentItemChanged.connect(self._show_template)
        self.check_channel.currentIndexChanged.connect(self.update_preview)
        self.copy.clicked.connect(self.copy_reply)
        self.edit.clicked.connect(self.edit_template)
        self.record.clicked.connect(self.record_reply)
        self._fill_filters()

    @property
    def template(self):
        item = self.list.currentItem()
        return self.playbook.template(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _fill_filters(self, *_):
        pb = self.playbook
        for box, entries in ((self.category, pb.categories.items()), (self.channel, [(c.id, c.label) for c in pb.channels])):
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("All"), ANY)
            for key, label in entries:
                box.addItem(plaintext.line(label, 60), key)
            box.setCurrentIndex(max(0, box.findData(keep)))
            box.blockSignals(False)
        self._fill_list()

    def _fill_list(self, *_):
        keep = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        pb = self.playbook
        self.list.blockSignals(True)
        self.list.clear()
        for t in pb.templates:
            if self.category.currentData() not in (ANY, t.category):
                continue
            if self.channel.currentData() not in (ANY, *t.channels):
                continue
            item = QListWidgetItem(plaintext.line(t.title, 120), self.list)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setToolTip(plaintext.tooltip(pb.categories.get(t.category, t.category)))
        self.list.blockSignals(False)
        rows = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        self.list.setCurrentRow(rows.index(keep) if keep in rows else (0 if rows else -1))
        if not rows:
            self._show_template()

    def select(self, template_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == template_id:
                self.list.setCurrentRow(i)
                return

    def _show_template(self, *_):
        t, pb = self.template, self.playbook
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs = {}
        self.check_channel.blockSignals(True)
        self.check_channel.clear()
        if t is None:
            self.title.clear()
            self.meta.clear()
            self.preview.clear()
            self.check_channel.blockSignals(False)
            return
        plaintext.set_label(self.title, t.title, single_line=False)
        labels = {c.id: c.label for c in pb.channels}
        plaintext.set_label(self.meta, f"{pb.categories.get(t.category, t.category)} · "
                                       f"{', '.join(labels.get(c, c) for c in t.channels)}", single_line=False)
        for name in t.placeholders:
            edit = QLineEdit(self.values.get(name, ""), self.form_box)
            edit.setObjectName(f"placeholder_{name}")
            edit.setPlaceholderText("{" + name + "}")
            edit.textChanged.connect(lambda text, n=name: self._value_changed(n, text))
            self.form.addRow(plaintext.line(pb.placeholders.get(name, name), 60), edit)
            self.inputs[name] = edit
        self.form_box.setVisible(bool(t.placeholders))
        for c in t.channels:
            self.check_channel.addItem(plaintext.line(labels.get(c, c), 60), c)
        wanted = self.channel.currentData()
        self.check_channel.setCurrentIndex(max(0, self.check_channel.findData(wanted)))
        self.check_channel.blockSignals(False)
        self.update_preview()

    def attach_reply_box(self, box) -> None:
        """Approval before anything goes out (the window adds it when the workspace can be written)."""
        self.reply_box = box
        self._right_layout.insertWidget(self._right_layout.count() - 2, box)
        box.changed.connect(self.update_preview)
        self.update_preview()

    def target(self) -> tuple[str, int] | None:
        """What the reply answers: ("mention" or "incident", id), or None when not said."""
        text = self.target_id.text().strip()
        return (self.target_type.currentData(), int(text)) if text.isdigit() else None

    def answer(self, kind: str, ident: int, values: dict[str, str]) -> None:
        """Prepare a reply to this mention or incident: what the context knows fills the placeholders
        (the values typed by hand for others stay), and "Sent in reply to" names it."""
        self.values.update(values)
        self.target_type.setCurrentIndex(max(0, self.target_type.findData(kind)))
        self.target_id.setText(str(ident))
        self._show_template()

    def _value_changed(self, name: str, text: str) -> None:
        self.values[name] = text
        self.update_preview()

    def reply(self) -> str:
        """The reply as it stands: filled where filled, `{name}` where not."""
        t = self.template
        return fill(t.body, self.values) if t else ""

    def flags(self):
        t = self.template
        if t is None:
            return []
        return tone.check(t.body, self.playbook, self.check_channel.currentData(),
                          {n: self.values.get(n, "") for n in t.placeholders})

    def update_preview(self, *_):
        t = self.template
        if t is None:
            return
        text = self.reply()
        plaintext.set_text(self.preview, text)
        channel = self.playbook.channel(self.check_channel.currentData()) if self.check_channel.currentData() else None
        n = tone.length(text, channel) if channel else len(text)
        over = bool(channel and channel.limit and n > channel.limit)
        self.count.setText(f"{n} / {channel.limit}" if channel and channel.limit else str(n))
        self.count.setStyleSheet(f"color: {OVERDUE_FG}; font-weight: bold;" if over else "")
        lines = []
        for f in self.flags():
            if f.kind == "placeholder":
                label = self.playbook.placeholders.get(f.subject, f.subject)
                lines.append(i18n.fill(self.tr("Not filled in: %1"), label))
            elif f.kind == "tone":
                lines.append(i18n.fill(self.tr("Tone: “%1” — %2"), f.subject, f.detail))
            else:
                lines.append(i18n.fill(self.tr("Too long for %1: %2 characters"), channel.label, f.detail))
        plaintext.set_label(self.warnings, "\n".join(lines), single_line=False, limit=4000)
        self.warnings.setVisible(bool(lines))
        for name, edit in self.inputs.items():
            edit.setStyleSheet("" if self.values.get(name, "").strip() else f"background: {WARN_BG};")
        why = self.blocked()
        for b in (self.copy, self.record):
            b.setEnabled(not why and (b is self.copy or self.writable))
            b.setToolTip(why)

    def blocked(self) -> str:
        """Why the reply may not be copied or recorded as sent yet ('' when it may)."""
        t = self.template
        if t is None:
            return self.tr("Choose a template")
        if any(not self.values.get(n, "").strip() for n in t.placeholders):
            return self.tr("Fill in every placeholder first")
        return self.reply_box.blocks_sending() if self.reply_box is not None else ""

    def copy_reply(self) -> None:
        QGuiApplication.clipboard().setText(self.reply())
        self.recorded.setText(self.tr("Copied to the clipboard."))

    def record_reply(self) -> None:
        t = self.template
        if t is None or self.blocked():
            return
        if self.reply_box is not None and self.target() is not None:
            channel = self.check_channel.currentData() or ""
            self.reply_box.send(channel, done=lambda reply: self._sent(t, reply))
            return
        target = self.target_id.text().strip()
        if attempt(self, self.tr("Record as sent"), lambda: responses.record(
                self.store, self.reply(), target_type=self.target_type.currentData() if target else None,
                target_id=target or None, template_id=t.id, lang=self.playbook.lang,
                channel=self.check_channel.currentData(), by=current_actor())):
            self.recorded.setText(self.tr("Recorded as sent.") if not target else i18n.fill(self.tr(
                "Recorded as sent in reply to %1 %2."), self.target_type.currentText(), plaintext.line(target, 40)))
            if target:
                self.reply_recorded.emit(self.target_type.currentData(), target,
                                         self.check_channel.currentData() or "", self.reply())

    def _sent(self, t, reply: dict) -> None:
        """The workspace recorded the reply (and its incident's response): the playbook keeps its own copy,
        and a holding statement ticks its item on the incident's activation run."""
        attempt(self, self.tr("Record as sent"), lambda: responses.record(
            self.store, reply["text"], target_type="mention" if reply["mention_id"] else "incident",
            target_id=reply["mention_id"] or reply["incident_id"], template_id=t.id, lang=self.playbook.lang,
            channel=reply["channel"], by=current_actor()))
        if t.category == "holding" and reply["incident_id"] is not None:
            attempt(self, self.tr("Record as sent"),
                    lambda: activation.holding_statement_recorded(self.store, reply["incident_id"]))
        self.recorded.setText(i18n.fill(self.tr("Recorded as sent in reply to %1 %2."), self.target_type.currentText(),
                                        self.target_id.text().strip()))

    def edit_template(self) -> None:
        from console.ui.playbook.editors import TemplateEditor

        t = self.template
        if t and TemplateEditor(self.store, self.language.lang, t.id, current_actor(), self).exec():
            self._fill_list()
            self._show_template()
