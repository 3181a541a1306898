"""The sentences the console says itself (alerts, the incident titles it makes, timeline events,
response clocks, severity evidence, feed health) are data: a key and its values. They are worded
only when shown: in the interface language by the window (Qt's catalogues), in the document's
language by the binder and the review (the same catalogues, read here without Qt), and in English
for `--json` and scripts. A stored row older than its key keeps showing the English it stored.

Each template is English with named {placeholders}; the translations live in
resources/translations/*.ts under the context "Sentences", where `make translations` finds them
through the QT_TRANSLATE_NOOP marks below. A new kind of alert adds its key here and its
translations there; a key with no translation is shown in English."""

import re
import xml.etree.ElementTree as ET
from functools import cache

from console.playbook.render import substitute
from console.resources import resource

CONTEXT = "Sentences"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, so that lupdate collects the text
    return text


TEMPLATES: dict[str, str] = {
    # Alerts (console.analysis): the banner, the notification, the "detected" event.
    "spike": QT_TRANSLATE_NOOP("Sentences", "Spike: {current} negative mentions about “{term}” in {minutes} min (usually {baseline})"),
    "spike.overall": QT_TRANSLATE_NOOP("Sentences", "Spike: {current} negative mentions in {minutes} min (usually {baseline})"),
    "critical_mention": QT_TRANSLATE_NOOP("Sentences", "Critical mention about “{term}”"),
    "critical_mention.overall": QT_TRANSLATE_NOOP("Sentences", "Critical mention"),
    "critical_mentions": QT_TRANSLATE_NOOP("Sentences", "{current} critical mentions about “{term}”"),
    "critical_mentions.overall": QT_TRANSLATE_NOOP("Sentences", "{current} critical mentions"),
    "source_dark": QT_TRANSLATE_NOOP("Sentences", "Source went dark: {source} has brought nothing for {minutes} min"),
    "coordinated": QT_TRANSLATE_NOOP("Sentences", "Coordinated campaign about “{term}”: {current} authors posted the same text in {minutes} min: “{text}”"),
    "coordinated.overall": QT_TRANSLATE_NOOP("Sentences", "Coordinated campaign: {current} authors posted the same text in {minutes} min: “{text}”"),
    "alert": QT_TRANSLATE_NOOP("Sentences", "Alert: {kind}"),
    # Why an alert was raised (the window's explanation of an alert).
    "explain.spike": QT_TRANSLATE_NOOP("Sentences", "{current} negative mentions about “{term}” in the last {minutes} min. In the {windows} earlier windows of the same length there were usually {baseline}, give or take {sigma} (σ, the usual spread)."),
    "explain.spike.overall": QT_TRANSLATE_NOOP("Sentences", "{current} negative mentions in the last {minutes} min. In the {windows} earlier windows of the same length there were usually {baseline}, give or take {sigma} (σ, the usual spread)."),
    "explain.threshold": QT_TRANSLATE_NOOP("Sentences", "An alert is raised above usual + k·σ = {threshold} (k = {k}, sensitivity “{sensitivity}”) and at {min_count} mentions or more."),
    "explain.critical_mention": QT_TRANSLATE_NOOP("Sentences", "Mentions about “{term}” scored critical: {current}. Each needs a look now, whatever the volume."),
    "explain.critical_mention.overall": QT_TRANSLATE_NOOP("Sentences", "Mentions scored critical: {current}. Each needs a look now, whatever the volume."),
    "explain.coordinated": QT_TRANSLATE_NOOP("Sentences", "{current} different authors about “{term}” posted the same text within {minutes} min: “{text}” (compared without case, width, punctuation, links and @handles). {new} of them were first seen within the last day. An alert is raised from {min_authors} authors when at least {share}% of them are new; later copies join this alert. Authors: {names}."),
    "explain.coordinated.overall": QT_TRANSLATE_NOOP("Sentences", "{current} different authors posted the same text within {minutes} min: “{text}” (compared without case, width, punctuation, links and @handles). {new} of them were first seen within the last day. An alert is raised from {min_authors} authors when at least {share}% of them are new; later copies join this alert. Authors: {names}."),
    "explain.and_more": QT_TRANSLATE_NOOP("Sentences", "{names} and {more} more"),
    "minutes": QT_TRANSLATE_NOOP("Sentences", "{minutes} min"),
    "explain.source_dark": QT_TRANSLATE_NOOP("Sentences", "A priority source has brought nothing for longer than it should: you may be blind to what it says."),
    "explain.last_error": QT_TRANSLATE_NOOP("Sentences", "Its last error: {error}"),
    # Incident titles the console makes (a title a person typed is kept as typed).
    "title.spike": QT_TRANSLATE_NOOP("Sentences", "Spike: {term}"),
    "title.spike.overall": QT_TRANSLATE_NOOP("Sentences", "Spike: all mentions"),
    "title.critical_mention": QT_TRANSLATE_NOOP("Sentences", "Critical mention: {term}"),
    "title.critical_mention.overall": QT_TRANSLATE_NOOP("Sentences", "Critical mention: all mentions"),
    "title.source_dark": QT_TRANSLATE_NOOP("Sentences", "Source went dark: {term}"),
    "title.coordinated": QT_TRANSLATE_NOOP("Sentences", "Coordinated campaign: {term}"),
    "title.coordinated.overall": QT_TRANSLATE_NOOP("Sentences", "Coordinated campaign: all mentions"),
    "title.alert": QT_TRANSLATE_NOOP("Sentences", "Alert: {term}"),
    "title.crisis": QT_TRANSLATE_NOOP("Sentences", "Crisis {time}"),
    # Timeline events the console words itself.
    "event.crisis_on": QT_TRANSLATE_NOOP("Sentences", "Crisis mode on; surge polling of priority feeds"),
    "event.crisis_off": QT_TRANSLATE_NOOP("Sentences", "Crisis mode off; surge polling stopped"),
    "event.mentions_added": QT_TRANSLATE_NOOP("Sentences", "Mentions added: {count}"),
    "event.alert_added": QT_TRANSLATE_NOOP("Sentences", "Mentions added from an alert: {count}"),
    "event.closed": QT_TRANSLATE_NOOP("Sentences", "Incident closed"),
    "event.ticked": QT_TRANSLATE_NOOP("Sentences", "Ticked by the console: {item}"),
    # Response clocks.
    "clock.golden_hour": QT_TRANSLATE_NOOP("Sentences", "Golden hour"),
    "clock.day": QT_TRANSLATE_NOOP("Sentences", "24 hours"),
    "clock.running": QT_TRANSLATE_NOOP("Sentences", "{clock}: {time} left"),
    "clock.met": QT_TRANSLATE_NOOP("Sentences", "{clock}: met ✓"),
    "clock.missed": QT_TRANSLATE_NOOP("Sentences", "{clock}: missed by {time}"),
    # Severity evidence (console.analysis.severity), read back from the stored English.
    "evidence.velocity": QT_TRANSLATE_NOOP("Sentences", "{similar} similar within {minutes} min"),
    "evidence.reach": QT_TRANSLATE_NOOP("Sentences", "{reach} source"),
    "evidence.reach_set": QT_TRANSLATE_NOOP("Sentences", "set on the source"),
    "evidence.followers": QT_TRANSLATE_NOOP("Sentences", "followers: {followers}"),
    "evidence.rating": QT_TRANSLATE_NOOP("Sentences", "rating: {stars} of 5 stars"),
    # Column headings of the binder the playbook's own words do not cover.
    "binder.task": QT_TRANSLATE_NOOP("Sentences", "Task"),
    "binder.handles": QT_TRANSLATE_NOOP("Sentences", "What it handles"),
    "binder.kind": QT_TRANSLATE_NOOP("Sentences", "Why not"),
    "binder.channel": QT_TRANSLATE_NOOP("Sentences", "Channel"),
    # Feed health: one sentence per error category; the stored message keeps the technical detail.
    "feed.timeout": QT_TRANSLATE_NOOP("Sentences", "Timed out: no complete answer within {seconds} s"),
    "feed.network": QT_TRANSLATE_NOOP("Sentences", "Network error: the feed could not be reached"),
    "feed.http": QT_TRANSLATE_NOOP("Sentences", "The server answered with an error (HTTP {status})"),
    "feed.tls": QT_TRANSLATE_NOOP("Sentences", "The secure connection (TLS) failed"),
    "feed.too_large": QT_TRANSLATE_NOOP("Sentences", "The feed is too large"),
    "feed.redirects": QT_TRANSLATE_NOOP("Sentences", "Too many redirects"),
    "feed.bad_url": QT_TRANSLATE_NOOP("Sentences", "Not a valid feed address"),
    "feed.file": QT_TRANSLATE_NOOP("Sentences", "The file cannot be read"),
    "feed.truncated": QT_TRANSLATE_NOOP("Sentences", "The transfer was cut short"),
    "feed.refused_address": QT_TRANSLATE_NOOP("Sentences", "The address is refused (a local or private network)"),
}


def register(key: str, english: str) -> None:
    """A sentence added by another part (a new alert kind): English here, translated in the catalogues."""
    TEMPLATES[key] = english


def english(key: str, values: dict, fallback: str = "") -> str:
    """The English sentence, for `--json` `text`, the command line and stored rows."""
    template = TEMPLATES.get(key)
    return substitute(template, _plain(values)) if template else fallback


def _plain(values: dict) -> dict:
    return {k: (f"{v:.1f}".rstrip("0").rstrip(".") if isinstance(v, float) else v) for k, v in values.items()}


# --- what each alert says ---------------------------------------------------------------------------------------

def of_alert(alert: dict, source_name: str | None = None) -> tuple[str, dict]:
    """What the alert says, as a sentence key (TEMPLATES) and every number and name it uses.
    The term and names are untrusted: they are shown as plain text."""
    kind, term = alert.get("kind"), alert.get("term")
    values = {"term": term} if term else {}
    minutes = max(1, (alert.get("window_s") or 0) // 60) if alert.get("window_s") else None
    overall = "" if term else ".overall"
    if kind == "spike":
        values |= {"current": _count(alert.get("current")), "minutes": minutes, "baseline": alert.get("baseline")}
        return "spike" + overall, values
    if kind == "source_dark":
        name = source_name or alert["details"].get("source") or f"feed {alert.get('source_id')}"
        return "source_dark", {"source": name, "source_id": alert.get("source_id"), "minutes": minutes,
                               "failures": _count(alert.get("current"))}
    if kind == "critical_mention":
        n = _count(alert.get("current") or 1)
        return ("critical_mentions" if n > 1 else "critical_mention") + overall, values | {"current": n}
    if kind == "coordinated":
        shared = str((alert.get("details") or {}).get("text") or "")
        return "coordinated" + overall, values | {"current": _count(alert.get("current")), "minutes": minutes, "text": shared}
    details = {k: v for k, v in (alert.get("details") or {}).items() if isinstance(v, str | int | float)}
    return (kind if kind in TEMPLATES else "alert"), {"kind": kind, **details, **values}


def _count(x):
    return int(x) if isinstance(x, float) and x.is_integer() else x


# --- the catalogues, read without Qt for the documents -------------------------------------------------------

@cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, English) -> the finished translation, from resources/translations/crisis-console_<lang>.ts."""
    try:
        root = ET.parse(resource("translations", f"crisis-console_{lang}.ts")).getroot()
    except (OSError, ET.ParseError):
        return {}
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            if t is not None and not t.get("type") and (t.text or "").strip():
                out[(name, m.findtext("source") or "")] = t.text
    return out


def translate(lang: str, english_text: str, context: str = CONTEXT) -> str:
    return catalogue(lang).get((context, english_text), english_text)


NUMBER_GROUP = {"en": ",", "uk": "\u00a0", "zh_TW": ",", "zh_CN": ","}
DECIMAL = {"en": ".", "uk": ",", "zh_TW": ".", "zh_CN": "."}


def number(value, lang: str) -> str:
    """A number as the language writes it (1,234.5; 1 234,5)."""
    if isinstance(value, float) and not value.is_integer():
        whole, frac = f"{value:.1f}".split(".")
        return f"{int(whole):,}".replace(",", NUMBER_GROUP.get(lang, ",")) + DECIMAL.get(lang, ".") + frac
    if isinstance(value, int | float):
        return f"{int(value):,}".replace(",", NUMBER_GROUP.get(lang, ","))
    return str(value)


def in_language(key: str, values: dict, lang: str, fallback: str = "") -> str:
    """The sentence in a document's language (numbers as the language writes them)."""
    template = TEMPLATES.get(key)
    if not template:
        return fallback
    words = {k: number(v, lang) if isinstance(v, int | float) and not isinstance(v, bool) else v
             for k, v in values.items()}
    return substitute(translate(lang, template), words)


# --- reading back sentences stored as English before they were data -----------------------------------------

EVIDENCE = (
    ("evidence.velocity", re.compile(r"^(?P<similar>\d+) similar within (?P<minutes>\d+) min$")),
    ("evidence.reach_set", re.compile(r"^set on the source$")),
    ("evidence.reach", re.compile(r"^(?P<reach>[a-z]+) source$")),
    ("evidence.followers", re.compile(r"^(?P<followers>[\d,]+) followers$")),
    ("evidence.rating", re.compile(r"^(?P<stars>\d) stars?$")),
)


def parse_evidence(text: str) -> tuple[str, dict] | None:
    """A severity reason's stored English evidence as (key, values), when it is one the console words."""
    for key, pattern in EVIDENCE:
        m = pattern.match(text or "")
        if m:
            return key, {k: int(v.replace(",", "")) if v.replace(",", "").isdigit() else v
                         for k, v in m.groupdict().items()}
    return None


FEED_SECONDS = re.compile(r"within (\d+(?:\.\d+)?) s")
FEED_STATUS = re.compile(r"HTTP (\d{3})")


def feed_error(category: str | None, message: str | None) -> tuple[str, dict] | None:
    """A source's stored error as (key, values): the sentence for its category."""
    key = f"feed.{'file' if category == 'not_a_file' else category}"
    if key not in TEMPLATES:
        return None
    if category == "timeout":
        m = FEED_SECONDS.search(message or "")
        return key, {"seconds": float(m[1]) if m and "." in m[1] else int(m[1]) if m else 0}
    if category == "http":
        m = FEED_STATUS.search(message or "")
        return (key, {"status": int(m[1])}) if m else None
    return key, {}
