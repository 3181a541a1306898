"""A guard against a reference-counting defect of PySide6 6.12 on Python 3.11: every `emit()` of a
Python-defined signal drops one reference to True, and a Python slot's return value loses one too.
(Measured here: 50 emits, 50 references to True gone; with a bool-returning slot the interpreter
aborts within a few hundred signals: "bool_dealloc: deallocating True or False".) True, False and
None are shared by the whole interpreter and are never meant to be freed (Python 3.12 makes them
immortal), so they get a reserve of 2**40 references that no session can use up.

Applied once, on import, before the window's features connect anything. Remove it with the
PySide6 release that fixes the leak (tests/ui/test_refcount_guard.py shows whether it still leaks)."""

import ctypes
import sys

RESERVE = 1 << 40


def guard() -> None:
    if sys.version_info >= (3, 12) or getattr(sys, "_console_refcount_guard", False):
        return  # immortal already, or done
    for obj in (True, False, None):
        ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE   # ob_refcnt is a PyObject's first field
    sys._console_refcount_guard = True


guard()
