"""The crisis binder: the whole playbook of one language as one self-contained HTML page, the page
printed on every desk and copied to a USB stick.

No external request of any kind (inline CSS, no images, no fonts to fetch) and every text escaped
by the template (resources/reports/templates/binder.html.j2), since playbook text and contact
details are typed by people. The same HTML is typeset as an A4 PDF by `console.ui.printing`, so it
keeps to what Qt's rich-text engine understands: tables with attributes, simple CSS,
`page-break-before` between sections."""

import re

from console import sentences
from console.playbook.model import Playbook
from console.reports.rendering import render
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
# The marks a template puts between a label and its value, and between the items of a list: Chinese writes them
# full-width (電話：…, X、Threads), the others as ": " and ", ".
PUNCTUATION = {"colon": {"zh_TW": "：", "zh_CN": "："}, "comma": {"zh_TW": "、", "zh_CN": "、"}}


def punctuation(lang: str) -> dict:
    return {"colon": PUNCTUATION["colon"].get(lang, ": "), "comma": PUNCTUATION["comma"].get(lang, ", ")}


def binder_html(pb: Playbook, contacts: list[dict], printed_at: str) -> str:
    roles = {r.id for r in pb.roles}
    return render("binder.html.j2", pb=pb, w=pb.words, printed=stamp(printed_at), html_lang=HTML_LANG[pb.lang],
                  fonts=FONTS[pb.lang], accent=ACCENT, box=BOX, check=CHECK,
                  steps=[s.strip() for s in _split_steps(pb.words["how_to_use_text"])],
                  by_role={r.id: [c for c in contacts if c["role"] == r.id] for r in pb.roles},
                  unassigned=[c for c in contacts if c["role"] not in roles],
                  channel_labels={c.id: c.label for c in pb.channels},
                  say=lambda key, **values: sentences.in_language(key, values, pb.lang), **punctuation(pb.lang))


def footer(pb: Playbook, printed_at: str) -> str:
    """What each printed page says at its foot, beside its number."""
    return f"{pb.words['binder_title']} · {pb.language} · {pb.word('printed', date=stamp(printed_at))}"


def stamp(iso: str) -> str:
    dt = from_iso(iso)
    return dt.strftime("%Y-%m-%d %H:%M UTC") if dt else iso


def _split_steps(text: str) -> list[str]:
    """'1. Do this. 2. Then that.' -> ['Do this.', 'Then that.'] (a plain paragraph stays whole)."""
    steps = [s for s in re.split(r"\s*\d+\.\s+", text) if s.strip()]
    return steps or [text]
