"""The command-line contract, through the real `crisis-console` in a subprocess."""

import json
import re
import shutil
import subprocess
import sys

import pytest


def test_checklists_templates_roles_in_every_language(cli):
    for lang in ("en", "zh_TW", "zh_CN", "uk"):
        checklists = json.loads(cli("checklist", "list", "--json", "--lang", lang).stdout)
        templates = json.loads(cli("templates", "list", "--json", "--lang", lang).stdout)
        roles = json.loads(cli("contacts", "roles", "--json", "--lang", lang).stdout)
        assert len(checklists) >= 6 and len(templates) >= 10 and len(roles) >= 7
        assert {c["lang"] for c in checklists + templates + roles} == {lang}
        assert all(isinstance(t["placeholders"], list) and t["id"] for t in templates)


def test_render_exits_2_naming_each_unfilled_placeholder(cli):
    r = cli("templates", "render", "private_follow_up", "--set", "brand=Acme", check=False)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert all(n in r.stderr for n in ("customer_name", "agent_name", "case_id")) and "brand," not in r.stderr
    r = cli("templates", "render", "private_follow_up", "--lang", "zh_CN", "--set", "brand=Acme",
            "--set", "customer_name=王女士", "--set", "agent_name=小李", "--set", "case_id=C-9")
    assert "王女士您好,我是Acme的小李" in r.stdout and "{" not in r.stdout


def test_render_warns_on_tone_and_length_and_records_the_reply(cli):
    r = cli("templates", "render", "broadcast_redirect", "--channel", "x",
            "--set", "customer_name=Sam, as per our policy" + "!" * 300, "--set", "crisis_page_url=https://a.example/s",
            "--record", "mention:42")
    assert "tone: as per our policy" in r.stderr and "length: x:" in r.stderr
    audit = json.loads(cli("playbook", "audit", "--json").stdout)
    assert audit[0]["action"] == "response.record" and audit[0]["target_type"] == "mention"
    assert audit[0]["target_id"] == "42"
    r = cli("templates", "render", "praise_thanks", "--set", "customer_name=A", "--record", "tweet:1", check=False)
    assert r.returncode == 2 and "not 'tweet'" in r.stderr


def test_a_checklist_run_from_the_command_line(cli):
    r = cli("checklist", "start", "activation", "--incident", "7", "--json")
    run = json.loads(r.stdout)["id"]
    cli("checklist", "tick", run, "1", "--by", "Ann")
    cli("checklist", "tick", run, "pause_posts", "--by", "Bo", "--note", "all channels")
    again = cli("checklist", "tick", run, "1", "--by", "Cy")
    assert "already ticked" in again.stdout and "Ann" in again.stdout
    show = json.loads(cli("checklist", "show", run, "--json").stdout)
    assert (show["done"], show["incident_id"]) == (2, "7")
    assert [(i["n"], i["ticked_by"]) for i in show["items"] if i["ticked_at"]] == [(1, "Ann"), (3, "Bo")]
    assert show["items"][2]["note"] == "all channels"
    text = cli("checklist", "show", run).stdout
    assert "[x]  1." in text and "2/8 done" in text
    r = cli("checklist", "tick", run, "99", check=False)
    assert r.returncode == 2 and "no item '99'" in r.stderr
    cli("checklist", "reset", run)
    assert json.loads(cli("checklist", "show", run, "--json").stdout)["done"] == 0


def test_contacts_and_playbook_round_trip(cli, tmp_path):
    cli("contacts", "add", "crisis_lead", "Ann Lee", "--phone", "+44 20 7946 0000", "--email", "ann@example.com",
        "--backup", "Bo")
    r = cli("contacts", "add", "wizard", "Merlin", check=False)
    assert r.returncode == 2 and "unknown role 'wizard'" in r.stderr
    roles = json.loads(cli("contacts", "roles", "--json").stdout)
    lead = next(r for r in roles if r["id"] == "crisis_lead")
    assert lead["people"][0]["phone"] == "+44 20 7946 0000" and lead["validates"] and lead["tier"] == 3
    cli("contacts", "export", tmp_path / "team.vcf")
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    cli("playbook", "export", first)
    other = tmp_path / "other-ws"
    for args in (("playbook", "import", first), ("playbook", "export", second)):
        subprocess.run([sys.executable, "-m", "console", "--workspace", str(other), *map(str, args)], check=True, capture_output=True)
    assert first.read_bytes() == second.read_bytes()
    r = subprocess.run([sys.executable, "-m", "console", "--workspace", str(other), "contacts", "import", str(tmp_path / "team.vcf")],
                       capture_output=True, text=True)
    assert "0 added, 1 updated" in r.stdout


def test_playbook_commands_work_when_console_db_is_damaged(cli):
    cli.folder.mkdir(parents=True)
    (cli.folder / "console.db").write_bytes(b"garbage" * 100)
    assert len(json.loads(cli("checklist", "list", "--json").stdout)) >= 6
    run = json.loads(cli("checklist", "start", "activation", "--json").stdout)["id"]
    cli("checklist", "tick", run, "1")
    assert (cli.folder / "console.db").read_bytes() == b"garbage" * 100


def test_binder_html_is_self_contained_and_escaped(cli):
    cli("contacts", "add", "legal", "<img src=http://127.0.0.1:9/x> & co", "--phone", "555-0100")
    out = cli.folder / "binder.html"
    cli("binder", out, "--lang", "uk")
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
    assert "+886 2 2345 6789" in text and "第 1 頁,共" in text
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
