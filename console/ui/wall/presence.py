"""Who else has the mention of the detail pane open, or is replying to it (team mode's collision
detection): the pane says so under its title. This desk says what it looks at (console.store.
presence) when that changes and every few seconds, on the "team" lane with a connection of its
own; another desk's arrival, departure or reply comes at once by notification (LiveWatcher's
presence_changed), and a desk that stopped saying it (closed, crashed, cut off) is gone from the
pane by the next look. Only a window on a shared workspace makes one."""

import threading

from PySide6.QtCore import QObject, QTimer

from console.store import presence

HEARTBEAT_MS = 3000     # well inside presence.FRESH_S: a live desk never looks gone


class PresenceClient(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._url = window.workspace.url
        self.desk = presence.new_desk()
        self._db = None          # this desk's presence connection: opened, used and closed on the team lane
        self._busy = self._again = False
        self._timer = QTimer(self, interval=HEARTBEAT_MS)
        self._timer.timeout.connect(self.look)
        window.wall.current_changed.connect(self._moved)
        window.watcher.presence_changed.connect(self._others_moved)

    def start(self) -> None:
        self._timer.start()
        self.look()

    def looking(self) -> dict[int, str]:
        """What this desk looks at: the detail pane's mention, and the mention the templates dock
        is answering while it is on screen."""
        w = self._window
        out = {}
        if w.wall.detail.mention_id is not None:
            out[w.wall.detail.mention_id] = presence.VIEWING
        templates = w.playbook.templates
        target = templates.target() if templates is not None and w.docks["templates"].isVisible() else None
        if target is not None and target[0] == "mention":
            out[target[1]] = presence.REPLYING
        return out

    def _moved(self, _mention_id) -> None:
        self._window.wall.detail.show_presence([])   # another mention: nobody known there yet
        self.look()

    def _others_moved(self, mention_ids) -> None:
        if self._window.wall.detail.mention_id in mention_ids:
            self.look()

    def look(self) -> None:
        """Say what this desk looks at, then show who else has the pane's mention open."""
        if self._busy:               # one exchange at a time; the latest state goes next
            self._again = True
            return
        self._busy = True
        shown = self._window.wall.detail.mention_id
        self._window.tasks.run(self._exchange, self.looking(), shown, lane="team", done=self._show,
                               failed=self._failed)

    def _exchange(self, looking: dict, shown):
        try:
            if self._db is None:
                self._db = presence.open_for(self._url)
            presence.announce(self._db, self.desk, looking)
            return shown, presence.others(self._db, self.desk, shown) if shown is not None else []
        except Exception:
            self._forget_connection()      # a lost connection: a new one at the next look
            raise

    def _forget_connection(self) -> None:
        db, self._db = self._db, None
        if db is not None:
            try:
                db.close()
            except Exception:  # a connection that is already gone is closed enough
                pass

    def _show(self, result) -> None:
        shown, people = result
        if shown == self._window.wall.detail.mention_id:
            self._window.wall.detail.show_presence(people)
        self._done()

    def _failed(self, _error) -> None:
        self._window.wall.detail.show_presence([])   # unknown: nothing shown rather than an old list
        self._done()

    def _done(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.look()

    def close(self) -> None:
        """Leave: this desk looks at nothing any more. Call once the window's lanes are shut down;
        saying it (a server that may not answer) is left to a thread of its own."""
        self._timer.stop()
        db, self._db = self._db, None
        if db is not None:
            threading.Thread(target=_leave, args=(db, self.desk), name="console-presence-leave").start()


def _leave(db, desk: str) -> None:
    try:
        presence.leave(db, desk)
    except Exception:  # unsaid, this desk's rows go stale within presence.FRESH_S anyway
        pass
    finally:
        db.close()
