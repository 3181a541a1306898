"""The watch-terms manager: terms with a live preview of the stored mentions each query matches,
and the severity levels' what-if preview."""

from dataclasses import asdict

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.analysis import levels, preview, watchterms
from console.store.vocabulary import LEVELS
from console.ui import i18n, labels, plaintext
from console.ui.feature_kit import read, write
from console.ui.tables import item, level_item, local_time, table

TYPING_MS = 350
KIND_LABELS = {"brand": QT_TRANSLATE_NOOP("TermsTab", "Brand"), "product": QT_TRANSLATE_NOOP("TermsTab", "Product"),
               "person": QT_TRANSLATE_NOOP("TermsTab", "Key person"),
               "competitor": QT_TRANSLATE_NOOP("TermsTab", "Competitor"),
               "risk": QT_TRANSLATE_NOOP("TermsTab", "Risk phrase")}
ERROR_STYLE = "color: #b3261e;"


class TermsTab(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.terms: list[dict] = []
        self.editing: dict | None = None
        split = QSplitter(self)
        left = QWidget(split)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.list = table(left, [self.tr("Watch term"), self.tr("Kind")], 0)
        self.list.setObjectName("watchTerms")
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New term"), left)
        self.remove_button = QPushButton(self.tr("Stop watching…"), left)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        lv.addWidget(self.list, 1)
        lv.addLayout(buttons)
        right = QWidget(split)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.query = QLineEdit(right)
        self.query.setObjectName("watchQuery")
        self.query.setPlaceholderText(self.tr('e.g. Acme AND (kettle OR "K2") NOT giveaway'))
        self.kind = QComboBox(right)
        for k in watchterms.KINDS:
            self.kind.addItem(self.tr(KIND_LABELS.get(k, k)), k)
        form.addRow(self.tr("Query:"), self.query)
        form.addRow(self.tr("Kind:"), self.kind)
        rv.addLayout(form)
        self.syntax = plaintext.label(self.tr("Words, \"quoted phrases\", AND, OR, NOT and parentheses; case, "
                                              "accents and Traditional/Simplified Chinese are ignored."), right,
                                      wrap=True)
        self.syntax.setStyleSheet("color: #666;")
        rv.addWidget(self.syntax)
        row = QHBoxLayout()
        self.status = plaintext.label("", right, wrap=True)
        self.status.setObjectName("watchPreviewStatus")
        self.save_button = QPushButton(self.tr("Add term"), right)
        self.save_button.setObjectName("saveTerm")
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        rv.addLayout(row)
        self.preview = table(right, [self.tr("Time"), self.tr("Level"), self.tr("Source"), self.tr("Title")], 3)
        self.preview.setObjectName("watchPreview")
        rv.addWidget(self.preview, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([320, 700])
        lay = QVBoxLayout(self)
        lay.addWidget(split)

        self.typing = QTimer(self, singleShot=True, interval=TYPING_MS)
        self.typing.timeout.connect(self.run_preview)
        self.query.textChanged.connect(lambda _t: self.typing.start())
        self.list.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_term)
        self.remove_button.clicked.connect(self.remove_term)
        self.save_button.clicked.connect(self.save_term)
        self.new_term()

    # -- the list ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        read(self.window, watchterms.load, done=self._listed)

    def _listed(self, terms: list[dict]) -> None:
        keep = (self.editing or {}).get("id")
        self.terms = terms
        self.list.blockSignals(True)
        self.list.setRowCount(len(terms))
        for r, t in enumerate(terms):
            self.list.setItem(r, 0, item(plaintext.line(t["query"], 200), t["id"]))
            self.list.setItem(r, 1, item(self.tr(KIND_LABELS.get(t["kind"], t["kind"]))))
        row = next((i for i, t in enumerate(terms) if t["id"] == keep), None)
        if row is not None:
            self.list.selectRow(row)
        self.list.blockSignals(False)
        self.remove_button.setEnabled(self.editing is not None)

    def _selected(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        tid = self.list.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        self.editing = next((t for t in self.terms if t["id"] == tid), None)
        if self.editing is not None:
            self.query.setText(self.editing["query"])
            self.kind.setCurrentIndex(max(0, self.kind.findData(self.editing["kind"])))
            self.save_button.setText(self.tr("Save changes"))
            self.remove_button.setEnabled(True)

    def new_term(self) -> None:
        self.editing = None
        self.list.clearSelection()
        self.query.clear()
        self.kind.setCurrentIndex(0)
        self.save_button.setText(self.tr("Add term"))
        self.remove_button.setEnabled(False)
        self.query.setFocus()

    # -- the live preview -------------------------------------------------------------------------------
    def run_preview(self) -> None:
        text = self.query.text().strip()
        self.preview.setRowCount(0)
        if not text:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Type a query to see which stored mentions it matches."))
            self.save_button.setEnabled(False)
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Looking…"))
        read(self.window, preview.matches, text, done=self._previewed, failed=lambda e: self._preview_failed(text, e))

    def _stale(self, query: str) -> bool:
        return query != self.query.text().strip()

    def _preview_failed(self, query: str, error) -> None:
        if self._stale(query):
            return
        self.status.setStyleSheet(ERROR_STYLE)
        plaintext.set_label(self.status, str(error), single_line=False)
        self.save_button.setEnabled(False)

    def _previewed(self, result: dict) -> None:
        if self._stale(result["query"]):
            return
        self.save_button.setEnabled(True)
        if result["complete"]:
            n = result["count"]
            text = labels.plural(self.tr("%n stored mention(s) match", "", n), n)
        else:
            text = i18n.fill(self.tr("%1 of the newest %2 mentions match"), result["count"], f"{result['scanned']:,}")
        self.status.setText(text)
        rows = result["rows"]
        self.preview.setRowCount(len(rows))
        pal = self.palette()
        for r, m in enumerate(rows):
            level = level_item(m["level"], pal, positive=m["positive"])
            cells = [item(local_time(m["sort_time"])), level, item(plaintext.line(m["source"], 60)),
                     item(plaintext.line(m["title"]))]
            for c, cell in enumerate(cells):
                self.preview.setItem(r, c, cell)

    # -- saving -----------------------------------------------------------------------------------------
    def save_term(self) -> None:
        query, kind = self.query.text().strip(), self.kind.currentData()
        self.save_button.setEnabled(False)    # first: a quick write may call back before write() returns
        if self.editing is None:
            write(self.window, watchterms.add, query, kind, done=self._saved, failed=self._save_failed)
        else:
            write(self.window, lambda db, i: watchterms.edit(db, i, query=query, kind=kind), self.editing["id"],
                  done=self._saved, failed=self._save_failed)

    def _saved(self, term: dict) -> None:
        self.editing = term
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setEnabled(True)
        n = term["matched"]
        text = labels.plural(self.tr("Watching %1: %n stored mention(s) match", "", n), n)
        self.window.status_message(i18n.fill(text, plaintext.line(term["query"], 80)))
        self.refresh()

    def _save_failed(self, error) -> None:
        self.save_button.setEnabled(True)
        self.status.setStyleSheet(ERROR_STYLE)
        plaintext.set_label(self.status, str(error), single_line=False)

    def remove_term(self) -> None:
        t = self.editing
        if t is None or not plaintext.confirm(self, self.tr("Stop watching"), i18n.fill(self.tr(
                "Stop watching “%1”? Mentions it matched are kept; they only lose this term."),
                plaintext.line(t["query"], 120)), self.tr("Stop watching")):
            return
        write(self.window, watchterms.remove, t["id"], done=lambda _r: (self.new_term(), self.refresh()),
              failed=self._save_failed)


class LevelsTab(QWidget):
    """What-if: the stored mentions per level with other level thresholds."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        lay = QVBoxLayout(self)
        intro = plaintext.label(self.tr(
            "A mention's level comes from its severity (0-100): at or above a threshold it takes that level. Try "
            "other thresholds to see how many stored mentions would move, then apply them to this workspace: "
            "the stored mentions take their new levels at once, and new ones are scored with them."), self, wrap=True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.spins = {}
        self.saved = asdict(levels.defaults())     # until the workspace's own are read
        self._changed = 0
        for level in ("critical", "high", "medium"):
            spin = QSpinBox(self)
            spin.setObjectName(f"threshold_{level}")
            spin.setRange(1, 100)
            spin.setMaximumWidth(120)
            spin.setValue(self.saved[level])
            spin.valueChanged.connect(self._edited)
            form.addRow(labels.level_cue(level) + ":", spin)
            self.spins[level] = spin
        lay.addLayout(form)
        buttons = QHBoxLayout()
        self.apply = QPushButton(self.tr("Apply to this workspace…"), self)
        self.apply.setObjectName("applyLevels")
        self.apply.setEnabled(False)
        self.revert = QPushButton(self.tr("Back to the shipped thresholds"), self)
        self.revert.setObjectName("defaultLevels")
        buttons.addWidget(self.apply)
        buttons.addWidget(self.revert)
        buttons.addStretch(1)
        self.apply.clicked.connect(self.apply_thresholds)
        self.revert.clicked.connect(lambda: self._set_spins(asdict(levels.defaults())))
        self.table = table(self, [self.tr("Level"), self.tr("Now"), self.tr("With these thresholds"),
                                   self.tr("Change")], 3)
        self.table.setObjectName("levelPreview")
        self.table.setRowCount(len(LEVELS))
        self.table.setMaximumWidth(640)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + 4 * self.table.verticalHeader().defaultSectionSize() + 4)
        lay.addWidget(self.table)
        self.summary = plaintext.label("", self, wrap=True)
        self.summary.setObjectName("levelSummary")
        lay.addWidget(self.summary)
        lay.addLayout(buttons)
        lay.addStretch(1)
        self.typing = QTimer(self, singleShot=True, interval=TYPING_MS)
        self.typing.timeout.connect(self.refresh)
        read(window, preview.current_thresholds, done=self._loaded)

    def _edited(self, _value: int) -> None:
        self.apply.setEnabled(False)       # until the preview has counted what these thresholds move
        self.typing.start()

    def _loaded(self, saved: dict) -> None:
        self.saved = saved
        self._set_spins(saved)

    def _set_spins(self, values: dict) -> None:
        for k, spin in self.spins.items():
            spin.setValue(values[k])
        self.refresh()

    def thresholds(self) -> dict[str, int]:
        return {k: s.value() for k, s in self.spins.items()}

    def refresh(self) -> None:
        t = self.thresholds()
        self.apply.setEnabled(False)
        read(self.window, preview.level_counts, t, done=lambda r: self._show(t, r),
             failed=lambda e: plaintext.set_label(self.summary, str(e), single_line=False))

    def apply_thresholds(self) -> None:
        t = self.thresholds()
        n = self._changed
        if not plaintext.confirm(self, self.tr("Apply severity thresholds"), i18n.fill(labels.plural(self.tr(
                "Critical from %1, high from %2, medium from %3: %n stored mention(s) will change level "
                "(recorded in the audit log). New mentions are scored with these thresholds.", "", n), n),
                t["critical"], t["high"], t["medium"]),
                self.tr("Apply")):
            return
        write(self.window, levels.save, levels.Levels(**t), done=lambda changed: self._applied(t, changed),
              failed=lambda e: plaintext.set_label(self.summary, str(e), single_line=False))

    def _applied(self, thresholds: dict, changed: int) -> None:
        self.saved = thresholds
        self.window.status_message(labels.plural(self.tr("Severity thresholds applied: %n mention(s) changed level",
                                                         "", changed), changed))
        self.refresh()

    def _show(self, thresholds: dict, result: dict) -> None:
        if thresholds != self.thresholds():
            return
        for r, level in enumerate(LEVELS):
            now, would = result["now"][level], result["would"][level]
            delta = would - now
            cells = (labels.level_cue(level), str(now), str(would), f"{delta:+d}" if delta else "–")
            self.table.setItem(r, 0, level_item(level, self.palette()))
            for c, text in enumerate(cells[1:], 1):
                cell = item(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        n = self._changed = result["changed"]
        self.summary.setText(labels.plural(self.tr("%n stored mention(s) would change level.", "", n), n))
        self.apply.setEnabled(thresholds != self.saved)


class WatchManager(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("watchManager")
        self.setWindowTitle(self.tr("Watch terms"))
        self.resize(1100, 640)
        self.tabs = QTabWidget(self)
        self.terms = TermsTab(window, self.tabs)
        self.levels = LevelsTab(window, self.tabs)
        self.tabs.addTab(self.terms, self.tr("Watch terms"))
        self.tabs.addTab(self.levels, self.tr("Severity levels"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda i: self.levels.refresh() if i == 1 else None)

    def refresh(self) -> None:
        self.terms.refresh()
        if self.tabs.currentIndex() == 1:
            self.levels.refresh()
