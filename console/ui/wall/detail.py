"""The detail pane: one mention in full. Everything from the feed is plain text (the title, the
meta line, the body, the reasons' evidence, the link); the link opens in the system browser
only when it is http(s) and only when the user clicks. The triage controls act on this mention."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.store.wall import local_time
from console.ui import i18n, labels, plaintext, sentences
from console.ui.authors import names as author_names
from console.ui.wall.triage import is_web_link

REASON_ROWS = 4     # the reasons table shows this many before it scrolls


class DetailPane(QWidget):
    reply_requested = Signal(int)      # "Reply…": the templates, prefilled for this mention
    author_requested = Signal(int)      # "Author profile": the id of the mention's author

    def __init__(self, triage, parent=None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._triage = triage
        self.mention: dict | None = None
        self._text_shown = None

        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.setSpacing(16)

        left = QVBoxLayout()
        left.setSpacing(6)
        self.title = plaintext.label("", self, selectable=True, wrap=True)
        self.title.setObjectName("detailTitle")
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.15)
        f.setBold(True)
        self.title.setFont(f)
        left.addWidget(self.title)
        self.meta = plaintext.label("", self, selectable=True, wrap=True)
        self.meta.setObjectName("detailMeta")
        self.meta.setForegroundRole(self.meta.foregroundRole())
        left.addWidget(self.meta)
        # Who else has this mention open or is replying to it (team mode: console.ui.wall.presence).
        self.presence = plaintext.label("", self, wrap=True)
        self.presence.setObjectName("detailPresence")
        self.presence.setStyleSheet("QLabel { background: palette(highlight); color: palette(highlighted-text); "
                                    "padding: 4px 8px; border-radius: 3px; }")
        self.presence.hide()
        left.addWidget(self.presence)
        link_row = QHBoxLayout()
        self.link = plaintext.label("", self, selectable=True)
        self.link.setObjectName("detailLink")
        self.link.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        link_row.addWidget(self.link, 1)
        self.author_button = QPushButton(self.tr("Author profile"), self)
        self.author_button.setObjectName("authorProfileButton")
        self.author_button.setToolTip(self.tr("Who wrote this: their mentions, labels and notes"))
        self.author_button.clicked.connect(self._author)
        link_row.addWidget(self.author_button)
        self.open_link = QPushButton(self.tr("Open link"), self)
        self.open_link.setObjectName("openLink")
        self.open_link.clicked.connect(triage.open_link)
        link_row.addWidget(self.open_link)
        self.reply = QPushButton(self.tr("Reply…"), self)
        self.reply.setObjectName("replyToMention")
        self.reply.setToolTip(self.tr("Answer with a template, prefilled from this mention and its incident"))
        self.reply.clicked.connect(self._reply)
        link_row.addWidget(self.reply)
        left.addLayout(link_row)
        self.text = plaintext.text_view(self)
        self.text.setObjectName("detailText")
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        left.addWidget(self.text, 1)
        self.cut_note = plaintext.label("", self)
        self.cut_note.hide()
        left.addWidget(self.cut_note)
        outer.addLayout(left, 3)

        right = QVBoxLayout()
        right.setSpacing(6)
        sev_row = QHBoxLayout()
        self.level = QLabel(self)
        self.level.setObjectName("detailLevel")
        self.level.setTextFormat(Qt.TextFormat.PlainText)
        sev_row.addWidget(self.level)
        self.score = plaintext.label("", self)
        sev_row.addWidget(self.score, 1)
        sev_row.addWidget(QLabel(self.tr("Status:"), self))
        self.status = plaintext.label("", self)
        self.status.setObjectName("detailStatus")
        bold = self.status.font()
        bold.setBold(True)
        self.status.setFont(bold)
        sev_row.addWidget(self.status)
        right.addLayout(sev_row)
        self.reasons = QTableWidget(0, 3, self)
        self.reasons.setObjectName("detailReasons")
        self.reasons.setHorizontalHeaderLabels([self.tr("Points"), self.tr("Why"), self.tr("Evidence")])
        self.reasons.verticalHeader().hide()
        self.reasons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reasons.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.reasons.setWordWrap(False)
        self.reasons.setShowGrid(False)
        self.reasons.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        hh = self.reasons.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.reasons.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        right.addWidget(self.reasons)
        self.terms = plaintext.label("", self, wrap=True)
        self.terms.setObjectName("detailTerms")
        right.addWidget(self.terms)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        buttons = QGridLayout()
        buttons.setSpacing(4)
        for i, status in enumerate(("acknowledged", "in_progress", "responded", "resolved", "ignored", "hidden")):
            b = QToolButton(self)
            b.setDefaultAction(triage.status_actions[status])
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(b, i // 3, i % 3)
        grid.addLayout(buttons, 1, 0, 1, 2)
        self.assignee = QLineEdit(self)
        self.assignee.setObjectName("detailAssignee")
        self.assignee.setPlaceholderText(self.tr("Nobody: type a name, Enter"))
        self.assignee.returnPressed.connect(self._assign)
        grid.addWidget(QLabel(self.tr("Assignee"), self), 2, 0)
        grid.addWidget(self.assignee, 2, 1)
        self.tags_box = QHBoxLayout()
        self.tags_box.setSpacing(4)
        self.new_tag = QLineEdit(self)
        self.new_tag.setObjectName("detailNewTag")
        self.new_tag.setPlaceholderText(self.tr("Add a tag, Enter"))
        self.new_tag.returnPressed.connect(self._add_tag)
        tag_row = QHBoxLayout()
        tag_row.addLayout(self.tags_box)
        tag_row.addWidget(self.new_tag, 1)
        grid.addWidget(QLabel(self.tr("Tags"), self), 3, 0)
        grid.addLayout(tag_row, 3, 1)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("detailNotes")
        self.notes.setPlaceholderText(self.tr("Notes for the team"))
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.save_note = QPushButton(self.tr("Save note"), self)
        self.save_note.setObjectName("saveNote")
        self.save_note.clicked.connect(self._save_note)
        grid.addWidget(QLabel(self.tr("Notes"), self), 4, 0, Qt.AlignmentFlag.AlignTop)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes, 1)
        notes_row.addWidget(self.save_note, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(notes_row, 4, 1)
        grid.setColumnStretch(1, 1)
        right.addLayout(grid)
        right.addStretch(1)
        self._right = QWidget(self)
        self._right.setLayout(right)
        self._right.setMaximumWidth(480)
        self._right.setMinimumWidth(300)
        outer.addWidget(self._right, 2)
        self.writable = True
        self.show_mention(None)

    def set_writable(self, on: bool) -> None:
        """Off on a workspace that can only be read: the assignee, tags and notes are shown, not edited."""
        self.writable = on
        for edit in (self.assignee, self.notes):
            edit.setReadOnly(not on)
        self.new_tag.setVisible(on)
        self.save_note.setVisible(on)
        self.reply.setEnabled(on and self.mention is not None)

    @property
    def mention_id(self) -> int | None:
        return self.mention["id"] if self.mention else None

    def _reply(self) -> None:
        if self.mention is not None:
            self.reply_requested.emit(self.mention["id"])

    def show_mention(self, m: dict | None) -> None:
        """Show `m` (a mention as console.store.mentions.get returns it), or the empty state. A
        refresh of the same mention keeps the reader's scroll position and unsaved edits."""
        same = bool(m and self.mention and m["id"] == self.mention["id"])
        self.mention = m
        self._right.setEnabled(m is not None)
        self.open_link.setEnabled(bool(m) and is_web_link(m.get("url")))
        self.reply.setEnabled(m is not None and self.writable)
        self.author_button.setEnabled(bool(m) and m.get("author_id") is not None)
        self._triage.current_url = m.get("url") if m else None
        if m is None:
            plaintext.set_label(self.title, self.tr("Choose a mention to read it in full"))
            for w in (self.meta, self.link, self.score, self.terms, self.status):
                w.setText("")
            self.level.hide()
            self.text.setPlainText("")
            self._text_shown = None
            self.cut_note.hide()
            self.reasons.setRowCount(0)
            self.assignee.clear()
            self.notes.clear()
            self._set_tags([])
            return
        plaintext.set_label(self.title, m.get("title") or self.tr("(no title)"), limit=600, single_line=False)
        plaintext.set_label(self.meta, self._meta_line(m), single_line=False)
        plaintext.set_label(self.link, m.get("url") or self.tr("(no link)"), limit=300)
        self.link.setToolTip(plaintext.tooltip(m.get("url") or ""))
        body = m.get("text") or ""
        if not same or body != self._text_shown:
            cut = plaintext.set_text(self.text, body)
            self._text_shown = body
            self.cut_note.setVisible(cut)
            if cut:
                plaintext.set_label(self.cut_note, i18n.fill(self.tr("Showing the first %1 of %2 characters"),
                                                             f"{plaintext.DETAIL_CHARS:,}", f"{len(body):,}"))
        self._show_level(m)
        self._show_reasons(m.get("reasons") or [])
        terms = m.get("matched_terms") or []
        plaintext.set_label(self.terms, i18n.fill(self.tr("Matched: %1"), ", ".join(map(str, terms)))
                            if terms else self.tr("No watch term matched"), single_line=False)
        plaintext.set_label(self.status, labels.status(m.get("status")))
        if not (same and self.assignee.hasFocus()):
            self.assignee.setText(plaintext.line(m.get("assignee") or "", 120))
        if not (same and self.notes.document().isModified()):
            self.notes.setPlainText(plaintext.clean(m.get("notes") or "", limit=20000))
            self.notes.document().setModified(False)
        self._set_tags(m.get("tags") or [])

    def show_presence(self, people: list[dict]) -> None:
        """The people at other desks who have this mention open (console.store.presence.others):
        who is replying to it first, as that is the one to talk to before answering too."""
        replying = [p["name"] for p in people if p["replying"]]
        viewing = [p["name"] for p in people if not p["replying"]]
        parts = ([i18n.fill(self.tr("Replying now: %1"), ", ".join(replying))] if replying else []) + \
                ([i18n.fill(self.tr("Also viewing: %1"), ", ".join(viewing))] if viewing else [])
        plaintext.set_label(self.presence, "  ·  ".join(parts), single_line=False, limit=400)
        self.presence.setVisible(bool(parts))

    def _meta_line(self, m: dict) -> str:
        parts = [m.get("source_name") or m.get("source") or ""]
        if m.get("author"):
            followers = m.get("author_followers")
            parts.append(m["author"] + (f" ({followers:,} " + self.tr("followers") + ")" if followers else ""))
            if m.get("author_labels"):
                parts.append(author_names.labels_text(m["author_labels"]))
        local = local_time(m.get("sort_time"))
        if local:
            parts.append(local.strftime("%Y-%m-%d %H:%M"))
        if m.get("lang"):
            parts.append(labels.language(m["lang"]))
        if m.get("category"):
            parts.append(labels.category(m["category"]))
        parts.append(i18n.fill(self.tr("sentiment %1"), labels.sentiment_text(m.get("sentiment"))))
        if m.get("rating") is not None:
            parts.append(f"★ {m['rating']}/5")
        return "  ·  ".join(plaintext.line(p, 120) for p in parts if p)

    def _show_level(self, m: dict) -> None:
        level, positive = m.get("level"), bool(m.get("positive"))
        fill = labels.level_fill(level, self.palette(), positive=positive)
        self.level.setText(labels.level_cue(level, positive=positive))
        if fill is not None:
            ink = labels.ink_on(fill)
            self.level.setStyleSheet(f"QLabel {{ background: {fill.name()}; color: {ink.name()}; "
                                     "border-radius: 9px; padding: 2px 10px; font-weight: bold; }")
        else:
            self.level.setStyleSheet("")
        self.level.show()
        sev = m.get("severity")
        self.score.setText(i18n.fill(self.tr("severity %1 of 100"), sev) if sev is not None else "")

    def _show_reasons(self, reasons) -> None:
        rows = [r for r in reasons if isinstance(r, dict)]
        self.reasons.setRowCount(len(rows))
        for i, r in enumerate(rows):
            points = r.get("points", 0)
            cells = (f"{points:+g}" if isinstance(points, (int, float)) else str(points),
                     plaintext.line(labels.factor(r.get("factor")), 80), plaintext.line(sentences.evidence(r.get("evidence")), 200))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 2:
                    item.setToolTip(plaintext.tooltip(r.get("evidence")))
                self.reasons.setItem(i, j, item)
        shown = min(max(len(rows), 1), REASON_ROWS)
        self.reasons.setFixedHeight(self.reasons.horizontalHeader().height() + 4
                                    + shown * self.reasons.verticalHeader().defaultSectionSize())

    def _set_tags(self, tags) -> None:
        while self.tags_box.count():
            w = self.tags_box.takeAt(0).widget()
            if w:
                w.deleteLater()
        for tag in tags:
            b = QToolButton(self)
            b.setObjectName("tagChip")
            b.setText(plaintext.menu_text(f"{tag}  ✕", 40))
            b.setToolTip(self.tr("Remove this tag"))
            b.setEnabled(self.writable)
            b.clicked.connect(lambda _c=False, t=tag: self._triage.remove_tag([self.mention_id], t))
            self.tags_box.addWidget(b)

    def _author(self) -> None:
        if self.mention and self.mention.get("author_id") is not None:
            self.author_requested.emit(self.mention["author_id"])

    def _assign(self) -> None:
        if self.mention_id is not None:
            self._triage.assign([self.mention_id], self.assignee.text())

    def _add_tag(self) -> None:
        tag = self.new_tag.text().strip()
        if self.mention_id is not None and tag:
            self._triage.add_tag([self.mention_id], tag)
            self.new_tag.clear()

    def _save_note(self) -> None:
        if self.mention_id is not None:
            self._triage.set_notes([self.mention_id], self.notes.toPlainText())
            self.notes.document().setModified(False)
