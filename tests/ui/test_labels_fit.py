"""Every translated heading fits: the window at 1366×768 in each language, each table's visible column headings
wide enough for their text (with the sort arrow), and the wall's severity column for its widest pill beside the
score (the Ukrainian "Тональність" cut to "нальність", "▲ КРИТИЧНИЙ" covering the score)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from console.ui import i18n
from console.ui.wall.model import COL
from console.ui.wall.view import WallView

LANGS = list(i18n.LANGUAGES)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _cut_headings(window) -> list[str]:
    cut = []
    for view in window.findChildren(QTableView):
        header = view.horizontalHeader()
        if not view.isVisible() or view.model() is None or not header.isVisible():
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            text = str(view.model().headerData(section, Qt.Orientation.Horizontal) or "")
            need = header.sectionSizeHint(section)  # the heading's text, margins and sort arrow, as the style draws them
            if text and header.sectionSize(section) < need:
                cut.append(f"{view.objectName() or type(view).__name__}: {text!r} gets {header.sectionSize(section)} "
                           f"of {need} px")
    return cut


@pytest.mark.parametrize("lang", LANGS)
def test_headings_and_pills_fit_at_1366_by_768(sample_ws, open_window, built_catalogs, english_again, lang, qtbot):
    i18n.install(QApplication.instance(), lang)
    w = open_window(sample_ws)
    w.resize(1366, 768)
    qtbot.wait(50)
    wall = w.findChild(WallView)
    assert wall is not None and wall.isVisible()
    severity = wall.horizontalHeader().sectionSize(COL["severity"])
    assert severity >= wall.itemDelegateForColumn(COL["severity"]).needed_width(wall.font()), lang
    assert not _cut_headings(w), "\n".join(_cut_headings(w))
