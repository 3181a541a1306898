"""The test fetch, run as a child process (`crisis-console test-feed URL --json`): the window
never fetches or parses a feed itself, and a feed that hangs or chokes the parser is killed at
the deadline while the window carries on."""

import json
from functools import partial

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from console.ingest.health import error_words
from console.processes import console_command
from console.ui import i18n

DEADLINE_MS = 45_000


class FeedPreview(QObject):
    finished = Signal(dict)     # the preview: kind, title, count, entries, warnings
    failed = Signal(str)        # one readable line

    def __init__(self, parent=None, deadline_ms: int = DEADLINE_MS):
        super().__init__(parent)
        self.process: QProcess | None = None
        self.deadline = QTimer(self, singleShot=True, interval=deadline_ms)
        self.deadline.timeout.connect(self._overdue)

    @property
    def running(self) -> bool:
        return self.process is not None

    def start(self, url: str, internal: bool) -> None:
        self.cancel()
        program, args = console_command("test-feed", url, "--json", *(["--internal"] if internal else []))
        p = self.process = QProcess(self)
        p.setProgram(program)
        p.setArguments(args)
        p.finished.connect(partial(self._done, p))
        p.errorOccurred.connect(partial(self._error, p))
        p.start()
        self.deadline.start()

    def _error(self, proc: QProcess, error) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._fail(proc, self.tr("the test fetch could not start"))

    def cancel(self) -> None:
        p, self.process = self.process, None
        self.deadline.stop()
        if p is not None:
            p.finished.disconnect()
            p.kill()
            p.waitForFinished(1000)
            p.deleteLater()

    def _overdue(self) -> None:
        if self.process is not None:
            self._fail(self.process, i18n.fill(self.tr("no answer within %1 s; the test fetch was stopped"),
                                               self.deadline.interval() // 1000))

    def _fail(self, proc: QProcess, text: str) -> None:
        if proc is self.process:
            self.cancel()
            self.failed.emit(text)

    def _done(self, proc: QProcess, code: int, _status=None) -> None:
        if proc is not self.process:
            return
        out = bytes(proc.readAllStandardOutput()).decode("utf-8", "replace")
        err = bytes(proc.readAllStandardError()).decode("utf-8", "replace").strip()
        self.process = None
        self.deadline.stop()
        proc.deleteLater()
        try:
            result = json.loads(out) if out.strip() else None
        except ValueError:
            result = None
        if isinstance(result, dict) and result.get("ok"):
            self.finished.emit(result)
        elif isinstance(result, dict) and result.get("message"):
            self.failed.emit(error_words(result.get("category"), result["message"]))
        else:
            self.failed.emit(err.splitlines()[-1].removeprefix("crisis-console: ") if err
                             else i18n.fill(self.tr("the test fetch ended without an answer (exit code %1)"), code))
