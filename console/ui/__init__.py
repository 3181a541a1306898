"""The Qt layer: the only package allowed to import PySide6."""
