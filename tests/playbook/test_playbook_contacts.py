"""The crisis team's people: editing, CSV (formula-injection safe) and vCard, both ways."""

import csv
import io
import json

import pytest

from console.errors import UsageError
from console.playbook import contacts_io
from console.store import audit

PEOPLE = [
    ("crisis_lead", "Ann Lee", "+44 20 7946 0000", "ann@example.com", "Bo Chen", ""),
    ("legal", "=HYPERLINK(\"http://evil.example\")", "-1", "@carl", "", "line one\nline two; with, commas \\"),
    ("spokesperson", "王小明", "+886 2 2345 6789", "ming@example.tw", "", "發言人;備援"),
    ("", "Олена Коваленко", "", "olena@example.ua", "", ""),
]


@pytest.fixture
def team(store):
    for role, name, phone, email, backup, notes in PEOPLE:
        store.add_contact(role, name, phone=phone, email=email, backup=backup, notes=notes)
    return store


def test_add_edit_remove_are_audited(store):
    cid = store.add_contact("Legal counsel", "Carl", phone="555")  # a role title works as well as an id
    store.update_contact(cid, role="發言人", email="carl@example.com")  # in any language
    c = store.contacts()[0]
    assert (c["role"], c["phone"], c["email"]) == ("spokesperson", "555", "carl@example.com")
    store.remove_contact(cid)
    assert store.contacts() == []
    actions = [(r["action"], r["target_id"]) for r in audit.rows(store.db, 3)]
    assert actions == [("contact.remove", str(cid)), ("contact.update", str(cid)), ("contact.add", str(cid))]
    removed = audit.rows(store.db, 1)[0]
    assert removed["target_id"] == str(cid) and "Carl" not in json.dumps(audit.rows(store.db, None))  # by id only


def test_unknown_role_and_missing_name(store):
    with pytest.raises(UsageError, match="unknown role 'janitor'"):
        store.add_contact("janitor", "Jo")
    with pytest.raises(UsageError, match="needs a name"):
        store.add_contact("legal", "  ")


def test_csv_round_trip_is_formula_safe(team, tmp_path):
    path = tmp_path / "team.csv"
    assert contacts_io.export_file(team, path) == 4
    cells = [c for row in csv.reader(io.StringIO(path.read_text("utf-8"))) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert "'=HYPERLINK(\"http://evil.example\")" in cells and "'+44 20 7946 0000" in cells
    assert contacts_io.from_csv(path.read_text("utf-8"), "team.csv")[1]["name"].startswith("=HYPERLINK")
    fresh = type(team).open(tmp_path / "other")
    assert contacts_io.import_file(fresh, path) == {"added": 4, "updated": 0}
    assert [tuple(c[k] for k in ("role", "name", "phone", "email", "backup", "notes")) for c in fresh.contacts()] \
        == PEOPLE
    fresh.close()


def test_vcard_round_trip(team, tmp_path):
    path = tmp_path / "team.vcf"
    contacts_io.export_file(team, path, "zh_TW")
    text = path.read_bytes().decode("utf-8")  # CRLF line ends, as vCard wants
    assert text.count("BEGIN:VCARD") == 4 and "ROLE:危機負責人" in text
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    fresh = type(team).open(tmp_path / "other")
    contacts_io.import_file(fresh, path)
    assert [tuple(c[k] for k in ("role", "name", "phone", "email", "backup", "notes")) for c in fresh.contacts()] \
        == PEOPLE
    fresh.close()


def test_a_phone_vcard_maps_job_titles_to_roles(store, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:4.0\nFN:Iris\nTITLE:Legal counsel\nTEL;TYPE=work,voice:+1 555 0100\n"
                    "item1.EMAIL:iris@example.com\nEND:VCARD\nBEGIN:VCARD\nVERSION:2.1\nFN:Nick\nTITLE:Chef\n"
                    "TEL;CELL:+1 555 0199\nNOTE:Long note that is fo\n lded here\nEND:VCARD\n", "utf-8")
    assert contacts_io.import_file(store, path) == {"added": 2, "updated": 0}
    iris, nick = store.contacts()
    assert (iris["role"], iris["phone"], iris["email"]) == ("legal", "+1 555 0100", "iris@example.com")
    assert (nick["role"], nick["notes"]) == ("", "Long note that is folded here")


def test_import_updates_people_already_listed_and_keeps_what_the_file_lacks(team, tmp_path):
    path = tmp_path / "update.csv"
    path.write_text("role,name,phone\ncrisis_lead,ann lee,+44 20 0000 0000\nlegal,Nina,123\n", "utf-8")
    assert contacts_io.import_file(team, path) == {"added": 1, "updated": 1}
    ann = next(c for c in team.contacts() if c["name"] == "Ann Lee")
    assert (ann["phone"], ann["email"]) == ("+44 20 0000 0000", "ann@example.com")  # the name kept its spelling
    assert audit.rows(team.db, 1)[0]["action"] == "contacts.import"


@pytest.mark.parametrize("name, text, message", [
    ("a.csv", "name,who\nAnn,1\n", "unknown column 'who'"),
    ("a.csv", "phone\n1\n", "including 'name'"),
    ("a.csv", "role,name\nlegal,Ann\nmagician,Bo\n", "unknown role 'magician'"),
    ("a.csv", "role,name\nlegal,Ann,extra\n", "line 2: 3 cells for 2 columns"),
    ("a.vcf", "BEGIN:VCARD\nFN:Ann\n", "no END:VCARD"),
    ("a.vcf", "hello", "holds no vCard"),
    ("a.txt", "x", "reads .csv or .vcf"),
])
def test_bad_files_change_nothing(team, tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    before = team.contacts()
    with pytest.raises(UsageError, match=message):
        contacts_io.import_file(team, path)
    assert team.contacts() == before


def test_not_utf8(store, tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("name\nJosé\n".encode("latin-1"))
    with pytest.raises(UsageError, match="not UTF-8"):
        contacts_io.import_file(store, path)
