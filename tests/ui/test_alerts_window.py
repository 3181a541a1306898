"""Alerts in the real window: a new alert reaches the banner and the (stubbed) OS notification
service, its explanation shows the figures and the mentions, dismissing it is audited; hostile
text stays plain everywhere, and no request reaches the canary server."""

import json

import pytest
from helpers.faultserver import FaultServer
from helpers.window_wait import OFFSCREEN_NOISE, settle
from incident_seed import add_alert, add_mention, add_source, storm
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from console.incidents import alert_view
from console.store import audit
from console.ui.alerts import sound
from console.ui.alerts.notify import notification_text

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def canary():
    """A loopback server that counts every request (`requests`): rendering must never make one."""
    server = FaultServer()
    yield server
    server.close()


def test_a_new_alert_is_announced_once_and_shown_on_the_banner(open_window, workspace, qtbot):
    src = add_source(workspace.db)
    w = open_window()
    assert not w.features.alerts.banner.isVisible()
    ids = [add_mention(workspace.db, src, f"Acme refund scam #{i}", sentiment=-0.7, terms=["Acme"]) for i in range(3)]
    alert_id = add_alert(workspace.db, ids, current=3.0, baseline=0.4, minutes_ago=0)
    qtbot.waitUntil(lambda: bool(w.notifications.shown), timeout=5000)     # noticed through the store watcher
    settle(qtbot, w)
    title, body, critical = w.notifications.shown[0]
    assert title == "Crisis Console alert" and critical
    assert body == "Spike: 3 negative mentions about “Acme” in 30 min (usually 0.4)"
    banner = w.features.alerts.banner
    assert banner.isVisible() and banner.current["id"] == alert_id and banner.text.text() == body
    add_mention(workspace.db, src, "unrelated, no alert")
    qtbot.wait(1500)
    settle(qtbot, w)
    assert len(w.notifications.shown) == 1      # announced once, not on every store change


def test_several_alerts_at_once_make_one_notification(open_window, workspace, qtbot):
    w = open_window()
    for term in ("Acme", "Kettle", "Recall", "Fire"):
        add_alert(workspace.db, [], term=term, minutes_ago=0)
    qtbot.waitUntil(lambda: bool(w.notifications.shown), timeout=5000)
    settle(qtbot, w)
    title, body, _ = w.notifications.shown[0]
    assert len(w.notifications.shown) == 1 and title == "Crisis Console: 4 new alerts"
    assert body.splitlines()[-1] == "and 1 more" and len(body.splitlines()) == 4
    assert w.features.alerts.banner.more.text() == "3 more" and w.features.alerts.banner.more.isVisible()


def test_the_explanation_shows_baseline_current_sigma_and_the_mentions(open_window, workspace, qtbot):
    _, ids, alert_id = storm(workspace.db, n=7)
    w = open_window()
    qtbot.mouseClick(w.features.alerts.banner.why, Qt.MouseButton.LeftButton)
    dialog = w.features.alerts.dialogs[alert_id]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 7, timeout=5000)
    cards = {}
    for i in range(dialog.cards.count()):
        name, value = dialog.cards.itemAt(i).widget().findChildren(QLabel)
        cards[name.text()] = value.text()
    assert cards == {"Now": "7", "Usually": "1", "Spread (σ)": "0.8", "Threshold": "3.4", "Above usual": "7.5 σ"}
    assert "usually 1, give or take 0.8 (σ, the usual spread)" in dialog.sentence.text()
    assert "above usual + k·σ = 3.4 (k = 3, sensitivity “normal”) and at 5 mentions or more" in dialog.sentence.text()
    shown = {dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(7)}
    assert shown == set(ids)
    assert dialog.table.item(0, 1).text() in ("▲ CRITICAL", "▲ HIGH")
    qtbot.mouseClick(dialog.wall_button, Qt.MouseButton.LeftButton)
    assert w.wall.model.filter.ids == frozenset(ids)


def test_dismissing_an_alert_is_audited_and_clears_the_banner(open_window, workspace, qtbot):
    _, _, alert_id = storm(workspace.db, n=2)
    w = open_window()
    qtbot.mouseClick(w.features.alerts.banner.dismiss, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.features.alerts.banner.isVisible(), timeout=5000)
    assert alert_view.get(workspace.db, alert_id)["acknowledged_at"]
    assert audit.rows(workspace.db)[0]["action"] == "alert.acknowledge"


def test_hostile_alert_text_stays_plain_and_fetches_nothing(open_window, workspace, qtbot, canary, tmp_path):
    base = canary.url("")
    secret = tmp_path / "local.png"
    secret.write_bytes(b"\x89PNG not really")
    term = f'<img src="{base}/pixel.png"><img src="{secret}"><b>Acme</b>&amp;\u202e\u200b'
    src = add_source(workspace.db, name=f'<a href="javascript:alert(1)">{term}</a>')
    ids = [add_mention(workspace.db, src, f'<img src="{base}/m{i}.png"> {"x" * 5000}', terms=[term]) for i in range(2)]
    w = open_window()
    alert_id = add_alert(workspace.db, ids, term=term, minutes_ago=0)
    add_alert(workspace.db, [], kind="source_dark", term=None, source_id=src, minutes_ago=0,
              details=json.dumps({"source": term, "last_error": f'<img src="{base}/err.png">'}))
    qtbot.waitUntil(lambda: bool(w.notifications.shown), timeout=5000)
    settle(qtbot, w)
    body = w.notifications.shown[0][1]
    assert "<" not in body and ">" not in body and "\u202e" not in body and "‹img src=" in body
    banner = w.features.alerts.banner
    assert banner.text.textFormat() == Qt.TextFormat.PlainText and "<img" in banner.text.text()
    for aid in (alert_id, banner.current["id"]):
        dialog = w.features.alerts.explain(aid)
        qtbot.waitUntil(lambda d=dialog: "explained" in d.windowTitle() and d.windowTitle() != "Alert explained",
                        timeout=5000)
        dialog.grab()   # render every widget, as a screen would
        for label in dialog.findChildren(QLabel):
            assert label.textFormat() == Qt.TextFormat.PlainText or "<" not in label.text(), label.text()
    w.grab()
    qtbot.wait(300)
    assert canary.requests == {}
    assert notification_text("a <b>bold</b> & <img>") == "a ‹b›bold‹/b› ＆ ‹img›"


def test_the_chime_is_a_short_valid_wav(tmp_path):
    import wave

    path = sound.chime_file(tmp_path)
    with wave.open(str(path)) as w:
        seconds = w.getnframes() / w.getframerate()
        assert w.getnchannels() == 1 and 0.3 < seconds < 0.6
    assert sound.chime_file(tmp_path) == path      # written once

