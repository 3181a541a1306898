"""One place that knows where the bundled resources live: a source checkout or an editable
install (the repository's `resources/`), or a frozen PyInstaller build (`sys._MEIPASS`)."""

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("CRISIS_CONSOLE_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
