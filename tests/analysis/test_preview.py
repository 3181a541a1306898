"""The watch-term and threshold previews over a real store: what adding a term or moving the
thresholds would do, by the analysis' own rules."""

import pytest
from incident_seed import add_mention, add_source

from console.analysis import preview
from console.errors import UsageError


def test_a_term_preview_finds_what_the_matcher_finds_newest_first(db):
    src = add_source(db, name="Forum")
    add_mention(db, src, "The Acme K2 kettle exploded", minutes_ago=5)
    add_mention(db, src, "acme's kettle is great", minutes_ago=6)
    add_mention(db, src, "Acmeville fair this weekend", minutes_ago=8)
    found = preview.matches(db.conn, "Acme")
    assert [r["title"] for r in found["rows"]] == ["The Acme K2 kettle exploded", "acme's kettle is great"]
    assert (found["count"], found["scanned"], found["complete"]) == (2, 3, True)
    assert found["rows"][0]["source"] == "Forum"
    assert preview.matches(db.conn, "Acme", scan=2)["complete"] is False


def test_level_counts_refuse_thresholds_out_of_order(db):
    with pytest.raises(UsageError, match="go down"):
        preview.level_counts(db.conn, {"critical": 50, "high": 60, "medium": 35})
