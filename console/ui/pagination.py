"""Cutting a laid-out document into pages the way a typesetter would, for the binder and the review.

Qt's own pagination cuts wherever the page ends: through a table row, under a heading, leaving a
page with the last line of a section. Here the document is laid out once as one long strip (no
page breaks), its blocks and table rows are measured, and the page ends are chosen among the
places where a cut is allowed:
- never inside a table row, never between a heading (or the note under it) and what follows, nor
  between a table and the note under it;
- a table that runs onto the next page has its header rows painted again at the top of that page;
- `page-break-before` (each section) starts a new page, unless the section is too short to stand
  alone on one page (then it follows the previous one);
- no page holds fewer than MIN_LINES lines when lines could move to it from the page before.
Each page is then painted as its slice of the strip (with the repeated header above it)."""

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextTable

MIN_LINES = 8
SAME_LINE_PT = 4.0  # lines whose middles are this close read as one row (cells of one table row)


@dataclass
class Cut:
    """A place a page may end (and the next begin): `y` on the strip."""
    y: float
    allowed: bool = True
    forced: bool = False          # a new section begins here
    header: tuple | None = None   # (top, bottom) of the table header to repeat when a page starts here


@dataclass
class Page:
    start: float
    end: float
    header: tuple | None = None


@dataclass
class Strip:
    """The document as one long strip: its cuts in order, and the middles of its text lines."""
    cuts: list[Cut] = field(default_factory=list)
    lines: list[float] = field(default_factory=list)
    same_line: float = 4.0
    table_rows: list[tuple[float, float]] = field(default_factory=list)  # each table row's (top, bottom)
    tables: list[tuple[float, float]] = field(default_factory=list)  # each table with a header: its rows' span


    def rows(self, start: float, end: float, header: tuple | None = None) -> int:
        """The number of rows of text a page from `start` to `end` (with `header`) shows."""
        spans = [(start, end)] + ([header] if header else [])
        mids = sorted(m for m in self.lines if any(a <= m < b for a, b in spans))
        return sum(1 for i, m in enumerate(mids) if i == 0 or m - mids[i - 1] > self.same_line)


def _block_lines(layout, block: QTextBlock) -> list[float]:
    """The middles of the block's lines of text (none for a blank block, such as a bar's cells)."""
    if not block.text().strip("\u00a0 \u2028"):
        return []
    rect = layout.blockBoundingRect(block)
    text_layout = block.layout()
    return [rect.top() + text_layout.lineAt(i).y() + text_layout.lineAt(i).height() / 2
            for i in range(text_layout.lineCount())]


def _row_box(layout, table: QTextTable, row: int) -> tuple[float, float]:
    tops, bottoms = [], []
    for col in range(table.columns()):
        cell = table.cellAt(row, col)
        if cell.row() != row:  # a cell spanning from a row above
            continue
        first, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
        tops.append(layout.blockBoundingRect(first).top())
        bottoms.append(layout.blockBoundingRect(last).bottom())
    return min(tops), max(bottoms)


def measure(doc: QTextDocument) -> Strip:
    """The cuts and lines of `doc`, laid out as one strip (its text width set, no page height)."""
    layout = doc.documentLayout()
    device = layout.paintDevice()
    strip = Strip(same_line=SAME_LINE_PT * (device.logicalDpiY() if device else 72) / 72)
    previous = None   # "heading", "note" (a paragraph right after a heading), "block" or "table"
    block = doc.begin()
    seen_tables = set()
    while block.isValid():
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        if table is not None:
            outer = table
            while isinstance(outer.parentFrame(), QTextTable):
                outer = outer.parentFrame()
            if outer.firstPosition() not in seen_tables:
                seen_tables.add(outer.firstPosition())
                _measure_table(layout, outer, strip, keep=previous in ("heading", "note"))
                previous = "table"
            for b in _blocks_of(outer):
                strip.lines += _block_lines(layout, b)
            block = doc.findBlock(outer.lastPosition() + 1)
            continue
        rect = layout.blockBoundingRect(block)
        fmt = block.blockFormat()
        heading = fmt.headingLevel() > 0
        forced = bool(fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        # a heading stays with what follows; a note right after a table (a template's "Fill in") stays with the table
        kept = previous == "heading" or (previous == "table" and not heading)
        strip.cuts.append(Cut(rect.top(), allowed=not kept or forced, forced=forced))
        strip.lines += _block_lines(layout, block)
        previous = "heading" if heading else "note" if previous == "heading" and block.length() > 1 else "block"
        block = block.next()
    strip.cuts.append(Cut(layout.documentSize().height(), forced=True))
    strip.cuts.sort(key=lambda c: c.y)
    return strip


def _blocks_of(table: QTextTable):
    block = table.firstCursorPosition().block()
    while block.isValid() and block.position() <= table.lastPosition():
        yield block
        block = block.next()


def _measure_table(layout, table: QTextTable, strip: Strip, keep: bool) -> None:
    """Cuts before the table and between its rows; a row is never cut, the header stays with the first row."""
    heads = table.format().headerRowCount()
    boxes = [_row_box(layout, table, r) for r in range(table.rows())]
    frame = layout.frameBoundingRect(table)
    edges = [frame.top()] + [(boxes[r - 1][1] + boxes[r][0]) / 2 for r in range(1, len(boxes))]
    header = (frame.top(), edges[heads]) if 0 < heads < len(boxes) else None
    strip.table_rows += boxes
    if header:
        strip.tables.append((boxes[0][0], boxes[-1][1]))
    for r, y in enumerate(edges):
        first = r == 0
        strip.cuts.append(Cut(y, allowed=(first and not keep) or r > heads, header=None if first or r < heads else header))


def paginate(strip: Strip, height: float) -> list[Page]:
    """Pages of at most `height`, ended at allowed cuts, sections on new pages, no near-empty page."""
    cuts = strip.cuts
    pages: list[tuple[int, int]] = []  # (index of the first cut, index of the last cut)
    s = 0
    while s < len(cuts) - 1:
        e = _fill(strip, s, height)
        pages.append((s, e))
        s = e
    pages = _balance(strip, pages, height)
    return [Page(cuts[s].y, cuts[e].y, cuts[s].header) for s, e in pages]


def _head(strip: Strip, s: int) -> float:
    h = strip.cuts[s].header
    return h[1] - h[0] if h else 0.0


def _fits(strip: Strip, s: int, e: int, height: float) -> bool:
    return strip.cuts[e].y - strip.cuts[s].y + _head(strip, s) <= height + 0.5


def _fill(strip: Strip, s: int, height: float) -> int:
    """The last cut the page starting at cut `s` can end at: an allowed cut within the height, or a section start."""
    cuts, best = strip.cuts, None
    for k in range(s + 1, len(cuts)):
        if not _fits(strip, s, k, height):
            break
        if cuts[k].forced:
            return k
        if cuts[k].allowed:
            best = k
    if best is None:  # nothing allowed fits (a very tall row): take the last cut that fits, else one line of it
        fitting = [k for k in range(s + 1, len(cuts)) if _fits(strip, s, k, height)]
        best = fitting[-1] if fitting else _split_tall(strip, s, height)
    return best


def _split_tall(strip: Strip, s: int, height: float) -> int:
    """A block taller than a page: a new cut at the last line end that fits."""
    top = strip.cuts[s].y
    limit = top + height - _head(strip, s)
    ends = [m for m in strip.lines if top < m < limit]
    y = (ends[-1] + limit) / 2 if ends else limit
    strip.cuts.insert(s + 1, Cut(y))
    return s + 1


def _balance(strip: Strip, pages: list[tuple[int, int]], height: float) -> list[tuple[int, int]]:
    """Give a short page (before a section start or at the end) lines from the page before it; a section too
    short for a page of its own follows the previous page when both fit on one."""
    cuts = strip.cuts
    i = 1
    while i < len(pages):
        (ps, _), (s, e) = pages[i - 1], pages[i]
        if strip.rows(cuts[s].y, cuts[e].y, cuts[s].header) >= MIN_LINES:
            i += 1
            continue
        if _fits(strip, ps, e, height):  # both on one page (a section that could not stand alone)
            pages[i - 1:i + 1] = [(ps, e)]
            i = max(1, i - 1)
            continue
        moved = None
        if not cuts[s].forced:
            for k in range(s - 1, ps, -1):
                if not cuts[k].allowed:
                    continue
                if strip.rows(cuts[ps].y, cuts[k].y, cuts[ps].header) < MIN_LINES or not _fits(strip, k, e, height):
                    break
                moved = k
                if strip.rows(cuts[k].y, cuts[e].y, cuts[k].header) >= MIN_LINES:
                    break
        if moved is not None:
            pages[i - 1:i + 1] = [(ps, moved), (moved, e)]
        i += 1
    return pages


def draw_page(doc: QTextDocument, painter: QPainter, page: Page, width: float) -> None:
    """Paint one page: the repeated table header, then the page's slice of the strip under it."""
    offset = 0.0
    if page.header:
        top, bottom = page.header
        painter.save()
        painter.translate(0, -top)
        doc.drawContents(painter, QRectF(0, top, width, bottom - top))
        painter.restore()
        offset = bottom - top
    painter.save()
    painter.translate(0, offset - page.start)
    doc.drawContents(painter, QRectF(0, page.start, width, page.end - page.start))
    painter.restore()
