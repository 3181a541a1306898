"""The post-crisis review: one incident as a self-contained HTML page (and, through
`console.ui.printing`, an A4 PDF) for the review meeting the seeds ask for "while it is fresh".

It opens with the summary (key times, response clocks, figures), then the volume over time, what
the mentions were about, who wrote them, how they were triaged, the responses, the timeline, the
checklist runs with what was ticked when, and ends with the review questions and room for the
answers: what worked, what did not, what we would do differently, what we do now, feedback from
every department, and the plan to update.

This module works out what each part says; the template (resources/reports/templates/
review.html.j2) lays it out and escapes every text (mention authors, notes and titles come from
feeds and people). Like the binder it makes no request of any kind and keeps to what Qt's
rich-text engine lays out: tables with attributes, simple CSS. Bars are two-cell tables, which both
a browser and Qt draw."""

import tomllib
from collections import namedtuple
from functools import cache

from console import sentences
from console.errors import UsageError
from console.incidents.clocks import since_detection_s
from console.playbook.language import NAMES
from console.playbook.model import Playbook
from console.playbook.render import substitute
from console.reports.binder import ACCENT, BOX, CHECK, FONTS, HTML_LANG, punctuation, stamp
from console.reports.rendering import render
from console.resources import resource
from console.timeutil import from_iso

NEGATIVE = "#b23a3a"
OTHER = "#9c958f"
COUNT = "#55687d"
ANSWER_LINES = 4
QUESTIONS = ("worked", "did_not_work", "differently", "now")   # ids shared with the playbook's review checklist

# Table rows the template lays out: cells by position, and what else a cell's markup depends on.
ClockRow = namedtuple("ClockRow", "label deadline state missed")
VolumeRow = namedtuple("VolumeRow", "when total negative bar marks day")
ItemRow = namedtuple("ItemRow", "ticked n text owner due ticked_at ticked_by late overdue note")


@cache
def _all_words() -> dict:
    with open(resource("reports", "review.toml"), "rb") as f:
        return tomllib.load(f)


def words(lang: str) -> dict:
    table = _all_words()
    if lang not in table:
        raise UsageError(f"the review is not written in {lang!r}; use one of {', '.join(table)}")
    return table[lang]


class Review:
    """The HTML of one review, built section by section from `review_figures.gather()`."""

    def __init__(self, fig: dict, pb: Playbook, generated_at: str):
        self.fig, self.pb, self.inc = fig, pb, fig["incident"]
        self.inc = dict(self.inc, title=self.said(self.inc.get("title_sentence"), self.inc.get("title_params"),
                                                  self.inc["title"]))
        self.w = words(pb.lang)
        self.generated = stamp(generated_at)

    def word(self, key: str, **values) -> str:
        return substitute(self.w[key], values)

    def html(self) -> str:
        return render("review.html.j2", review=self, w=self.w, inc=self.inc, html_lang=HTML_LANG[self.pb.lang],
                      fonts=FONTS[self.pb.lang], accent=ACCENT, negative=NEGATIVE, other=OTHER, box=BOX, check=CHECK,
                      **punctuation(self.pb.lang),
                      summary=self._summary(), volume=self._volume(), topics=self._topics(), people=self._people(),
                      timeline=self._timeline(), runs=self._runs(), questions=self._questions())

    def title(self) -> str:
        return f"{self.w['title']}: {self.inc['title']}"

    def footer(self) -> str:
        drill = " · DRILL" if self.inc["drill"] else ""
        return f"{self.w['title']} · {self.word('incident', id=self.inc['id'])}{drill} · {self.word('generated', date=self.generated)}"

    # -- helpers ---------------------------------------------------------------------------------
    def said(self, key: str | None, values: dict | None, stored: str) -> str:
        """A sentence the console wrote, in the review's language; a person's words (or an old row) as stored."""
        return sentences.in_language(key, values or {}, self.pb.lang, stored) if key else stored

    def duration(self, seconds) -> str:
        """'45 s', '12 min', '3 h 7 min', '2 days 5 h' in the playbook's units."""
        if seconds is None:
            return self.w["not_yet"]
        seconds = int(seconds)
        if seconds < 60:
            return f"{seconds}\u00a0s"
        minutes = seconds // 60
        if minutes < 60:
            return self.pb.amount("minutes", minutes)
        h, m = divmod(minutes, 60)
        if h < 48:
            return self.pb.amount("hours", h) + ("\u00a0" + self.pb.amount("minutes", m) if m else "")
        d, h = divmod(h, 24)
        return self.pb.amount("days", d) + (" " + self.pb.amount("hours", h) if h else "")

    def label(self, group: str, key) -> str:
        """A category, level, status, reach or event kind in words, or the key itself if unknown."""
        return self.w[group].get(key, str(key or self.w["unknown"]).replace("_", " "))

    def _count_table(self, caption: str, items: list[tuple[str, int]], total: int, empty: str | None = None,
                     big: bool = False) -> dict:
        rows = [(label, n, _percent(n, total), _bar([(n / max(total, 1), COUNT)])) for label, n in items]
        return {"caption": caption, "rows": rows, "empty": empty or self.w["none"], "big": big}

    # -- sections --------------------------------------------------------------------------------
    def _summary(self) -> dict:
        w, inc, tot = self.w, self.inc, self.fig["totals"]
        detected = inc["detected_at"]
        steps = [("detected", detected), ("opened", inc["opened_at"]), ("crisis_mode", inc.get("crisis_started_at")),
                 ("first_response", inc.get("first_response_at")), ("closed", inc.get("closed_at"))]
        milestones = [(w[key], _at(at) if at else None,
                       self.duration(since_detection_s(detected, from_iso(at))) if at and key != "detected" else "")
                      for key, at in steps]
        clocks = []
        for c in inc["clocks"]:
            state = {"met": w["met"], "missed": self.word("missed", late=self.duration(c["overdue_s"])),
                     "running": self.word("running", left=self.duration(c["remaining_s"]))}[c["state"]]
            clocks.append(ClockRow(w[c["key"]], _at(c["deadline"]), state, c["state"] == "missed"))
        vol = self.fig["volume"]
        span = self.pb.duration(vol["bucket_s"] // 60)
        figures = [(w["mentions"], str(inc["mention_count"])), (w["counted"], str(tot["mentions"])),
                   (w["negative"], f"{tot['negative']} ({_percent(tot['negative'], tot['mentions'])})"),
                   (w["answered"], f"{tot['answered']} ({_percent(tot['answered'], tot['mentions'])})"),
                   (w["responses_sent"], str(len(inc["responses"]))),
                   (w["notes"], str(len(inc["notes"])))]
        if vol["peak"]:
            figures.append((self.word("peak", span=span),
                            self.word("peak_value", when=stamp(vol["peak"]["start"]), n=vol["peak"]["total"])))
        if tot["first"]:
            figures.append((w["span"], f"{stamp(tot['first'])} – {stamp(tot['last'])}"))
        scope = self.fig["scope"]
        return {"status": w["status_closed"] if inc["status"] == "closed" else w["status_open"],
                "milestones": milestones, "missing": w["never"] if inc["status"] == "closed" else w["not_yet"],
                "clocks": clocks, "figures": figures,
                "scope": self.word("scope_text", start=_at(scope["start"]), end=_at(scope["end"]))}

    def _volume(self) -> dict:
        vol = self.fig["volume"]
        span = self.pb.duration(vol["bucket_s"] // 60)
        top = max((r["total"] for r in vol["rows"]), default=0) or 1
        rows, day = [], None
        for r in vol["rows"]:
            neg = r["negative"] or 0
            marks = ", ".join(_counted(self.label("kinds", k), r["events"].count(k)) for k in dict.fromkeys(r["events"]))
            date, clock = r["start"][:10], r["start"][11:16]
            if vol["bucket_s"] >= 86400:   # a row a day: the date alone; else the date where a day starts
                when, new_day = date, None
            else:
                when, new_day = clock, (date if date != day else None)
            day = date
            rows.append(VolumeRow(when, r["total"], neg, _bar([(neg / top, NEGATIVE), ((r["total"] - neg) / top, OTHER)]),
                                  marks, new_day))
        return {"text": self.word("volume_text", span=span), "rows": rows}

    def _topics(self) -> list[dict]:
        w, fig, total = self.w, self.fig, self.fig["totals"]["mentions"]
        langs = [(NAMES.get(code, code or w["unknown"]), n) for code, n in fig["languages"]]
        return [
            self._count_table(w["category"], [(self.label("categories", c), n) for c, n in fig["categories"]], total),
            self._count_table(w["term"], fig["terms"], total, w["no_term"]),
            self._count_table(w["level"], [(self.label("levels", lv), n) for lv, n in fig["levels"]], total),
            self._count_table(w["language"], langs, total),
            self._count_table(w["source"], fig["sources"], total)]

    def _people(self) -> dict:
        w, fig, total = self.w, self.fig, self.fig["totals"]["mentions"]
        authors = [(i, a["author"], f"{a['followers']:,}" if a["followers"] is not None else "–",
                    self.label("reaches", a["reach"]), a["mentions"], a["negative"] or 0, self.label("levels", a["level"]),
                    ", ".join(self.label("author_labels", k) for k in a["labels"]))
                   for i, a in enumerate(fig["authors"], 1)]
        assignees = [(a or w["unassigned"], n) for a, n in fig["assignees"]]
        return {"authors": authors, "counts": [
            self._count_table(f"{w['triage']}: {w['status']}", [(self.label("statuses", s), n) for s, n in fig["statuses"]],
                              total, big=True),
            self._count_table(w["tag"], fig["tags"], total, w["no_tags"]),
            self._count_table(w["assignee"], assignees, total)]}

    def _timeline(self) -> dict:
        inc = self.inc
        channels = {c.id: c.label for c in self.pb.channels}
        responses = [(_at(r["at"]), channels.get(r["channel"], r["channel"]), r["actor"], r["text"]) for r in inc["responses"]]
        events = []
        for e in inc["timeline"]:
            text = self.said(e.get("sentence"), e.get("values"), e["text"])
            if e["kind"] == "response" and e["details"].get("channel"):
                text = f"[{channels.get(e['details']['channel'], e['details']['channel'])}] {text}"
            events.append((_at(e["at"]), self.label("kinds", e["kind"]), e["actor"], text))
        return {"responses": responses, "events": events}

    def _runs(self) -> list[dict]:
        out = []
        for run in self.fig["runs"]:
            started = self.word("started", date=stamp(run["started_at"]), by=run["started_by"])
            rows = []
            for it in run["items"]:
                due = self.pb.word("within", time=self.pb.duration(it["due_min"])) if it["due_min"] is not None else ""
                rows.append(ItemRow(bool(it["ticked_at"]), it["n"], it["text"], it["owner_title"], due,
                                    _at(it["ticked_at"]) if it["ticked_at"] else None, it["ticked_by"], it["late"],
                                    it["overdue"], it["note"] if (it["note"] or "").strip() else None))
            out.append({"title": run["title"], "rows": rows,
                        "note": f"{started} · {self.word('progress', done=run['done'], total=run['total'])}"})
        return out

    def _questions(self) -> dict:
        w, answers = self.w, self.fig["answers"]
        boxes = [(w["q_" + q], answers.get(q, []), max(1, ANSWER_LINES - len(answers.get(q, [])))) for q in QUESTIONS]
        return {"answers": boxes, "departments": [(r.title, None) for r in self.pb.roles],
                "departments_note": "\n".join(answers.get("departments", [])),
                "plan": [(None, part, None) for part in w["plan_parts"]],
                "plan_note": "\n".join([w["update_text"], *answers.get("update_plan", [])])}


def review_html(fig: dict, pb: Playbook, generated_at: str) -> str:
    return Review(fig, pb, generated_at).html()


def _bar(parts: list[tuple[float, str]]) -> list[tuple[int, str | None]]:
    """A bar's cells, (width %, colour) from fractions of the full width; the rest is blank (colour None)."""
    cells, used = [], 0
    for fraction, colour in parts:
        pct = round(max(0.0, min(1.0, fraction)) * 100)
        if pct:
            cells.append((pct, colour))
            used += pct
    if used < 100:
        cells.append((100 - used, None))
    return cells


def _at(iso: str) -> str:
    """A time in a table whose heading already says UTC: '2026-11-23 14:05'."""
    return stamp(iso).removesuffix(" UTC")


def _percent(n: int, total: int) -> str:
    return f"{round(100 * n / total)}%" if total else "–"


def _counted(label: str, n: int) -> str:
    return label if n == 1 else f"{label} ×{n}"
