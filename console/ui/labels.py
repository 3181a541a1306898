"""What stored codes look like on screen: statuses, severity levels, categories and languages,
translated (Qt Linguist, context "Labels"), and the level colours with a text cue beside
them, for colour-blind readers and for print."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette

from console.store.vocabulary import STATUSES

_STATUS = {
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "acknowledged": QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "responded": QT_TRANSLATE_NOOP("Labels", "Responded"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
    "ignored": QT_TRANSLATE_NOOP("Labels", "Ignored"),
    "hidden": QT_TRANSLATE_NOOP("Labels", "Hidden"),
}
_LEVEL = {
    "critical": QT_TRANSLATE_NOOP("Labels", "CRITICAL"),
    "high": QT_TRANSLATE_NOOP("Labels", "HIGH"),
    "medium": QT_TRANSLATE_NOOP("Labels", "MEDIUM"),
    "low": QT_TRANSLATE_NOOP("Labels", "LOW"),
    "positive": QT_TRANSLATE_NOOP("Labels", "POSITIVE"),     # a low mention that is praise
}
_CATEGORY = {
    "product_defect": QT_TRANSLATE_NOOP("Labels", "Product defect"),
    "service": QT_TRANSLATE_NOOP("Labels", "Service complaint"),
    "delivery_delay": QT_TRANSLATE_NOOP("Labels", "Delivery delay"),
    "billing_refund": QT_TRANSLATE_NOOP("Labels", "Billing or refund"),
    "rumour": QT_TRANSLATE_NOOP("Labels", "Rumour"),
    "employee_misconduct": QT_TRANSLATE_NOOP("Labels", "Employee misconduct"),
    "hacked_account": QT_TRANSLATE_NOOP("Labels", "Hacked account"),
    "backlash": QT_TRANSLATE_NOOP("Labels", "Backlash"),
    "outage": QT_TRANSLATE_NOOP("Labels", "Outage"),
    "legal": QT_TRANSLATE_NOOP("Labels", "Legal"),
    "praise": QT_TRANSLATE_NOOP("Labels", "Praise"),
    "question": QT_TRANSLATE_NOOP("Labels", "Question"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
# The severity factors as the analysis names them in a mention's reasons (console.analysis.severity).
_FACTOR = {
    "negative sentiment": QT_TRANSLATE_NOOP("Labels", "negative sentiment"),
    "positive sentiment": QT_TRANSLATE_NOOP("Labels", "positive sentiment"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "complaint"),
    "risk term": QT_TRANSLATE_NOOP("Labels", "risk term"),
    "reach": QT_TRANSLATE_NOOP("Labels", "reach"),
    "author reach": QT_TRANSLATE_NOOP("Labels", "author reach"),
    "rating": QT_TRANSLATE_NOOP("Labels", "rating"),
    "watch term": QT_TRANSLATE_NOOP("Labels", "watch term"),
    "velocity": QT_TRANSLATE_NOOP("Labels", "velocity"),
    "positive mention": QT_TRANSLATE_NOOP("Labels", "positive mention"),
    "clamp": QT_TRANSLATE_NOOP("Labels", "clamp"),
    "author label": QT_TRANSLATE_NOOP("Labels", "author label"),
}
_LANG = {
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "zh_TW": QT_TRANSLATE_NOOP("Labels", "Chinese (Traditional)"),
    "zh_CN": QT_TRANSLATE_NOOP("Labels", "Chinese (Simplified)"),
    "uk": QT_TRANSLATE_NOOP("Labels", "Ukrainian"),
}
# Status keys in workflow order, then the two that leave the default view.
WORKFLOW = STATUSES
# A shape for each level, so the level reads without colour.
_CUE = {"critical": "▲", "high": "▲", "medium": "◆", "low": "▽", "positive": "●"}
# Fill colours (light palette, dark palette); text on them is chosen for contrast.
_FILL = {
    "critical": ("#c62828", "#e05252"),
    "high": ("#e65100", "#f08a3c"),
    "medium": ("#f2a900", "#f5c04a"),
    "low": ("#90a4ae", "#78909c"),
    "positive": ("#2e7d32", "#5cb860"),
}


def plural(text: str, n: int) -> str:
    """English numerus for a string translated with `tr("%n mention(s)", "", n)`: a loaded
    translation has its own forms (and no "(s)"); the English source gets "mention"/"mentions".
    (A Python QTranslator would do this more quietly, but PySide6 6.12 leaks a reference to None
    on every call into one.)"""
    return text.replace("(s)", "" if n == 1 else "s")


def _tr(table: dict, key) -> str:
    if key is None:
        return ""
    text = table.get(key)
    if text is None:   # a code this version does not know: show it readably rather than hide it
        return str(key).replace("_", " ").capitalize()
    return QCoreApplication.translate("Labels", text)


def status(key) -> str:
    return _tr(_STATUS, key)


def level(key) -> str:
    return _tr(_LEVEL, key)


def category(key) -> str:
    return _tr(_CATEGORY, key)


def factor(key) -> str:
    """A severity reason's factor in the interface language (an unknown one as it is stored)."""
    return QCoreApplication.translate("Labels", _FACTOR[key]) if key in _FACTOR else (key or "")


def language(key) -> str:
    return _tr(_LANG, key) if key in _LANG else (key or "")


def level_cue(key, *, positive: bool = False) -> str:
    """'▲ CRITICAL': the shape and the word, never the colour alone. A low-level mention that
    is positive reads as praise."""
    if key == "low" and positive:
        return f"{_CUE['positive']} {level('positive')}"
    if key not in _CUE:
        return QCoreApplication.translate("Labels", "unscored")
    return f"{_CUE[key]} {level(key)}"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def level_fill(key, palette: QPalette, *, positive: bool = False) -> QColor | None:
    if key == "low" and positive:
        key = "positive"
    pair = _FILL.get(key)
    return QColor(pair[1] if is_dark(palette) else pair[0]) if pair else None


def ink_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on `fill` (WCAG relative luminance)."""
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    lum = 0.2126 * channel(fill.red()) + 0.7152 * channel(fill.green()) + 0.0722 * channel(fill.blue())
    on_white, on_black = 1.05 / (lum + 0.05), (lum + 0.05) / 0.05
    return QColor("#ffffff") if on_white >= on_black else QColor("#111111")


def sentiment_text(value) -> str:
    if value is None:
        return QCoreApplication.translate("Labels", "unscored")
    return f"{value:+.2f}".replace("-", "−")


def sentiment_colour(value, palette: QPalette) -> QColor | None:
    if value is None or abs(value) < 0.05:
        return None
    dark = is_dark(palette)
    if value > 0:
        return QColor("#66bb6a" if dark else "#2e7d32")
    return QColor("#ef7b7b" if dark else "#c62828")
