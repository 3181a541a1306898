"""Run by bench_wall.py in a fresh process: starts the console the way `crisis-console
--workspace W` does (the real command line, its imports included) and reports, on stdout:

  paint   FIRST_PAINT <epoch>            the first page of the wall painted
  full    + SEARCH_MS <ms> RSS_MB <mb>   then a few pages scrolled, a search to its first page shown,
                                         and the process's peak resident memory
  stall   + STALL_MS <ms> SHOWN <n>      then the worst lateness of a 10 ms GUI timer over the run,
                                         while another process writes (bench_wall starts it)
  write   (no window) insert RATE mentions a second for SECONDS into the workspace
"""

import os
import resource
import sys
import time


def main(mode: str, folder: str, *rest) -> None:
    if mode == "write":
        write(folder, int(rest[0]), float(rest[1]))
        return
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    import console.ui.main_window as mw
    from console.cli import main as cli_main

    start = mw.MainWindow.start   # the probe hooks in once the window starts, as run_gui starts it

    def instrumented_start(window):
        start(window)
        Probe(window).begin()

    class Probe(QObject):
        def __init__(self, window):
            super().__init__(window)
            self.w = window
            self.painted = False
            self.search_t0 = None

        def begin(self):
            self.w.wall.view.viewport().installEventFilter(self)

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and self.w.wall.model.rowCount() and not self.painted:
                self.painted = True
                QTimer.singleShot(0, self.first_paint)
            elif (event.type() == QEvent.Type.Paint and self.search_t0 is not None
                  and self.w.wall.model.filter.search and self.w.wall.model.rowCount()):
                ms = (time.perf_counter() - self.search_t0) * 1000
                self.search_t0 = None
                QTimer.singleShot(0, lambda: self.searched(ms))
            return False

        def first_paint(self):
            cpu = resource.getrusage(resource.RUSAGE_SELF)
            print(f"FIRST_PAINT {time.time():.6f} cpu {cpu.ru_utime + cpu.ru_stime:.3f}", flush=True)
            if mode == "paint":
                self.w.close()
            elif mode == "full":       # a user scrolls, then searches once the window has settled
                self.when_ready(lambda: self.scroll(5))
            elif mode == "stall":      # measured once the start-up work that follows the first paint is done
                self.when_ready(lambda: self.watch_stalls(float(rest[0])))

        def when_ready(self, then):
            # Settled: started, the first-paint work done, the start-up integrity check run, lanes idle.
            if self.w.ready and self.w._write_db is not None and self.w.tasks.idle:
                QTimer.singleShot(1000, then)
            else:
                QTimer.singleShot(50, lambda: self.when_ready(then))

        def scroll(self, pages):
            m = self.w.wall.model
            if pages and m.canFetchMore():
                m.fetchMore()
                m.page_loaded.connect(lambda _n: self.scroll(pages - 1), Qt.ConnectionType.SingleShotConnection)
                return
            self.w.wall.view.scrollToTop()
            QTimer.singleShot(200, self.search)

        def search(self):
            box = self.w.wall.filter_bar.search
            box.setText(rest[0])
            self.search_t0 = time.perf_counter()
            box.returnPressed.emit()

        def searched(self, ms):
            rss_mb = peak_rss_mb()
            print(f"SEARCH_MS {ms:.1f} RSS_MB {rss_mb:.1f}", flush=True)
            self.w.close()

        def watch_stalls(self, seconds):
            self.worst = 0.0
            self.last = time.perf_counter()
            self.end = self.last + seconds
            timer = QTimer(self)
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.setInterval(10)
            timer.timeout.connect(lambda: self.tick(timer))
            timer.start()
            print("READY", flush=True)

        def tick(self, timer):
            now = time.perf_counter()
            self.worst = max(self.worst, (now - self.last - 0.010) * 1000)
            self.last = now
            if now >= self.end:
                timer.stop()
                print(f"STALL_MS {self.worst:.1f} SHOWN {self.w.wall.model.rowCount()}", flush=True)
                self.w.close()

    mw.MainWindow.start = instrumented_start
    QApplication.setQuitOnLastWindowClosed(True)
    sys.exit(cli_main(["--workspace", folder]))


def peak_rss_mb() -> float:
    """This process's own peak resident memory. Linux: VmHWM, which starts again at exec; getrusage's
    ru_maxrss does not, so a probe forked from a big parent would report the parent's size."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write(folder: str, rate: int, seconds: float) -> None:
    """Insert `rate` mentions a second in batches of a tenth, as the poller's writer would."""
    from datetime import UTC, datetime

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
    from helpers import wall_samples

    from console.store import open_db
    from console.store.db import connect

    open_db(os.path.join(folder, "console.db")).conn.close()
    conn = connect(os.path.join(folder, "console.db"))
    rows = wall_samples.live_rows(conn)
    batch = max(1, rate // 10)
    t0 = time.monotonic()
    i = 0
    while time.monotonic() - t0 < seconds:
        now = datetime.now(UTC)
        with conn:
            conn.executemany(wall_samples.INSERT, [next(rows)(now) for _ in range(batch)])
        i += 1
        time.sleep(max(0.0, t0 + i * 0.1 - time.monotonic()))


if __name__ == "__main__":
    main(*sys.argv[1:])
