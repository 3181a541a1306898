"""The window keeps the size it was given: a laptop's 1366×768 included, in every language. Each
part that could push it wider or taller (a panel, the wall, the banners, the status bar) gets an
explicit minimum size, which Qt's layouts take instead of the sum of the part's contents; the parts
are laid out to fit at that size (wrapping chips, panels whose pickers step aside), so the minimum
is a guarantee against a long translation rather than the plan."""

from PySide6.QtWidgets import QWidget

PANEL_MIN = (220, 160)      # a docked panel never asks for more than this
CENTRAL_MIN = (480, 320)    # the wall with its banners
STATUS_MIN_W = 120          # the status bar's permanent widgets


def yielding(widget: QWidget, width: int, height: int) -> QWidget:
    """`widget` asks the layout for at most width × height, whatever its contents would like."""
    widget.setMinimumSize(width, height)
    return widget
