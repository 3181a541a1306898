"""The core's sentences (console.sentences: alerts, incident titles the console made, timeline
events, response clocks, severity evidence, feed health) in the interface language: Qt's catalogues
translate the English template (context "Sentences"), QLocale writes the numbers and times. A row
stored before its sentence was data shows the English it stored."""

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from console import sentences
from console.incidents import clocks
from console.playbook.render import substitute
from console.timeutil import from_iso


def say(key: str | None, values: dict | None, fallback: str = "") -> str:
    template = sentences.TEMPLATES.get(key) if key else None
    if not template:
        return fallback
    words = {k: number(v) if isinstance(v, int | float) and not isinstance(v, bool) else v
             for k, v in (values or {}).items()}
    return substitute(QCoreApplication.translate(sentences.CONTEXT, template), words)


def number(value) -> str:
    """1,234 / 1 234 / 0.5 / 0,5 as the interface's locale writes them."""
    locale = QLocale()
    if isinstance(value, float) and not value.is_integer():
        return locale.toString(value, "f", 1)
    return locale.toString(int(value))


def when(iso: str | None, seconds: bool = False) -> str:
    """A stored UTC time in local time, written the locale's short way (no English month names)."""
    t = from_iso(iso)
    if t is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(t.timestamp())).toLocalTime()
    locale = QLocale()
    text = locale.toString(moment, QLocale.FormatType.ShortFormat)
    if seconds:
        text = locale.toString(moment.date(), QLocale.FormatType.ShortFormat) + " " + moment.time().toString("HH:mm:ss")
    return text


def day_month(moment, with_time: bool = True) -> str:
    """'7 Dec 10:22', '7 груд. 10:22', '12月7日 10:22': a time this year, with the locale's month."""
    locale = QLocale()
    pattern = "M月d日" if locale.language() == QLocale.Language.Chinese else "d MMM"
    pattern += " HH:mm" if with_time else ""
    return locale.toString(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime(), pattern)


def alert(a: dict, source: str | None = None) -> str:
    return say(*sentences.of_alert(a, source))


def title(incident: dict) -> str:
    """The incident's title: a person's as typed, the console's in the interface language."""
    return say(incident.get("title_sentence"), incident.get("title_params"), incident["title"])


def event(e: dict) -> str:
    return say(e.get("sentence"), e.get("values"), e["text"])


def clock(c: dict) -> str:
    """'Golden hour: 0:42 left', 'Golden hour: met', '24 hours: missed by 1:05:00'."""
    name = say(f"clock.{c['key']}", {}, c["label"])
    time = clocks.format_duration(c["remaining_s"] if c["state"] == "running" else c["overdue_s"])
    return say(f"clock.{c['state']}", {"clock": name, "time": time}, f"{name}: {time}")


def evidence(text: str | None) -> str:
    """A severity reason's evidence, in the interface language when the console worded it."""
    parsed = sentences.parse_evidence(text or "")
    return say(*parsed) if parsed else text or ""


def feed_error(category: str | None, message: str | None) -> str:
    """A feed's last error: its sentence, and the technical detail as stored."""
    parsed = sentences.feed_error(category, message)
    if not parsed:
        return message or ""
    return say(*parsed)
