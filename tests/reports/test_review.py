"""The post-crisis review: its figures from a real workspace, its HTML in every language, and the
report command writing a PDF whose text can be read back."""

import re
import shutil
import subprocess
import tomllib
from html.parser import HTMLParser

import pytest
from incident_seed import add_alert, add_mention, add_source, storm

from console.incidents import crisis, operations
from console.playbook import runs
from console.playbook.language import LANGS
from console.playbook.store import PlaybookStore
from console.reports import review_figures
from console.reports.review import Review, review_html, words
from console.resources import resource
from console.store import mentions as mention_store
from console.timeutil import now_iso
from console.workspace import Workspace

HOSTILE = "<img src=http://127.0.0.1:9/canary onerror=alert(1)>"


def _fetching_markup(html: str) -> list:
    """Elements or attributes that would make a browser fetch or run something."""
    found = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in ("img", "script", "a", "link", "iframe", "object", "embed", "video", "audio", "source"):
                found.append(tag)
            found.extend(name for name, _ in attrs if name in ("src", "href", "srcset", "action") or name.startswith("on"))

    Parser().feed(html)
    return found


@pytest.fixture
def store(workspace):
    s = PlaybookStore.open(workspace.folder)
    yield s
    s.close()


@pytest.fixture
def incident(db, store):
    """A storm about Acme with its spike alert, an incident run through crisis mode to its close,
    checklist runs with ticks and a review answer, and triage on a few mentions."""
    src, ids, alert = storm(db, n=12)
    # Mentions about the incident's term that the alert did not hold, one a week old (out of scope),
    # one from a drill (never counted in a real incident's review), one with a big audience.
    late = add_mention(db, src, "Acme kettle melted on my counter too", minutes_ago=3, level="high",
                       sentiment=-0.7, terms=["Acme"], author="@big_voice", author_followers=52000, category="product_defect")
    add_mention(db, src, "Acme kettle old complaint", minutes_ago=7 * 24 * 60, terms=["Acme"], sentiment=-0.6)
    add_mention(db, src, "Acme drill kettle post", minutes_ago=4, terms=["Acme"], sentiment=-0.9, drill=1)
    add_mention(db, src, HOSTILE, minutes_ago=5, terms=["Acme"], sentiment=-0.5, author=HOSTILE)
    iid = crisis.turn_on(db, alert_id=alert, title="Exploding kettle").incident_id
    run = runs.start(store, "activation", "en", str(iid), by="Dana")
    runs.tick(store, run, 1, by="Dana")
    runs.tick(store, run, 2, by="Marcus", note="Incident owner: Dana")
    mention_store.add_tag(db, ids[0], "refund")
    mention_store.add_tag(db, ids[1], "refund")
    mention_store.add_tag(db, ids[1], "photo")
    mention_store.set_status(db, ids[0], "responded")
    mention_store.set_status(db, ids[2], "resolved")
    mention_store.assign(db, ids[0], "Dana")
    operations.add_note(db, iid, "Holding statement approved by legal")
    operations.add_response(db, iid, "x", "We are so sorry. Updates: https://acme.example/status")
    operations.close(db, iid)
    review_run = runs.start(store, "review", "en", str(iid), by="Dana")
    runs.set_note(store, review_run, "worked", "Legal approved the holding statement in 10 minutes.")
    return {"id": iid, "ids": ids, "late": late, "alert": alert}


def test_figures_count_the_incident_and_its_terms_in_its_period(db, store, incident):
    fig = review_figures.gather(db, incident["id"], store)
    tot = fig["totals"]
    # 12 storm mentions held by the alert + the late one + the hostile one; not the week-old one,
    # not the drill one, not the three calm ones from ten hours ago.
    assert fig["incident"]["mention_count"] == 12
    assert tot["mentions"] == 14
    assert tot["negative"] == 14
    assert tot["answered"] == 2
    assert dict(fig["statuses"]) == {"new": 12, "responded": 1, "resolved": 1}
    assert fig["tags"] == [("refund", 2), ("photo", 1)]
    assert dict(fig["assignees"]) == {"": 13, "Dana": 1}
    assert fig["terms"] == [("Acme", 14)]
    assert dict(fig["categories"]) == {"other": 13, "product_defect": 1}
    authors = fig["authors"]
    assert authors[0]["author"] == "@big_voice" and authors[0]["followers"] == 52000
    assert authors[0]["reach"] == "social" and authors[0]["level"] == "high"


def test_volume_covers_the_storm_and_marks_the_milestones(db, store, incident):
    fig = review_figures.gather(db, incident["id"], store)
    vol = fig["volume"]
    assert sum(r["total"] for r in vol["rows"]) == fig["totals"]["mentions"]
    assert sum(r["negative"] for r in vol["rows"]) == fig["totals"]["negative"]
    assert len(vol["rows"]) <= review_figures.MAX_BUCKETS
    assert vol["bucket_s"] in review_figures.BUCKETS_S
    starts = [r["start"] for r in vol["rows"]]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    marks = [k for r in vol["rows"] for k in r["events"]]
    for kind in ("detected", "opened", "crisis_on", "response"):
        assert kind in marks
    assert "note" not in marks  # notes are in the timeline, not on the chart
    assert vol["peak"]["total"] == max(r["total"] for r in vol["rows"])


@pytest.mark.parametrize(("span_s", "size"), [(0, 60), (25 * 60, 60), (3 * 3600, 600), (2 * 86400, 7200),
                                              (60 * 86400, 172800)])
def test_bucket_size_keeps_the_chart_short(span_s, size):
    assert review_figures.bucket_size(span_s) == size


def test_checklist_runs_and_review_answers(db, store, incident):
    fig = review_figures.gather(db, incident["id"], store)
    assert [r["checklist_id"] for r in fig["runs"]] == ["activation", "review"]
    ticked = [(i["n"], i["ticked_by"]) for i in fig["runs"][0]["items"] if i["ticked_at"]]
    assert ticked == [(1, "Dana"), (2, "Marcus")]
    assert fig["answers"] == {"worked": ["Legal approved the holding statement in 10 minutes."]}
    # Without the playbook store, no runs (and no crash).
    assert review_figures.gather(db, incident["id"])["runs"] == []


def test_html_holds_every_section_and_escapes_every_text(db, store, incident):
    fig = review_figures.gather(db, incident["id"], store)
    html = review_html(fig, store.playbook("en"), now_iso())
    for heading in ("Post-crisis review", "Key times", "Response clocks", "Volume over time",
                    "Mentions per category and topic", "Most influential authors", "Status breakdown (triage)",
                    "Responses sent", "Timeline", "Checklist runs", "Review questions", "What worked?",
                    "What did not work?", "What would we do differently?", "Feedback from every department",
                    "Update the plan"):
        assert f">{heading}" in html, heading
    assert "Exploding kettle" in html and "Holding statement approved by legal" in html
    assert "Legal approved the holding statement in 10 minutes." in html   # the noted answer, in its box
    assert "Incident owner: Dana" in html and "Marcus" in html
    assert "Crisis lead" in html   # a department row per crisis-team role
    assert "@big_voice" in html and "52,000" in html
    assert "<img" not in html and "&lt;img src=http://127.0.0.1:9/canary" in html
    assert _fetching_markup(html) == []
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "DRILL" not in html


def test_a_drill_incident_is_marked_and_counts_drill_mentions_only(db, store):
    src = add_source(db)
    real = [add_mention(db, src, f"Acme real complaint {i}", minutes_ago=5 + i, terms=["Acme"], sentiment=-0.6)
            for i in range(3)]
    drill = [add_mention(db, src, f"Acme drill complaint {i}", minutes_ago=5 + i, terms=["Acme"], sentiment=-0.6,
                         drill=1) for i in range(4)]
    alert = add_alert(db, drill[:2], drill=1)
    iid = operations.open_incident(db, "Drill: kettle", alert_id=alert)
    fig = review_figures.gather(db, iid, store)
    assert fig["incident"]["drill"] is True
    assert fig["totals"]["mentions"] == len(drill)
    rev = Review(fig, store.playbook("en"), now_iso())
    html = rev.html()
    assert "DRILL: a practice incident, not a real crisis" in html
    assert ">not yet<" in html   # open, crisis mode not on yet
    assert "DRILL" in rev.footer()
    assert real  # the real ones exist, and were left out


def test_every_language_has_every_word():
    table = tomllib.loads(resource("reports", "review.toml").read_text(encoding="utf-8"))
    assert set(table) == set(LANGS)

    def shape(d):
        return {k: shape(v) if isinstance(v, dict) else type(v).__name__ for k, v in d.items()}

    for lang in LANGS:
        assert shape(table[lang]) == shape(table["en"]), lang
        assert len(table[lang]["plan_parts"]) == len(table["en"]["plan_parts"])


@pytest.mark.parametrize("lang", LANGS)
def test_html_in_every_language(db, store, incident, lang):
    fig = review_figures.gather(db, incident["id"], store)
    html = review_html(fig, store.playbook(lang), now_iso())
    w = words(lang)
    for key in ("title", "timeline", "q_worked", "q_departments", "questions"):
        assert w[key] in html
    assert f'lang="{ {"en": "en", "uk": "uk", "zh_TW": "zh-Hant-TW", "zh_CN": "zh-Hans-CN"}[lang] }"' in html


def test_durations_read_in_the_playbooks_units(db, store, incident):
    """A number and its unit are joined by a no-break space, so a narrow cell never parts them ("15 / min")."""
    rev = Review(review_figures.gather(db, incident["id"], store), store.playbook("en"), now_iso())
    assert rev.duration(42) == "42\u00a0s"
    assert rev.duration(12 * 60 + 5) == "12\u00a0min"
    assert rev.duration(3 * 3600 + 7 * 60) == "3\u00a0h\u00a07\u00a0min"
    assert rev.duration(26 * 3600) == "26\u00a0h"
    assert rev.duration(3 * 86400 + 5 * 3600) == "3\u00a0days 5\u00a0h"
    assert rev.duration(None) == "not yet"


def test_unknown_language_is_refused():
    with pytest.raises(Exception, match="not written in 'fr'"):
        words("fr")


# ---- the command line ------------------------------------------------------------------------

def _cli_incident(cli):
    """An incident in the command line's workspace, written in-process (each command started is a
    second of imports; the report command is what these tests are about)."""
    ws = Workspace(cli.folder)
    try:
        _, _, alert = storm(ws.db, n=8)
        iid = operations.open_incident(ws.db, "Exploding kettle", alert_id=alert)
        operations.add_note(ws.db, iid, "Holding statement approved by legal")
        operations.add_response(ws.db, iid, "x", "We are so sorry.")
        operations.close(ws.db, iid)
    finally:
        ws.close()
    return iid


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing (packaging/system-deps.sh)")
def test_report_command_writes_a_pdf_and_an_html_file(cli, tmp_path):
    iid = _cli_incident(cli)
    pdf, html = tmp_path / "review.pdf", tmp_path / "review.html"
    r = cli("report", iid, pdf)
    assert f"incident {iid}" in r.stdout
    cli("report", iid, html)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 3000
    assert html.stat().st_size > 3000 and "<!DOCTYPE html>" in html.read_text(encoding="utf-8")
    assert ">never<" in html.read_text(encoding="utf-8")   # closed without crisis mode
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.lower()
    assert "timeline" in text and "what worked" in text and "exploding kettle" in text
    assert "holding statement approved by legal" in text
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", pages).group(1)) >= 5


def test_report_command_refuses_bad_input_in_one_line(cli, tmp_path):
    iid = _cli_incident(cli)
    r = cli("report", iid, tmp_path / "review.docx", check=False)
    assert r.returncode == 2 and "written as .pdf or .html" in r.stderr and "Traceback" not in r.stderr
    r = cli("report", "999", tmp_path / "review.html", check=False)
    assert r.returncode == 2 and "no incident with id 999" in r.stderr and "Traceback" not in r.stderr
    r = cli("report", iid, tmp_path / "missing-folder" / "review.html", check=False)
    assert r.returncode == 2 and "cannot write" in r.stderr
    assert not (tmp_path / "review.docx").exists()


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing (packaging/system-deps.sh)")
@pytest.mark.parametrize("lang", ["zh_TW", "uk"])
def test_pdf_text_reads_back_in_chinese_and_ukrainian(db, store, incident, tmp_path, lang):
    from console.ui.printing import html_to_pdf

    pb = store.playbook(lang)
    rev = Review(review_figures.gather(db, incident["id"], store), pb, now_iso())
    path = tmp_path / "review.pdf"
    path.write_bytes(html_to_pdf(rev.html(), lang, rev.footer(), pb.words["page"], rev.title()))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    w = words(lang)
    for key in ("title", "timeline", "q_worked", "q_did_not_work"):
        assert w[key] in text, (key, w[key])


def test_an_incident_with_nothing_in_it_still_has_a_review(db, store):
    iid = operations.open_incident(db, "Quiet rumour")
    fig = review_figures.gather(db, iid, store)
    assert fig["totals"]["mentions"] == 0 and fig["volume"]["peak"] is None
    assert [r["total"] for r in fig["volume"]["rows"]] == [0] * len(fig["volume"]["rows"])
    html = review_html(fig, store.playbook("en"), now_iso())
    for text in ("Quiet rumour", "No checklist was run for this incident.", "No response was recorded",
                 "No author names in these mentions.", "What worked?"):
        assert text in html
