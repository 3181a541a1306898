"""Replies that went out, recorded against the mention or incident they answer (audited), so the
incident's timeline and the post-crisis review can count them even when `console.db` was unusable."""

from console.errors import UsageError
from console.playbook.store import PlaybookStore
from console.store.audit import current_actor
from console.store.rows import as_dicts
from console.timeutil import now_iso

TARGETS = ("mention", "incident")


def record(store: PlaybookStore, text: str, *, target_type: str | None = None, target_id=None,
           template_id: str | None = None, lang: str | None = None, channel: str | None = None,
           by: str | None = None) -> int:
    if not text.strip():
        raise UsageError("an empty reply cannot be recorded")
    if target_type not in (None, *TARGETS):
        raise UsageError(f"a reply answers a {' or an '.join(TARGETS)}, not {target_type!r}")
    if target_type and not str(target_id or "").strip():
        raise UsageError(f"give the {target_type} id the reply answers")
    by = by or current_actor()
    details = {"template": template_id, "lang": lang, "channel": channel, "target_type": target_type,
               "target_id": None if target_id is None else str(target_id), "chars": len(text)}
    target = target_type or "response"
    with store.change("response.record", target, target_id, details, actor=by, content=False) as rec:
        rid = store.db.execute(
            "INSERT INTO responses (at, actor, template_id, lang, channel, target_type, target_id, text) "
            "VALUES (?,?,?,?,?,?,?,?)",
            [now_iso(), by, template_id, lang, channel, target_type,
             None if target_id is None else str(target_id), text]).lastrowid
        if target_id is None:
            rec.target_id = rid
    return rid


def listed(store: PlaybookStore, target_type: str | None = None, target_id=None) -> list[dict]:
    sql, params = "SELECT * FROM responses", []
    if target_type:
        sql += " WHERE target_type = ? AND target_id = ?"
        params = [target_type, str(target_id)]
    return as_dicts(store.db.execute(sql + " ORDER BY id", params))
