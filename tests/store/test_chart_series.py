"""What the charts draw: buckets, per-term filtering and alert windows, from a real store."""

from datetime import timedelta

from incident_seed import add_alert, add_mention, add_source

from console.store.chart_series import RANGES, load
from console.timeutil import utcnow

DAY = RANGES[1]  # 24 hours in 30-minute buckets


def test_buckets_count_volume_negative_sentiment_and_levels(db):
    now = utcnow()
    # Three mentions a minute apart, just after the start of the bucket five hours back.
    step = int(DAY.bucket.total_seconds())
    start = (int(now.timestamp()) - 5 * 3600) // step * step
    ago = [(now.timestamp() - (start + k * 60)) / 60 for k in (1, 2, 3)]
    src = add_source(db)
    add_mention(db, src, "calm", minutes_ago=ago[0], sentiment=0.5, terms=["Acme"])
    add_mention(db, src, "angry", minutes_ago=ago[1], sentiment=-0.7, level="critical", terms=["Acme"])
    add_mention(db, src, "other brand", minutes_ago=ago[2], sentiment=-0.1, level="high", terms=["Zenith"])
    add_mention(db, src, "too old", minutes_ago=60 * 25)
    s = load(db, DAY, now=now)
    assert len(s.volume) == 48 and s.end > now >= s.end - DAY.bucket
    assert sum(s.volume) == 3
    i = next(k for k, v in enumerate(s.volume) if v)
    assert s.volume[i] == 3 and s.negative[i] == 2
    assert abs(s.sentiment[i] - (0.5 - 0.7 - 0.1) / 3) < 1e-9
    assert s.levels["critical"][i] == 1 and s.levels["high"][i] == 1 and s.levels["low"][i] == 1
    assert s.times[i].timestamp() == start
    assert all(v is None for k, v in enumerate(s.sentiment) if k != i)


def test_one_watch_term_and_its_alert_windows(db):
    src = add_source(db)
    ids = [add_mention(db, src, f"acme {k}", minutes_ago=30 + k, sentiment=-0.5, terms=["Acme"]) for k in range(4)]
    add_mention(db, src, "zenith", minutes_ago=30, terms=["Zenith"])
    acme_alert = add_alert(db, ids, term="Acme", minutes_ago=20, window_s=3600)
    overall = add_alert(db, ids, term=None, minutes_ago=10, kind="critical_mention", window_s=0)
    add_alert(db, [], term="Zenith", minutes_ago=10)
    add_alert(db, [], term="Acme", minutes_ago=60 * 30)  # before the chart starts
    s = load(db, DAY, term="Acme")
    assert sum(s.volume) == 4 and sum(s.negative) == 4
    assert [a.alert_id for a in s.alerts] == [acme_alert, overall]
    a = s.alerts[0]
    assert (a.end - a.start) == timedelta(hours=1) and a.kind == "spike"
    assert sum(load(db, DAY).volume) == 5
