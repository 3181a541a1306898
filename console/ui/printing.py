"""Typesetting HTML (the crisis binder) on paper or into an A4 PDF with Qt's own text engine:
Qt already ships in the app, so printing needs no second renderer.

The document is laid out against the output device, cut into pages, and each page gets a footer
(what it is, when it was printed, "page n of N"). The fonts are chosen by language, because Qt's
fallback may otherwise draw Chinese with a Japanese font or miss glyphs entirely."""

import re
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextDocument,
)

from console.playbook.render import substitute
from console.reports.binder import FONTS, binder_html, footer
from console.ui import pagination

RADICALS = range(0x2E80, 0x2FE0)  # CJK radicals, which CJK fonts draw with the ideograph's own glyph
CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
HEX4 = re.compile(rb"<([0-9A-F]{4})>")
RESOLUTION = 300  # dots per inch of the PDF's layout; text stays vector either way
MARGINS_MM = QMarginsF(16, 16, 16, 12)
_app = None  # the application created for a headless print, kept alive for the process


def ensure_app() -> QGuiApplication:
    """Text layout needs a GUI application; from the command line, an offscreen one will do."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        app = _app = QGuiApplication(["crisis-console", "-platform", "offscreen"])
    return app


def font_for(lang: str, point_size: float = 10) -> QFont:
    font = QFont()
    font.setFamilies(FONTS.get(lang, FONTS["en"]))
    font.setPointSizeF(point_size)
    return font


@dataclass
class Layout:
    """A document laid out for a device: the strip, its pages, and the page's text area above the footer."""
    doc: QTextDocument
    strip: pagination.Strip
    pages: list[pagination.Page]
    page: QSizeF
    footer_h: float


def lay_out(html: str, lang: str, device: QPagedPaintDevice) -> Layout:
    """Lay `html` out for `device` (a QPdfWriter or a QPrinter) and cut it into pages."""
    doc = QTextDocument()
    doc.setDefaultFont(font_for(lang))
    doc.setDocumentMargin(0)
    doc.documentLayout().setPaintDevice(device)
    doc.setHtml(html)
    area = device.pageLayout().paintRectPixels(device.resolution())
    footer_h = QFontMetricsF(font_for(lang, 7.5), device).height() * 2
    page = QSizeF(area.width(), area.height() - footer_h)
    doc.setTextWidth(page.width())  # one long strip, cut into pages by console.ui.pagination
    strip = pagination.measure(doc)
    return Layout(doc, strip, pagination.paginate(strip, page.height()), page, footer_h)


def paint_document(html: str, lang: str, device: QPagedPaintDevice, footer: str, page_label: str) -> str:
    """Lay `html` out on `device` (a QPdfWriter or a QPrinter) page by page; returns the plain text
    it printed. `page_label` holds {n} and {total}."""
    laid = lay_out(html, lang, device)
    doc, page, footer_h = laid.doc, laid.page, laid.footer_h
    painter = QPainter(device)
    try:
        small = font_for(lang, 7.5)
        total = len(laid.pages)
        for i, cut in enumerate(laid.pages):
            if i:
                device.newPage()
            pagination.draw_page(doc, painter, cut, page.width())
            band = QRectF(0, page.height() + footer_h / 3, page.width(), footer_h * 2 / 3)
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawLine(band.topLeft(), band.topRight())
            painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, footer)
            painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             substitute(page_label, {"n": i + 1, "total": total}))
        return doc.toPlainText() + footer + page_label
    finally:
        painter.end()


def html_to_pdf(html: str, lang: str, footer: str, page_label: str, title: str = "") -> bytes:
    """The document as the bytes of an A4 PDF."""
    ensure_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setCreator("Crisis Console")
    writer.setTitle(title)
    text = paint_document(html, lang, writer, footer, page_label)  # ending the painter finishes the file
    buffer.close()
    return fix_cjk_text(bytes(data.data()), text, font_for(lang))


def fix_cjk_text(pdf: bytes, text: str, font: QFont) -> bytes:
    """Make every Chinese character of the PDF copy, search and extract as itself.

    Noto CJK draws 頁 and the radical ⾴ with one glyph, and Qt's ToUnicode map names the glyph by
    the radical, so the PDF would "contain" ⾴. For each radical whose glyph is also the glyph of an
    ideograph the document uses, name the ideograph instead. The maps are uncompressed and the
    codes keep their length, so the file's offsets stay valid."""
    raw = QRawFont.fromFont(font)
    glyph_of = {}
    for ch in set(text):
        if 0x4E00 <= ord(ch) <= 0x9FFF:
            glyph_of.setdefault(raw.glyphIndexesForString(ch)[0], ch)
    swap = {}
    for code in RADICALS:
        ideograph = glyph_of.get(raw.glyphIndexesForString(chr(code))[0])
        if ideograph:
            swap[b"%04X" % code] = b"%04X" % ord(ideograph)
    if not swap:
        return pdf

    def fix_map(m):
        return HEX4.sub(lambda h: b"<" + swap.get(h.group(1), h.group(1)) + b">", m.group(0))

    return CMAP.sub(fix_map, pdf)


def binder_pdf(pb, contacts: list[dict], printed_at: str) -> bytes:
    """The crisis binder of one language as an A4 PDF."""
    return html_to_pdf(binder_html(pb, contacts, printed_at), pb.lang, footer(pb, printed_at), pb.words["page"],
                       pb.words["binder_title"])


def print_binder(store, lang: str, parent=None) -> bool:
    """Print the crisis binder from the window, through the desktop's print dialog."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from console.timeutil import now_iso

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      MARGINS_MM, QPageLayout.Unit.Millimeter))
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    pb = store.playbook(lang)
    printed = now_iso()
    paint_document(binder_html(pb, store.contacts(), printed), pb.lang, printer, footer(pb, printed), pb.words["page"])
    return True
