"""Crisis mode in one action, in the window: the core opens the incident and starts surge
polling (one transaction), then the window starts the activation checklist's run, puts the
checklist, the holding statement and the crisis team on screen, switches the wall to the
incident's terms and shows the crisis banner with its clocks. Leaving is one action too: the
wall and the panels go back to how they were; the incident stays open.

The state lives in the workspace (console.incidents.crisis_state), so a crisis mode turned on
or off elsewhere (the command line, another window) is followed here on the next store change."""

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from console.errors import CrisisModeOff
from console.incidents import crisis, crisis_state, operations, reading
from console.incidents.activation import start_activation_run
from console.playbook.store import PlaybookStore
from console.playbook.team import on_call
from console.store.wall_filter import WallFilter
from console.ui import dock_tabs, i18n, labels
from console.ui.feature_kit import read, warn, write

HOLDING_TEMPLATE = "holding_statement"
CRISIS_DOCKS = ("checklist", "incidents", "templates", "contacts")
CHECKLIST_SHARE = 0.46     # of the window's width, for the activation checklist's run
BOTTOM_SHARE = 0.36        # of its height, for the holding statement under the wall
WIDE = 1500                # from this width the crisis team sits beside the holding statement


def load_active(conn) -> tuple[dict | None, str | None]:
    iid = crisis_state.active_incident(conn)
    if iid is None:
        return None, None
    return reading.show(conn, iid, with_mentions=False), crisis_state.surge_until(conn)


def activate(db, alert_id, incident_id) -> tuple[crisis.Activation, dict, str | None]:
    act = crisis.turn_on(db, alert_id=alert_id, incident_id=incident_id)
    return act, reading.show(db, act.incident_id, with_mentions=False), crisis_state.surge_until(db)


def wall_filter(incident: dict, ids: list[int] | None = None) -> WallFilter:
    label = i18n.fill(QCoreApplication.translate("CrisisController", "Incident %1"), incident["id"])
    if incident["terms"]:
        return WallFilter(terms=frozenset(incident["terms"]), label=label)
    return WallFilter(ids=frozenset(ids or ()), label=label)


class CrisisController(QObject):
    crisis_did_start = Signal(dict)    # the incident, with what the activation did
    crisis_did_end = Signal(int)       # the incident id
    crisis_did_change = Signal()       # its incident took in another alert
    busy_changed = Signal(bool)

    def __init__(self, window, banner, playbook):
        """`playbook`: the window's DockedPlaybook (its store and panels, once the window opens them)."""
        super().__init__(window)
        self.window = window
        self.banner = banner
        self.playbook = playbook
        self.incident: dict | None = None
        self.run_id: int | None = None
        self.busy = False
        self._before: tuple | None = None   # the wall filter and window layout to go back to
        self._filter: WallFilter | None = None   # the wall filter crisis mode set, while it is shown
        self._own_playbook: PlaybookStore | None = None
        playbook.opened.connect(self._panels_opened)

    def _panels_opened(self) -> None:
        """A run started before the panels existed (crisis mode on at start) leads once they do."""
        if self.run_id is not None:
            self._run_started(self.run_id)

    @property
    def active(self) -> bool:
        return self.incident is not None

    def _set_busy(self, on: bool) -> None:
        self.busy = on
        self.busy_changed.emit(on)

    # -- entering ---------------------------------------------------------------------------------
    def enter(self, alert_id: int | None = None, incident_id: int | None = None) -> None:
        if self.busy:
            return
        if self.incident is not None and alert_id is not None and alert_id != self.incident["alert_id"]:
            self.add_alert(alert_id)   # already in crisis mode: the new alert joins its incident
            return
        self._set_busy(True)
        write(self.window, activate, alert_id, incident_id, done=self._activated, failed=self._failed)

    def add_alert(self, alert_id: int) -> None:
        iid = self.incident["id"]
        write(self.window, operations.add_alert, iid, alert_id, done=lambda n: self._alert_added(iid, n),
              failed=warn(self.window, self.tr("The alert was not added to the incident")))

    def _alert_added(self, incident_id: int, n: int) -> None:
        text = labels.plural(self.tr("%n mention(s) added to incident %1", "", n), n)
        self.window.status_message(i18n.fill(text, incident_id))
        self.refresh()
        self.crisis_did_change.emit()

    def _failed(self, error) -> None:
        self._set_busy(False)
        warn(self.window, self.tr("Crisis mode could not start"))(error)

    def _activated(self, result) -> None:
        act, incident, surge_until = result
        self._set_busy(False)
        self._show(incident, surge_until, arrange=True)
        self._start_run(incident["id"])
        verb = self.tr("opened") if act.opened else self.tr("resumed")
        n = incident["mention_count"]
        text = labels.plural(self.tr("Crisis mode on: incident %1 %2 with %n mention(s); surge polling of priority "
                                     "feeds", "", n), n)
        self.window.status_message(i18n.fill(text, incident["id"], verb))
        self.crisis_did_start.emit(incident)

    def _start_run(self, incident_id: int) -> None:
        """Start (or find, when it was started elsewhere) the activation run and show it."""
        store = self.playbook.store
        if store is not None:
            # The panels' store: used on the GUI thread, as the panels use it (a small local file).
            try:
                self._run_started(start_activation_run(store, incident_id))
            except Exception as e:  # the playbook failing must not undo crisis mode
                warn(self.window, self.tr("The activation checklist did not start"))(e)
        else:
            # The panels have not opened the playbook yet: a store of our own, on the io lane.
            self.window.tasks.run(lambda: start_activation_run(self._own_store(), incident_id), lane="io",
                                  done=self._run_started,
                                  failed=warn(self.window, self.tr("The activation checklist did not start")))

    def show_team(self) -> None:
        """The crisis team on the banner, from the playbook's own file (it works offline too)."""
        failed = warn(self.window, self.tr("The crisis team could not be read"))
        store = self.playbook.store
        if store is not None:     # the panels' store, on the GUI thread as they use it (a small local file)
            try:
                self.banner.set_team(on_call(store))
            except Exception as e:
                failed(e)
        else:
            self.window.tasks.run(lambda: on_call(self._own_store()), lane="io", done=self.banner.set_team,
                                  failed=failed)

    def _own_store(self) -> PlaybookStore:
        if self._own_playbook is None:
            self._own_playbook = self.window.workspace.playbook()
        return self._own_playbook

    def _run_started(self, run_id: int) -> None:
        self.run_id = run_id
        if self.playbook.checklist is not None:
            self.playbook.checklist.show_run(run_id)
            self.playbook.checklist.focus_run(True)

    def _show(self, incident: dict, surge_until: str | None, *, arrange: bool) -> None:
        """Put the crisis view on screen (arrange: also rearrange the panels, on a fresh activation)."""
        w = self.window
        if self.incident is None:
            self._before = (w.wall.model.filter, w.saveState())
        self.incident = incident
        self.banner.set_incident(incident, surge_until)
        self.show_team()
        if arrange:
            self.arrange_panels()
        read(w, reading.mention_ids, incident["id"], done=lambda ids: self._show_on_wall(incident, ids))

    def _show_on_wall(self, incident: dict, ids: list[int]) -> None:
        self._filter = wall_filter(incident, ids)
        self.window.wall.set_filter(self._filter)

    def arrange_panels(self) -> None:
        """The activation checklist leads: its run takes the whole right side, full height, so the first
        items are readable at a laptop's 1366×768; the holding statement sits under the wall with the
        incident and the crisis team in tabs beside it (side by side on a wide screen)."""
        w = self.window
        d = w.docks
        if not all(n in d for n in CRISIS_DOCKS):
            return
        for name in CRISIS_DOCKS:
            d[name].setFloating(False)
            d[name].show()
        size = w.size()
        right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        w.setCorner(Qt.Corner.BottomRightCorner, right)
        w.addDockWidget(right, d["checklist"])
        for name in ("templates", "contacts", "incidents"):
            w.addDockWidget(bottom, d[name])
        wide = size.width() >= WIDE
        if wide:
            w.splitDockWidget(d["templates"], d["contacts"], Qt.Orientation.Horizontal)
            w.tabifyDockWidget(d["contacts"], d["incidents"])
        else:
            for name in ("incidents", "contacts"):
                w.tabifyDockWidget(d["templates"], d[name])
        self._others_behind("contacts" if wide else "templates")
        d["contacts"].raise_()
        d["templates"].raise_()
        w.resizeDocks([d["checklist"]], [int(size.width() * CHECKLIST_SHARE)], Qt.Orientation.Horizontal)
        w.resizeDocks([d["templates"]], [int(size.height() * BOTTOM_SHARE)], Qt.Orientation.Vertical)
        if wide:
            rest = size.width() * (1 - CHECKLIST_SHARE)
            w.resizeDocks([d["templates"], d["contacts"]], [int(rest * 0.58), int(rest * 0.42)],
                          Qt.Orientation.Horizontal)
        w.resize(size)
        QTimer.singleShot(0, w, lambda: dock_tabs.tidy(w))     # once the layout has settled
        if self.playbook.templates is not None:
            self.playbook.templates.select(HOLDING_TEMPLATE)
        if self.run_id is not None and self.playbook.checklist is not None:
            self.playbook.checklist.show_run(self.run_id)
            self.playbook.checklist.focus_run(True)

    def _others_behind(self, front: str) -> None:
        """Any other panel (the trends, a feature's) waits in a tab behind `front`."""
        w, d = self.window, self.window.docks
        for name, dock in d.items():
            if name not in CRISIS_DOCKS and not dock.isFloating() and dock.toggleViewAction().isChecked():
                # Out of its own tab group first: Qt leaves a dock that is already tabbed with another where it is.
                w.addDockWidget(w.dockWidgetArea(d[front]), dock)
                w.tabifyDockWidget(d[front], dock)

    # -- leaving ----------------------------------------------------------------------------------
    def leave(self) -> None:
        if self.busy or self.incident is None:
            return
        self._set_busy(True)
        write(self.window, crisis.turn_off, done=self._left, failed=self._leave_failed)

    def _leave_failed(self, error) -> None:
        self._set_busy(False)
        if self.incident is not None and isinstance(error, CrisisModeOff):
            self._hide()    # someone else turned it off already
            return
        warn(self.window, self.tr("Crisis mode could not be left"))(error)

    def _left(self, incident_id: int) -> None:
        self._set_busy(False)
        self._hide()
        self.window.status_message(i18n.fill(self.tr("Crisis mode off; incident %1 stays open"), incident_id))

    def _hide(self) -> None:
        w = self.window
        incident_id = self.incident["id"]
        self.incident, self.run_id = None, None
        self.banner.set_incident(None)
        shown, self._filter = self._filter, None
        if self.playbook.checklist is not None:
            self.playbook.checklist.focus_run(False)
        if self._before is not None:
            flt, state = self._before
            self._before = None
            if shown is not None and w.wall.model.filter == shown:  # the user has not moved on since
                w.wall.set_filter(flt)
            w.restoreState(state)
        self.crisis_did_end.emit(incident_id)

    # -- following the workspace ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Follow the stored state: the clocks' first response, or crisis mode turned on or off elsewhere."""
        if not self.busy:
            read(self.window, load_active, done=self._follow)

    def _follow(self, result) -> None:
        incident, surge_until = result
        if self.busy:
            return
        if incident is None:
            if self.incident is not None:
                self._hide()
        elif self.incident is None or self.incident["id"] != incident["id"]:
            self._show(incident, surge_until, arrange=False)
            if incident["status"] == "open":
                self._start_run(incident["id"])   # turned on elsewhere: its run, found or started
            self.crisis_did_start.emit(incident)
        else:
            self.incident = incident
            self.banner.set_incident(incident, surge_until)
