"""The window's side of the poller process: start it (the same `crisis-console poll` that runs
headless) unless another process already holds the workspace's writer lock (a lock file in a
folder, a session advisory lock on a shared workspace), in which case the window attaches to it
and only reads, and takes over when that poller is gone (stopped, crashed, its computer off). "Poll now" (F5) makes every feed due at once and asks the running poller,
whichever desk runs it, to look now (console.ingest.source_edits.poll_all_now). The poller's
state (offline, last pass) is read with console.ingest.health.poller_state.

On a shared workspace asking for the lock is a connection to the server, made on the "team" lane;
the URL reaches the poller in its environment, never on its command line (which anyone on the
computer may read)."""

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from console.errors import WorkspaceError
from console.processes import console_command
from console.workspace import ENV_VAR

STOP_WAIT_MS = 3000


def poller_command(workspace_folder) -> tuple[str, list[str]]:
    return console_command("--workspace", workspace_folder, "poll")


class PollerClient(QObject):
    state_changed = Signal()

    def __init__(self, workspace, *, offline: bool, tasks=None, parent=None):
        """`tasks`: the window's lanes (console.ui.tasks), needed on a shared workspace."""
        super().__init__(parent)
        self._ws = workspace
        self._tasks = tasks
        self.offline_mode = offline
        self.process: QProcess | None = None
        self.attached = False
        self._asking = False

    @property
    def running(self) -> bool:
        return self.attached or (self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning)

    def start_or_attach(self) -> None:
        if self.offline_mode or self.running or self._asking:
            return
        self._ask(self._start_or_attach)

    def keep_polling(self) -> None:
        """Called every few seconds: when the poller this window relies on is gone (another
        window's or a headless `poll` that stopped or died, or this window's own that crashed),
        start one here, so the workspace is never left unpolled for long."""
        if self.offline_mode or self._asking:
            return
        if self.attached:
            self._ask(self._take_over_if_free)
        elif not self.running:
            self.start_or_attach()

    def _ask(self, done) -> None:
        """done(whether the poller lock is free); on a shared workspace asked on the "team" lane."""
        if self._ws.url:
            self._asking = True
            self._tasks.run(self._lock_is_free, lane="team", done=done,
                            failed=lambda _e: setattr(self, "_asking", False))
        else:
            done(self._lock_is_free())

    def _take_over_if_free(self, free: bool) -> None:
        self._asking = False
        if free and self.attached:
            self.attached = False
            self._start_or_attach(True)

    def _lock_is_free(self) -> bool:
        try:
            self._ws.writer_lock().acquire().release()
        except WorkspaceError:
            return False
        return True

    def _start_or_attach(self, free: bool) -> None:
        self._asking = False
        if self.running:
            return
        if not free:
            self.attached = True     # another window or a headless `poll` already writes here
            self.state_changed.emit()
            return
        p = QProcess(self)
        if self._ws.url:
            program, args = console_command("poll")
            env = QProcessEnvironment.systemEnvironment()
            env.insert(ENV_VAR, self._ws.url)
            p.setProcessEnvironment(env)
        else:
            program, args = poller_command(self._ws.folder)
        p.setProgram(program)
        p.setArguments(args)
        p.setStandardOutputFile(QProcess.nullDevice())
        p.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        p.stateChanged.connect(self.state_changed)
        p.finished.connect(self._finished)
        self.process = p
        p.start()

    def _finished(self, code: int, _status=None) -> None:
        """Another poller took the lock first (two windows opening at once): attach to it."""
        if code and self._ws.url:
            self._ask(self._attach_if_held)

    def _attach_if_held(self, free: bool) -> None:
        self._asking = False
        if not free:
            self._start_or_attach(False)

    def stop(self) -> None:
        """Stop the poller this window started (another process's poller is left running)."""
        p = self.process
        if p is None or p.state() == QProcess.ProcessState.NotRunning:
            return
        p.terminate()
        if not p.waitForFinished(STOP_WAIT_MS):
            p.kill()
            p.waitForFinished(STOP_WAIT_MS)
