"""Who may approve a reply, and when a reply needs approval at all.

The approvers are the people the playbook's Contacts list under a validating role (as shipped:
crisis lead, communications and PR, legal counsel, executive sponsor). In crisis mode every reply
waits for one of them unless one of them drafted it; outside crisis mode a reply is approved as
drafted, unless the workspace setting `replies.approval` is `always`."""

from __future__ import annotations

from console.errors import UsageError
from console.incidents import crisis_state
from console.playbook.model import Playbook
from console.store import settings
from console.store.operator import roles_of

POLICIES = ("crisis", "always")   # when replies wait for approval: in crisis mode, or always


def validating_roles(pb: Playbook) -> list:
    return [r for r in pb.roles if r.validates]


def is_approver(pb: Playbook, contacts: list[dict], person: str) -> bool:
    mine = set(roles_of(person, contacts))
    return any(r.id in mine for r in validating_roles(pb))


def refuse(pb: Playbook, person: str) -> UsageError:
    """The refusal naming the roles that may approve."""
    may = ", ".join(f"{r.title} ({r.id})" for r in validating_roles(pb))
    return UsageError(f"{person} may not approve or return replies: only people in a validating role may "
                      f"({may}); Contacts lists who holds each role")


def policy(db) -> str:
    value = settings.reply_approval(db)
    return value if value in POLICIES else "crisis"


def set_policy(db, value: str) -> str:
    if value not in POLICIES:
        raise UsageError(f"unknown approval policy {value!r}; choose one of: {', '.join(POLICIES)}")
    settings.put_audited(db, settings.REPLY_APPROVAL, value, "reply.policy", policy)
    return value


def needs_approval(db, drafted_by_approver: bool) -> bool:
    if drafted_by_approver:
        return False
    return policy(db) == "always" or crisis_state.active_incident(db) is not None
