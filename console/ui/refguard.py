"""A guard against a reference-counting bug of the Qt binding this project pins.

PySide6 6.12.0 drops one reference to None on every call of a void method from Python
(`widget.update()`, `label.setText(...)`) and one to True on every `signal.emit(...)`; it never
takes them. Measured here: 5,343 void calls bring None's count to zero and the interpreter
aborts ("Fatal Python error: none_dealloc"), within seconds of a busy window and always at exit
of a test run. On Python 3.12+ these objects are immortal and nothing happens; on 3.11 we give
them a reserve of references large enough for years of calls (2**40), once, at import.
Remove this module when a fixed PySide6 is pinned (tests/ui/test_refguard.py then fails)."""

import ctypes
import sys

RESERVE = 1 << 40


def install() -> None:
    if sys.version_info >= (3, 12) or getattr(install, "done", False):
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object, at the object's address.
        ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE
    install.done = True
