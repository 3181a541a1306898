"""Qt leaves a dock group's tab bar on screen after its docks have been moved elsewhere (crisis mode
rearranges the panels in one go): an empty-looking strip of stale tabs over the panel that is now
there. After such a move, every tab bar of the window that does not name exactly a group of docks
tabbed together (nearest to that group, where two claim it) is hidden."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTabBar


def tidy(window: QMainWindow) -> None:
    docks = [d for d in window.docks.values() if d.isVisible() and not d.isFloating()]
    groups = []
    for d in docks:
        group = frozenset([d.windowTitle()] + [t.windowTitle() for t in window.tabifiedDockWidgets(d)])
        if len(group) > 1 and group not in [g for g, _ in groups]:
            front = next((x for x in docks if x.windowTitle() in group and not x.visibleRegion().isEmpty()), d)
            groups.append((group, front))
    bars = window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
    keep = set()
    for group, front in groups:
        claims = [b for b in bars if frozenset(b.tabText(i) for i in range(b.count())) == group]
        if claims:
            keep.add(min(claims, key=lambda b: abs(b.geometry().bottom() - front.geometry().top())))
    for b in bars:
        b.setVisible(b in keep)
