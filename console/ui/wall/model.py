"""The wall's table model: a window onto the store that holds only the pages the user has
scrolled through, loads the next page in the background when the view asks (canFetchMore /
fetchMore), and takes new and changed mentions in place without a reset."""

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication

from console.store.wall import Sort
from console.store.wall_filter import WallFilter
from console.ui import labels, plaintext, sentences
from console.ui.authors import names as author_names

COLUMNS = ("time", "severity", "source", "author", "headline", "sentiment", "category", "status", "assignee")
HEADERS = {
    "time": QT_TRANSLATE_NOOP("Wall", "Time"),
    "severity": QT_TRANSLATE_NOOP("Wall", "Severity"),
    "source": QT_TRANSLATE_NOOP("Wall", "Source"),
    "author": QT_TRANSLATE_NOOP("Wall", "Author"),
    "headline": QT_TRANSLATE_NOOP("Wall", "Title or text"),
    "sentiment": QT_TRANSLATE_NOOP("Wall", "Sentiment"),
    "category": QT_TRANSLATE_NOOP("Wall", "Category"),
    "status": QT_TRANSLATE_NOOP("Wall", "Status"),
    "assignee": QT_TRANSLATE_NOOP("Wall", "Assignee"),
}
COL = {name: i for i, name in enumerate(COLUMNS)}
ROOT = QModelIndex()
LIVE_LIMIT = 10_000        # more new mentions than this at once: offer a reload instead of inserting them
KEEP_ROWS = 20_000         # a live wall drops its oldest loaded rows past this (scrolling brings them back)


DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
USER = int(Qt.ItemDataRole.UserRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# A repaint asks each visible cell for a dozen roles and its flags: roles the wall never fills are
# answered before any work, and the flags are one constant (enum arithmetic costs microseconds).
SHOWN_ROLES = frozenset({DISPLAY, TOOLTIP, FOREGROUND, BACKGROUND, FONT, ALIGNMENT})
CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
MUTED = ("resolved", "ignored", "hidden")


class Role:
    ID = Qt.ItemDataRole.UserRole + 1
    LEVEL = ID + 1
    SEVERITY = ID + 2
    REASONS = ID + 3        # list of {factor, points, evidence}
    TERMS = ID + 4          # matched watch terms
    URL = ID + 5
    STATUS = ID + 6
    POSITIVE = ID + 7
    ROW = ID + 8            # the WallRow itself


_ROLE_VALUES = {
    Role.ID: lambda r: r.id,
    Role.LEVEL: lambda r: r.level,
    Role.SEVERITY: lambda r: r.severity,
    Role.REASONS: lambda r: r.reason_list,
    Role.TERMS: lambda r: r.term_list,
    Role.URL: lambda r: r.url,
    Role.STATUS: lambda r: r.status,
    Role.POSITIVE: lambda r: bool(r.positive),
    Role.ROW: lambda r: r,
}


def _time_text(dt: datetime | None, today) -> str:
    if dt is None:
        return ""
    if dt.date() == today:
        return dt.strftime("%H:%M")
    if dt.year == today.year:
        return sentences.day_month(dt)
    return dt.strftime("%Y-%m-%d %H:%M")


def _reasons_text(row) -> str:
    lines = [f"{labels.level_cue(row.level, positive=bool(row.positive))}  {row.severity if row.severity is not None else ''}"]
    for r in row.reason_list:
        if isinstance(r, dict):
            lines.append(f"{r.get('points', 0):+g}  {labels.factor(r.get('factor'))}: {sentences.evidence(r.get('evidence'))}")
    return "\n".join(lines)


class WallModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    page_loaded = Signal(int)              # rows added by a page
    live_rows_arrived = Signal(int)        # new mentions inserted live
    overflowed = Signal()                  # too many new mentions at once: reload to see them
    count_changed = Signal(int)            # how many mentions pass the filter

    def __init__(self, store, tasks, parent=None, order: str = "time"):
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._filter = WallFilter()
        self._sort = Sort(order)
        self._rows: list = []
        self._by_id: dict = {}      # mention id -> its row (rows are found by binary search on the key)
        self._bold = None
        self._colours: dict = {}
        self._gen = 0
        self._loading = False
        self._complete = False
        self._started = False
        self._checking = False
        self._recheck = False
        self._max_id = 0
        self._overflow = False
        self._counted = False
        self._today = datetime.now().astimezone().date()

    # -- what is shown ------------------------------------------------------------------------
    @property
    def filter(self) -> WallFilter:
        return self._filter

    @property
    def sort_spec(self) -> Sort:
        """The order shown (the view's header marks its column, if it has one)."""
        return self._sort

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def complete(self) -> bool:
        return self._complete

    def set_filter(self, flt: WallFilter) -> None:
        if flt != self._filter or flt.label != self._filter.label:
            self._filter = flt
            self.reload()

    def sort(self, column: int, order=Qt.SortOrder.DescendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):     # no column: an order of its own (set_order) stays
            return
        self._set_sort(Sort(COLUMNS[column], order == Qt.SortOrder.DescendingOrder))

    def set_order(self, order: str) -> None:
        """One of console.store.attention.ORDERS: needs attention, newest, most severe, most reach first."""
        self._set_sort(Sort(order, True))

    def _set_sort(self, spec: Sort) -> None:
        if spec != self._sort:
            self._sort = spec
            self.reload()

    def reload(self) -> None:
        """Start again from the first page of the current filter and sort."""
        self._gen += 1
        self._started = True
        self._overflow = False
        self._today = datetime.now().astimezone().date()
        self.beginResetModel()
        self._rows, self._by_id = [], {}
        self._complete = False
        self._set_loading(False)
        self.endResetModel()
        self._request_page()
        if self._counted:
            self.refresh_count()

    def refresh_count(self) -> None:
        """Count what passes the filter (on the count lane: it may read every row). The window
        asks for the first count once the first page is on screen; reloads recount."""
        self._counted = True
        gen, flt = self._gen, self._filter
        self._tasks.run(self._store.count, flt, lane="count",
                        done=lambda n: gen == self._gen and self.count_changed.emit(n))

    # -- paging ---------------------------------------------------------------------------------
    def canFetchMore(self, parent=ROOT) -> bool:
        return not parent.isValid() and self._started and not self._complete and not self._loading

    def fetchMore(self, parent=ROOT) -> None:
        if self.canFetchMore(parent):
            self._request_page()

    def _set_loading(self, on: bool) -> None:
        if on != self._loading:
            self._loading = on
            self.loading_changed.emit(on)

    def _request_page(self) -> None:
        self._set_loading(True)
        gen, flt, sort = self._gen, self._filter, self._sort
        after = self._rows[-1].key if self._rows else None
        self._tasks.run(self._page_if_current, gen, flt, sort, after, lane="read",
                        done=lambda page: self._add_page(gen, page, first=after is None),
                        failed=lambda e: self._page_failed(gen, e))

    def _page_if_current(self, gen, flt, sort, after):
        # Skip work queued for a filter the user has already left (typing in the search box).
        return self._store.page(flt, sort, after) if gen == self._gen else None

    def _page_failed(self, gen, error) -> None:
        if gen == self._gen:
            self._set_loading(False)
            self._complete = True
            self._tasks.failed.emit("wall page", error)

    def _add_page(self, gen, page, first: bool) -> None:
        if gen != self._gen or page is None:
            return
        rows = [r for r in page.rows if r.id not in self._by_id]
        if first:
            self._max_id = page.max_id
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self._by_id.update((r.id, r) for r in rows)
            self.endInsertRows()
        self._complete = page.complete
        self._set_loading(False)
        self.page_loaded.emit(len(rows))

    # -- live updates ---------------------------------------------------------------------------
    def check_changes(self, shown_rows=()) -> None:
        """The store changed: insert the new mentions that belong among the loaded rows and
        refresh `shown_rows` (the rows on screen and the selected ones)."""
        if not self._started or self._loading or self._checking:
            self._recheck = self._started
            return
        self._checking, self._recheck = True, False
        gen, flt, sort, max_id = self._gen, self._filter, self._sort, self._max_id
        ids = [self._rows[i].id for i in sorted(set(shown_rows)) if 0 <= i < len(self._rows)]
        limit = 0 if self._overflow else LIVE_LIMIT

        def look(store=self._store):
            newer = store.newer_than(flt, sort, max_id, limit) if limit else None
            return newer, store.current(flt, sort, ids)

        self._tasks.run(look, lane="read", done=lambda result: self._apply_changes(gen, *result),
                        failed=lambda e: self._check_failed(e))

    def _check_failed(self, error) -> None:
        self._checking = False
        self._tasks.failed.emit("wall refresh", error)

    def _apply_changes(self, gen, newer, current) -> None:
        self._checking = False
        if gen == self._gen:
            rows, gone = current
            self._update_rows(rows)
            self._remove_ids(gone)
            if newer is not None:
                if not newer.complete:
                    self._overflow = True
                    self.overflowed.emit()
                else:
                    self._max_id = max(self._max_id, newer.max_id)
                    self._insert_live(newer.rows)
        if self._recheck:
            self.check_changes()

    def _row_of(self, mention_id: int) -> int:
        row = self._by_id.get(mention_id)
        if row is None:
            return -1
        i = self._position(row.key)
        return i if i < len(self._rows) and self._rows[i] is row else -1

    def _update_rows(self, rows) -> None:
        for new in rows:
            i = self._row_of(new.id)
            if i >= 0 and new.values != self._rows[i].values:    # unchanged rows keep their cached texts
                # The row keeps its place even if its sort key changed (a status sort): rows do not
                # jump away under the reader; the next reload puts it in order.
                new.key = self._rows[i].key
                self._rows[i] = new
                self._by_id[new.id] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    def _remove_ids(self, gone: set[int]) -> None:
        for mention_id in gone:
            i = self._row_of(mention_id)
            if i >= 0:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                del self._by_id[mention_id]
                self.endRemoveRows()

    def _position(self, key) -> int:
        """Where a row with `key` goes in the loaded rows (binary search in the wall's order)."""
        lo, hi = 0, len(self._rows)
        desc = self._sort.descending
        while lo < hi:
            mid = (lo + hi) // 2
            k = self._rows[mid].key
            if (k > key) if desc else (k < key):
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _insert_live(self, rows) -> None:
        groups: dict[int, list] = {}
        for r in rows:
            if r.id in self._by_id:
                continue
            pos = self._position(r.key)
            if pos == len(self._rows) and not self._complete:
                continue   # beyond what is loaded: the next page brings it
            groups.setdefault(pos, []).append(r)
        added, offset = 0, 0
        for pos in sorted(groups):
            batch = groups[pos]
            at = pos + offset
            self.beginInsertRows(QModelIndex(), at, at + len(batch) - 1)
            self._rows[at:at] = batch
            self._by_id.update((r.id, r) for r in batch)
            self.endInsertRows()
            offset += len(batch)
            added += len(batch)
        if added:
            self.live_rows_arrived.emit(added)

    def trim(self, keep: int = 0) -> None:
        """Drop loaded rows past max(keep, KEEP_ROWS), so a wall that takes mentions in all day
        holds a bounded number; scrolling down fetches them again (keyset from the new last row)."""
        keep = max(keep, KEEP_ROWS)
        if len(self._rows) <= keep:
            return
        self.beginRemoveRows(QModelIndex(), keep, len(self._rows) - 1)
        for r in self._rows[keep:]:
            del self._by_id[r.id]
        del self._rows[keep:]
        self._complete = False
        self.endRemoveRows()

    # -- Qt model interface -----------------------------------------------------------------------
    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Wall", HEADERS[COLUMNS[section]])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] == "sentiment":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        return CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def row_at(self, i: int):
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def row_for_id(self, mention_id: int) -> int:
        return self._row_of(mention_id)

    def data(self, index, role=DISPLAY):
        # Called for every role of every visible cell at each repaint: plain ints, cached texts and colours.
        if role < USER and role not in SHOWN_ROLES:
            return None
        r = index.row()
        if not (0 <= r < len(self._rows)):
            return None
        row = self._rows[r]
        c = index.column()
        if role == DISPLAY:
            cells = row.cells
            if cells is None:
                cells = row.cells = self._cells(row)
            return cells[c]
        if role >= USER:
            return self._custom(row, role)
        col = COLUMNS[c]
        if role == FOREGROUND:
            if col == "sentiment":
                return self._colour(("sentiment", row.sentiment is not None and (row.sentiment >= 0.05) - (row.sentiment <= -0.05)))
            return self._colour("muted") if row.status in MUTED else None
        if role == FONT:
            return self._bold_font() if col == "headline" and row.status == "new" else None
        if role == BACKGROUND:
            return self._colour("critical") if row.level == "critical" and row.status in ("new", "acknowledged") else None
        if role == ALIGNMENT:
            return RIGHT if col == "sentiment" else None
        if role == TOOLTIP:
            return self._tooltip(row, col)
        return None

    def _cells(self, row) -> tuple:
        """What each column shows for `row`, worked out once (cleaning text is not free); a tuple,
        which the cycle collector stops tracking (see WallRow)."""
        return (
            _time_text(row.local_time, self._today),
            labels.level_cue(row.level, positive=bool(row.positive)) + (
                f"  {row.severity}" if row.severity is not None else ""),
            plaintext.line(row.source, 120),
            plaintext.line(row.author, 120) + (f"  · {author_names.labels_text(row.author_label_list)}"
                                               if row.author_label_list else ""),
            plaintext.line(row.headline),
            labels.sentiment_text(row.sentiment),
            labels.category(row.category),
            labels.status(row.status),
            plaintext.line(row.assignee, 120),
        )

    def _bold_font(self) -> QFont:
        if self._bold is None:
            self._bold = QFont()
            self._bold.setWeight(QFont.Weight.DemiBold)
        return self._bold

    def _colour(self, key):
        """Colours depend on the palette (light or dark): made once per palette."""
        pal = QGuiApplication.palette()
        cache_key = (pal.cacheKey(), key)
        colour = self._colours.get(cache_key)
        if colour is None and cache_key not in self._colours:
            if key == "muted":
                colour = pal.text().color()
                colour.setAlphaF(0.55)
            elif key == "critical":
                colour = QColor(labels.level_fill("critical", pal))
                colour.setAlpha(26)
            else:
                sign = key[1]
                colour = labels.sentiment_colour(sign * 1.0 if sign else None, pal)
            self._colours[cache_key] = colour
        return colour

    def _tooltip(self, row, col):
        if col == "time":
            local = row.local_time.strftime("%Y-%m-%d %H:%M:%S %Z") if row.local_time else ""
            return plaintext.tooltip(f"{local}\n{row.sort_time}")
        if col == "severity":
            return plaintext.tooltip(_reasons_text(row))
        if col in ("source", "author", "headline"):
            return plaintext.tooltip(getattr(row, col))
        return None

    def _custom(self, row, role):
        get = _ROLE_VALUES.get(role)
        return get(row) if get else None

    def roleNames(self):
        names = super().roleNames()
        names.update({Role.ID: b"mentionId", Role.LEVEL: b"level", Role.SEVERITY: b"severity",
                      Role.REASONS: b"reasons", Role.TERMS: b"matchedTerms", Role.URL: b"url",
                      Role.STATUS: b"status", Role.POSITIVE: b"positive"})
        return names
