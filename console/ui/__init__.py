"""The Qt layer: the only package allowed to import PySide6."""

from console.ui import refguard

refguard.install()   # before any Qt call: see refguard for the binding's bug it works around
