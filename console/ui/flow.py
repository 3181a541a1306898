"""A layout that places its items left to right and wraps to the next line when the width runs
out: the crisis team's chips on the banner and the counters above the wall use it, so a long team
or a long translation takes another line instead of widening the window."""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def clear(self) -> None:
        """Remove every widget (they are deleted)."""
        while self._items:
            item = self._items.pop()
            if isinstance(item, QWidgetItem) and item.widget() is not None:
                item.widget().deleteLater()
        self.invalidate()

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():      # a hidden widget takes no place
                continue
            hint = item.sizeHint().boundedTo(QSize(area.width(), 10_000)) if area.width() > 0 else item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


def chip_policy(widget) -> None:
    """A chip keeps its text whole: it never shrinks below what it says."""
    widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class FlowStrip(QWidget):
    """A widget whose children flow and wrap; it takes exactly the height its lines need at its width
    (the window's own layout gives no part a height that follows its width)."""

    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing=spacing)

    def fit_height(self) -> None:
        self.setFixedHeight(max(1, self.flow.heightForWidth(max(1, self.width()))))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_height()
