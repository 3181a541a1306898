"""`crisis-console screenshot`: the real window rendered offscreen to a PNG, populated from the
workspace; bad sizes get a one-line error."""

import struct

from helpers import wall_samples
from PySide6.QtGui import QColor, QImage

from console.workspace import Workspace


def fill(folder):
    ws = Workspace(folder)
    wall_samples.realistic(ws.db, 60)
    ws.close()


def png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_screenshot_of_the_wall_shows_the_mentions(cli, tmp_path):
    fill(cli.folder)
    out = tmp_path / "wall.png"
    r = cli("screenshot", out)
    assert "wrote" in r.stdout and r.stderr == ""
    assert png_size(out) == (1600, 1000)
    img = QImage(str(out))
    critical = QColor("#c62828")
    reds = sum(1 for x in range(0, 400, 2) for y in range(60, 600, 2)
               if _near(img.pixelColor(x, y), critical))
    assert reds > 50          # the severity pills of the critical mentions are on screen


def test_screenshot_of_other_views_and_sizes(cli, tmp_path):
    fill(cli.folder)
    out = tmp_path / "checklist.png"
    cli("screenshot", out, "--view", "checklist", "--size", "1280x800")
    assert png_size(out) == (1280, 800)


def test_screenshot_refuses_bad_sizes_and_views_in_one_line(cli, tmp_path):
    r = cli("screenshot", tmp_path / "x.png", "--size", "huge", check=False)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "--size must look like" in r.stderr
    r = cli("screenshot", tmp_path / "x.png", "--view", "nowhere", check=False)
    assert r.returncode == 2 and "invalid choice" in r.stderr


def _near(c: QColor, target: QColor) -> bool:
    return abs(c.red() - target.red()) + abs(c.green() - target.green()) + abs(c.blue() - target.blue()) < 40
