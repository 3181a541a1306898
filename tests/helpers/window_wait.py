"""Waiting for the main window in a test: until its background work is done and what it shows is loaded."""

import pytest

# The offscreen platform says it ignores window size hints and raise(): true, and no concern of a window test.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
QUIET_LOOKS = 3     # in a row: a finished task's callback often starts the next one


def settle(qtbot, window, timeout=15000):
    """Wait until the window is started and painted, its lanes are idle and the wall is not loading,
    for several looks in a row; fail the test when it does not happen within `timeout` ms."""
    quiet = 0

    def idle() -> bool:
        nonlocal quiet
        quiet = quiet + 1 if window.ready and window.tasks.idle and not window.wall.busy else 0
        return quiet >= QUIET_LOOKS

    try:
        qtbot.waitUntil(idle, timeout=timeout)
    except qtbot.TimeoutError:
        raise AssertionError(f"the window did not settle in {timeout} ms: ready={window.ready}, "
                             f"lanes idle={window.tasks.idle}, wall busy={window.wall.busy}") from None
