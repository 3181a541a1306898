"""The PySide6 reference leak that console.ui.refcount_guard guards against, measured: when this
test fails, the leak is gone and the guard can go."""

import sys

from PySide6.QtCore import QObject, Signal

import console.ui.refcount_guard  # noqa: F401 - applied on import


class Emitter(QObject):
    fired = Signal(bool)


def test_emitting_from_python_still_drops_references_to_true(qapp):
    e = Emitter()
    e.fired.connect(lambda _on: None)
    before = sys.getrefcount(True)
    for _ in range(100):
        e.fired.emit(False)
    assert before - sys.getrefcount(True) >= 90       # the leak the guard absorbs
    assert sys.getrefcount(True) > 1 << 39            # and the reserve is there
