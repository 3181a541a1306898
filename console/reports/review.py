"""The post-crisis review: one incident as a self-contained HTML page (and, through
`console.ui.printing`, an A4 PDF) for the review meeting the seeds ask for "while it is fresh".

It opens with the summary (key times, response clocks, figures), then the volume over time, what
the mentions were about, who wrote them, how they were triaged, the responses, the timeline, the
checklist runs with what was ticked when, and ends with the review questions and room for the
answers: what worked, what did not, what we would do differently, what we do now, feedback from
every department, and the plan to update.

Like the binder it makes no request of any kind and escapes every text (mention authors, notes
and titles come from feeds and people), and keeps to what Qt's rich-text engine lays out:
tables with attributes, simple CSS. Bars are two-cell tables, which both a browser and Qt draw."""

import tomllib
from functools import cache

from console.errors import UsageError
from console.incidents.clocks import since_detection_s
from console.playbook.language import NAMES
from console.playbook.model import Playbook
from console.playbook.render import substitute
from console.reports.binder import ACCENT, BOX, CHECK, CSS, FONTS, HTML_LANG, esc, stamp
from console.resources import resource
from console.timeutil import from_iso

NEGATIVE = "#b23a3a"
OTHER = "#9c958f"
COUNT = "#55687d"
ANSWER_LINES = 4
QUESTIONS = ("worked", "did_not_work", "differently", "now")   # ids shared with the playbook's review checklist
# Qt's rich text ignores padding in pt (the binder's 3pt) but honours px, which it scales as a
# browser does: 3px 5px gives about 1 mm by 1.5 mm on paper.
EXTRA_CSS = """
th, td { padding: 3px 5px; }
td.seg { padding: 0; border: none; }
td.box { font-size: 10pt; }
th.caption { background-color: #ffffff; color: #1b1b1b; font-size: 12pt; padding: 8px 5px 3px 0; border: none; }
th.big { color: %(accent)s; font-size: 15pt; }
.note { color: #5a5a5a; font-size: 9pt; font-weight: normal; }
.title { font-size: 22pt; color: %(accent)s; margin: 0; }
.incident { font-size: 17pt; color: #1b1b1b; border-bottom: none; margin: 10pt 0 2pt 0; }
.drill { background-color: #fff1c2; border: 1px solid #c99a06; color: #6b4e00; font-weight: bold; }
td.num { text-align: right; }
.legend-neg { color: %(neg)s; font-weight: bold; }
.legend-other { color: %(other)s; font-weight: bold; }
.answer { background-color: #fbfaf8; }
.late { color: %(neg)s; font-weight: bold; }
.small { font-size: 8.5pt; }
"""


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
        self.w = words(pb.lang)
        self.generated = stamp(generated_at)

    def word(self, key: str, **values) -> str:
        return substitute(self.w[key], values)

    def html(self) -> str:
        families = ", ".join(f'"{f}"' for f in FONTS[self.pb.lang]) + ", sans-serif"
        style = CSS % {"accent": ACCENT} + EXTRA_CSS % {"accent": ACCENT, "neg": NEGATIVE, "other": OTHER}
        return "\n".join([
            "<!DOCTYPE html>",
            f'<html lang="{HTML_LANG[self.pb.lang]}"><head><meta charset="utf-8">',
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
            f"<title>{esc(self.title())}</title>",
            f"<style>body {{ font-family: {families}; }}{style}</style>",
            "</head><body>",
            self._summary(), _page(self._volume()), _page(self._topics() + self._people()), _page(self._timeline()),
            self._checklists(), _page(self._questions()),
            "</body></html>",
        ])

    def title(self) -> str:
        return f"{self.w['title']}: {self.inc['title']}"

    def footer(self) -> str:
        drill = " · DRILL" if self.inc["drill"] else ""
        return f"{self.w['title']} · {self.word('incident', id=self.inc['id'])}{drill} · {self.word('generated', date=self.generated)}"

    # -- helpers ---------------------------------------------------------------------------------
    def duration(self, seconds) -> str:
        """'45 s', '12 min', '3 h 7 min', '2 days 5 h' in the playbook's units."""
        if seconds is None:
            return self.w["not_yet"]
        seconds = int(seconds)
        if seconds < 60:
            return f"{seconds} s"
        minutes = seconds // 60
        if minutes < 60:
            return self.pb.word("minutes", n=minutes)
        h, m = divmod(minutes, 60)
        if h < 48:
            return self.pb.word("hours", n=h) + (" " + self.pb.word("minutes", n=m) if m else "")
        d, h = divmod(h, 24)
        return self.pb.word("days", n=d) + (" " + self.pb.word("hours", n=h) if h else "")

    def label(self, group: str, key) -> str:
        """A category, level, status, reach or event kind in words, or the key itself if unknown."""
        return self.w[group].get(key, str(key or self.w["unknown"]).replace("_", " "))

    def _count_table(self, caption: str, items: list[tuple[str, int]], total: int, empty: str | None = None,
                     big: bool = False) -> str:
        rows = [[esc(label), str(n), _percent(n, total), _bar([(n / max(total, 1), COUNT)])] for label, n in items]
        return _table([("", 38), ("", 9), ("", 9), ("", 44)], rows, caption=caption, big=big, head=False,
                      numeric=(1, 2), empty=empty or self.w["none"])

    # -- sections --------------------------------------------------------------------------------
    def _summary(self) -> str:
        w, inc, tot = self.w, self.inc, self.fig["totals"]
        status = w["status_closed"] if inc["status"] == "closed" else w["status_open"]
        out = [f"<p class='title'><b>{esc(w['title'])}</b></p>", f"<p class='subtitle muted'>{esc(w['subtitle'])}</p>"]
        if inc["drill"]:
            out.append(_table([("", 100)], [[esc(w["drill"])]], head=False, cell_class="drill"))
        out += [f"<h2 class='incident'>{esc(inc['title'])}</h2>",
                f"<p class='muted'>{esc(self.word('incident', id=inc['id']))} &middot; {esc(status)} &middot; "
                f"{esc(w['terms'])}: {esc(', '.join(inc['terms']) or w['none'])} &middot; "
                f"{esc(self.word('generated', date=self.generated))}</p>"]
        detected = inc["detected_at"]
        steps = [("detected", detected), ("opened", inc["opened_at"]), ("crisis_mode", inc.get("crisis_started_at")),
                 ("first_response", inc.get("first_response_at")), ("closed", inc.get("closed_at"))]
        missing = w["never"] if inc["status"] == "closed" else w["not_yet"]
        rows = [[esc(w[key]), esc(_at(at)) if at else f"<span class='muted'>{esc(missing)}</span>",
                 esc(self.duration(since_detection_s(detected, from_iso(at)))) if at and key != "detected" else ""]
                for key, at in steps]
        out.append(_table([(w["milestone"], 40), (w["at"], 30), (w["after"], 30)], rows, caption=w["milestones"]))
        clock_rows = []
        for c in inc["clocks"]:
            state = {"met": w["met"], "missed": self.word("missed", late=self.duration(c["overdue_s"])),
                     "running": self.word("running", left=self.duration(c["remaining_s"]))}[c["state"]]
            mark = f"<span class='late'>{esc(state)}</span>" if c["state"] == "missed" else esc(state)
            clock_rows.append([esc(w[c["key"]]), esc(_at(c["deadline"])), mark])
        out.append(_table([("", 40), (w["at"], 30), ("", 30)], clock_rows, caption=w["clocks"]))
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
        said = self.word("scope_text", start=_at(scope["start"]), end=_at(scope["end"]))
        out.append(_table([("", 55), ("", 45)], [[esc(a), esc(b)] for a, b in figures], caption=w["figures"], note=said,
                          head=False))
        return "".join(out)

    def _volume(self) -> str:
        w, vol = self.w, self.fig["volume"]
        span = self.pb.duration(vol["bucket_s"] // 60)
        top = max((r["total"] for r in vol["rows"]), default=0) or 1
        rows, day = [], None
        for r in vol["rows"]:
            neg = r["negative"] or 0
            marks = ", ".join(_counted(self.label("kinds", k), r["events"].count(k)) for k in dict.fromkeys(r["events"]))
            date, clock = r["start"][:10], r["start"][11:16]
            when = date if vol["bucket_s"] >= 86400 else (f"<b>{date}</b> {clock}" if date != day else clock)
            day = date
            rows.append([when, str(r["total"]), str(neg),
                         _bar([(neg / top, NEGATIVE), ((r["total"] - neg) / top, OTHER)]), esc(marks)])
        return "".join([
            f"<h2>{esc(w['volume'])}</h2>",
            f"<p>{esc(self.word('volume_text', span=span))}</p>",
            f"<p class='small'><span class='legend-neg'>&#9632;</span> {esc(w['legend_negative'])} &nbsp; "
            f"<span class='legend-other'>&#9632;</span> {esc(w['legend_other'])}</p>",
            _table([(w["time"], 17), (w["count"], 12), (w["negative_short"], 12), ("", 38), (w["events"], 21)], rows,
                   numeric=(1, 2), cell_class="small")])

    def _topics(self) -> str:
        w, fig, total = self.w, self.fig, self.fig["totals"]["mentions"]
        langs = [(NAMES.get(code, code or w["unknown"]), n) for code, n in fig["languages"]]
        return "".join([
            f"<h2>{esc(w['topics'])}</h2>",
            self._count_table(w["category"], [(self.label("categories", c), n) for c, n in fig["categories"]], total),
            self._count_table(w["term"], fig["terms"], total, w["no_term"]),
            self._count_table(w["level"], [(self.label("levels", lv), n) for lv, n in fig["levels"]], total),
            self._count_table(w["language"], langs, total),
            self._count_table(w["source"], fig["sources"], total)])

    def _people(self) -> str:
        w, fig, total = self.w, self.fig, self.fig["totals"]["mentions"]
        rows = [[str(i), f"<b>{esc(a['author'])}</b>", f"{a['followers']:,}" if a["followers"] is not None else "–",
                 esc(self.label("reaches", a["reach"])), str(a["mentions"]), str(a["negative"] or 0),
                 esc(self.label("levels", a["level"]))] for i, a in enumerate(fig["authors"], 1)]
        assignees = [(a or w["unassigned"], n) for a, n in fig["assignees"]]
        return "".join([
            _table([("#", 5), (w["author"], 30), (w["followers"], 14), (w["reach"], 15), (w["posts"], 11),
                    (w["negative_short"], 11), (w["highest"], 14)], rows, caption=w["authors"], note=w["authors_text"],
                   big=True, numeric=(0, 2, 4, 5), cell_class="small", empty=w["no_authors"]),
            self._count_table(f"{w['triage']}: {w['status']}", [(self.label("statuses", s), n) for s, n in fig["statuses"]],
                              total, big=True),
            self._count_table(w["tag"], fig["tags"], total, w["no_tags"]),
            self._count_table(w["assignee"], assignees, total)])

    def _timeline(self) -> str:
        w, inc = self.w, self.inc
        channels = {c.id: c.label for c in self.pb.channels}
        responses = [[esc(_at(r["at"])), esc(channels.get(r["channel"], r["channel"])), esc(r["actor"]),
                      _multiline(r["text"])] for r in inc["responses"]]
        rows = []
        for e in inc["timeline"]:
            text = e["text"]
            if e["kind"] == "response" and e["details"].get("channel"):
                text = f"[{channels.get(e['details']['channel'], e['details']['channel'])}] {text}"
            rows.append([esc(_at(e["at"])), f"<b>{esc(self.label('kinds', e['kind']))}</b>", esc(e["actor"]),
                         _multiline(text)])
        return "".join([
            _table([(w["time"], 20), (w["channel"], 14), (w["by"], 14), (w["text"], 52)], responses,
                   caption=w["responses"], big=True, empty=w["no_responses"]),
            _table([(w["time"], 20), (w["event"], 16), (w["by"], 14), (w["text"], 50)], rows, caption=w["timeline"],
                   note=w["timeline_text"], big=True, cell_class="small")])

    def _checklists(self) -> str:
        w = self.w
        if not self.fig["runs"]:   # a line, not a page
            return _table([("", 100)], [], caption=w["checklists"], big=True, head=False, empty=w["no_runs"])
        out = [f"<h2>{esc(w['checklists'])}</h2>", f"<p class='muted'>{esc(w['checklists_text'])}</p>"]
        for run in self.fig["runs"]:
            started = self.word("started", date=stamp(run["started_at"]), by=run["started_by"])
            rows = []
            for it in run["items"]:
                due = self.pb.word("within", time=self.pb.duration(it["due_min"])) if it["due_min"] is not None else ""
                if it["ticked_at"]:
                    ticked = f"{esc(_at(it['ticked_at']))}<br>{esc(it['ticked_by'])}"
                    if it["late"]:
                        ticked += f" <span class='late'>{esc(w['late'])}</span>"
                else:
                    ticked = f"<span class='{'late' if it['overdue'] else 'muted'}'>{esc(w['not_ticked'])}</span>"
                note = f"<br><i>{_multiline(it['note'])}</i>" if (it["note"] or "").strip() else ""
                rows.append([CHECK if it["ticked_at"] else BOX, str(it["n"]), esc(it["text"]) + note,
                             esc(it["owner_title"]), esc(due), ticked])
            out.append(_table([("", 4), ("#", 4), (w["item"], 42), (w["owner"], 16), (w["due"], 14), (w["ticked"], 20)],
                              rows, caption=run["title"],
                              note=f"{started} · {self.word('progress', done=run['done'], total=run['total'])}",
                              numeric=(1,), box=0, cell_class="small"))
        return _page("".join(out))

    def _questions(self) -> str:
        w, answers = self.w, self.fig["answers"]
        out = [f"<h2>{esc(w['questions'])}</h2>", f"<p class='muted'>{esc(w['questions_text'])}</p>"]
        for q in QUESTIONS:
            out.append(_answer_box(w["q_" + q], answers.get(q, [])))
        rows = [[f"<b>{esc(r.title)}</b>", "&nbsp;<br>&nbsp;"] for r in self.pb.roles]
        out.append(_table([(w["department"], 30), (w["feedback"], 70)], rows, caption=w["q_departments"],
                          note="\n".join(answers.get("departments", []))))
        rows = [[BOX, esc(part), "&nbsp;"] for part in w["plan_parts"]]
        out.append(_table([("", 5), ("", 65), (w["date_by"], 30)], rows, caption=w["q_update_plan"],
                          note="\n".join([w["update_text"], *answers.get("update_plan", [])]), box=0))
        return "".join(out)


def review_html(fig: dict, pb: Playbook, generated_at: str) -> str:
    return Review(fig, pb, generated_at).html()


def _table(columns: list[tuple[str, int]], rows: list[list[str]], *, caption: str | None = None,
           note: str | None = None, big: bool = False, head: bool = True, numeric=(), cell_class: str = "",
           box: int | None = None, empty: str | None = None) -> str:
    """A full-width table; `columns` are (heading, width %), cells are HTML already escaped.

    The caption and the column headings are the table's header, which Qt repeats on every page
    the table runs onto and never leaves alone at the foot of a page: a heading outside the
    table could be. `note` is plain text in smaller type under the caption."""
    out = ["<table border='0' cellspacing='0' cellpadding='12' width='100%' style='border-collapse: collapse'>"]
    header = []
    if caption:
        sub = f"<br><span class='note'>{_multiline(note)}</span>" if note else ""
        header.append(f"<tr><th colspan='{len(columns)}' class='{'caption big' if big else 'caption'}'>"
                      f"{esc(caption)}{sub}</th></tr>")
    if head:
        th = f"<th class='{cell_class}'" if cell_class else "<th"
        header.append("<tr>" + "".join(f"{th} width='{wd}%'>{esc(h)}</th>" for h, wd in columns) + "</tr>")
    if header:
        out.append("<thead>" + "".join(header) + "</thead>")
    if not rows and empty:
        out.append(f"<tr><td colspan='{len(columns)}' class='muted'>{esc(empty)}</td></tr>")
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            cls = " ".join(c for c in (cell_class, "num" if i in numeric else "", "box" if i == box else "") if c)
            align = " align='right'" if i in numeric else (" align='center'" if i == box else "")
            width = "" if head else f" width='{columns[i][1]}%'"
            cells.append(f"<td{width}{align} class='{cls}'>{cell}</td>" if cls else f"<td{width}{align}>{cell}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _page(html: str) -> str:
    """A part that starts on a new page."""
    return f"<div class='section'>{html}</div>"


def _bar(parts: list[tuple[float, str]]) -> str:
    """A horizontal bar of coloured parts (fractions of the full width), as a one-row table."""
    cells, used = [], 0
    for fraction, colour in parts:
        pct = round(max(0.0, min(1.0, fraction)) * 100)
        if pct:
            cells.append(f"<td width='{pct}%' bgcolor='{colour}' class='seg' style='font-size: 5pt'>&nbsp;</td>")
            used += pct
    if used < 100:
        cells.append(f"<td width='{100 - used}%' class='seg' style='font-size: 5pt'>&nbsp;</td>")
    return "<table border='0' cellspacing='0' cellpadding='0' width='100%'><tr>" + "".join(cells) + "</tr></table>"


def _answer_box(question: str, notes: list[str]) -> str:
    """A question and room to write the answer, with what was already noted in the console."""
    body = "<br>".join(_multiline(n) for n in notes)
    blank = "&nbsp;<br>" * max(1, ANSWER_LINES - len(notes))
    return _table([("", 100)], [[(body + "<br>" if body else "") + blank]], caption=question, head=False,
                  cell_class="answer")


def _at(iso: str) -> str:
    """A time in a table whose heading already says UTC: '2026-11-23 14:05'."""
    return stamp(iso).removesuffix(" UTC")


def _multiline(text) -> str:
    return esc(text).replace("\n", "<br>")


def _percent(n: int, total: int) -> str:
    return f"{round(100 * n / total)}%" if total else "–"


def _counted(label: str, n: int) -> str:
    return label if n == 1 else f"{label} ×{n}"
