"""The wall puts the urgent first: "Needs attention" is its default order, the other orders are one
choice away, the counters above it count what nobody has handled and filter on a click, and the
detail pane takes no room until a mention is selected. The real window, offscreen, on a real workspace."""

import pytest
from helpers import wall_samples
from helpers.window_wait import settle

from console.analysis import routing as rules
from console.store import attention
from console.store.attention import HANDLED

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
RANK = {"critical": 4, "high": 3, "medium": 2, "low": 1}


def shown(w):
    m = w.wall.model
    return [m.row_at(i) for i in range(m.rowCount())]


def test_the_first_row_is_a_critical_mention_nobody_has_handled(qtbot, open_window, workspace, db):
    wall_samples.realistic(db, 150)
    newest_crit = db.execute("SELECT id FROM mentions WHERE level = 'critical' ORDER BY sort_time DESC LIMIT 1")
    db.execute("UPDATE mentions SET status = 'resolved' WHERE id = ?", [newest_crit.fetchone()[0]])
    db.conn.commit()
    w = open_window(workspace)
    rows = shown(w)
    assert rows[0].level == "critical" and rows[0].status not in HANDLED
    keys = [(r.status in HANDLED, -RANK.get(r.level, 0)) for r in rows]
    assert keys == sorted(keys)                                  # unhandled first, then the level
    assert not w.wall.detail.isVisible()                         # no room taken before a selection
    w.wall.view.selectRow(0)
    settle(qtbot, w)
    assert w.wall.detail.isVisible() and w.wall.detail.mention_id == rows[0].id
    w.wall.set_order("time")
    settle(qtbot, w)
    times = [r.sort_time for r in shown(w)]
    assert times == sorted(times, reverse=True)
    assert w.wall.counters.order.currentData() == "time"


def test_the_counters_count_the_unhandled_and_filter_on_a_click(qtbot, open_window, workspace, db):
    wall_samples.realistic(db, 150)
    rules.add(db, "pr", min_level="high")
    w = open_window(workspace)
    counts = attention.summary(db)
    crit = w.wall.counters.levels["critical"]
    qtbot.waitUntil(lambda: crit.text().startswith(f"{counts['unhandled']['critical']} critical"))
    crit.click()
    settle(qtbot, w)
    assert {(r.level, r.status in HANDLED) for r in shown(w)} == {("critical", False)}
    assert len(shown(w)) == counts["unhandled"]["critical"] and crit.isChecked()
    crit.click()                                                 # again: every active mention
    settle(qtbot, w)
    assert len({r.level for r in shown(w)}) > 1 and not crit.isChecked()
    w.wall.counters.queues["pr"].click()
    settle(qtbot, w)
    assert {r.level for r in shown(w)} <= {"critical", "high"} and shown(w)
