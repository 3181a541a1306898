"""Stored alerts (spike, critical_mention, source_dark), each with its explanation, and the checks
that raise the last two. Spikes are in spikes.py."""

import json
from datetime import datetime, timedelta

from sqlite_utils import Database

from console.analysis.lexicons import weights
from console.store.rows import as_dicts
from console.timeutil import FORMAT, from_iso

PUBLIC = ("id", "kind", "term", "baseline", "current", "sigma", "window_s", "raised_at", "mentions", "source_id",
          "details", "acknowledged_at", "drill")


def iso(dt: datetime) -> str:
    return dt.strftime(FORMAT)


def raise_alert(db: Database, kind: str, raised_at: datetime, *, term: str | None = None, baseline=None,
                current=None, sigma=None, window_s: int | None = None, mentions=(), source_id: int | None = None,
                details: dict | None = None) -> int:
    cur = db.execute(
        "INSERT INTO alerts (kind, term, baseline, current, sigma, window_s, raised_at, mentions, source_id, details) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        [kind, term, baseline, current, sigma, window_s, iso(raised_at), json.dumps(list(mentions)), source_id,
         json.dumps(details or {}, ensure_ascii=False, sort_keys=True)])
    return cur.lastrowid


def last_raised(db: Database, kind: str, term: str | None, real_only: bool = False) -> datetime | None:
    row = db.execute("SELECT max(raised_at) FROM alerts WHERE kind = ? AND term IS NOT DISTINCT FROM ?"
                     + (" AND drill = 0" if real_only else ""), [kind, term]).fetchone()
    return from_iso(row[0])


def listing(db: Database, limit: int | None = None) -> list[dict]:
    """Alerts newest first, with mentions and details decoded."""
    sql = f"SELECT {', '.join(PUBLIC)} FROM alerts ORDER BY raised_at DESC, id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    for a in as_dicts(db.execute(sql)):
        a["mentions"] = json.loads(a["mentions"] or "[]")
        a["details"] = json.loads(a["details"] or "{}")
        a["drill"] = bool(a["drill"])
        if a["kind"] == "coordinated":   # who posted, and what: at the top, as for a person reading it
            a.update(authors=a["details"].get("authors", []), text=a["details"].get("text", ""))
        out.append(a)
    return out


def critical_mentions(db: Database, now: datetime, ids: list[int]) -> list[int]:
    """One alert per cluster of recent critical mentions, rate-limited per cluster and overall."""
    cfg = weights()["critical"]
    cooldown = timedelta(seconds=cfg["cooldown_s"])
    rows = db.execute("SELECT id, cluster_key, matched_terms, severity FROM mentions WHERE id IN "
                      "(SELECT value FROM json_each(?)) AND level = 'critical' AND sort_time >= ? ORDER BY id",
                      [json.dumps(ids), iso(now - timedelta(seconds=cfg["recent_s"]))]).fetchall()
    if not rows:
        return []
    recent = db.execute("SELECT count(*) FROM alerts WHERE kind = 'critical_mention' AND raised_at > ?",
                        [iso(now - cooldown)]).fetchone()[0]
    clusters: dict[str, list] = {}
    for r in rows:
        clusters.setdefault(r[1] or f"mention {r[0]}", []).append(r)
    raised = []
    for cluster, members in clusters.items():
        if recent >= cfg["max_per_cooldown"]:
            break
        last = _last_for_cluster(db, cluster)
        if last is not None and now - last < cooldown:
            continue
        terms = json.loads(members[0][2] or "[]")
        raised.append(raise_alert(db, "critical_mention", now, term=terms[0] if terms else None,
                                  current=len(members), mentions=[m[0] for m in members],
                                  details={"cluster": cluster, "max_severity": max(m[3] for m in members)}))
        recent += 1
    return raised


def _last_for_cluster(db: Database, cluster: str) -> datetime | None:
    row = db.execute("SELECT max(raised_at) FROM alerts WHERE kind = 'critical_mention' "
                     "AND json_extract(details, '$.cluster') = ?", [cluster]).fetchone()
    return from_iso(row[0])


def source_dark(db: Database, now: datetime) -> list[int]:
    """A priority source failing or silent for more than N of its intervals: one alert per dark spell
    (a new one only after the source has succeeded again). Sources the poller marked offline (no
    network at all) are not blamed."""
    n = weights()["sources"]["dark_intervals"]
    raised = []
    for sid, name, url, interval, failures, last_success, added_at, error in db.execute(
            "SELECT id, name, url, interval_s, consecutive_failures, last_success, added_at, last_error_message "
            "FROM sources WHERE priority > 0 AND enabled = 1 "
            "AND coalesce(last_status, '') != 'offline'").fetchall():  # offline is not the feed's fault
        since = from_iso(last_success) or from_iso(added_at)
        silent_s = (now - since).total_seconds() if since else 0
        if failures <= n and silent_s <= n * interval:
            continue
        last = db.execute("SELECT max(raised_at) FROM alerts WHERE kind = 'source_dark' AND source_id = ?",
                          [sid]).fetchone()[0]
        if last is not None and (last_success is None or last >= last_success):
            continue
        raised.append(raise_alert(db, "source_dark", now, source_id=sid, window_s=n * interval,
                                  current=failures, details={
                                      "source": name or url, "consecutive_failures": failures,
                                      "last_success": last_success, "silent_s": int(silent_s),
                                      "interval_s": interval, "last_error": error}))
    return raised
