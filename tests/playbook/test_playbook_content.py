"""The shipped playbook: enough content in every language, the same structure in each, and each
language really written in that language."""

import re

import pytest

from console.playbook import exchange
from console.playbook.language import LANGS

REQUIRED_CHECKLISTS = {"activation", "assessment", "response", "aftermath", "review", "drill"}
REQUIRED_CATEGORIES = {"holding", "apology", "broadcast", "follow_up", "product_defect", "service_failure",
                       "delivery_delay", "refund", "rumour", "hacked_account", "misconduct", "misinterpreted",
                       "third_party", "praise"}
REQUIRED_ROLES = {"crisis_lead", "spokesperson", "communications", "social_media_lead", "customer_service_lead",
                  "legal", "executive_sponsor", "marketing_sales", "it_security"}
SCRIPT = {"zh_TW": r"[\u4e00-\u9fff]", "zh_CN": r"[\u4e00-\u9fff]", "uk": r"[\u0400-\u04ff]"}


@pytest.fixture(scope="module")
def shipped():
    return {pb.lang: pb for pb in exchange.shipped()}


def test_every_language_ships(shipped):
    assert list(shipped) == list(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_content_counts(shipped, lang):
    pb = shipped[lang]
    assert REQUIRED_CHECKLISTS <= {c.id for c in pb.checklists}
    assert len(pb.templates) >= 14
    assert REQUIRED_CATEGORIES <= {t.category for t in pb.templates}
    assert REQUIRED_ROLES <= {r.id for r in pb.roles}
    activation = pb.checklist("activation")
    assert all(i.due_min is not None and i.due_min <= 30 for i in activation.items)
    assert {"pause_posts", "pause_ads", "alert_office", "holding_statement", "crisis_page"} <= \
        {i.id for i in activation.items}
    assert pb.checklist("response").item("first_answer").due_min == 24 * 60
    assert {t.kind for t in pb.tone} == {"blame", "sarcasm", "policy", "arguing", "robotic"}
    assert pb.channel("x").limit == 280
    broadcast = next(t for t in pb.templates if t.category == "broadcast")
    assert "crisis_page_url" in broadcast.placeholders


@pytest.mark.parametrize("lang", LANGS[1:])
def test_same_structure_as_english(shipped, lang):
    en, pb = shipped["en"], shipped[lang]

    def shape(p):
        return ([(c.id, c.limit, c.weighting) for c in p.channels],
                [(r.id, r.speaks, r.acts, r.validates, r.approval_step, r.tier, r.escalates_to) for r in p.roles],
                [(c.id, [(i.id, i.owner, i.due_min) for i in c.items]) for c in p.checklists],
                [(t.id, t.category, t.channels, sorted(t.placeholders)) for t in p.templates],
                sorted(p.categories), sorted(p.tone_kinds), sorted(p.placeholders), [t.level for t in p.tiers])

    assert shape(pb) == shape(en)
    assert len(pb.tone) >= 10


@pytest.mark.parametrize("lang", ["zh_TW", "zh_CN", "uk"])
def test_written_in_its_own_script(shipped, lang):
    pb = shipped[lang]
    texts = [i.text for c in pb.checklists for i in c.items] + [t.body for t in pb.templates] + \
        [r.summary for r in pb.roles] + list(pb.words.values())
    for text in texts:
        letters = re.sub(r"\{[a-z_]+\}|https?://\S+|[^\w]|[\d_]", "", text)
        if len(letters) >= 8:  # short labels like "X (Twitter)" may stay Latin
            native = len(re.findall(SCRIPT[lang], letters))
            assert native / len(letters) > 0.8, text


def test_traditional_and_simplified_are_not_the_same_text(shipped):
    tw, cn = shipped["zh_TW"], shipped["zh_CN"]
    same = [a.body for a, b in zip(tw.templates, cn.templates, strict=True) if a.body == b.body]
    assert not same
    assert "帳號" in tw.template("hacked_account_notice").body and "账号" in cn.template("hacked_account_notice").body


def test_roles_describe_who_speaks_acts_and_validates(shipped):
    en = shipped["en"]
    assert [r.id for r in en.approval_chain()] == ["communications", "legal", "crisis_lead", "executive_sponsor"]
    assert [r.id for r in en.escalation_chain()][0] == "customer_service_lead"
    assert en.escalation_chain()[-1].id == "executive_sponsor"
    assert en.role("spokesperson").speaks and not en.role("legal").speaks
