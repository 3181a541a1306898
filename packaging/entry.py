"""Entry point of the frozen executable (PyInstaller needs a script, not a console_scripts name)."""

import multiprocessing
import sys

from console.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the poller's parse workers are processes
    sys.exit(main())
