"""The model refuses what does not hold together, saying where, and round-trips its own form."""

import copy

import pytest

from console.playbook import exchange
from console.playbook.model import Playbook, PlaybookError


@pytest.fixture(scope="module")
def en_dict():
    return exchange.shipped()[0].to_dict()


def test_round_trip_of_the_canonical_form(en_dict):
    assert Playbook.from_dict(copy.deepcopy(en_dict), "en").to_dict() == en_dict


@pytest.mark.parametrize("breakage, message", [
    (lambda d: d["checklists"][0]["items"][0].update(owner="janitor"), "owner 'janitor' is not defined"),
    (lambda d: d["checklists"][0]["items"][0].update(due_min="5"), "expected a whole number"),
    (lambda d: d["checklists"][0]["items"][0].update(due_min=True), "expected a whole number"),
    (lambda d: d["checklists"][0]["items"][0].update(colour="red"), "unknown key 'colour'"),
    (lambda d: d["checklists"][0]["items"][0].pop("text"), "missing key 'text'"),
    (lambda d: d["checklists"][1].update(id=d["checklists"][0]["id"]), "appears twice"),
    (lambda d: d["checklists"][1].update(id="Bad Id"), "lower-case letters"),
    (lambda d: d["templates"][0].update(body="Hi {name, see you}"), "not part of a {placeholder}"),
    (lambda d: d["templates"][0].update(channels=["fax"]), "channel 'fax' is not defined"),
    (lambda d: d["templates"][0].update(category="gossip"), "category 'gossip' is not defined"),
    (lambda d: d["roles"][0].update(escalates_to="nobody"), "escalates_to 'nobody'"),
    (lambda d: d["words"].pop("page"), "missing ['page']"),
    (lambda d: d.update(lang="fr"), "lang 'fr'"),
    (lambda d: d["channels"][0].update(limit=0), "limit must be positive"),
])
def test_refuses_and_says_where(en_dict, breakage, message):
    d = copy.deepcopy(en_dict)
    breakage(d)
    with pytest.raises(PlaybookError) as e:
        Playbook.from_dict(d, "broken.toml")
    assert message in str(e.value)
    assert "broken.toml" in str(e.value)


def test_durations_in_each_language():
    pbs = {pb.lang: pb for pb in exchange.shipped()}
    # a number and its unit are joined by a no-break space: a line never parts them
    assert pbs["en"].duration(15) == "15\u00a0min"
    assert pbs["en"].duration(1440) == "24\u00a0h"
    assert pbs["en"].duration(4320) == "3\u00a0days"
    assert pbs["en"].duration(90) == "90\u00a0min"
    assert pbs["zh_TW"].word("within", time=pbs["zh_TW"].duration(30)) == "30\u00a0分鐘內"
    assert pbs["uk"].word("within", time=pbs["uk"].duration(60)) == "протягом 1\u00a0год"
