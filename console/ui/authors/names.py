"""The author vocabulary in the interface language: the team's labels and the kinds of reason the
console gives on its own. A label of the team's own making is shown as they typed it."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.ui import plaintext

LABELS = {
    "journalist": QT_TRANSLATE_NOOP("Authors", "journalist"),
    "influencer": QT_TRANSLATE_NOOP("Authors", "influencer"),
    "customer": QT_TRANSLATE_NOOP("Authors", "customer"),
    "vip_customer": QT_TRANSLATE_NOOP("Authors", "VIP customer"),
    "competitor": QT_TRANSLATE_NOOP("Authors", "competitor"),
    "troll": QT_TRANSLATE_NOOP("Authors", "troll"),
    "employee": QT_TRANSLATE_NOOP("Authors", "employee"),
    "partner": QT_TRANSLATE_NOOP("Authors", "partner"),
}
REASONS = {
    "news": QT_TRANSLATE_NOOP("Authors", "News"),
    "authority": QT_TRANSLATE_NOOP("Authors", "Authority"),
    "high_reach": QT_TRANSLATE_NOOP("Authors", "High reach"),
    "repeat_complainer": QT_TRANSLATE_NOOP("Authors", "Repeat complainer"),
    "new": QT_TRANSLATE_NOOP("Authors", "New"),
    "praiser": QT_TRANSLATE_NOOP("Authors", "Praiser"),
}


def label(key: str) -> str:
    return QCoreApplication.translate("Authors", LABELS[key]) if key in LABELS else plaintext.line(key, 40)


def labels_text(keys) -> str:
    return ", ".join(label(k) for k in keys or [])


def reason(kind: str) -> str:
    return QCoreApplication.translate("Authors", REASONS[kind]) if kind in REASONS else plaintext.line(kind, 40)
