"""A template's placeholders filled from what the reply answers: `{customer_name}` from the
mention's author, `{issue_summary}` and `{next_update_time}` from the incident (the time in the
template's language, with its zone), `{crisis_page_url}` from the workspace's crisis page address,
`{agent_name}` from the operator, `{brand}` from the first brand watch term. Values given by hand
win over all of them; a value nobody knows stays a placeholder for the person to fill."""

from __future__ import annotations

from datetime import datetime

from console.timeutil import from_iso

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"),
}


def _zone(dt: datetime) -> str:
    offset = dt.utcoffset()
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_time(iso: str | None, lang: str) -> str:
    """A UTC time as people read it in this language, in the computer's zone, the zone named."""
    dt = from_iso(iso)
    if dt is None:
        return ""
    dt = dt.astimezone()
    hm, zone = dt.strftime("%H:%M"), _zone(dt)
    if lang in ("zh_TW", "zh_CN"):
        return f"{dt.year}年{dt.month}月{dt.day}日 {hm}（{zone}）"
    return f"{hm} {zone}, {dt.day} {MONTHS.get(lang, MONTHS['en'])[dt.month - 1]} {dt.year}"


def first_name(name: str) -> str:
    return (name or "").split()[0] if (name or "").split() else ""


def values(*, lang: str, mention: dict | None = None, incident: dict | None = None, page_url: str | None = None,
           operator: str | None = None, brand: str | None = None, given: dict | None = None) -> dict[str, str]:
    """Every placeholder value the context knows, then the ones given by hand on top."""
    out: dict[str, str] = {}
    if mention and (mention.get("author") or "").strip():
        out["customer_name"] = mention["author"].strip().lstrip("@")
    if incident:
        if incident.get("summary"):
            out["issue_summary"] = incident["summary"]
        if incident.get("next_update"):
            out["next_update_time"] = local_time(incident["next_update"], lang)
    if page_url:
        out["crisis_page_url"] = page_url
    if operator:
        out["agent_name"] = first_name(operator)
    if brand:
        out["brand"] = brand
    out.update({k: v for k, v in (given or {}).items() if v is not None})
    return out
