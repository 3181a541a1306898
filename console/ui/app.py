"""Starting the window. (The console-window work builds it.)"""

import sys


def run_gui(ctx) -> int:
    print("the desktop window is not built yet; see `crisis-console --help` for the commands", file=sys.stderr)
    return 0
