"""Where the playbook lives: its own file, its own audit log, a TOML copy beside it, and a
readable playbook whatever state the files are in."""

import os
import subprocess
import sys
import time

from console.playbook import exchange
from console.playbook.store import COPY_NAME, DB_NAME, PlaybookStore
from console.store import audit

LOCKER = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(60)
"""


def test_a_new_workspace_gets_the_shipped_playbook_and_a_copy(store):
    assert store.langs() == ["en", "zh_TW", "zh_CN", "uk"]
    assert store.problem is None and not store.temporary
    assert store.playbook("uk").checklist("activation").title.startswith("Активація")
    assert (store.folder / COPY_NAME).read_text("utf-8") == store.export_text()
    rows = audit.rows(store.db)
    assert [r["action"] for r in rows] == ["playbook.seed"]
    assert rows[0]["details"] == {"source": "the shipped defaults"}


def test_edits_are_validated_audited_and_copied(store):
    store.edit("en", "template:praise_thanks", lambda pb: pb.template("praise_thanks"),
               {"body": "Thank you, {customer_name}!"}, by="maria")
    assert store.playbook("en").template("praise_thanks").body == "Thank you, {customer_name}!"
    last = audit.rows(store.db, 1)[0]
    assert (last["action"], last["actor"], last["target_id"]) == ("playbook.edit", "maria", "template:praise_thanks")
    assert last["details"]["to"] == {"body": "Thank you, {customer_name}!"}
    assert "Thank you, {customer_name}!" in (store.folder / COPY_NAME).read_text("utf-8")
    before = store.export_text()
    try:
        store.edit("en", "item", lambda pb: pb.checklist("activation").item("confirm"), {"owner": "intern"})
    except Exception as e:
        assert "owner 'intern' is not defined" in str(e)
    else:
        raise AssertionError("an unknown owner was accepted")
    assert store.export_text() == before
    assert audit.verify(store.db).ok


def test_the_playbook_never_touches_console_db(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "console.db").write_bytes(b"this is not a database at all" * 10)
    s = PlaybookStore.open(folder)
    assert s.problem is None and s.playbook("en").checklists
    s.close()
    assert (folder / "console.db").read_bytes() == b"this is not a database at all" * 10


def test_a_damaged_playbook_db_is_moved_aside_and_restored_from_the_copy(tmp_path):
    folder = tmp_path / "ws"
    s = PlaybookStore.open(folder)
    s.add_contact("crisis_lead", "Ann Lee", phone="+44 20 7946 0000")
    s.close()
    (folder / DB_NAME).write_bytes(b"\x00" * 4096)
    s = PlaybookStore.open(folder)
    try:
        assert not s.temporary
        assert "damaged" in s.problem and COPY_NAME in s.problem
        assert [c["name"] for c in s.contacts()] == ["Ann Lee"]
        aside = [p for p in folder.iterdir() if p.name.startswith(DB_NAME + ".damaged-")]
        assert len(aside) == 1 and aside[0].read_bytes() == b"\x00" * 4096
    finally:
        s.close()


def test_a_zero_length_playbook_db_without_a_copy_falls_back_to_the_defaults(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"")
    (folder / COPY_NAME).write_text("this = [is not", "utf-8")
    s = PlaybookStore.open(folder)
    try:
        assert "shipped defaults" in s.problem
        assert s.playbook("zh_TW").templates
        names = sorted(p.name.split("-")[0] for p in folder.iterdir())
        assert f"{COPY_NAME}.unreadable" in names and f"{DB_NAME}.damaged" in names
    finally:
        s.close()


def test_a_locked_playbook_db_still_shows_the_playbook_at_once(tmp_path):
    folder = tmp_path / "ws"
    s = PlaybookStore.open(folder)
    s.add_contact("legal", "Carl", phone="555")
    s.close()
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(folder / DB_NAME)], stdout=subprocess.PIPE, text=True)
    try:
        assert locker.stdout.readline().strip() == "locked"
        t = time.perf_counter()
        s = PlaybookStore.open(folder)
        took = time.perf_counter() - t
        assert s.temporary and "locked" in s.problem
        assert [c["name"] for c in s.contacts()] == ["Carl"]
        assert took < 4  # the probe gives up quickly instead of the 5 s busy wait
        s.add_contact("legal", "Dana")  # works in memory, and never reaches the files
        s.close()
    finally:
        locker.kill()
        locker.wait()
    s = PlaybookStore.open(folder)
    assert [c["name"] for c in s.contacts()] == ["Carl"] and s.problem is None
    s.close()
    assert (folder / DB_NAME).exists() and not [p for p in folder.iterdir() if "damaged" in p.name]


def test_an_unwritable_folder_still_shows_the_playbook(tmp_path):
    if os.geteuid() == 0:
        blocker = tmp_path / "file"
        blocker.write_text("x")
        folder = blocker / "ws"  # a folder below a file can never be created, even by root
    else:
        folder = tmp_path / "ro"
        folder.mkdir(mode=0o500)
    s = PlaybookStore.open(folder)
    try:
        assert s.temporary and s.playbook("en").checklists
    finally:
        s.close()


def test_import_replaces_all_or_nothing(store):
    store.add_contact("legal", "Carl")
    before = store.export_text()
    text = before.replace('role = "legal"', 'role = "astrologer"')
    try:
        store.import_text(text, "bad.toml")
    except Exception as e:
        assert "astrologer" in str(e)
    else:
        raise AssertionError("an unknown role was imported")
    assert store.export_text() == before


def test_language_setting(store, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    assert store.default_lang() == "zh_TW"
    store.set_language("uk")
    assert store.default_lang() == "uk"
    assert store.playbook().lang == "uk"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    other = PlaybookStore.open(store.folder.parent / "other")
    assert other.default_lang() == "en"
    other.close()


def test_shipped_files_are_loaded_as_the_same_structure_as_an_export(store):
    playbooks, contacts = exchange.loads(store.export_text(), "x.toml")
    assert [pb.to_dict() for pb in playbooks] == [pb.to_dict() for pb in exchange.shipped()]
    assert contacts == []


def test_a_stored_playbook_that_no_longer_validates_falls_back_to_the_shipped_one(store):
    store.db.execute("UPDATE playbooks SET doc = json_set(doc, '$.words.page', 7) WHERE lang = 'uk'")
    store._cache.clear()
    assert store.playbook("uk").checklist("activation").title.startswith("Активація")
    assert "uk playbook cannot be read" in store.problem
    assert store.playbook("en").words["page"] == "Page {n} of {total}"
