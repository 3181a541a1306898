"""The crisis binder: the whole playbook of one language as one self-contained HTML page, the page
printed on every desk and copied to a USB stick.

No external request of any kind (inline CSS, no images, no fonts to fetch) and every text escaped,
since playbook text and contact details are typed by people. The same HTML is typeset as an A4 PDF
by `console.ui.printing`, so it keeps to what Qt's rich-text engine understands: tables with
attributes, simple CSS, `page-break-before` between sections."""

import re
from html import escape

from console.playbook.model import Playbook
from console.timeutil import from_iso

# Fonts that hold every glyph of the language, best first: Noto CJK (fonts-noto-cjk) on Linux,
# the system's own on Windows and macOS. Simplified and Traditional Chinese need their own variant.
FONTS = {
    "en": ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial"],
    "uk": ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial"],
    "zh_TW": ["Noto Sans CJK TC", "Noto Sans TC", "Microsoft JhengHei", "PingFang TC", "DejaVu Sans"],
    "zh_CN": ["Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "DejaVu Sans"],
}
HTML_LANG = {"en": "en", "uk": "uk", "zh_TW": "zh-Hant-TW", "zh_CN": "zh-Hans-CN"}
BOX = "\u2610"  # ☐ and ✓, drawn by every font above
CHECK = "\u2713"
ACCENT = "#9b1c1c"

CSS = """
body { font-size: 10pt; color: #1b1b1b; line-height: 1.35; }
h1 { font-size: 24pt; color: %(accent)s; margin: 0 0 4pt 0; }
h2 { font-size: 16pt; color: %(accent)s; border-bottom: 1px solid %(accent)s; margin: 0 0 8pt 0; }
h3 { font-size: 12pt; margin: 14pt 0 3pt 0; }
p { margin: 2pt 0 6pt 0; }
.muted { color: #5a5a5a; }
.subtitle { font-size: 12pt; }
.section { page-break-before: always; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; }
th { background-color: #efe9e4; text-align: left; font-weight: bold; }
th, td { border: 1px solid #b9b1aa; padding: 4px; vertical-align: top; }
td.box { font-size: 14pt; text-align: center; width: 18pt; }
td.n { text-align: center; width: 14pt; }
td.blank { width: 52pt; }
.body { background-color: #f6f3ef; border: 1px solid #d8d0c8; padding: 6pt; white-space: pre-wrap; }
.chain { font-size: 11pt; font-weight: bold; }
ol, ul { margin-top: 2pt; margin-bottom: 4pt; }
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
@media print { .section { page-break-before: always; } }
"""


def binder_html(pb: Playbook, contacts: list[dict], printed_at: str) -> str:
    w = pb.words
    printed = stamp(printed_at)
    families = ", ".join(f'"{f}"' for f in FONTS[pb.lang]) + ", sans-serif"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{HTML_LANG[pb.lang]}"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
        f"<title>{esc(w['binder_title'])} ({esc(pb.language)})</title>",
        f"<style>body {{ font-family: {families}; }}{CSS % {'accent': ACCENT}}</style>",
        "</head><body>",
        _cover(pb, printed),
        _team(pb, contacts),
        _checklists(pb),
        _templates(pb),
        _guide(pb),
        "</body></html>",
    ]
    return "\n".join(parts)


def footer(pb: Playbook, printed_at: str) -> str:
    """What each printed page says at its foot, beside its number."""
    return f"{pb.words['binder_title']} · {pb.language} · {pb.word('printed', date=stamp(printed_at))}"


def esc(text) -> str:
    return escape(str(text if text is not None else ""), quote=True)


def stamp(iso: str) -> str:
    dt = from_iso(iso)
    return dt.strftime("%Y-%m-%d %H:%M UTC") if dt else iso


def _cover(pb: Playbook, printed: str) -> str:
    w = pb.words
    steps = [s.strip() for s in _split_steps(w["how_to_use_text"])]
    contents = [w["crisis_team"], w["checklists"], w["templates"], w["tone_guide"]]
    return "".join([
        f"<h1>{esc(w['binder_title'])}</h1>",
        f"<p class='subtitle'>{esc(w['binder_subtitle'])}</p>",
        f"<p class='muted'>{esc(pb.word('printed', date=printed))} &middot; {esc(pb.language)}</p>",
        f"<h3>{esc(w['how_to_use'])}</h3>",
        "<ol>" + "".join(f"<li>{esc(s)}</li>" for s in steps) + "</ol>",
        f"<h3>{esc(w['escalation_chain'])}</h3>",
        f"<p class='chain'>{esc(_arrow(pb, pb.escalation_chain()))}</p>",
        f"<h3>{esc(w['approval_chain'])}</h3>",
        f"<p class='chain'>{esc(_arrow(pb, pb.approval_chain()))}</p>",
        f"<h3>{esc(w['contents'])}</h3>",
        "<ol>" + "".join(f"<li>{esc(c)}</li>" for c in contents) + "</ol>",
        "<ul>" + "".join(f"<li>{esc(c.title)}</li>" for c in pb.checklists) + "</ul>",
    ])


def _split_steps(text: str) -> list[str]:
    """'1. Do this. 2. Then that.' -> ['Do this.', 'Then that.'] (a plain paragraph stays whole)."""
    steps = [s for s in re.split(r"\s*\d+\.\s+", text) if s.strip()]
    return steps or [text]


def _arrow(pb: Playbook, roles) -> str:
    return " → ".join(r.title for r in roles)


def _people(people: list[dict], pb: Playbook) -> str:
    if not people:
        return f"<span class='muted'>{esc(pb.words['nobody'])}</span>"
    rows = []
    for p in people:
        bits = [f"<b>{esc(p['name'])}</b>"]
        if p.get("phone"):
            bits.append(f"{esc(pb.words['phone'])}: {esc(p['phone'])}")
        if p.get("email"):
            bits.append(esc(p["email"]))
        if p.get("backup"):
            bits.append(f"{esc(pb.words['backup'])}: {esc(p['backup'])}")
        rows.append("<br>".join(bits))
    return "<br><br>".join(rows)


def _team(pb: Playbook, contacts: list[dict]) -> str:
    w = pb.words
    by_role = {r.id: [c for c in contacts if c["role"] == r.id] for r in pb.roles}
    out = [f"<div class='section'><h2>{esc(w['crisis_team'])}</h2>",
           f"<h3>{esc(w['escalation_chain'])}</h3>",
           "<table border='1' cellspacing='0' cellpadding='12' width='100%'>",
           f"<tr><th width='4%'>#</th><th width='30%'>{esc(w['role'])}</th><th width='8%'>{esc(w['tier'])}</th>"
           f"<th width='58%'>{esc(w['name'])} / {esc(w['phone'])}</th></tr>"]
    for i, r in enumerate(pb.escalation_chain(), 1):
        out.append(f"<tr><td class='n' align='center'>{i}</td><td><b>{esc(r.title)}</b></td><td>{r.tier}</td>"
                   f"<td>{_people(by_role[r.id], pb)}</td></tr>")
    out.append("</table>")
    out.append("<table border='1' cellspacing='0' cellpadding='12' width='100%'>")
    out.append(f"<tr><th width='30%'>{esc(w['tier'])}</th><th width='70%'></th></tr>")
    out += [f"<tr><td><b>{esc(t.title)}</b></td><td>{esc(t.handles)}</td></tr>" for t in pb.tiers]
    out.append("</table>")
    for r in pb.roles:
        flags = [f"{esc(w[k])}: {esc(w['yes'] if getattr(r, k) else w['no'])}" for k in ("speaks", "acts", "validates")]
        out += [f"<h3>{esc(r.title)}</h3>",
                f"<p>{esc(r.summary)}</p>",
                f"<p class='muted'>{esc(w['tier'])} {r.tier} &middot; " + " &middot; ".join(flags) + "</p>",
                "<ul>" + "".join(f"<li>{esc(d)}</li>" for d in r.duties) + "</ul>",
                f"<p>{_people(by_role[r.id], pb)}</p>"]
    unassigned = [c for c in contacts if c["role"] not in by_role]
    if unassigned:
        out += [f"<h3>{esc(w['nobody'])}</h3>", f"<p>{_people(unassigned, pb)}</p>"]
    out.append("</div>")
    return "".join(out)


def _checklists(pb: Playbook) -> str:
    w = pb.words
    out = [f"<div class='section'><h2>{esc(w['checklists'])}</h2>"]
    for c in pb.checklists:
        out += [f"<h3>{esc(c.title)}</h3>", f"<p class='muted'>{esc(c.summary)}</p>",
                "<table border='1' cellspacing='0' cellpadding='12' width='100%'>",
                f"<tr><th width='4%'>{CHECK}</th><th width='4%'>#</th><th width='44%'></th>"
                f"<th width='18%'>{esc(w['owner'])}</th><th width='12%'>{esc(w['due'])}</th>"
                f"<th width='9%'>{esc(w['time'])}</th><th width='9%'>{esc(w['by'])}</th></tr>"]
        for n, it in enumerate(c.items, 1):
            due = pb.word("within", time=pb.duration(it.due_min)) if it.due_min is not None else ""
            out.append(f"<tr><td class='box' align='center'>{BOX}</td><td class='n' align='center'>{n}</td><td>{esc(it.text)}</td>"
                       f"<td>{esc(pb.role_title(it.owner))}</td><td>{esc(due)}</td>"
                       "<td class='blank'>&nbsp;</td><td class='blank'>&nbsp;</td></tr>")
        out.append("</table>")
    out.append("</div>")
    return "".join(out)


def _templates(pb: Playbook) -> str:
    w = pb.words
    labels = {c.id: c.label for c in pb.channels}
    out = [f"<div class='section'><h2>{esc(w['templates'])}</h2>"]
    for t in pb.templates:
        channels = ", ".join(labels.get(c, c) for c in t.channels)
        fill = ", ".join(pb.placeholders.get(p, p) for p in t.placeholders)
        out += [f"<h3>{esc(t.title)}</h3>",
                f"<p class='muted'>{esc(pb.categories.get(t.category, t.category))} &middot; {esc(channels)}</p>",
                "<table border='0' cellspacing='0' cellpadding='18' width='100%'><tr><td class='body'>"
                + esc(t.body).replace("\n", "<br>") + "</td></tr></table>"]
        if fill:
            out.append(f"<p class='muted'>{esc(w['placeholders'])}: {esc(fill)}</p>")
    out.append("</div>")
    return "".join(out)


def _guide(pb: Playbook) -> str:
    w = pb.words
    out = [f"<div class='section'><h2>{esc(w['tone_guide'])}</h2>",
           "<table border='1' cellspacing='0' cellpadding='12' width='100%'>",
           f"<tr><th width='30%'>{esc(w['phrase'])}</th><th width='25%'></th><th width='45%'>{esc(w['advice'])}</th></tr>"]
    out += [f"<tr><td><b>{esc(t.phrase)}</b></td><td>{esc(pb.tone_kinds.get(t.kind, t.kind))}</td>"
            f"<td>{esc(t.advice)}</td></tr>" for t in pb.tone]
    out += ["</table>", f"<h3>{esc(w['channels'])}</h3>",
            "<table border='1' cellspacing='0' cellpadding='12' width='100%'>",
            f"<tr><th width='50%'></th><th width='50%'>{esc(w['limit'])}</th></tr>"]
    out += [f"<tr><td>{esc(c.label)}</td><td>{esc(pb.word('characters', n=c.limit) if c.limit else w['no_limit'])}"
            "</td></tr>" for c in pb.channels]
    out += ["</table></div>"]
    return "".join(out)
