"""Waiting for the main window in a test: until its background work is done and what it shows is loaded."""


def settle(qtbot, window, timeout=5000):
    qtbot.waitUntil(lambda: window.ready and window.tasks.idle and not window.wall.busy, timeout=timeout)
