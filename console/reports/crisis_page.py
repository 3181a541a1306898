"""The public crisis-centre page: one static, self-contained HTML file (inline CSS only: no script,
style sheet, font or image from elsewhere) with the latest facts of an incident, for whoever
publishes the website. What happened (the incident's summary), what we are doing (its stage), what
customers should do, when the next update comes, and the statements published so far, newest first.

The page is a Jinja2 template with autoescaping on: every text in it was typed by people.
Each written version is a `page_published` event on the incident's timeline."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from console.errors import UsageError
from console.files import document_kind, write_user_file
from console.incidents import reading, timeline
from console.incidents.reply_values import local_time
from console.playbook.language import LANGS
from console.reports.binder import FONTS, HTML_LANG
from console.resources import resource
from console.store.transaction import write
from console.timeutil import now_iso

TEMPLATE = "crisis_page.html"


@lru_cache(maxsize=1)
def _words() -> dict:
    return tomllib.loads(resource("reports", "crisis_page.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(resource("reports"))), autoescape=select_autoescape(["html"]),
                       keep_trailing_newline=True)


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise UsageError(f"unknown language {lang!r}; choose one of: {', '.join(LANGS)}")
    return lang


def page_html(incident: dict, lang: str, now: str | None = None, brand: str | None = None) -> str:
    """The page of one incident (as reading.show gives it) in one of the playbook's languages."""
    w = _words()[check_lang(lang)]
    when = incident.get("next_update")
    statements = [{"at": r["at"], "when": local_time(r["at"], lang), "text": r["text"]}
                  for r in reversed(incident.get("responses") or [])]   # the timeline's order, newest first
    return _environment().get_template(TEMPLATE).render(
        html_lang=HTML_LANG[lang], fonts=", ".join(f"'{f}'" for f in FONTS[lang]) + ", sans-serif", w=w,
        heading=f"{brand}: {w['title']}" if brand else w["title"],
        updated=w["updated"].replace("{time}", local_time(now or now_iso(), lang)),
        happened=incident.get("summary") or incident["title"],
        doing=w[f"stage_{incident.get('stage') or 'triage'}"],
        next_update=w["next_update_at"].replace("{time}", local_time(when, lang)) if when else w["no_next_update"],
        statements=statements)


def publish(db, incident_id, path: Path | str, lang: str, brand: str | None = None) -> dict:
    """Write the page to `path`, then record the version on the timeline (audited)."""
    path = Path(path)
    if document_kind(path, "crisis-centre page") != "html":
        raise UsageError(f"{path.name}: the crisis-centre page is written as .html")
    incident = reading.show(db, incident_id, with_mentions=False)
    now = now_iso()
    write_user_file(path, page_html(incident, check_lang(lang), now, brand).encode("utf-8"))
    with write(db):
        timeline.record_audited(db, incident["id"], "page_published", "incident.page", path.name,
                                {"lang": lang, "file": str(path), "at": now})
    return {"incident_id": incident["id"], "file": str(path), "lang": lang, "at": now}
