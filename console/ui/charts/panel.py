"""The trends panel: the time chart with a watch-term and a range picker. Its query runs on the
read lane; while the panel is on screen it follows the store, at most every few seconds."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.store import chart_series
from console.ui import i18n, plaintext
from console.ui.charts.chart import TimeChart
from console.ui.feature_kit import read

FOLLOW_MS = 10_000
ALL = ""


def load(conn, rng: chart_series.Range, term: str) -> tuple[chart_series.Series, list[str]]:
    return chart_series.load(conn, rng, term or None), chart_series.watch_terms(conn)


class ChartsPanel(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.setObjectName("chartsPanel")
        self.window = window
        self._busy = self._again = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.term = QComboBox(self)
        self.term.setObjectName("chartTerm")
        self.term.addItem(self.tr("All mentions"), ALL)
        self.range = QComboBox(self)
        self.range.setObjectName("chartRange")
        for i, r in enumerate(chart_series.RANGES):
            self.range.addItem(self.tr(r.label), i)
        self.range.setCurrentIndex(1)
        top.addWidget(QLabel(self.tr("Watch term:"), self))
        top.addWidget(self.term, 1)
        top.addWidget(QLabel(self.tr("Range:"), self))
        top.addWidget(self.range)
        lay.addLayout(top)
        self.chart = TimeChart(self)
        lay.addWidget(self.chart, 1)
        self.note = plaintext.label(self.tr("Shaded: alert windows. Hover a bar for its figures."), self)
        self.note.setStyleSheet("color: #666;")
        lay.addWidget(self.note)
        self.term.currentIndexChanged.connect(self.refresh)
        self.range.currentIndexChanged.connect(self.refresh)
        self.follow = QTimer(self, singleShot=True, interval=FOLLOW_MS)
        self.follow.timeout.connect(self.refresh)

    def refresh(self) -> None:
        if self._busy:
            self._again = True
            return
        self._busy = True
        rng = chart_series.RANGES[self.range.currentData()]
        read(self.window, load, rng, self.term.currentData(), done=self._loaded, failed=self._failed)

    def store_changed(self) -> None:
        if self.isVisible() and not self.follow.isActive():
            self.follow.start()

    def _failed(self, error) -> None:
        self._busy = False
        self.chart.set_message(i18n.fill(self.tr("The chart could not be drawn: %1"), error))

    def _loaded(self, result) -> None:
        self._busy = False
        s, terms = result
        if s.term == (self.term.currentData() or None):
            self.chart.set_series(s)
        self._set_terms(terms)
        if self._again:
            self._again = False
            self.refresh()

    def _set_terms(self, terms: list[str]) -> None:
        shown = [self.term.itemData(i) for i in range(1, self.term.count())]
        if shown == terms:
            return
        keep = self.term.currentData()
        self.term.blockSignals(True)
        while self.term.count() > 1:
            self.term.removeItem(1)
        for t in terms:
            self.term.addItem(plaintext.line(t, 60), t)
        self.term.setCurrentIndex(max(0, self.term.findData(keep)))
        self.term.blockSignals(False)
