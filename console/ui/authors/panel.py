"""The Authors dock: who is behind the mentions. A list sorted by negative mentions, reach or
last seen (click the column's header) and filtered by a team label, over the selected author's
profile. The list is read off the GUI thread, and again when the workspace changes while the
dock is on screen."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from console.authors import profiles, team
from console.ui import i18n, plaintext
from console.ui.authors import names
from console.ui.authors.profile import AuthorProfile
from console.ui.tables import item, local_time, table

COLUMNS = (QT_TRANSLATE_NOOP("AuthorsPanel", "Author"), QT_TRANSLATE_NOOP("AuthorsPanel", "Labels"),
           QT_TRANSLATE_NOOP("AuthorsPanel", "Mentions"), QT_TRANSLATE_NOOP("AuthorsPanel", "Negative"),
           QT_TRANSLATE_NOOP("AuthorsPanel", "Reach"), QT_TRANSLATE_NOOP("AuthorsPanel", "Last seen"),
           QT_TRANSLATE_NOOP("AuthorsPanel", "Reasons"), QT_TRANSLATE_NOOP("AuthorsPanel", "Source"))
ORDER_OF_COLUMN = {3: "negative", 4: "reach", 5: "recent"}
WIDTHS = {0: 130, 1: 90, 6: 150}
LIST_ROWS = 7          # authors in view before the list scrolls, however small the window
LISTED = 500
REFRESH_DELAY_MS = 1500      # a poll writes in bursts: one refresh for the burst


class AuthorsPanel(QWidget):
    message = Signal(str, bool)

    def __init__(self, read, write, parent=None):
        """`read(fn, *args, done=, failed=)` and `write(...)` run `fn(connection, *args)` off the GUI thread."""
        super().__init__(parent)
        self.setObjectName("authorsPanel")
        self._read = read
        self.order = "negative"
        self.rows: list[dict] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Label:"), self))
        self.label_filter = QComboBox(self)
        self.label_filter.setObjectName("authorsLabelFilter")
        self.label_filter.addItem(self.tr("All authors"), None)
        for key in team.LABELS:
            self.label_filter.addItem(names.label(key), key)
        self.label_filter.currentIndexChanged.connect(self.refresh)
        top.addWidget(self.label_filter, 1)
        self.count = plaintext.label("", self)
        top.addWidget(self.count)
        lay.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.list = table(split, [self.tr(c) for c in COLUMNS], 7, name="authorsList")
        header = self.list.horizontalHeader()
        for col, width in WIDTHS.items():      # names and labels can be long: elided, and the user can widen them
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._sort_by)
        for col in ORDER_OF_COLUMN:
            self.list.horizontalHeaderItem(col).setToolTip(self.tr("Click to sort by this column"))
        self.list.currentCellChanged.connect(lambda row, *_: self._select(row))
        self.profile = AuthorProfile(read, write, split)
        self.profile.changed.connect(self.refresh)
        self.profile.message.connect(self.message)
        split.addWidget(self.list)
        split.addWidget(self.profile)
        rows = self.list.verticalHeader().defaultSectionSize()
        self.list.setMinimumHeight(self.list.horizontalHeader().sizeHint().height() + LIST_ROWS * rows + 4)
        lay.addWidget(split, 1)
        self._later = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._later.timeout.connect(self.refresh)

    def refresh(self) -> None:
        label = self.label_filter.currentData()
        self._read(lambda conn: profiles.listing(conn, order=self.order, label=label, limit=LISTED), done=self._fill,
                   failed=lambda e: self.message.emit(str(e), True))

    def refresh_if_shown(self) -> None:
        if self.isVisible():
            self._later.start()

    def show_author(self, author_id: int) -> None:
        self.profile.load(author_id)

    def _sort_by(self, col: int) -> None:
        self.order = ORDER_OF_COLUMN.get(col, self.order)
        col = next(c for c, o in ORDER_OF_COLUMN.items() if o == self.order)
        self.list.horizontalHeader().setSortIndicator(col, Qt.SortOrder.DescendingOrder)
        self.refresh()

    def _fill(self, rows: list[dict]) -> None:
        current = self.profile.author["id"] if self.profile.author else None
        self.rows = rows
        self.list.blockSignals(True)
        self.list.setRowCount(len(rows))
        for i, a in enumerate(rows):
            cells = (plaintext.line(a["name"], 80), names.labels_text(a["labels"]), str(a["mention_count"]),
                     str(a["negative_count"]), f"{a['reach']:,}" if a["reach"] is not None else "–",
                     local_time(a["last_seen"]), ", ".join(names.reason(r["kind"]) for r in a["reasons"]),
                     plaintext.line(a["source"], 60))
            for j, text in enumerate(cells):
                cell = item(text, a["id"])
                if 2 <= j <= 4:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if j == 6:
                    cell.setToolTip(plaintext.tooltip("\n".join(r["evidence"] for r in a["reasons"])))
                self.list.setItem(i, j, cell)
            if a["id"] == current:
                self.list.setCurrentCell(i, 0)
        self.list.blockSignals(False)
        plaintext.set_label(self.count, i18n.fill(self.tr("%1 shown"), str(len(rows))))
        if current is not None:
            self.profile.reload()
        elif rows:
            self.list.setCurrentCell(0, 0)      # the first author's profile, rather than an empty pane

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.rows) and (self.profile.author or {}).get("id") != self.rows[row]["id"]:
            self.profile.load(self.rows[row]["id"])
