"""An alert explained: the figures behind it (baseline, current, spread σ, threshold), a sentence
saying what they mean, and the mentions that raised it. Everything shown as plain text."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from console.incidents.clocks import format_duration
from console.ui import i18n, labels, plaintext, sentences
from console.ui.tables import item, level_item, local_time, table

COLUMNS = ("Time", "Level", "Source", "Author", "Title")


def _num(x, digits: int = 1) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.{digits}f}".rstrip("0").rstrip(".") or "0"
    return str(x)


# Marked for lupdate (context AlertExplanation), translated where shown: the kinds of alert, the cards' titles.
KIND = {"spike": QT_TRANSLATE_NOOP("AlertExplanation", "Spike"),
        "source_dark": QT_TRANSLATE_NOOP("AlertExplanation", "Source went dark"),
        "critical_mention": QT_TRANSLATE_NOOP("AlertExplanation", "Critical mention"),
        "coordinated": QT_TRANSLATE_NOOP("AlertExplanation", "Coordinated campaign")}
CARD = {"now": QT_TRANSLATE_NOOP("AlertExplanation", "Now"), "usually": QT_TRANSLATE_NOOP("AlertExplanation", "Usually"),
        "spread": QT_TRANSLATE_NOOP("AlertExplanation", "Spread (σ)"),
        "threshold": QT_TRANSLATE_NOOP("AlertExplanation", "Threshold"),
        "above": QT_TRANSLATE_NOOP("AlertExplanation", "Above usual"),
        "mentions": QT_TRANSLATE_NOOP("AlertExplanation", "Mentions"),
        "top": QT_TRANSLATE_NOOP("AlertExplanation", "Top severity"),
        "failures": QT_TRANSLATE_NOOP("AlertExplanation", "Failures in a row"),
        "silent": QT_TRANSLATE_NOOP("AlertExplanation", "Silent for"),
        "success": QT_TRANSLATE_NOOP("AlertExplanation", "Last success"),
        "interval": QT_TRANSLATE_NOOP("AlertExplanation", "Poll interval"),
        "authors": QT_TRANSLATE_NOOP("AlertExplanation", "Authors"),
        "new": QT_TRANSLATE_NOOP("AlertExplanation", "New among them"),
        "window": QT_TRANSLATE_NOOP("AlertExplanation", "Window")}


def _card_title(key: str) -> str:
    return QCoreApplication.translate("AlertExplanation", CARD[key])


def figures(alert: dict) -> tuple[list[tuple[str, str]], str]:
    """The figure cards (title, value) and the sentence that explains them, per kind of alert,
    in the interface language."""
    d = alert.get("details") or {}
    kind = alert.get("kind")
    overall = "" if alert.get("term") else ".overall"
    values = {"term": alert.get("term"), "current": _num(alert.get("current") or 1),
              "minutes": max(1, (alert.get("window_s") or 60) // 60)}
    if kind == "spike":
        cards = [(_card_title("now"), _num(alert.get("current"))), (_card_title("usually"), _num(alert.get("baseline"))),
                 (_card_title("spread"), _num(alert.get("sigma"))), (_card_title("threshold"), _num(d.get("threshold"))),
                 (_card_title("above"), f"{_num(d.get('z'))} σ" if d.get("z") is not None else "–")]
        text = sentences.say("explain.spike" + overall, values | {
            "windows": d.get("baseline_windows") or "", "baseline": _num(alert.get("baseline")),
            "sigma": _num(alert.get("sigma"))})
        if d.get("threshold") is not None:
            text += " " + sentences.say("explain.threshold", {
                "threshold": _num(d.get("threshold")), "k": _num(d.get("k")),
                "sensitivity": d.get("sensitivity", "default"), "min_count": d.get("min_count") or 1})
        return cards, text
    if kind == "critical_mention":
        cards = [(_card_title("mentions"), _num(alert.get("current"))), (_card_title("top"), _num(d.get("max_severity")))]
        return cards, sentences.say("explain.critical_mention" + overall, values)
    if kind == "source_dark":
        cards = [(_card_title("failures"), _num(d.get("consecutive_failures", alert.get("current")))),
                 (_card_title("silent"), format_duration(d.get("silent_s") or 0)),
                 (_card_title("success"), local_time(d.get("last_success"))), (_card_title("interval"), format_duration(d.get("interval_s") or 0))]
        text = sentences.say("explain.source_dark", {})
        if d.get("last_error"):
            text += " " + sentences.say("explain.last_error", {"error": d["last_error"]})
        return cards, text
    if kind == "coordinated":
        cards = [(_card_title("authors"), _num(alert.get("current"))), (_card_title("new"), _num(d.get("new_authors"))),
                 (_card_title("threshold"), _num(d.get("min_authors"))), (_card_title("window"), sentences.say("minutes", values))]
        listed = [str(a.get("name")) for a in d.get("authors") or []]
        text = sentences.say("explain.coordinated" + overall, values | {
            "text": d.get("text", ""), "new": _num(d.get("new_authors")), "min_authors": _num(d.get("min_authors")),
            "share": round(100 * (d.get("min_new_share") or 0)),
            "names": ", ".join(listed) if len(listed) <= 12 else sentences.say(
                "explain.and_more", {"names": ", ".join(listed[:12]), "more": len(listed) - 12})})
        return cards, text
    return [], ""


class AlertExplanation(QDialog):
    crisis_requested = Signal(int)
    show_on_wall = Signal(list, str)       # mention ids, a label for the wall's filter

    def __init__(self, alert_id: int, parent=None):
        super().__init__(parent)
        self.alert_id = alert_id
        self.mention_ids: list[int] = []
        self.setObjectName("alertExplanation")
        self.setWindowTitle(self.tr("Alert explained"))
        self.resize(980, 640)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        self.headline = plaintext.label(self.tr("Loading…"), self, wrap=True, selectable=True)
        f = self.headline.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.35)
        self.headline.setFont(f)
        self.subline = plaintext.label("", self, wrap=True)
        lay.addWidget(self.headline)
        lay.addWidget(self.subline)
        self.cards = QGridLayout()
        self.cards.setSpacing(8)
        lay.addLayout(self.cards)
        self.sentence = plaintext.label("", self, wrap=True, selectable=True, limit=2000)
        lay.addWidget(self.sentence)
        self.count = plaintext.label("", self)
        lay.addWidget(self.count)
        self.table = table(self, [self.tr(c) for c in COLUMNS], len(COLUMNS) - 1, name="alertMentions")
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.wall_button = QPushButton(self.tr("Show on the wall"), self)
        self.crisis_button = QPushButton(self.tr("Crisis mode"), self)
        self.crisis_button.setObjectName("crisisButton")
        self.crisis_button.setToolTip(self.tr("Open an incident with these mentions and switch to crisis mode"))
        buttons.addButton(self.wall_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.crisis_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.wall_button.clicked.connect(self._show_on_wall)
        self.crisis_button.clicked.connect(self._crisis)
        for b in (self.wall_button, self.crisis_button):
            b.setEnabled(False)
        lay.addWidget(buttons)

    def _show_on_wall(self) -> None:
        self.show_on_wall.emit(self.mention_ids, self.windowTitle())

    def _crisis(self) -> None:
        self.crisis_requested.emit(self.alert_id)
        self.accept()

    def _card(self, col: int, title: str, value: str) -> None:
        box = QFrame(self)
        box.setObjectName("figureCard")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setStyleSheet("QFrame#figureCard { border: 1px solid palette(mid); border-radius: 6px; "
                          "background: palette(alternate-base); }")
        v = QVBoxLayout(box)
        v.setContentsMargins(12, 8, 12, 8)
        name = QLabel(title, box)
        number = plaintext.label(value, box)
        f = number.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        number.setFont(f)
        v.addWidget(name)
        v.addWidget(number)
        self.cards.addWidget(box, 0, col)

    def fill(self, data: dict) -> None:
        alert = data["alert"]
        self.setWindowTitle(i18n.fill(self.tr("Alert %1 explained"), alert["id"]))
        drill = self.tr("DRILL · ") if alert.get("drill") else ""
        plaintext.set_label(self.headline, drill + sentences.alert(alert, data["source"]), single_line=False, limit=600)
        bits = [i18n.fill(self.tr("%1 alert"), QCoreApplication.translate("AlertExplanation", KIND[alert["kind"]]) if alert["kind"] in KIND else alert["kind"]),
                i18n.fill(self.tr("raised %1"), local_time(alert["raised_at"]))]
        if alert.get("term"):
            bits.append(i18n.fill(self.tr("watch term “%1”"), alert["term"]))
        if data.get("source"):
            bits.append(i18n.fill(self.tr("source %1"), data["source"]))
        if alert.get("acknowledged_at"):
            bits.append(i18n.fill(self.tr("dismissed %1"), local_time(alert["acknowledged_at"])))
        plaintext.set_label(self.subline, " · ".join(bits), single_line=False)
        cards, sentence = figures(alert)
        for i, (title, value) in enumerate(cards):
            self._card(i, title, value)
        plaintext.set_label(self.sentence, sentence, single_line=False, limit=2000)
        ms = data["mentions"]
        self.mention_ids = [m["id"] for m in ms]
        shown = len(ms)
        total = data.get("total_mentions", shown)
        if shown == total:
            self.count.setText(labels.plural(self.tr("The %n mention(s) behind this alert", "", total), total))
        else:
            self.count.setText(i18n.fill(self.tr("The newest %1 of the %2 mentions behind this alert"), shown, total))
        self.count.setVisible(total > 0)
        self.table.setVisible(total > 0)
        self.table.setRowCount(len(ms))
        pal = self.palette()
        for r, m in enumerate(ms):
            cells = (item(local_time(m.get("sort_time")), m["id"]),
                     level_item(m.get("level"), pal, positive=m.get("positive"), data=m["id"]),
                     item(plaintext.line(m.get("source_name") or m.get("source"), 60), m["id"]),
                     item(plaintext.line(m.get("author"), 40), m["id"]),
                     item(plaintext.line(m.get("title") or m.get("text")), m["id"]))
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
        self.wall_button.setEnabled(bool(ms))
        self.crisis_button.setEnabled(alert["kind"] != "source_dark" or bool(ms))

    def fail(self, error) -> None:
        plaintext.set_label(self.headline, i18n.fill(self.tr("This alert could not be read: %1"), error),
                            single_line=False)
