"""The wall's table view. New mentions never move what the user is reading: rows inserted
above the first visible row shift the scroll position by as much, and a "▲ N new" marker
brings them into view. At the very top with nothing selected the wall simply follows."""

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView

from console.ui.wall.delegate import SeverityDelegate
from console.ui.wall.model import COL, COLUMNS, Role

WIDTHS = {"time": 104, "severity": 138, "source": 150, "author": 130, "sentiment": 82, "category": 140,
          "status": 108, "assignee": 100}
MIN_WIDTHS = {"time": 84, "severity": 122, "sentiment": 66}
HEADLINE_MIN = 160        # the title column is never squeezed below this (px)
HEADLINE_SHARE = 0.38     # of the table's width kept for the title when the other columns shrink


class WallView(QTableView):
    unseen_changed = Signal(int)
    first_paint = Signal()        # the first page (or the empty wall) is on screen

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("wallView")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setCornerButtonEnabled(False)
        vh = self.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 12)
        hh = self.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionsMovable(True)
        hh.setStretchLastSection(False)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setItemDelegateForColumn(COL["severity"], SeverityDelegate(self))
        self._painted = False
        self._auto_columns = True
        self._fitting = False
        self._unseen = 0
        self._marker = QPushButton(self.viewport())
        self._marker.setObjectName("newMarker")
        self._marker.setCursor(Qt.CursorShape.PointingHandCursor)
        self._marker.setFocusPolicy(Qt.FocusPolicy.NoFocus)      # the reader stays in the wall
        self._marker.hide()
        self._marker.clicked.connect(self.jump_to_newest)
        self._overflow = False
        self._anchor = None
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def setModel(self, model) -> None:
        super().setModel(model)
        hh = self.horizontalHeader()
        self._fit_columns()
        hh.setSectionResizeMode(COL["headline"], QHeaderView.ResizeMode.Stretch)
        hh.sectionResized.connect(self._user_resized)
        # The model's order on the header: a column's, or none for an order of its own (needs attention).
        hh.setSortIndicator(COL.get(model.sort_spec.column, -1), Qt.SortOrder.DescendingOrder)
        self.setSortingEnabled(True)
        model.rowsAboutToBeInserted.connect(self._before_insert)
        model.rowsInserted.connect(self._after_insert)
        model.modelReset.connect(self._reset)
        model.overflowed.connect(self._on_overflow)

    def viewportEvent(self, event) -> bool:
        handled = super().viewportEvent(event)
        if not self._painted and event.type() == QEvent.Type.Paint:
            m = self.model()
            if m is not None and (m.rowCount() or m.complete):
                self._painted = True
                QTimer.singleShot(0, self._painted_first)      # once this paint is done
        return handled

    def _painted_first(self) -> None:
        self.first_paint.emit()

    # -- keeping the reader's place -----------------------------------------------------------------
    def _following(self) -> bool:
        return self.verticalScrollBar().value() == 0 and not self.selectionModel().hasSelection()

    def _before_insert(self, parent: QModelIndex, first: int, last: int) -> None:
        top = self.rowAt(0)
        self._anchor = None
        if top >= 0 and first <= top and not self._following():
            self._anchor = self.verticalScrollBar().value()

    def _after_insert(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._anchor is None:
            return
        n = last - first + 1
        self.verticalScrollBar().setValue(self._anchor + n)
        self._anchor = None
        self._set_unseen(self._unseen + n)

    def _scrolled(self, value: int) -> None:
        if value == 0 and self._unseen:
            self._set_unseen(0)

    def _reset(self) -> None:
        self._overflow = False
        self._set_unseen(0)

    def _on_overflow(self) -> None:
        self._overflow = True
        self._show_marker()

    def _set_unseen(self, n: int) -> None:
        if n != self._unseen:
            self._unseen = n
            self.unseen_changed.emit(n)
        self._show_marker()

    @property
    def unseen(self) -> int:
        return self._unseen

    def _show_marker(self) -> None:
        if self._overflow:
            self._marker.setText(self.tr("▲ Many new mentions: show them"))
        elif self._unseen:
            self._marker.setText(self.tr("▲ %n new", "", self._unseen))
        else:
            self._marker.hide()
            return
        self._marker.adjustSize()
        self._place_marker()
        self._marker.show()
        self._marker.raise_()

    def _place_marker(self) -> None:
        vp = self.viewport()
        self._marker.move((vp.width() - self._marker.width()) // 2, 8)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_marker()
        if self._auto_columns:
            self._fit_columns()

    # -- columns that fit until the user sizes them -------------------------------------------------
    def _fit_columns(self) -> None:
        """Give the title its share of a narrow table by shrinking the other columns in proportion."""
        width = self.viewport().width()
        room = width * (1 - HEADLINE_SHARE)
        scale = min(1.0, room / sum(WIDTHS.values())) if width > 0 else 1.0
        header = self.horizontalHeader()
        self._fitting = True
        others = 0
        for name, w in WIDTHS.items():
            header.resizeSection(COL[name], max(self.least_width(name), int(w * scale)))
            others += header.sectionSize(COL[name])
        # The title stretches over what is left, but never below its heading: a table too narrow for
        # every column in a wordier language scrolls sideways instead of cutting the title away.
        least = self.least_width("headline")
        if width - others < least:
            header.setSectionResizeMode(COL["headline"], QHeaderView.ResizeMode.Interactive)
            header.resizeSection(COL["headline"], least)
        else:
            header.setSectionResizeMode(COL["headline"], QHeaderView.ResizeMode.Stretch)
        self._fitting = False

    def least_width(self, name: str) -> int:
        """A column never narrower than its heading in this language (with the sort arrow), nor the
        severity column than its widest pill and score: a translated label is never cut."""
        least = MIN_WIDTHS.get(name, 56) if name != "headline" else HEADLINE_MIN
        if self.model() is not None:  # the heading's text, margins and sort arrow, as the style draws them
            least = max(least, self.horizontalHeader().sectionSizeHint(COL[name]))
        if name == "severity":
            least = max(least, self.itemDelegateForColumn(COL[name]).needed_width(self.font()))
        return least

    def _user_resized(self, section: int, old: int, new: int) -> None:
        if not self._fitting and COLUMNS[section] != "headline":
            self._auto_columns = False

    def restore_header(self, state) -> bool:
        """A remembered layout wins over fitting."""
        if self.horizontalHeader().restoreState(state):
            self._auto_columns = False
            return True
        return False

    def jump_to_newest(self) -> None:
        """Bring the newest mentions into view (after a flood: reload the wall from the top)."""
        if self._overflow:
            self.model().reload()
        self.scrollToTop()
        self._set_unseen(0)

    # -- what the rest of the window asks ---------------------------------------------------------
    def shown_rows(self) -> list[int]:
        """The rows on screen and the selected rows: what a change in the store must refresh."""
        top = max(self.rowAt(0), 0)
        bottom = self.rowAt(self.viewport().height() - 1)
        if bottom < 0:
            bottom = self.model().rowCount() - 1
        rows = set(range(top, bottom + 1))
        rows.update(i.row() for i in self.selectionModel().selectedRows())
        return sorted(rows)

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        return [self.model().index(r, 0).data(Role.ID) for r in rows]
