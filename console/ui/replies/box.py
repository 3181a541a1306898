"""Approval in the templates panel: whether the reply shown must wait for a validating role (in
crisis mode, unless you hold one; always, if the workspace says so), a button that puts it up for
approval, the replies waiting (Approve, Return with a note: validating roles only), and the state
of the reply being worked on. Copy and Record as sent follow it: only an approved reply with
nothing left unfilled goes out. The workflow is the core's (console.replies.workflow), run on the
write lane; who holds which role comes from the playbook's contacts."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QInputDialog, QPushButton, QVBoxLayout

from console.incidents import approval, replies
from console.store import operator
from console.ui import i18n, labels, plaintext
from console.ui.feature_kit import read, warn, write


def _waiting(conn, policy_for_approver: bool) -> dict:
    return {"awaiting": replies.listing(conn, "awaiting"), "needs": approval.needs_approval(conn, policy_for_approver)}


class ReplyBox(QGroupBox):
    """Lives in the templates panel; `panel` gives the template, the values, the channel and the target."""
    changed = Signal()         # a reply changed state (the panel re-checks Copy and Record)

    def __init__(self, window, panel, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Approval"))
        self.setObjectName("replyApproval")
        self.window, self.panel = window, panel
        self.reply: dict | None = None        # the reply being worked on (drafted here or picked from the list)
        self.needs_approval = False
        self.awaiting: list[dict] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 6)
        self.policy = plaintext.label("", self, wrap=True)
        self.state = plaintext.label("", self, wrap=True)
        self.state.setObjectName("replyState")
        self.ask = QPushButton(self.tr("Ask for approval"), self)
        self.ask.setObjectName("askApproval")
        self.ask.setToolTip(self.tr("Save this reply as a draft for a validating role to approve"))
        self.queue = QComboBox(self)
        self.queue.setObjectName("awaitingReplies")
        self.queue.setMinimumContentsLength(16)
        self.queue.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.approve = QPushButton(self.tr("Approve"), self)
        self.approve.setObjectName("approveReply")
        self.give_back = QPushButton(self.tr("Return…"), self)
        self.give_back.setObjectName("returnReply")
        lay.addWidget(self.policy)
        row = QHBoxLayout()
        row.addWidget(self.ask)
        row.addWidget(self.state, 1)
        lay.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.queue, 1)
        row.addWidget(self.approve)
        row.addWidget(self.give_back)
        lay.addLayout(row)
        self.ask.clicked.connect(self.ask_approval)
        self.approve.clicked.connect(self.approve_current)
        self.give_back.clicked.connect(self.return_current)
        self.queue.currentIndexChanged.connect(self._picked)
        self.refresh()

    # -- who, and what waits --------------------------------------------------------------------------
    def is_approver(self) -> bool:
        pb = self.panel.playbook
        return approval.is_approver(pb, self.panel.store.contacts(), operator.name())

    def refresh(self) -> None:
        read(self.window, _waiting, self.is_approver(), done=self._show_waiting,
             failed=warn(self.window, self.tr("The replies awaiting approval could not be read")))

    def _show_waiting(self, found: dict) -> None:
        self.needs_approval, self.awaiting = found["needs"], found["awaiting"]
        roles = ", ".join(r.title for r in approval.validating_roles(self.panel.playbook))
        self.policy.setText(i18n.fill(self.tr("Replies wait for approval by: %1."), roles) if self.needs_approval
                            else self.tr("Replies go out as drafted; ask for approval when in doubt."))
        keep = self.queue.currentData()
        self.queue.blockSignals(True)
        self.queue.clear()
        n = len(self.awaiting)
        self.queue.addItem(labels.plural(self.tr("%n reply(s) awaiting approval", "", n), n), None)
        for r in self.awaiting:
            self.queue.addItem(plaintext.line(f"#{r['id']} · {r['drafted_by']} · {r['text']}", 80), r["id"])
        self.queue.setCurrentIndex(max(0, self.queue.findData(keep)))
        self.queue.blockSignals(False)
        approver = self.is_approver()
        for b in (self.approve, self.give_back):
            b.setVisible(approver)
            b.setEnabled(self.queue.currentData() is not None)
        self.queue.setVisible(bool(self.awaiting))
        self._show_state()

    def _picked(self, _index: int) -> None:
        rid = self.queue.currentData()
        self.reply = next((r for r in self.awaiting if r["id"] == rid), self.reply)
        for b in (self.approve, self.give_back):
            b.setEnabled(rid is not None)
        self._show_state()

    def _show_state(self) -> None:
        r = self.reply
        texts = {"awaiting": self.tr("Reply %1 awaits approval (drafted by %2)."),
                 "approved": self.tr("Reply %1 is approved (by %2): it can go out."),
                 "returned": self.tr("Reply %1 was returned by %2: %3"),
                 "sent": self.tr("Reply %1 was recorded as sent.")}
        if r is None:
            self.state.setText("")
        else:
            who = r["decided_by"] if r["state"] in ("approved", "returned") else r["drafted_by"]
            self.state.setText(i18n.fill(texts[r["state"]], r["id"], who or "", r["note"] or ""))
        self.ask.setVisible(self.needs_approval and (r is None or r["state"] in ("returned", "sent")))
        self.changed.emit()

    # -- what the panel asks before Copy and Record as sent -----------------------------------------------
    def blocks_sending(self) -> str:
        """Why the reply shown may not be copied or recorded as sent now ('' when it may)."""
        if self.reply is not None and self.reply["state"] == "approved":
            return ""
        if self.needs_approval:
            return self.tr("In crisis mode a reply goes out once a validating role has approved it.")
        return ""

    # -- actions ----------------------------------------------------------------------------------------
    def _draft(self, db, pb, template_id, approver, target, channel, values):
        kind, ident = target
        return replies.draft(db, pb, template_id, drafted_by_approver=approver,
                              mention_id=ident if kind == "mention" else None,
                              incident_id=ident if kind == "incident" else None, channel=channel, given=values)

    def ask_approval(self) -> None:
        t, target = self.panel.template, self.panel.target()
        if t is None or target is None:
            self.window.status_message(self.tr("Say which mention or incident the reply answers first"), warning=True)
            return
        write(self.window, self._draft, self.panel.playbook, t.id, self.is_approver(), target,
              self.panel.check_channel.currentData(), dict(self.panel.values), done=self._worked_on,
              failed=warn(self.window, self.tr("The reply was not saved")))

    def _who(self) -> dict:
        """Who is deciding, read on the GUI thread (the playbook's store lives there)."""
        return {"is_approver": self.is_approver(), "refusal": approval.refuse(self.panel.playbook, operator.name())}

    def approve_current(self) -> None:
        rid, who = self.queue.currentData(), self._who()
        if rid is not None:
            write(self.window, lambda db: replies.approve(db, rid, **who), done=self._worked_on,
                  failed=warn(self.window, self.tr("The reply was not approved")))

    def return_current(self) -> None:
        rid, who = self.queue.currentData(), self._who()
        if rid is None:
            return
        note, ok = QInputDialog.getText(self.window, self.tr("Return the reply"), self.tr("What needs to change?"))
        if ok and note.strip():
            write(self.window, lambda db: replies.return_(db, rid, note, **who), done=self._worked_on,
                  failed=warn(self.window, self.tr("The reply was not returned")))

    def send(self, channel: str, done) -> None:
        """Record the reply as sent: the approved one being worked on, else (no approval needed) the
        reply shown, drafted and sent at once. `done(reply)` after."""
        t, target, values = self.panel.template, self.panel.target(), dict(self.panel.values)
        pb, approver, current = self.panel.playbook, self.is_approver(), self.reply

        def go(db):
            reply = current
            if reply is None or reply["state"] != "approved":
                reply = self._draft(db, pb, t.id, approver, target, channel, values)
            return replies.sent(db, reply["id"], channel)

        write(self.window, go, done=lambda r: (self._worked_on(r), done(r)),
              failed=warn(self.window, self.tr("The reply was not recorded")))

    def _worked_on(self, reply: dict) -> None:
        self.reply = reply
        self.refresh()

