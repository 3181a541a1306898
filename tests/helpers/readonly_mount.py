"""A copy of a workspace on a read-only mount: the one way to make a folder unwritable for root (as
root, file permissions do not stop writes). Skips the test where it cannot be done."""

import os
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only_copy_of(folder: Path, where: Path):
    """Yield a copy of the workspace `folder` on a read-only tmpfs mounted at `where` (made here)."""
    where.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a read-only mount needs root (as root, file permissions do not stop writes)")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(where)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        shutil.copytree(folder, where / "ws")
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
        yield where / "ws"
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)
