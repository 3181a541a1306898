"""Crisis Console: a desktop console for the people who guard a brand's reputation.

Everything outside `console.ui` is plain Python and never imports Qt, so the poller, the
command line and the tests run headless.
"""

__version__ = "0.1.0"
APP_NAME = "Crisis Console"
APP_ID = "crisis-console"
USER_AGENT = f"CrisisConsole/{__version__} (+https://github.com/crisis-console/crisis-console; feed reader)"
