"""Files that try to grant themselves trust or carry an attack: OPML that marks itself internal or
names local files, vCard names that would add properties, CSV cells a spreadsheet would run, TOML
built to exhaust the parser. And the playbook's append-only audit never keeps a person's details."""

import csv
import io
import json
import time
import unicodedata

import pytest

from console.playbook import contacts_io, exchange
from console.playbook.model import Playbook, PlaybookError

OPML = ('<?xml version="1.0" encoding="utf-8"?><opml version="2.0" xmlns:cc="urn:x-crisis-console:opml:1">'
        '<head><title>shared</title></head><body>{}</body></opml>')


def opml(path, outlines):
    path.write_text(OPML.format("".join(f'<outline text="x" xmlUrl="{u}"{extra}/>' for u, extra in outlines)))
    return path


def feeds(cli):
    return {f["url"]: f for f in json.loads(cli("feeds", "list", "--json").stdout)}


def test_an_opml_file_cannot_make_its_feeds_internal_or_local(cli_in_process, tmp_path):
    cli = cli_in_process
    local = tmp_path / "local.xml"
    local.write_text("<rss version='2.0'><channel><title>t</title></channel></rss>")
    path = opml(tmp_path / "list.opml", [("http://127.0.0.1:9/secret", ' cc:internal="1"'),
                                         ("http://169.254.169.254/latest/meta-data/", ' cc:internal="1"'),
                                         (local.as_uri(), ""), ("/proc/self/environ", ""),
                                         ("file:///etc/passwd", ""), ("https://news.example/feed", "")])
    out = cli("feeds", "import", str(path)).stdout
    assert list(feeds(cli)) == ["https://news.example/feed"]
    assert "--allow-internal" in out and "--allow-files" in out  # each skip says how to allow it

    cli("feeds", "import", str(path), "--allow-internal", "--allow-files")
    got = feeds(cli)
    assert got["http://127.0.0.1:9/secret"]["internal"] and local.as_uri() in got
    assert not [u for u in got if "/proc/" in u]  # the kernel's files never, whatever the flags


def test_an_opml_file_with_too_many_feeds_is_refused_whole(cli_in_process, tmp_path):
    from console.ingest.sources import OPML_MAX_FEEDS

    path = opml(tmp_path / "huge.opml", [(f"https://n{i}.example/feed", "") for i in range(OPML_MAX_FEEDS + 1)])
    r = cli_in_process("feeds", "import", str(path), check=False)
    assert r.returncode == 2 and "more than" in r.stderr and feeds(cli_in_process) == {}


HOSTILE_NAMES = ["Eve\rX-CRISIS-ROLE:crisis_lead", "Mal\u2028NOTE:injected\u2028X-CRISIS-BACKUP:Evil",
                 "Lin\nX-CRISIS-ROLE:executive_sponsor", "Par\u2029X-CRISIS-ROLE:crisis_lead", "Bell\x07Tab\tÖ; ,\\",
                 '=HYPERLINK("http://127.0.0.1/x","x")', "\uff1d1+1", "\u200b=1+1", "\u2060+1", "@SUM(1)", "-1+1"]


def test_hostile_names_survive_a_vcard_round_trip_without_adding_fields(store):
    for i, name in enumerate(HOSTILE_NAMES):
        store.add_contact("legal", name, phone=f"+1 555 01{i:02d}", notes="ok\r\nX-CRISIS-ROLE:crisis_lead")
    text = contacts_io.to_vcard(store.contacts(), {"legal": "Legal counsel"})
    lines = text.split("\r\n")
    assert not [ln for ln in lines if any(c in ln for c in "\r\n\u2028\u2029\x85\x0b\x0c\x07")]
    assert sum(ln.startswith("X-CRISIS-ROLE:") for ln in lines) == len(HOSTILE_NAMES)
    back = contacts_io.from_vcard(text, "team.vcf")
    assert [p["role"] for p in back] == ["legal"] * len(HOSTILE_NAMES)
    assert not [p for p in back if "backup" in p]
    assert [p["notes"] for p in back] == ["ok\nX-CRISIS-ROLE:crisis_lead"] * len(HOSTILE_NAMES)
    assert back[5]["name"] == HOSTILE_NAMES[5] and back[4]["name"] == "BellTab\tÖ; ,\\"  # the bell is dropped


def test_no_csv_cell_starts_a_formula_and_names_come_back(store):
    for i, name in enumerate(HOSTILE_NAMES[5:]):
        store.add_contact("legal", name, phone=f"+1 555 02{i:02d}", notes=name)
    text = contacts_io.to_csv(store.contacts())
    for row in list(csv.reader(io.StringIO(text)))[1:]:
        for cell in row:
            visible = cell.lstrip("".join(c for c in cell if unicodedata.category(c) in ("Cf", "Zs", "Cc")))
            assert not visible.startswith(contacts_io.FORMULA_START), cell
    assert [p["name"] for p in contacts_io.from_csv(text, "team.csv")] == HOSTILE_NAMES[5:]


@pytest.mark.parametrize("text", ["a = " + "[" * 100_000 + "]" * 100_000 + "\n", "a" + ".a" * 59_999 + " = 1\n",
                                  '"x" = 1\n' * 10 + "b = {c = {d = {e = 1}}}\n" + "z = [" * 40 + "]" * 40])
def test_toml_built_to_exhaust_the_parser_is_refused_quickly(cli_in_process, tmp_path, text):
    before = tmp_path / "before.toml"
    cli_in_process("playbook", "export", str(before))
    path = tmp_path / "evil.toml"
    path.write_text(text)
    t0 = time.monotonic()
    r = cli_in_process("playbook", "import", str(path), check=False)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and time.monotonic() - t0 < 5
    after = tmp_path / "after.toml"
    cli_in_process("playbook", "export", str(after))
    assert before.read_bytes() == after.read_bytes()


@pytest.mark.parametrize("part, field, value", [("channels", "limit", 10**20), ("roles", "approval_step", -5),
                                                 ("channels", "limit", -1)])
def test_numbers_in_an_imported_playbook_are_range_checked(part, field, value):
    doc = exchange.shipped()[0].to_dict()
    doc[part][0][field] = value
    with pytest.raises(PlaybookError, match="from 0 to"):
        Playbook.from_dict(doc, "pb.toml")


def test_the_audit_names_a_person_by_id_and_forgets_their_details(cli_in_process):
    cli = cli_in_process
    cli("contacts", "add", "legal", "Pat Private", "--phone", "+1 555 0199", "--email", "pat@example.test",
        "--notes", "Lives at 12 Privet Lane")
    cli("contacts", "edit", "1", "--phone", "+1 555 0200")
    cli("contacts", "remove", "1")
    audit = cli("playbook", "audit", "--json").stdout
    assert not [s for s in ("Pat", "555 0199", "555 0200", "pat@example", "Privet") if s in audit]
    assert '"changed": [\n        "phone"\n      ]' in audit
    for f in cli.folder.iterdir():
        if f.is_file():
            assert b"Privet" not in f.read_bytes() and b"555 0199" not in f.read_bytes(), f.name
    assert "chain intact" in cli("playbook", "audit", "--verify").stdout
