"""A reply's life: drafted (prefilled from the mention and its incident), awaiting approval or
approved as drafted, approved (optionally edited) or returned with a note, then recorded as sent.
Only an approved reply with nothing left unfilled may be copied or recorded as sent; sending it
records it as a response of its incident, which stops the response clocks. Each step is one
transaction with its audit row naming who did it."""

from __future__ import annotations

import json
import re

from console.errors import UsageError
from console.incidents import alert_view, approval, crisis_state, operations, reply_values
from console.playbook.model import Playbook
from console.playbook.render import fill, placeholders
from console.store import audit
from console.store import mentions as mention_store
from console.store.transaction import write
from console.timeutil import now_iso

STATES = ("awaiting", "approved", "returned", "sent")
COLUMNS = ("id", "created_at", "drafted_by", "mention_id", "incident_id", "template_id", "lang", "channel", "text",
           "unfilled", "state", "decided_by", "decided_at", "note", "sent_by", "sent_at")
PLAIN_BRAND = re.compile(r"^[^\s()\"][^()\"]*$")


def check_state(state: str) -> str:
    if state not in STATES:
        raise UsageError(f"unknown reply state {state!r}; choose one of: {', '.join(STATES)}")
    return state


def _row(r) -> dict:
    out = dict(zip(COLUMNS, r, strict=True))
    out["unfilled"] = json.loads(out["unfilled"] or "[]")
    return out


def get(db, reply_id) -> dict:
    reply_id = alert_view.parse_id(reply_id, "a reply")
    r = db.execute(f"SELECT {', '.join(COLUMNS)} FROM replies WHERE id = ?", [reply_id]).fetchone()
    if r is None:
        raise UsageError(f"no reply with id {reply_id}")
    return _row(r)


def listing(db, state: str | None = None) -> list[dict]:
    """Newest first, of one state if given."""
    if state:
        check_state(state)
    return [_row(r) for r in db.execute(f"SELECT {', '.join(COLUMNS)} FROM replies WHERE (? IS NULL OR state = ?) "
                                        f"ORDER BY id DESC", [state, state])]


def brand_name(db) -> str | None:
    for query, in db.execute("SELECT query FROM watch_terms WHERE kind = 'brand' AND enabled = 1 ORDER BY id"):
        words = query.split()
        if PLAIN_BRAND.match(query) and not {"AND", "OR", "NOT"} & set(words):
            return query.strip()
    return None


def context(db, *, mention_id=None, incident_id=None) -> tuple[dict | None, dict | None]:
    """The mention and the incident a reply answers: the incident given, else the mention's own."""
    mention = mention_store.get(db, alert_view.parse_id(mention_id, "a mention")) if mention_id is not None else None
    if incident_id is None and mention is not None:
        incident_id = operations.incident_of_mention(db, mention["id"])
    incident = operations.get_row(db, incident_id) if incident_id is not None else None
    return mention, incident


def context_values(db, lang: str, *, mention_id=None, incident_id=None, given: dict | None = None,
                   operator: str | None = None) -> dict:
    """Every placeholder value the context knows: {values, mention, incident} (blank values left out)."""
    mention, incident = context(db, mention_id=mention_id, incident_id=incident_id)
    known = reply_values.values(lang=lang, mention=mention, incident=incident, page_url=crisis_state.page_url(db),
                           operator=operator or audit.current_actor(), brand=brand_name(db), given=given)
    return {"values": {k: v for k, v in known.items() if str(v).strip()}, "mention": mention, "incident": incident}


def prefilled(db, pb: Playbook, template_id: str, *, mention_id=None, incident_id=None, given: dict | None = None,
              operator: str | None = None) -> dict:
    """The template's text with what the context knows filled in: {text, unfilled, values, mention, incident}."""
    t = pb.template(template_id)
    ctx = context_values(db, pb.lang, mention_id=mention_id, incident_id=incident_id, given=given, operator=operator)
    known = ctx["values"]
    return dict(ctx, text=fill(t.body, known), unfilled=[p for p in t.placeholders if p not in known])


def draft(db, pb: Playbook, template_id: str, *, drafted_by_approver: bool, mention_id=None, incident_id=None,
          channel: str | None = None, given: dict | None = None) -> dict:
    """Draft a reply. It awaits approval when the policy asks for it, else it is approved as drafted."""
    if mention_id is None and incident_id is None:
        raise UsageError("say what the reply answers: --mention ID or --incident ID")
    if channel:
        pb.channel(channel)
    actor = audit.current_actor()
    p = prefilled(db, pb, template_id, mention_id=mention_id, incident_id=incident_id, given=given, operator=actor)
    with write(db):
        waits = approval.needs_approval(db, drafted_by_approver)
        state, now = ("awaiting" if waits else "approved"), now_iso()
        reply_id = db.execute(
            "INSERT INTO replies (created_at, drafted_by, mention_id, incident_id, template_id, lang, channel, text, "
            "unfilled, state, decided_by, decided_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [now, actor, p["mention"] and p["mention"]["id"], p["incident"] and p["incident"]["id"], template_id,
             pb.lang, channel, p["text"], json.dumps(p["unfilled"]), state,
             None if waits else actor, None if waits else now]).lastrowid
        audit.record(db, "reply.draft", "reply", reply_id,
                     {"template": template_id, "mention_id": p["mention"] and p["mention"]["id"],
                      "incident_id": p["incident"] and p["incident"]["id"], "state": state,
                      "unfilled": p["unfilled"], "chars": len(p["text"])})
    return get(db, reply_id)


def _in_state(db, reply_id, *states) -> dict:
    reply = get(db, reply_id)
    if reply["state"] not in states:
        raise UsageError(f"reply {reply['id']} is {reply['state']}, not {' or '.join(states)}")
    return reply


def approve(db, reply_id, *, is_approver: bool, refusal: UsageError, text: str | None = None) -> dict:
    """An approver approves a reply awaiting approval (or returned), optionally with edited text."""
    if not is_approver:
        raise refusal
    with write(db):
        reply = _in_state(db, reply_id, "awaiting", "returned")
        edited = bool(text and text.strip())
        new_text = text.strip() if edited else reply["text"]
        left = placeholders(new_text) if edited else reply["unfilled"]
        if left:
            raise UsageError(f"reply {reply['id']} still has unfilled placeholders ({', '.join(left)}): "
                             f"approve it with the finished text (--text)")
        db.execute("UPDATE replies SET state = 'approved', text = ?, unfilled = '[]', decided_by = ?, decided_at = ?, "
                   "note = '' WHERE id = ?", [new_text, audit.current_actor(), now_iso(), reply["id"]])
        audit.record(db, "reply.approve", "reply", reply["id"], {"edited": new_text != reply["text"]})
    return get(db, reply["id"])


def return_(db, reply_id, note: str, *, is_approver: bool, refusal: UsageError) -> dict:
    """An approver sends a reply back to its author with a note saying why."""
    if not is_approver:
        raise refusal
    note = (note or "").strip()
    if not note:
        raise UsageError("say why the reply goes back (--note)")
    with write(db):
        reply = _in_state(db, reply_id, "awaiting")
        db.execute("UPDATE replies SET state = 'returned', note = ?, decided_by = ?, decided_at = ? WHERE id = ?",
                   [note, audit.current_actor(), now_iso(), reply["id"]])
        audit.record(db, "reply.return", "reply", reply["id"], {"note": note})
    return get(db, reply["id"])


def ready(reply: dict) -> str:
    """Why this reply may not be copied or sent yet, or '' when it may."""
    if reply["state"] != "approved":
        return f"reply {reply['id']} is {reply['state']}: only an approved reply can be copied or sent"
    if reply["unfilled"]:
        return f"reply {reply['id']} has unfilled placeholders: {', '.join(reply['unfilled'])}"
    return ""


def sent(db, reply_id, channel: str | None = None) -> dict:
    """Record an approved reply as sent; it becomes a response of its incident (if it has one)."""
    with write(db):
        reply = get(db, reply_id)
        why = ready(reply)
        if why:
            raise UsageError(why)
        channel = (channel or reply["channel"] or "other").strip()
        db.execute("UPDATE replies SET state = 'sent', channel = ?, sent_by = ?, sent_at = ? WHERE id = ?",
                   [channel, audit.current_actor(), now_iso(), reply["id"]])
        incident_id = reply["incident_id"]
        if incident_id is not None and operations.get_row(db, incident_id)["status"] == "open":
            operations.add_response(db, incident_id, channel, reply["text"], reply["mention_id"], audited=False)
        audit.record(db, "reply.sent", "reply", reply["id"], {"channel": channel, "incident_id": incident_id})
    return get(db, reply["id"])
