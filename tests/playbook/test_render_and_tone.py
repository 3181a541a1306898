"""Placeholders, rendering, and the checks a reply gets before it goes out."""

import pytest

from console.playbook import exchange, tone
from console.playbook.model import Channel
from console.playbook.render import UnfilledPlaceholders, fill, placeholders, render, stray_braces


@pytest.fixture(scope="module")
def pbs():
    return {pb.lang: pb for pb in exchange.shipped()}


def test_placeholders_in_order_of_first_appearance():
    assert placeholders("Hi {customer_name}, case {case_id} for {customer_name}") == ["customer_name", "case_id"]


def test_render_names_every_unfilled_placeholder():
    with pytest.raises(UnfilledPlaceholders) as e:
        render("Hi {customer_name}, see {crisis_page_url} ({case_id})", {"case_id": "7", "customer_name": "  "})
    assert e.value.names == ["customer_name", "crisis_page_url"]
    assert e.value.exit_code == 2
    assert "customer_name" in str(e.value) and "crisis_page_url" in str(e.value)


def test_values_are_inserted_literally_never_expanded():
    out = render("Hi {customer_name}", {"customer_name": "{case_id} <b>x</b> \\1"})
    assert out == "Hi {case_id} <b>x</b> \\1"


def test_fill_keeps_what_is_unknown_for_the_preview():
    assert fill("{a} and {b}", {"a": "A"}) == "A and {b}"


def test_stray_braces_are_explained():
    assert stray_braces("{ok} fine") == ""
    assert "'}'" in stray_braces("oops } here")
    assert "'{'" in stray_braces("a {b c")


def test_tone_guide_flags_phrases_whole_words_only(pbs):
    en = pbs["en"]
    hits = tone.tone_hits("As per our policy, this is NOT OUR FAULT lol", en.tone)
    assert {h.phrase for h in hits} == {"as per our policy", "not our fault", "lol"}
    assert tone.tone_hits("Have a lollipop, obviously-not", en.tone)[0].phrase == "obviously"
    assert not tone.tone_hits("Have a lollipop", en.tone)


def test_tone_guide_in_chinese_and_ukrainian(pbs):
    assert [h.kind for h in tone.tone_hits("根據本公司規定,恕不退款。", pbs["zh_TW"].tone)] == ["policy"]
    assert [h.kind for h in tone.tone_hits("呵呵,您误会了", pbs["zh_CN"].tone)] == ["sarcasm", "arguing"]
    assert [h.kind for h in tone.tone_hits("Заспокойтеся, будь ласка", pbs["uk"].tone)] == ["arguing"]


def test_x_counts_cjk_double_and_links_as_23():
    x = Channel("x", "X", 280, "x")
    assert tone.length("abc", x) == 3
    assert tone.length("危機", x) == 4
    assert tone.length("Привіт", x) == 6
    assert tone.length("see https://example.com/a/very/long/path/indeed/yes", x) == 4 + 23
    assert tone.length("危機", Channel("dm", "DM", 1000)) == 2


def test_check_reports_placeholders_tone_and_length(pbs):
    en = pbs["en"]
    body = en.template("broadcast_redirect").body
    flags = tone.check(body, en, "x", {"customer_name": "Ann, as per our policy" + " x" * 200})
    assert [(f.kind, f.subject) for f in flags] == [
        ("placeholder", "crisis_page_url"), ("tone", "as per our policy"), ("length", "x")]
    assert flags[2].detail.endswith("/280")
    assert tone.check(body, en, "x", {"customer_name": "Ann", "crisis_page_url": "https://a.example/c"}) == []


def test_every_shipped_short_template_fits_x_with_typical_values(pbs):
    values = {"customer_name": "Alex", "crisis_page_url": "https://example.com/status", "agent_name": "Sam",
              "case_id": "C-1042", "issue_summary": "the app outage", "next_update_time": "15:00"}
    for pb in pbs.values():
        for t in pb.templates:
            if "x" in t.channels and set(t.placeholders) <= set(values):
                flags = tone.check(t.body, pb, "x", values)
                assert not flags, (pb.lang, t.id, flags)
