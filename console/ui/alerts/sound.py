"""The optional alert sound: a short two-note chime written once as a WAV file and played by the
platform's own player in a detached process (QtMultimedia lives in the large Addons wheel, and
an alarm must never make the window wait)."""

import math
import shutil
import struct
import sys
import wave
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

RATE = 22050
NOTES = ((880.0, 0.16), (1318.5, 0.30))   # A5 then E6: noticeable, not shrill
PLAYERS = ("paplay", "pw-play", "aplay", "afplay")


def chime_frames() -> bytes:
    out = bytearray()
    for freq, seconds in NOTES:
        n = int(RATE * seconds)
        for i in range(n):
            envelope = min(1.0, i / (RATE * 0.01)) * (1 - i / n) ** 2  # soft attack, quick decay
            out += struct.pack("<h", int(12000 * envelope * math.sin(2 * math.pi * freq * i / RATE)))
    return bytes(out)


def chime_file(folder: Path) -> Path:
    path = folder / "alert-chime.wav"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(chime_frames())
    return path


def play(folder: Path) -> bool:
    """Start the chime without waiting for it; fall back to the system beep. True if a player ran."""
    try:
        path = chime_file(folder)
    except OSError:
        QApplication.beep()
        return False
    if sys.platform == "win32":
        import winsound

        winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
        return True
    for player in PLAYERS:
        exe = shutil.which(player)
        if exe and QProcess.startDetached(exe, [str(path)])[0]:
            return True
    QApplication.beep()
    return False
