"""The window's features get their collaborators handed to them (console.ui.features): the incidents
panel drives the crisis controller it was given, and a feature that fails to build leaves those that
need it without it, working, rather than finding it, or not, by name."""

from helpers.window_wait import OFFSCREEN_NOISE
from incident_seed import storm
from PySide6.QtCore import Qt

from console.incidents import crisis_state, operations
from console.ui.crisis import feature as crisis_feature

pytestmark = OFFSCREEN_NOISE


def test_the_incidents_panel_opens_crisis_mode_through_the_controller_it_was_given(open_window, workspace, qtbot):
    _, ids, _alert = storm(workspace.db, n=6)
    iid = operations.open_incident(workspace.db, "Kettle fires", mention_ids=ids)
    w = open_window()
    f = w.features
    controller = f.crisis.controller
    assert f.incidents.crisis is controller and f.crisis.alerts is f.alerts
    qtbot.waitUntil(lambda: f.incidents.incident is not None and f.incidents.incident["id"] == iid)

    qtbot.mouseClick(f.incidents.crisis_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.active, timeout=10000)
    assert controller.incident["id"] == iid and crisis_state.active_incident(workspace.db) == iid
    assert w.features.crisis.action.isChecked()


def test_without_crisis_mode_the_others_still_work(open_window, workspace, qtbot, monkeypatch):
    def broken(*_args):
        raise RuntimeError("crisis mode could not be built")

    monkeypatch.setattr(crisis_feature.CrisisMode, "__init__", broken)
    _, ids, alert_id = storm(workspace.db, n=6)
    iid = operations.open_incident(workspace.db, "Kettle fires", mention_ids=ids)
    w = open_window(failing=["crisis"])
    f = w.features
    assert f.crisis is None and f.incidents.crisis is None
    assert f.alerts.banner.current["id"] == alert_id
    qtbot.waitUntil(lambda: f.incidents.incident is not None and f.incidents.incident["id"] == iid)

    # Their "Crisis mode" buttons have no controller to ask: nothing happens, nothing breaks.
    qtbot.mouseClick(f.incidents.crisis_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(f.alerts.banner.crisis, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert crisis_state.active_incident(workspace.db) is None
    assert w.wall.model.rowCount() == 9 and "crisis_mode" not in {a.objectName() for a in w.actions()}
