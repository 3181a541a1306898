"""The bundled demo workspace: `make run` (crisis-console --demo) opens a wall that is alive with
no network and no set-up.

resources/demo/demo.toml describes a fictional brand's feeds, everyday mentions and a crisis
storyline; prepare_demo() writes them as local feed files dated relative to now, adds those
files as sources and the brand's watch terms, and is safe to run at every start: it rewrites the
feed files (so mentions for the time since the last start appear) and adds only what is missing.
It never deletes anything. Everyday entries fill fixed time slots, so an entry keeps its id and
date from one start to the next; the crisis storyline starts a few hours before the demo is first
prepared and starts again as a new crisis once it is a day old."""

import json
import random
import tomllib
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

from sqlite_utils import Database

from console.files import write_atomically
from console.playbook.store import PlaybookStore
from console.resources import resource
from console.store import settings
from console.timeutil import to_iso, utcnow
from console.workspace import Workspace

FEEDS_FOLDER = "demo-feeds"
SLOT_FILL = 0.8   # share of time slots that carry an everyday mention


def load_spec() -> dict:
    with open(resource("demo", "demo.toml"), "rb") as f:
        return tomllib.load(f)


def prepare_demo(ws: Workspace, now: datetime | None = None) -> None:
    ws.ensure_folder()
    spec = load_spec()
    now = now or utcnow()
    db = ws.db
    entries = build_entries(spec, now, crisis_start(db, spec, now))
    folder = ws.folder / FEEDS_FOLDER
    folder.mkdir(exist_ok=True)
    paths = []
    for feed in spec["feed"]:
        path = folder / feed["file"]
        write_atomically(path, render(feed, entries[feed["id"]], now))
        paths.append((feed, path))
    _add_sources(db, spec, paths)
    _add_watch_terms(db, spec)
    _add_team(ws, spec)


def _add_team(ws: Workspace, spec: dict) -> None:
    """The fictional crisis team, once, into a playbook that has nobody yet (never over the user's
    own). Remembered in the workspace, so later starts do not open the playbook for it."""
    db = ws.db
    if settings.demo_team_seeded(db):
        return
    store = PlaybookStore.open(ws.folder)
    try:
        if not store.contacts():
            for person in spec.get("team", []):
                store.add_contact(person["role"], person["name"], by="demo", phone=person.get("phone", ""),
                                  email=person.get("email", ""))
    finally:
        store.close()
    settings.mark_demo_team_seeded(db)


def crisis_start(db: Database, spec: dict, now: datetime) -> datetime:
    """When the crisis storyline started: kept in the workspace, renewed when it is a day old."""
    started = settings.demo_crisis_started(db)
    if started is None or not timedelta(0) <= now - started <= timedelta(hours=spec["crisis_restart_hours"]):
        started = now - timedelta(hours=spec["crisis_starts_hours_ago"])
        settings.put_demo_crisis_started(db, started)
    return started


def build_entries(spec: dict, now: datetime, started: datetime) -> dict[str, list[dict]]:
    """Every feed's entries up to `now`, newest first: everyday slots, then the storyline."""
    out = {feed["id"]: _everyday(feed, spec["window_hours"], now) for feed in spec["feed"]}
    for index, item in enumerate(spec["crisis"]):
        at = started + timedelta(minutes=item["at"])
        if at <= now:
            feed = next(f for f in spec["feed"] if f["id"] == item["feed"])
            ident = f"crisis-{int(started.timestamp())}-{index}"
            out[feed["id"]].append(_entry(feed, ident, at, item.get("title", ""), item["text"], item["author"],
                                          item.get("rating")))
    for items in out.values():
        items.sort(key=lambda e: e["time"], reverse=True)
    return out


def _everyday(feed: dict, window_hours: int, now: datetime) -> list[dict]:
    slot = feed["slot_minutes"] * 60
    end = int(now.timestamp())
    entries = []
    for k in range((end - window_hours * 3600) // slot, end // slot + 1):
        rng = random.Random(f"{feed['id']}:{k}")   # a slot's content depends on the slot alone
        if rng.random() > SLOT_FILL:
            continue
        at = k * slot + rng.randrange(slot)
        if at > end:
            continue
        template = rng.choice(feed["everyday"])
        fill = {"product": rng.choice(feed["products"]), "n": rng.randint(2, 9)}
        entries.append(_entry(feed, f"{k}", datetime.fromtimestamp(at, UTC), template["title"].format(**fill),
                              template["text"].format(**fill), rng.choice(feed["authors"]), template.get("rating")))
    return entries


def _entry(feed: dict, ident: str, at: datetime, title: str, text: str, author: str, rating) -> dict:
    guid = f"urn:acme-demo:{feed['id']}:{ident}"
    return {"id": guid, "time": at.replace(microsecond=0), "title": title, "text": text, "author": author,
            "rating": rating, "link": f"{feed['link'].rstrip('/')}/{feed['id']}-{ident}"}


# ---- rendering, one function per format ----

def render(feed: dict, entries: list[dict], now: datetime) -> bytes:
    return {"rss": _rss, "atom": _atom, "jsonfeed": _jsonfeed, "appstore-json": _appstore}[feed["format"]](
        feed, entries, now).encode("utf-8")


def _rss(feed: dict, entries: list[dict], now: datetime) -> str:
    items = "".join(
        f"<item><title>{escape(e['title'])}</title><link>{escape(e['link'])}</link>"
        f"<guid isPermaLink=\"false\">{escape(e['id'])}</guid><pubDate>{format_datetime(e['time'], usegmt=True)}</pubDate>"
        f"<dc:creator>{escape(e['author'])}</dc:creator><description>{escape(e['text'])}</description></item>\n"
        for e in entries)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>{escape(feed['name'])}</title><link>{escape(feed['link'])}</link>"
            f"<description>{escape(feed['name'])}</description><lastBuildDate>{format_datetime(now, usegmt=True)}"
            f"</lastBuildDate>\n{items}</channel></rss>\n")


def _atom(feed: dict, entries: list[dict], now: datetime) -> str:
    items = "".join(
        f"<entry><title>{escape(e['title'])}</title><link href=\"{escape(e['link'])}\"/><id>{escape(e['id'])}</id>"
        f"<published>{to_iso(e['time'])}</published><updated>{to_iso(e['time'])}</updated>"
        f"<author><name>{escape(e['author'])}</name></author><content type=\"html\">{escape(e['text'])}</content></entry>\n"
        for e in entries)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(feed['name'])}</title><id>urn:acme-demo:{feed['id']}</id><updated>{to_iso(now)}</updated>"
            f"<link href=\"{escape(feed['link'])}\"/>\n{items}</feed>\n")


def _jsonfeed(feed: dict, entries: list[dict], now: datetime) -> str:
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": feed["name"], "home_page_url": feed["link"],
        "items": [{"id": e["id"], "url": e["link"], **({"title": e["title"]} if e["title"] else {}),
                   "content_text": e["text"], "date_published": to_iso(e["time"]), "authors": [{"name": e["author"]}]}
                  for e in entries]}, ensure_ascii=False, indent=1)


def _appstore(feed: dict, entries: list[dict], now: datetime) -> str:
    app = {"im:name": {"label": "Acme Home"}, "id": {"label": "urn:acme-demo:app"}}   # Apple lists the app first
    reviews = [{"id": {"label": e["id"]}, "title": {"label": e["title"]},
                "content": {"label": e["text"], "attributes": {"type": "text"}},
                "im:rating": {"label": str(e["rating"])}, "author": {"name": {"label": e["author"]}},
                "updated": {"label": to_iso(e["time"])}, "link": {"attributes": {"rel": "related", "href": e["link"]}}}
               for e in entries]
    return json.dumps({"feed": {"title": {"label": feed["name"]}, "updated": {"label": to_iso(now)},
                                "entry": [app, *reviews]}}, ensure_ascii=False, indent=1)


# ---- the workspace ----

def _add_sources(db: Database, spec: dict, paths: list[tuple[dict, Path]]) -> None:
    from console.ingest import sources

    for feed, path in paths:
        url = sources.canonical_url(str(path))
        if not db.execute("SELECT 1 FROM sources WHERE url = ?", [url]).fetchone():
            sources.add(db, str(path), name=feed["name"], reach=feed["reach"], interval_s=spec["interval_s"])


def _add_watch_terms(db: Database, spec: dict) -> None:
    from console.analysis import watchterms

    known = {t["query"] for t in watchterms.load(db)}
    for term in spec["watch"]:
        if term["query"] not in known:
            watchterms.add(db, term["query"], term["kind"])
