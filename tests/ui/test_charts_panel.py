"""The trends panel in the real window: the chart's series follow the chosen watch term and
range, the alert windows are marked, and the chart draws (hover included) without errors."""

from helpers.window_wait import OFFSCREEN_NOISE
from incident_seed import add_alert, add_mention, add_source
from PySide6.QtCore import QPoint

from console.store.vocabulary import LEVELS
from console.ui.charts.chart import nice_max

pytestmark = OFFSCREEN_NOISE


def seed(db):
    src = add_source(db)
    for t in ("Acme", "<b>Zenith</b>"):
        db.execute("INSERT INTO watch_terms (query, kind, created_at) VALUES (?, 'brand', '2026-01-01T00:00:00Z')", [t])
    acme = [add_mention(db, src, f"acme {i}", minutes_ago=20 + i, sentiment=-0.6, level="high", terms=["Acme"])
            for i in range(6)]
    for i in range(3):
        add_mention(db, src, f"zenith {i}", minutes_ago=300 + i, sentiment=0.5, terms=["<b>Zenith</b>"])
    add_mention(db, src, "last week", minutes_ago=60 * 24 * 6)
    db.conn.commit()
    return add_alert(db, acme, term="Acme", minutes_ago=10, window_s=1800)


def test_the_chart_follows_term_and_range(open_window, workspace, qtbot):
    alert_id = seed(workspace.db)
    w = open_window()
    w.show_view("charts")
    panel = w.features.charts
    qtbot.waitUntil(lambda: panel.chart.series is not None and panel.term.count() == 3, timeout=5000)
    s = panel.chart.series
    assert sum(s.volume) == 9 and sum(s.negative) == 6 and sum(s.levels["high"]) == 6
    assert [a.alert_id for a in s.alerts] == [alert_id]
    assert [panel.term.itemText(i) for i in range(3)] == ["All mentions", "<b>Zenith</b>", "Acme"]

    panel.term.setCurrentIndex(panel.term.findData("<b>Zenith</b>"))
    qtbot.waitUntil(lambda: panel.chart.series.term == "<b>Zenith</b>", timeout=5000)
    assert sum(panel.chart.series.volume) == 3 and panel.chart.series.alerts == []
    assert panel.chart.accessibleDescription() == "3 mentions, 0 negative, 0 alert windows"

    panel.term.setCurrentIndex(0)
    panel.range.setCurrentIndex(2)                       # the last 7 days
    qtbot.waitUntil(lambda: sum(panel.chart.series.volume) == 10, timeout=5000)
    assert len(panel.chart.series.volume) == 56

    qtbot.mouseMove(panel.chart, QPoint(panel.chart.width() - 30, 120))
    qtbot.waitUntil(lambda: panel.chart.hover is not None, timeout=2000)
    assert not panel.chart.grab().isNull()


def test_an_empty_workspace_says_so(open_window, qtbot):
    w = open_window()
    w.show_view("charts")
    qtbot.waitUntil(lambda: w.features.charts.chart.series is not None, timeout=5000)
    assert w.features.charts.chart.message == "No mentions in this range"
    assert set(w.features.charts.chart.series.levels) == set(LEVELS)


def test_axis_tops_are_round_numbers():
    assert [nice_max(v) for v in (0, 1, 3, 7, 12, 35, 101, 999)] == [1, 1, 5, 10, 20, 50, 200, 1000]
