"""The binder and the review, laid out on A4 in every language, obey a typesetter's rules, checked on the laid-out
pages (row boxes against page boxes): no table row is cut by a page end; a table that runs onto a page repeats
its header there; no page but the last of a section holds under MIN_LINES lines; a page never ends on a heading;
no word and no number-unit pair is broken across lines inside a cell; every column of a table has a heading."""

import re

import pytest
from incident_seed import storm
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextCursor

from console.incidents import crisis, operations
from console.playbook import runs
from console.playbook.language import LANGS
from console.playbook.store import PlaybookStore
from console.reports import review_figures
from console.reports.binder import binder_html
from console.reports.review import review_html
from console.timeutil import now_iso
from console.ui import pagination, printing

CJK = re.compile("[\u3000-\u9fff\uff00-\uffef]")


@pytest.fixture(scope="module")
def device(tmp_path_factory):
    printing.ensure_app()
    writer = QPdfWriter(str(tmp_path_factory.mktemp("print") / "layout.pdf"))
    writer.setResolution(printing.RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     printing.MARGINS_MM, QPageLayout.Unit.Millimeter))
    return writer


@pytest.fixture
def documents(db, workspace):
    """(name, lang, html) of the binder and a review of a crisis in each language."""
    store = PlaybookStore.open(workspace.folder)
    _, _, alert = storm(db, n=12)
    iid = crisis.turn_on(db, alert_id=alert).incident_id
    operations.add_note(db, iid, "Holding statement approved by legal")
    operations.add_response(db, iid, "x", "We are looking into it. Updates: https://acme.example/status")
    runs.tick(store, runs.start(store, "activation", "en", str(iid), by="Dana"), 1, by="Dana")
    docs = []
    for lang in LANGS:
        pb = store.playbook(lang)
        docs.append(("binder", lang, binder_html(pb, store.contacts(), now_iso())))
        docs.append(("review", lang, review_html(review_figures.gather(db, iid, store), pb, now_iso())))
    yield docs
    store.close()


def _broken_words(doc) -> list[str]:
    """Lines inside table cells that begin in the middle of a word (or of '15 min')."""
    broken = []
    block = doc.begin()
    while block.isValid():
        if QTextCursor(block).currentTable() is not None:
            text, layout = block.text(), block.layout()
            for i in range(1, layout.lineCount()):
                at = layout.lineAt(i).textStart()
                before, after = text[at - 1:at], text[at:at + 1]
                if before and after and not before.isspace() and before not in "-–/" \
                        and not CJK.match(before) and not CJK.match(after):
                    broken.append(f"{text[max(0, at - 12):at]}|{text[at:at + 12]}")
        block = block.next()
    return broken


def _columns_without_heading(doc) -> list[str]:
    missing = []
    for frame in doc.rootFrame().childFrames():
        table = frame if hasattr(frame, "cellAt") else None
        if table is None or table.format().headerRowCount() == 0:
            continue
        head = table.format().headerRowCount() - 1
        for col in range(table.columns()):
            cell = table.cellAt(head, col)
            text = QTextCursor(cell.firstCursorPosition())
            text.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
            if not text.selectedText().strip():
                missing.append(f"table at {table.firstPosition()}: column {col + 1}")
    return missing


def test_binder_and_review_lay_out_like_a_typesetter_in_every_language(documents, device):
    problems = []
    for name, lang, html in documents:
        laid = printing.lay_out(html, lang, device)
        strip, pages, where = laid.strip, laid.pages, f"{name} {lang}"
        assert len(pages) >= 2, where
        ends = {p.end for p in pages[:-1]}
        problems += [f"{where}: a page ends inside the row at {top:.0f}-{bottom:.0f}"
                     for top, bottom in strip.table_rows for end in ends if top < end < bottom]
        for n, page in enumerate(pages, 1):
            continues = any(top < page.start < bottom for top, bottom in strip.tables)
            if continues and page.header is None:
                problems.append(f"{where}: page {n} continues a table without its header")
            if page.end - page.start + (page.header[1] - page.header[0] if page.header else 0) > laid.page.height() + 1:
                problems.append(f"{where}: page {n} is taller than the paper")
            section_end = n == len(pages) or any(c.forced and abs(c.y - page.end) < 0.5 for c in strip.cuts)
            if strip.rows(page.start, page.end, page.header) < pagination.MIN_LINES and not section_end:
                problems.append(f"{where}: page {n} holds under {pagination.MIN_LINES} lines")
            cut = next((c for c in strip.cuts if abs(c.y - page.end) < 0.5), None)
            if n < len(pages) and cut is not None and not (cut.allowed or cut.forced):
                problems.append(f"{where}: page {n} ends where a heading or a table's header must stay with what follows")
        if lang in ("en", "uk"):
            problems += [f"{where}: broken in a cell: {w}" for w in _broken_words(laid.doc)]
        problems += [f"{where}: no heading for {c}" for c in _columns_without_heading(laid.doc)]
    assert not problems, "\n".join(problems[:30])


def test_pages_end_only_where_allowed_and_short_sections_share_a_page():
    strip = pagination.Strip(same_line=1)
    strip.cuts = [pagination.Cut(0), pagination.Cut(50), pagination.Cut(60, allowed=False), pagination.Cut(90),
                  pagination.Cut(100, forced=True), pagination.Cut(104, forced=True)]
    strip.lines = [float(y) for y in range(1, 104, 3)]
    pages = pagination.paginate(strip, height=80)
    assert [(p.start, p.end) for p in pages] == [(0, 50), (50, 104)]
