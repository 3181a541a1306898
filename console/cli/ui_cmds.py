"""Commands that show the window: `screenshot` renders the real main window offscreen to a PNG
(for the README, the docs and the tests)."""

import os
import re
import sys
from pathlib import Path

from console.errors import UsageError, WorkspaceError
from console.files import output_path, write_user_file

VIEWS = ("wall", "crisis", "checklist", "templates", "contacts", "incident", "authors")
DEFAULT_SIZE = "1600x1000"
PLAYBOOK_VIEWS = ("checklist", "templates", "contacts")


def register(sub) -> None:
    p = sub.add_parser("screenshot", help="render the window offscreen to a PNG")
    p.add_argument("file", metavar="FILE.png")
    p.add_argument("--view", choices=VIEWS, default=None,
                   help="what the window shows (default: wall; with --offline: checklist)")
    p.add_argument("--size", default=DEFAULT_SIZE, metavar="WxH", help=f"window size (default {DEFAULT_SIZE})")
    p.set_defaults(handler=cmd_screenshot)


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text.strip())
    if not m:
        raise UsageError(f"--size must look like 1600x1000, not {text!r}")
    w, h = int(m.group(1)), int(m.group(2))
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise UsageError(f"--size {text} is out of range (320x240 to 7680x4320)")
    return w, h


def cmd_screenshot(ctx) -> int:
    a = ctx.args
    out = Path(a.file)
    if out.suffix.lower() != ".png":
        raise UsageError(f"{out} must end in .png")
    output_path(out)  # before the window is built: a bad target is refused at once
    width, height = _size(a.size)
    view = a.view or ("checklist" if getattr(a, "offline", False) else "wall")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler

    from console.ui.app import create_app, open_window, settle

    qInstallMessageHandler(_quiet_offscreen)
    app = create_app()
    try:
        window = open_window(ctx, remember=False, start_poller=False)
    except WorkspaceError as e:
        if view not in PLAYBOOK_VIEWS:
            raise
        # The mentions database cannot be used: the playbook's own window, as the console opens then.
        from console.ui.playbook import open_offline_window

        window = open_offline_window(ctx.workspace, str(e))
        window.resize(width, height)
        window.show()
        app.processEvents()
        _save(window, out)
        window.close()
        print(f"wrote {out} ({width}x{height}, offline playbook: {e})")
        return 0
    try:
        window.resize(width, height)
        window.show()
        window.start()
        settle(window)
        window.show_view(view)
        if view == "wall" and window.wall.model.rowCount():
            window.wall.view.selectRow(0)
        settle(window)
        _save(window, out)
    finally:
        window.close()
    print(f"wrote {out} ({width}x{height}, view {view})")
    return 0


def _save(window, out: Path) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not window.grab().save(buf, "PNG"):
        raise UsageError(f"could not render {out.name}")
    buf.close()
    write_user_file(out, bytes(data.data()))


def _quiet_offscreen(mode, context, message) -> None:
    # The offscreen platform warns that it ignores window size hints: true, and no concern of a screenshot.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)
