"""The wall's table model on a real workspace: checked by Qt's model tester while it pages,
takes live mentions and drops rows that leave the view; never more than the pages asked for."""

from datetime import UTC, datetime, timedelta

import pytest
from helpers import wall_samples
from PySide6.QtCore import Qt

from console.store import mentions
from console.store.wall import WallStore
from console.store.wall_filter import WallFilter
from console.ui.tasks import Tasks
from console.ui.wall.model import COL, Role, WallModel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def model(qtbot, workspace):
    wall_samples.realistic(workspace.db, 90)
    tasks = Tasks()
    store = WallStore(workspace.db_path, page=25)
    m = WallModel(store, tasks)
    yield m
    tasks.shutdown()
    store.close()


def loaded(qtbot, m):
    qtbot.waitUntil(lambda: not m.loading and m._tasks.idle, timeout=5000)


def test_model_passes_qt_model_tester_through_paging_live_rows_and_removals(qtbot, qtmodeltester, model, db):
    model.reload()
    loaded(qtbot, model)
    assert model.rowCount() == 25
    qtmodeltester.check(model)   # stays attached: every later change is checked too (it fetches pages itself)
    loaded(qtbot, model)
    while model.canFetchMore():
        model.fetchMore()
        loaded(qtbot, model)
    before = model.rowCount()
    assert before > 75 and model.complete
    new = wall_samples.realistic(db, 3, seed=42)
    model.check_changes(range(5))
    loaded(qtbot, model)
    assert model.rowCount() == before + 3
    assert all(model.row_for_id(i) >= 0 for i in new)
    keys = [model.row_at(i).key for i in range(model.rowCount())]
    assert keys == sorted(keys, reverse=True)          # each went to its place in the wall's order
    gone = model.index(1, 0).data(Role.ID)
    mentions.set_status(db, gone, "hidden")
    model.check_changes(range(5))
    loaded(qtbot, model)
    assert model.rowCount() == before + 2 and model.row_for_id(gone) == -1
    model.set_filter(WallFilter(levels=frozenset({"critical"})))
    loaded(qtbot, model)
    assert {model.index(i, 0).data(Role.LEVEL) for i in range(model.rowCount())} == {"critical"}


def test_lazy_loading_holds_only_the_pages_asked_for(qtbot, model):
    model.reload()
    loaded(qtbot, model)
    assert model.rowCount() == 25 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
        loaded(qtbot, model)
    active = model._store.count(WallFilter())
    assert model.rowCount() == active and not model.canFetchMore()


def test_live_mentions_go_where_they_belong_and_late_dated_ones_wait_for_their_page(qtbot, model, db):
    model.reload()
    loaded(qtbot, model)
    top = model.index(0, 0).data(Role.ID)
    new = wall_samples.realistic(db, 2, seed=5, now=datetime.now(UTC) + timedelta(hours=1))   # above everything
    sid = db.execute("SELECT id FROM sources LIMIT 1").fetchone()[0]
    with db.atomic():
        old = db.execute("INSERT INTO mentions (source_id, dedupe_key, title, first_seen, sort_time) VALUES "
                         "(?, 'old', 'an old post', '2026-01-01T00:00:00Z', '2001-01-01T00:00:00Z')", [sid]).lastrowid
    with qtbot.waitSignal(model.live_rows_arrived) as arrived:
        model.check_changes()
    assert arrived.args == [2]
    assert {model.index(0, 0).data(Role.ID), model.index(1, 0).data(Role.ID)} == set(new)
    assert model.index(2, 0).data(Role.ID) == top
    assert model.row_for_id(old) == -1            # beyond the loaded pages: the last page brings it
    while model.canFetchMore():
        model.fetchMore()
        loaded(qtbot, model)
    assert model.row_for_id(old) == model.rowCount() - 1


def test_a_flood_of_new_mentions_is_offered_not_inserted(qtbot, model, db, monkeypatch):
    monkeypatch.setattr("console.ui.wall.model.LIVE_LIMIT", 5)
    model.reload()
    loaded(qtbot, model)
    before = model.rowCount()
    wall_samples.realistic(db, 8, seed=8)
    with qtbot.waitSignal(model.overflowed):
        model.check_changes()
    assert model.rowCount() == before


def test_cells_show_plain_text_cues_and_custom_roles(qtbot, model):
    model.reload()
    loaded(qtbot, model)
    rows = [model.row_at(i) for i in range(model.rowCount())]
    crit = next(i for i, r in enumerate(rows) if r.level == "critical")
    cue = model.index(crit, COL["severity"]).data()
    assert cue.startswith("▲ CRITICAL")
    assert model.index(crit, COL["severity"]).data(Role.REASONS)
    tip = model.index(crit, COL["severity"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "negative sentiment" in tip
    unscored = next((i for i, r in enumerate(rows) if r.sentiment is None), None)
    assert unscored is None or model.index(unscored, COL["sentiment"]).data() == "unscored"
    assert model.headerData(COL["headline"], Qt.Orientation.Horizontal) == "Title or text"


def test_a_live_wall_keeps_a_bounded_number_of_rows(qtbot, model, db, monkeypatch):
    monkeypatch.setattr("console.ui.wall.model.KEEP_ROWS", 30)
    model.reload()
    loaded(qtbot, model)
    while model.canFetchMore():
        model.fetchMore()
        loaded(qtbot, model)
    assert model.rowCount() > 30
    model.trim(10)
    assert model.rowCount() == 30 and model.canFetchMore()
    model.fetchMore()
    loaded(qtbot, model)
    assert model.rowCount() > 30
    keys = [model.row_at(i).key for i in range(model.rowCount())]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)


def test_refreshing_shown_rows_repaints_only_those_that_changed(qtbot, model, db):
    model.reload()
    loaded(qtbot, model)
    shown = list(range(10))
    for i in shown:
        model.data(model.index(i, COL["status"]))          # the texts are made as the rows are shown
    kept = [model.row_at(i) for i in shown]
    changed = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    model.check_changes(shown)
    loaded(qtbot, model)
    assert changed == [] and [model.row_at(i) for i in shown] == kept   # unchanged: same rows, texts kept
    mentions.set_status(db, kept[3].id, "acknowledged")
    model.check_changes(shown)
    loaded(qtbot, model)
    assert changed == [3] and model.data(model.index(3, COL["status"])) == "Acknowledged"


def test_wall_rows_cost_the_cycle_collector_next_to_nothing(qtbot, model):
    import gc

    model.reload()
    loaded(qtbot, model)
    row = model.row_at(0)
    model.data(model.index(0, 0))
    gc.collect()
    # Plain tuples of plain values leave the collector's lists: a full pass only meets the row itself.
    assert not gc.is_tracked(row.values) and not gc.is_tracked(row.cells) and not gc.is_tracked(row.key)
    assert (row.id, row.headline) == (row.values[0], row.values[6])
