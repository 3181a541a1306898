"""The playbook as a TOML file: export, import into a fresh workspace, export again, same bytes."""

import pytest

from console.playbook.model import PlaybookError
from console.playbook.store import PlaybookStore

AWKWARD = 'He said "no" \\ then\ttabbed,\n"""triple""" and a trailing newline\n'


def test_export_import_export_is_byte_for_byte(store, tmp_path):
    store.add_contact("crisis_lead", "Ann Lee", phone="+44 20 7946 0000", notes=AWKWARD)
    store.add_contact("", "Олена")
    store.edit("zh_TW", "t", lambda pb: pb.template("praise_thanks"), {"body": AWKWARD + "{customer_name} 謝謝"})
    store.edit("en", "i", lambda pb: pb.checklist("review").item("worked"), {"due_min": 0})
    first = store.export_text()
    assert first == store.export_text()  # deterministic
    other = PlaybookStore.open(tmp_path / "fresh")
    other.import_text(first, "playbook.toml")
    second = other.export_text()
    other.close()
    assert second.encode("utf-8") == first.encode("utf-8")
    assert "2026" not in first and "updated_at" not in first  # no timestamps


def test_a_single_language_file_replaces_that_language_and_keeps_the_contacts(store, tmp_path):
    store.add_contact("legal", "Carl")
    uk = (store.folder.parent.parent / "uk.toml")
    text = store.export_text()
    from console.playbook import exchange

    pb = exchange.loads(text, "x")[0][3]
    pb.checklists[0].title = "Активація (наша версія)"
    import tomli_w

    uk.write_text(tomli_w.dumps(pb.to_dict(), multiline_strings=True), "utf-8")
    done = store.import_text(uk.read_text("utf-8"), "uk.toml")
    assert done == {"source": "uk.toml", "langs": ["uk"], "contacts": None}
    assert store.playbook("uk").checklists[0].title == "Активація (наша версія)"
    assert [c["name"] for c in store.contacts()] == ["Carl"]


@pytest.mark.parametrize("text, message", [
    ("not toml = [", "not valid TOML"),
    ('format = "something-else"', "neither a playbook export"),
    ('format = "crisis-console-playbook"\nversion = 9', "version 9 is not supported"),
    ('format = "crisis-console-playbook"\nversion = 1\nplaybooks = []', "holds no playbook"),
    ('format = "crisis-console-playbook"\nversion = 1\nextra = 1', "unknown key 'extra'"),
])
def test_bad_imports_are_refused_and_change_nothing(store, text, message):
    before = store.export_text()
    with pytest.raises(PlaybookError, match=message):
        store.import_text(text, "in.toml")
    assert store.export_text() == before


def test_duplicate_language_refused(store):
    text = store.export_text()
    start = text.index("[[playbooks]]")
    with pytest.raises(PlaybookError, match="appears twice"):
        store.import_text(text + "\n" + text[start:], "twice.toml")
