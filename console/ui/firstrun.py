"""First run: on an empty workspace (no feed, no watch term, no mention) a short welcome above
the wall offers the demo, the brand's terms and sources, and the crisis team. It sits in the
window rather than in a dialog, so it never takes the focus from anything; it goes away once
the workspace has something in it, or when dismissed (remembered per workspace)."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from console.store.wall import is_empty
from console.ui.feature_kit import read

STYLE = """
QFrame#welcome { background: palette(alternate-base); border-bottom: 1px solid palette(mid); }
QFrame#welcome QPushButton { padding: 6px 14px; }
QFrame#welcome QPushButton#welcomeDemo { font-weight: bold; }
"""


class Welcome(QFrame):
    def __init__(self, window, watch=None, sources=None):
        """`watch`, `sources`: the WatchFeature and SourcesFeature its buttons open (None without them)."""
        super().__init__(window)
        self.window = window
        self.watch_feature = watch
        self.sources_feature = sources
        self.setObjectName("welcome")
        self.setStyleSheet(STYLE)
        self.key = f"firstrun/dismissed/{window.workspace.folder.resolve()}"
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Welcome to Crisis Console"), self)
        f = title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.3)
        title.setFont(f)
        text = QLabel(self.tr("This workspace is empty. See a crisis unfold in the demo, or set up your own "
                              "listening: what to watch, where, and who to call when it goes wrong."), self)
        text.setWordWrap(True)
        lay.addWidget(title)
        lay.addWidget(text)
        row = QHBoxLayout()
        self.demo = QPushButton(self.tr("Open the demo workspace"), self)
        self.demo.setObjectName("welcomeDemo")
        self.terms = QPushButton(self.tr("1. Add your brand's terms…"), self)
        self.sources = QPushButton(self.tr("2. Add sources…"), self)
        self.team = QPushButton(self.tr("3. Fill in the crisis team…"), self)
        self.dismiss = QPushButton(self.tr("Not now"), self)
        for b in (self.demo, self.terms, self.sources, self.team):
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.dismiss)
        lay.addLayout(row)
        self.demo.clicked.connect(window.act_demo.trigger)
        self.terms.clicked.connect(self._add_terms)
        self.sources.clicked.connect(self._add_sources)
        self.team.clicked.connect(lambda: window.show_view("contacts"))
        self.dismiss.clicked.connect(self._dismiss)
        self.hide()

    def _add_terms(self) -> None:
        if self.watch_feature is not None:
            self.watch_feature.show_manager()

    def _add_sources(self) -> None:
        if self.sources_feature is not None:
            self.sources_feature.add_feed()

    def _dismiss(self) -> None:
        QSettings().setValue(self.key, True)
        self.hide()

    def check(self) -> None:
        if QSettings().value(self.key, False, type=bool):
            self.hide()
            return
        read(self.window, is_empty, done=self.setVisible)


def attach(window, watch=None, sources=None) -> Welcome:
    welcome = Welcome(window, watch, sources)
    window.add_banner(welcome)
    def follow() -> None:
        if welcome.isVisible():
            welcome.check()

    window.store_changed.connect(follow)
    welcome.check()
    return welcome
