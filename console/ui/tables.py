"""Small read-only tables the window's dialogs and panels share (alerts, incidents, sources,
watch terms): one way to build them, to show a time, and to show a severity level (the colour
with its shape and word beside it, never the colour alone). Cells hold plain text only."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from console.ui import labels, sentences


def table(parent, headers: list[str], stretch: int, *, name: str = "") -> QTableWidget:
    """Rows selected whole, nothing editable, one column (`stretch`) taking the spare width."""
    t = QTableWidget(0, len(headers), parent)
    if name:
        t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setWordWrap(False)
    t.verticalHeader().hide()
    h = t.horizontalHeader()
    for i in range(len(headers)):
        h.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if i == stretch
                               else QHeaderView.ResizeMode.ResizeToContents)
    return t


def item(text: str, data=None) -> QTableWidgetItem:
    """A cell; `data` (a mention or incident id) rides along in the UserRole."""
    cell = QTableWidgetItem(text)
    if data is not None:
        cell.setData(Qt.ItemDataRole.UserRole, data)
    return cell


def local_time(iso, seconds: bool = False) -> str:
    """A stored time in local time, as the interface's locale writes it."""
    return sentences.when(iso, seconds)


def level_item(level, palette: QPalette, *, positive: bool = False, data=None) -> QTableWidgetItem:
    cell = item(labels.level_cue(level, positive=positive), data)
    fill = labels.level_fill(level, palette, positive=positive)
    if fill is not None:
        cell.setBackground(QBrush(fill))
        cell.setForeground(QBrush(labels.ink_on(fill)))
    return cell
