"""Crisis mode in one action, driven through the real window: from the alert banner's button to
an incident holding the alert's mentions, a started activation checklist, the panels on screen,
the wall on the incident's terms, surge polling, and a banner whose clocks tick; then out again."""

import html
import json

from helpers.window_wait import OFFSCREEN_NOISE, settle
from incident_seed import add_alert, add_mention, storm
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from console.incidents import alert_view, crisis, crisis_state, reading
from console.playbook import runs
from console.playbook.store import PlaybookStore
from console.store import audit, operator
from console.store.wall_filter import WallFilter

pytestmark = OFFSCREEN_NOISE


def activation_runs(workspace):
    store = PlaybookStore.open(workspace.folder)
    try:
        return [r for r in runs.list_runs(store, "activation")]
    finally:
        store.close()


def test_crisis_mode_from_the_alert_banner_and_back(open_window, workspace, qtbot):
    _, ids, alert_id = storm(workspace.db, n=12)
    w = open_window()
    banner = w.features.alerts.banner
    assert banner.isVisible() and banner.current["id"] == alert_id
    assert w.notifications.shown == []      # alerts already there at start are shown, not announced again

    qtbot.mouseClick(banner.crisis, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.features.crisis.controller.active and w.features.crisis.controller.run_id is not None, timeout=10000)
    settle(qtbot, w)

    iid = w.features.crisis.controller.incident["id"]
    db = workspace.db
    inc = reading.show(db, iid)
    assert sorted(m["id"] for m in inc["mentions"]) == sorted(ids)
    assert inc["alert_id"] == alert_id and inc["crisis_active"] and inc["crisis_started_at"]
    assert crisis_state.surge_until(db) is not None
    assert [r["incident_id"] for r in activation_runs(workspace)] == [str(iid)]
    assert w.features.crisis.controller.run_id == activation_runs(workspace)[0]["id"]
    assert {"incident.open", "alert.acknowledge", "crisis.on"} <= {r["action"] for r in audit.rows(db)}

    for name in ("checklist", "templates"):
        assert w.docks[name].isVisible() and not w.docks[name].visibleRegion().isEmpty(), name
    for name in ("contacts", "incidents"):    # on screen, or (when the panels cannot all fit) one tab away
        dock = w.docks[name]
        assert not dock.isFloating() and (dock.isVisible() or dock in w.tabifiedDockWidgets(w.docks["templates"]))
    checklist, templates = w.docks["checklist"].widget(), w.docks["templates"].widget()
    assert checklist.checklist_id == "activation" and checklist.runs.currentData() == w.features.crisis.controller.run_id
    assert templates.template.id == "holding_statement"
    assert w.wall.model.filter == WallFilter(terms=frozenset({"Acme"}))
    qtbot.waitUntil(lambda: w.wall.model.rowCount() == 15)     # the storm and the calm Acme mentions
    assert w.features.crisis.action.isChecked()
    assert not banner.isVisible()                              # the alert was acknowledged by crisis mode
    assert w.features.incidents.incident["id"] == iid

    cb = w.features.crisis.controller.banner
    assert cb.isVisible() and cb.title.text() == inc["title"] == "Spike: Acme"
    assert cb.title.textFormat() == Qt.TextFormat.PlainText
    golden = cb.golden.value.text()
    assert golden.endswith(" left") and cb.day.value.text().startswith("23:5")
    qtbot.waitUntil(lambda: cb.golden.value.text() != golden, timeout=3000)   # the clocks tick
    since = cb.since.value.text()
    assert since.startswith("2:") or since.startswith("3:")    # the alert was raised two minutes ago

    qtbot.mouseClick(cb.leave, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.features.crisis.controller.active, timeout=10000)
    settle(qtbot, w)
    assert not cb.isVisible() and not w.features.crisis.action.isChecked()
    assert w.wall.model.filter == WallFilter()
    assert crisis_state.active_incident(db) is None and crisis_state.surge_until(db) is None
    assert reading.show(db, iid)["status"] == "open"


def test_the_shortcut_enters_crisis_mode_from_the_current_alert(open_window, workspace, qtbot):
    _, ids, alert_id = storm(workspace.db, n=3)
    w = open_window()
    assert w.features.crisis.action.shortcut().toString() == "Ctrl+Shift+C"
    w.features.crisis.action.trigger()
    qtbot.waitUntil(lambda: w.features.crisis.controller.active, timeout=10000)
    assert w.features.crisis.controller.incident["alert_id"] == alert_id
    w.features.crisis.action.trigger()          # the same action leaves
    qtbot.waitUntil(lambda: not w.features.crisis.controller.active, timeout=10000)


def test_the_crisis_team_is_on_the_banner_with_phone_numbers(open_window, workspace, qtbot):
    storm(workspace.db, n=3)
    store = PlaybookStore.open(workspace.folder)
    store.add_contact("spokesperson", "Lee Chen", phone="+1 202 555 0102")
    store.add_contact("crisis_lead", "Dana Ruiz", phone="+1 202 555 0101")
    store.add_contact("legal", "<b>Sam</b>")
    store.close()
    w = open_window()
    w.features.crisis.action.trigger()
    qtbot.waitUntil(lambda: w.features.crisis.controller.active, timeout=10000)
    banner = w.features.crisis.controller.banner
    qtbot.waitUntil(lambda: "Dana Ruiz" in banner.team_text())
    full = banner.team_text()
    # The playbook's order (the crisis lead first), names with their numbers, markup shown as typed.
    assert full.index("Crisis lead: Dana Ruiz +1 202 555 0101") < full.index("Spokesperson: Lee Chen +1 202 555 0102")
    chips = banner.team.findChildren(QLabel, "teamChip")
    assert "Legal counsel: <b>Sam</b>" in full and all(c.textFormat() == Qt.TextFormat.PlainText for c in chips)
    w.docks["checklist"].raise_()
    qtbot.mouseClick(w.features.crisis.controller.banner.contacts, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.docks["contacts"].visibleRegion().isEmpty())


def test_a_reply_sent_from_the_holding_statement_stops_the_clocks(open_window, workspace, qtbot):
    _, ids, _alert = storm(workspace.db, n=3)
    store = PlaybookStore.open(workspace.folder)
    store.add_contact("crisis_lead", "Dana Ruiz")
    store.close()
    operator.use("Dana Ruiz")            # a validating role: her reply is approved as she drafts it
    w = open_window()
    w.features.crisis.action.trigger()
    qtbot.waitUntil(lambda: w.features.crisis.controller.active and w.features.crisis.controller.run_id is not None, timeout=10000)
    iid = w.features.crisis.controller.incident["id"]
    templates = w.docks["templates"].widget()
    assert templates.template.id == "holding_statement"
    assert not templates.record.isEnabled()                    # placeholders unfilled: nothing goes out
    templates.answer("mention", ids[0], {"issue_summary": "exploding kettles", "next_update_time": "15:00",
                                         "crisis_page_url": "https://acme.example/crisis"})
    qtbot.waitUntil(templates.record.isEnabled, timeout=5000)
    qtbot.mouseClick(templates.record, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reading.show(workspace.db, iid)["first_response_at"] is not None, timeout=5000)
    response = [e for e in reading.show(workspace.db, iid)["timeline"] if e["kind"] == "response"]
    assert len(response) == 1 and "exploding kettles" in response[0]["text"]
    banner = w.features.crisis.controller.banner
    qtbot.waitUntil(lambda: banner.golden.property("state") == "met", timeout=5000)
    store = PlaybookStore.open(workspace.folder)
    holding = next(i for i in runs.state(store, w.features.crisis.controller.run_id)["items"] if i["id"] == "holding_statement")
    store.close()
    assert holding["ticked_by"] == "console"


def test_an_agents_reply_waits_for_approval_in_crisis_mode(open_window, workspace, qtbot):
    _, ids, _alert = storm(workspace.db, n=3)
    w = open_window()
    w.features.crisis.action.trigger()
    qtbot.waitUntil(lambda: w.features.crisis.controller.active and w.features.crisis.controller.run_id is not None, timeout=10000)
    templates = w.docks["templates"].widget()
    box = templates.reply_box
    templates.answer("mention", ids[0], {"issue_summary": "exploding kettles", "next_update_time": "15:00",
                                         "crisis_page_url": "https://acme.example/crisis"})
    qtbot.waitUntil(lambda: box.needs_approval and box.ask.isVisible(), timeout=5000)
    assert not templates.record.isEnabled() and "approved" in templates.record.toolTip()
    qtbot.mouseClick(box.ask, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.reply is not None and box.reply["state"] == "awaiting", timeout=5000)
    assert not box.approve.isVisible()                           # not a validating role
    assert [a["actor"] for a in audit.rows(workspace.db) if a["action"] == "reply.draft"] == [operator.name()]


def test_an_empty_crisis_team_says_where_to_fill_it_in_and_follows_the_contacts_panel(open_window, workspace,
                                                                                      qtbot, tmp_path):
    storm(workspace.db, n=3)
    w = open_window()
    w.features.crisis.action.trigger()
    qtbot.waitUntil(lambda: w.features.crisis.controller.active, timeout=10000)
    banner = w.features.crisis.controller.banner
    qtbot.waitUntil(lambda: "Contacts" in banner.team_text())
    people = tmp_path / "team.csv"
    people.write_text("role,name,phone\ncrisis_lead,Dana Ruiz,+1 202 555 0101\n", encoding="utf-8")
    w.docks["contacts"].widget().import_file(str(people))      # as the panel's Import… does
    qtbot.waitUntil(lambda: "Dana Ruiz +1 202 555 0101" in banner.team_text())


def test_a_first_response_turns_the_clocks_to_met(open_window, workspace, qtbot):
    _, _, alert_id = storm(workspace.db, n=2)
    w = open_window()
    w.features.crisis.controller.enter(alert_id=alert_id)
    qtbot.waitUntil(lambda: w.features.crisis.controller.active, timeout=10000)
    from console.incidents import operations

    operations.add_response(workspace.db, w.features.crisis.controller.incident["id"], "x", "We are on it")
    cb = w.features.crisis.controller.banner
    qtbot.waitUntil(lambda: cb.golden.value.text() == "met ✓", timeout=5000)   # followed from the store
    assert cb.golden.property("state") == "met" and cb.day.value.text() == "met ✓"


def test_crisis_mode_turned_off_elsewhere_leaves_the_window_too(open_window, workspace, qtbot):
    _, _, alert_id = storm(workspace.db, n=2)
    act = crisis.turn_on(workspace.db, alert_id=alert_id)  # e.g. from the command line, before the window opened
    w = open_window()
    qtbot.waitUntil(lambda: w.features.crisis.controller.active, timeout=5000)
    assert w.features.crisis.controller.incident["id"] == act.incident_id and w.features.crisis.action.isChecked()
    crisis.turn_off(workspace.db)
    qtbot.waitUntil(lambda: not w.features.crisis.controller.active, timeout=5000)
    assert not w.features.crisis.controller.banner.isVisible()


def test_leaving_a_crisis_mode_already_turned_off_elsewhere_just_leaves(open_window, workspace, qtbot):
    _, _, alert_id = storm(workspace.db, n=2)
    crisis.turn_on(workspace.db, alert_id=alert_id)
    w = open_window()
    controller = w.features.crisis.controller
    qtbot.waitUntil(lambda: controller.active, timeout=5000)
    crisis.turn_off(workspace.db)
    controller.leave()      # before the window noticed: the core answers CrisisModeOff
    qtbot.waitUntil(lambda: not controller.active and not controller.busy, timeout=5000)
    assert not controller.banner.isVisible() and not w.features.crisis.action.isChecked()
    assert "background: #b3261e" not in w.statusBar().styleSheet()     # no warning: nothing went wrong

def test_the_crisis_banner_shows_a_hostile_title_as_plain_text(open_window, workspace, qtbot):
    title = '<img src="http://127.0.0.1:9/pixel.png"><b>Kettle</b>\u202e'
    crisis.turn_on(workspace.db, title=title)
    w = open_window()
    qtbot.waitUntil(lambda: w.features.crisis.controller.active, timeout=5000)
    label = w.features.crisis.controller.banner.title
    assert label.textFormat() == Qt.TextFormat.PlainText
    shown = '<img src="http://127.0.0.1:9/pixel.png"><b>Kettle</b>'     # the bidi override is gone
    assert label.text() == shown or (label.text().endswith("…") and shown.startswith(label.text()[:-1]))
    if label.text() != shown:   # elided: the full title is in the tooltip, escaped (never markup)
        assert "&lt;img src=" in label.toolTip() and html.unescape(label.toolTip()).count(shown) == 1
    assert json.dumps(w.features.crisis.controller.incident["terms"]) == "[]"


def test_in_crisis_mode_a_new_alert_joins_the_incident(open_window, workspace, qtbot):
    src, _, alert_id = storm(workspace.db, n=3)
    w = open_window()
    w.features.crisis.controller.enter(alert_id=alert_id)
    qtbot.waitUntil(lambda: w.features.crisis.controller.active, timeout=10000)
    more = [add_mention(workspace.db, src, f"Acme fire #{i}", minutes_ago=0, terms=["Acme"]) for i in range(2)]
    second = add_alert(workspace.db, more, kind="critical_mention", minutes_ago=0)
    button = w.features.crisis.controller.banner.new_alerts       # inside the crisis banner, not on a second one
    qtbot.waitUntil(lambda: button.isVisible() and button.text() == "+1 alert: add to incident", timeout=5000)
    assert not w.features.alerts.banner.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.features.crisis.controller.incident["mention_count"] == 5, timeout=5000)
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=5000)
    assert w.features.crisis.controller.active and alert_view.get(workspace.db, second)["acknowledged_at"]


def test_at_a_laptops_size_the_activation_run_leads_and_the_window_keeps_its_size(open_window, workspace, qtbot):
    storm(workspace.db, n=12)
    w = open_window()
    w.resize(1366, 768)
    w.features.crisis.action.trigger()
    qtbot.waitUntil(lambda: w.features.crisis.controller.active and w.features.crisis.controller.run_id is not None, timeout=10000)
    w.show_view("crisis")
    settle(qtbot, w)
    assert w.size().toTuple() == (1366, 768) and w.minimumSizeHint().width() <= 1280
    panel = w.docks["checklist"].widget()
    assert not panel.pickers.isVisible() and panel.show_pickers.isVisible()     # the run leads, pickers aside
    table = panel.table
    readable = [r for r in range(table.rowCount())
                if table.rowViewportPosition(r) + table.rowHeight(r) <= table.viewport().height()]
    assert len(readable) >= 6
    line = table.fontMetrics().horizontalAdvance("Confirm it is a crisis by our own")
    assert table.columnWidth(2) >= line                                          # "What to do" stays readable
    assert not w.features.alerts.banner.isVisible()                                 # one banner, not two
    qtbot.mouseClick(panel.show_pickers, Qt.MouseButton.LeftButton)
    assert panel.pickers.isVisible()


def test_reply_on_a_mention_opens_the_templates_prefilled_from_it_and_its_incident(open_window, workspace, qtbot):
    _, ids, alert_id = storm(workspace.db, n=3)
    crisis.turn_on(workspace.db, alert_id=alert_id)
    crisis_state.set_page_url(workspace.db, "https://acme.example/crisis")
    w = open_window()
    w.wall.set_filter(WallFilter(ids=frozenset(ids[:1])))
    settle(qtbot, w)
    w.wall.view.selectRow(0)
    settle(qtbot, w)
    qtbot.mouseClick(w.wall.detail.reply, Qt.MouseButton.LeftButton)
    templates = w.docks["templates"].widget()
    qtbot.waitUntil(lambda: templates.target_id.text() == str(ids[0]), timeout=5000)
    assert templates.target_type.currentData() == "mention"
    assert templates.values["crisis_page_url"] == "https://acme.example/crisis"
    assert templates.values["customer_name"] == "someone"
