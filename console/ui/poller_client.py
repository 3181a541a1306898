"""The window's side of the poller process: start it (the same `crisis-console poll` that runs
headless) unless another process already holds the workspace's writer lock, in which case the
window attaches to it and only reads. "Poll now" (F5) makes every feed due at once; the running
poller picks that up on its next look at the schedule (within a few seconds). The poller's
state (offline, last pass) is read with console.ingest.health.poller_state."""

from PySide6.QtCore import QObject, QProcess, Signal

from console.errors import WorkspaceError
from console.processes import console_command

STOP_WAIT_MS = 3000


def poller_command(workspace_folder) -> tuple[str, list[str]]:
    return console_command("--workspace", workspace_folder, "poll")


class PollerClient(QObject):
    state_changed = Signal()

    def __init__(self, workspace, *, offline: bool, parent=None):
        super().__init__(parent)
        self._ws = workspace
        self.offline_mode = offline
        self.process: QProcess | None = None
        self.attached = False

    @property
    def running(self) -> bool:
        return self.attached or (self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning)

    def start_or_attach(self) -> None:
        if self.offline_mode or self.running:
            return
        try:
            self._ws.writer_lock().acquire().release()
        except WorkspaceError:
            self.attached = True     # another window or a headless `poll` already writes here
            self.state_changed.emit()
            return
        program, args = poller_command(self._ws.folder)
        p = QProcess(self)
        p.setProgram(program)
        p.setArguments(args)
        p.setStandardOutputFile(QProcess.nullDevice())
        p.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        p.stateChanged.connect(self.state_changed)
        self.process = p
        p.start()

    def stop(self) -> None:
        """Stop the poller this window started (another process's poller is left running)."""
        p = self.process
        if p is None or p.state() == QProcess.ProcessState.NotRunning:
            return
        p.terminate()
        if not p.waitForFinished(STOP_WAIT_MS):
            p.kill()
            p.waitForFinished(STOP_WAIT_MS)
