"""The Qt layer: the only package allowed to import PySide6."""

# Before any Qt call from this package: PySide6 6.12 drops references to None and True (see there).
from console.ui import refcount_guard  # noqa: F401
