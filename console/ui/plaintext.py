"""The one way untrusted text (anything from a feed: titles, authors, bodies, feed names,
links, error messages quoting a server) reaches the screen.

Qt guesses: a QLabel, a tooltip or a message box shows a string as rich text when it looks
like HTML, and rich text loads `<img src>` from the network or the disk. Here every such
widget is forced to plain text, tooltips are escaped into rich text that holds no markup, and
the characters that let text disguise itself are neutralised: bidi overrides and isolates,
invisible spaces, control characters, and stacks of combining marks. Lists show a short,
single-line cut; the detail pane scrolls through a long one."""

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QWidget

# Bidi embeddings, overrides and isolates; zero-width space, word joiner, BOM; Mongolian vowel
# separator. (Zero-width joiner and non-joiner stay: emoji and many scripts need them.)
_INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u180e]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_MARK_PILE = re.compile(f"([{_MARKS}]{{3}})[{_MARKS}]+")
_SPACES = re.compile(r"\s+")
LIST_CHARS = 300
TOOLTIP_CHARS = 600
DETAIL_CHARS = 200_000


def clean(text, *, single_line: bool = False, limit: int | None = None) -> str:
    """Untrusted text made safe to show: never markup, never disguised. `limit` cuts it (with
    an ellipsis) before the work, so a 1 MB title costs what a short one does."""
    if text is None:
        return ""
    text = str(text)
    if limit is not None and len(text) > limit:
        text = text[:limit] + "…"
    text = _INVISIBLE.sub("", text)
    text = _MARK_PILE.sub(r"\1", text)
    if single_line:
        return _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def line(text, limit: int = LIST_CHARS) -> str:
    """For a cell, a title bar or a status line: one line, cut."""
    return clean(text, single_line=True, limit=limit)


def tooltip(text, limit: int = TOOLTIP_CHARS) -> str:
    """A tooltip showing `text` literally. Tooltips are always rich-text candidates, so the text is
    escaped inside a paragraph: markup it contains is shown, never interpreted."""
    body = html.escape(clean(text, limit=limit), quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{body}</p>" if body else ""


def label(text="", parent: QWidget | None = None, *, selectable: bool = False, wrap: bool = False,
          limit: int = LIST_CHARS) -> QLabel:
    w = QLabel(parent)
    w.setTextFormat(Qt.TextFormat.PlainText)
    w.setOpenExternalLinks(False)
    w.setWordWrap(wrap)
    if selectable:
        w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_label(w, text, limit=limit, single_line=not wrap)
    return w


def set_label(w: QLabel, text, *, limit: int = LIST_CHARS, single_line: bool = True) -> None:
    w.setTextFormat(Qt.TextFormat.PlainText)
    w.setText(clean(text, single_line=single_line, limit=limit))


def text_view(parent: QWidget | None = None) -> QPlainTextEdit:
    """A read-only, scrolling view for long untrusted text (QPlainTextEdit has no rich text)."""
    w = QPlainTextEdit(parent)
    w.setReadOnly(True)
    w.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    w.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return w


def set_text(w: QPlainTextEdit, text, limit: int = DETAIL_CHARS) -> bool:
    """Show `text` in a text view; returns whether it had to be cut at `limit` characters."""
    text = "" if text is None else str(text)
    w.setPlainText(clean(text, limit=limit))
    return len(text) > limit


def menu_text(text, limit: int = 80) -> str:
    """For a menu item or a button: one line, with '&' kept literal (not a mnemonic)."""
    return line(text, limit).replace("&", "&&")


def message(parent, title: str, text, *, icon=QMessageBox.Icon.Information, buttons=QMessageBox.StandardButton.Ok,
            default=QMessageBox.StandardButton.NoButton) -> QMessageBox:
    """A message box whose text is plain (it may quote a feed). Returned unshown: call exec()."""
    box = QMessageBox(icon, line(title, 120), "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(clean(text, limit=4000))
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def confirm(parent, title: str, text, action_label: str) -> bool:
    """Ask before a bulk or lasting action; the action's own name is the confirming button."""
    box = message(parent, title, text, icon=QMessageBox.Icon.Question,
                  buttons=QMessageBox.StandardButton.Cancel)
    ok = box.addButton(action_label, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.exec()
    return box.clickedButton() is ok
