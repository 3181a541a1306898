"""The command-line contract. Most checks call the real command line in process (`console.cli.main`,
output captured), which is the same code at a fraction of an interpreter start; the exit-code and
PDF checks run `crisis-console` in a subprocess, as a user would."""

import json
import re
import shutil
import subprocess
import sys

import pytest

from console.cli import main
from console.workspace import Workspace


@pytest.fixture
def run(cli_in_process):
    """`crisis-console --workspace WS ARGS...` in process: (exit code, stdout, stderr)."""
    def call(*args, check=True):
        r = cli_in_process(*args, check=check)
        return r.returncode, r.stdout, r.stderr

    call.folder = cli_in_process.folder
    return call


def test_checklists_templates_roles_in_every_language(run):
    for lang in ("en", "zh_TW", "zh_CN", "uk"):
        checklists = json.loads(run("checklist", "list", "--json", "--lang", lang)[1])
        templates = json.loads(run("templates", "list", "--json", "--lang", lang)[1])
        roles = json.loads(run("contacts", "roles", "--json", "--lang", lang)[1])
        assert len(checklists) >= 6 and len(templates) >= 10 and len(roles) >= 7
        assert {c["lang"] for c in checklists + templates + roles} == {lang}
        assert all(isinstance(t["placeholders"], list) and t["id"] for t in templates)


def test_render_exits_2_naming_each_unfilled_placeholder(cli):
    r = cli("templates", "render", "private_follow_up", "--set", "brand=Acme", check=False)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert all(n in r.stderr for n in ("customer_name", "agent_name", "case_id")) and "brand," not in r.stderr
    r = cli("templates", "render", "private_follow_up", "--lang", "zh_CN", "--set", "brand=Acme",
            "--set", "customer_name=王女士", "--set", "agent_name=小李", "--set", "case_id=C-9")
    assert "王女士您好，我是Acme的小李" in r.stdout and "{" not in r.stdout


def test_render_warns_on_tone_and_length_and_records_the_reply(run):
    mid = seeded_mention(run.folder)
    _, out, err = run("templates", "render", "broadcast_redirect", "--channel", "x",
                      "--set", "customer_name=Sam, as per our policy" + "!" * 300,
                      "--set", "crisis_page_url=https://a.example/s", "--record", f"mention:{mid}")
    assert "tone: as per our policy" in err and "length: x:" in err and out.startswith("Hi Sam")
    audit = json.loads(run("playbook", "audit", "--json")[1])
    assert audit[0]["action"] == "response.record" and audit[0]["target_type"] == "mention"
    assert audit[0]["target_id"] == str(mid)
    assert run("playbook", "audit", "--verify")[1].startswith("audit log verified")
    code, _, err = run("templates", "render", "praise_thanks", "--set", "customer_name=A", "--record", "tweet:1",
                       check=False)
    assert code == 2 and "mention:ID or incident:ID, not 'tweet:1'" in err
    code, _, err = run("templates", "render", "praise_thanks", "--set", "customer_name=A", "--record",
                       f"mention:{mid + 1000}", check=False)
    assert code == 2 and f"no mention with id {mid + 1000}" in err  # never recorded against nothing
    assert json.loads(run("playbook", "audit", "--json")[1])[0]["target_id"] == str(mid)


def seeded_mention(folder) -> int:
    from incident_seed import add_mention, add_source

    ws = Workspace(folder)
    try:
        return add_mention(ws.db, add_source(ws.db), "Acme kettle", minutes_ago=5)
    finally:
        ws.close()


def test_a_checklist_run_from_the_command_line(run):
    code, _, err = run("checklist", "start", "activation", "--incident", "7", check=False)
    assert code == 2 and "no incident with id 7" in err  # a run never points at an incident that is not there
    iid = json.loads(run("incident", "open", "Kettle", "--json")[1])["id"]
    rid = json.loads(run("checklist", "start", "activation", "--incident", str(iid), "--json")[1])["id"]
    run("checklist", "tick", rid, "1", "--by", "Ann")
    run("checklist", "tick", rid, "pause_posts", "--by", "Bo", "--note", "all channels")
    again = run("checklist", "tick", rid, "1", "--by", "Cy")[1]
    assert "already ticked" in again and "Ann" in again
    show = json.loads(run("checklist", "show", rid, "--json")[1])
    assert (show["done"], show["incident_id"]) == (2, str(iid))
    assert [(i["n"], i["ticked_by"]) for i in show["items"] if i["ticked_at"]] == [(1, "Ann"), (3, "Bo")]
    assert show["items"][2]["note"] == "all channels"
    text = run("checklist", "show", rid)[1]
    assert "[x]  1." in text and "2/8 done" in text
    code, _, err = run("checklist", "tick", rid, "99", check=False)
    assert code == 2 and "no item '99'" in err
    run("checklist", "note", rid, "drill on Tuesday")
    run("checklist", "untick", rid, "1")
    assert json.loads(run("checklist", "runs", "--json")[1])[0]["done"] == 1
    run("checklist", "reset", rid)
    show = json.loads(run("checklist", "show", rid, "--json")[1])
    assert show["done"] == 0 and show["notes"] == ""


def test_contacts_and_playbook_round_trip(run, tmp_path, capsys):
    run("contacts", "add", "crisis_lead", "Ann Lee", "--phone", "+44 20 7946 0000", "--email", "ann@example.com",
        "--backup", "Bo")
    code, _, err = run("contacts", "add", "wizard", "Merlin", check=False)
    assert code == 2 and "unknown role 'wizard'" in err
    roles = json.loads(run("contacts", "roles", "--json")[1])
    lead = next(r for r in roles if r["id"] == "crisis_lead")
    assert lead["people"][0]["phone"] == "+44 20 7946 0000" and lead["validates"] and lead["tier"] == 3
    run("contacts", "edit", lead["people"][0]["id"], "--email", "ann.lee@example.com")
    assert json.loads(run("contacts", "list", "--json")[1])[0]["email"] == "ann.lee@example.com"
    run("contacts", "export", tmp_path / "team.vcf")
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    run("playbook", "export", first)
    other = ["--workspace", str(tmp_path / "other-ws")]
    assert main([*other, "playbook", "import", str(first)]) == 0
    assert main([*other, "playbook", "export", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    capsys.readouterr()
    assert main([*other, "contacts", "import", str(tmp_path / "team.vcf")]) == 0
    assert "0 added, 1 updated" in capsys.readouterr().out
    run("contacts", "remove", lead["people"][0]["id"])
    assert json.loads(run("contacts", "list", "--json")[1]) == []


def test_playbook_commands_work_when_console_db_is_damaged(run):
    run.folder.mkdir(parents=True)
    (run.folder / "console.db").write_bytes(b"garbage" * 100)
    assert len(json.loads(run("checklist", "list", "--json")[1])) >= 6
    rid = json.loads(run("checklist", "start", "activation", "--json")[1])["id"]
    run("checklist", "tick", rid, "1")
    assert (run.folder / "console.db").read_bytes() == b"garbage" * 100


def test_binder_html_is_self_contained_and_escaped(run):
    run("contacts", "add", "legal", "<img src=http://127.0.0.1:9/x> & co", "--phone", "555-0100")
    out = run.folder / "binder.html"
    run("binder", out, "--lang", "uk")
    html = out.read_text("utf-8")
    assert "<img" not in html and "&lt;img src=http://127.0.0.1:9/x&gt; &amp; co" in html
    assert not re.search(r"""<[^>]*\b(src|href)\s*=|@import|url\(""", html)
    assert "555-0100" in html and len(re.findall(r"[\u0400-\u04ff]", html)) > 2000


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing (packaging/system-deps.sh)")
def test_binder_pdf_in_chinese_has_text_and_pages(cli):
    cli("contacts", "add", "spokesperson", "王小明", "--phone", "+886 2 2345 6789")
    out = cli.folder / "binder.pdf"
    cli("binder", out, "--lang", "zh_TW")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert len(re.findall(r"[\u4e00-\u9fff]", text)) > 2000
    assert "+886 2 2345 6789" in text and "第 1 頁，共" in text
    assert int(info.split("Pages:")[1].split()[0]) >= 6
    r = cli("binder", cli.folder / "binder.doc", check=False)
    assert r.returncode == 2 and ".pdf or .html" in r.stderr


def test_the_offline_window_starts_without_any_name_lookup(tmp_path):
    """Nothing in the offline start touches the network: a resolver that refuses is never called."""
    code = ("import socket, sys\n"
            "def refuse(*a, **k): raise SystemExit('name lookup during the offline start')\n"
            "socket.getaddrinfo = socket.gethostbyname = socket.create_connection = refuse\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication(['crisis-console'])\n"
            "from console.workspace import Workspace\n"
            "from console.ui.playbook import open_offline_window\n"
            "w = open_offline_window(Workspace(sys.argv[1]))\n"
            "w.show(); app.processEvents()\n"
            "print(w.checklist.table.rowCount())\n")
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path / "ws")], capture_output=True, text=True,
                       timeout=120, env=dict(__import__("os").environ, QT_QPA_PLATFORM="offscreen"))
    assert r.returncode == 0, r.stderr[-500:]
    assert r.stdout.strip().splitlines()[-1] == "8"
