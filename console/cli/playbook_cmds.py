"""Commands over the offline playbook: checklists and their runs, response templates, the crisis
team's contacts, the playbook as a TOML file, and the printable crisis binder.

They use `playbook.db` only, never `console.db`, so they work while the mentions database is
locked or damaged."""

import sys
from functools import wraps
from pathlib import Path
from types import SimpleNamespace

from console.cli.validate import limit, record_ref, require, row_id
from console.errors import UsageError, WorkspaceError
from console.files import document_kind, read_user_text, write_user_file
from console.playbook import contacts_io, exchange, responses, runs, tone
from console.playbook.language import LANGS
from console.playbook.model import to_dict
from console.playbook.render import render
from console.timeutil import now_iso


def register(sub) -> None:
    p = sub.add_parser("checklist", help="crisis checklists and their runs")
    a = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    x = a.add_parser("list", help="the checklists")
    _lang(x, json=True)
    x.set_defaults(handler=cmd_checklist_list)
    x = a.add_parser("start", help="start a run of a checklist (the clock starts now)")
    x.add_argument("id")
    x.add_argument("--incident", type=row_id, metavar="ID", help="the incident this run belongs to")
    x.add_argument("--by", metavar="NAME")
    _lang(x, json=True)
    x.set_defaults(handler=cmd_checklist_start)
    for name, helptext, fn in (("tick", "tick an item of a run (its number or id)", cmd_checklist_tick),
                               ("untick", "untick an item ticked by mistake", cmd_checklist_untick)):
        x = a.add_parser(name, help=helptext)
        x.add_argument("run", type=row_id)
        x.add_argument("item")
        x.add_argument("--by", metavar="NAME")
        if name == "tick":
            x.add_argument("--note", metavar="TEXT")
        x.set_defaults(handler=fn)
    x = a.add_parser("note", help="set the note of a run, or of one of its items")
    x.add_argument("run", type=row_id)
    x.add_argument("text")
    x.add_argument("--item", metavar="ITEM")
    x.add_argument("--by", metavar="NAME")
    x.set_defaults(handler=cmd_checklist_note)
    x = a.add_parser("reset", help="clear a run's ticks and restart its clock (for a drill)")
    x.add_argument("run", type=row_id)
    x.add_argument("--by", metavar="NAME")
    x.set_defaults(handler=cmd_checklist_reset)
    x = a.add_parser("show", help="a run: items, who ticked them, progress, what is overdue")
    x.add_argument("run", type=row_id)
    x.add_argument("--json", action="store_true")
    x.set_defaults(handler=cmd_checklist_show)
    x = a.add_parser("runs", help="the runs, newest first")
    x.add_argument("--json", action="store_true")
    x.set_defaults(handler=cmd_checklist_runs)

    p = sub.add_parser("templates", help="response templates")
    a = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    x = a.add_parser("list", help="the templates, with their placeholders")
    x.add_argument("--category")
    x.add_argument("--channel")
    _lang(x, json=True)
    x.set_defaults(handler=cmd_templates_list)
    x = a.add_parser("render", help="fill a template's placeholders and print the text")
    x.add_argument("id")
    x.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a placeholder's value")
    x.add_argument("--channel", help="warn when the text is over this channel's length limit")
    x.add_argument("--record", type=record_ref, metavar="mention:ID|incident:ID", help="record the reply against what it answers")
    _lang(x)
    x.set_defaults(handler=cmd_templates_render)

    p = sub.add_parser("contacts", help="the crisis team: roles and the people behind them")
    a = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    x = a.add_parser("roles", help="the crisis-team roles, with their people")
    _lang(x, json=True)
    x.set_defaults(handler=cmd_contacts_roles)
    x = a.add_parser("list", help="the people")
    x.add_argument("--json", action="store_true")
    x.set_defaults(handler=cmd_contacts_list)
    x = a.add_parser("add", help="add a person to a role (a role id or title)")
    x.add_argument("role")
    x.add_argument("name")
    _person_options(x)
    x.set_defaults(handler=cmd_contacts_add)
    x = a.add_parser("edit", help="change a person's details")
    x.add_argument("id", type=row_id)
    x.add_argument("--role")
    x.add_argument("--name")
    _person_options(x)
    x.set_defaults(handler=cmd_contacts_edit)
    x = a.add_parser("remove", help="remove a person (the audit log keeps only their id)")
    x.add_argument("id", type=row_id)
    x.set_defaults(handler=cmd_contacts_remove)
    x = a.add_parser("import", help="add or update people from a .csv or .vcf file")
    x.add_argument("file")
    x.set_defaults(handler=cmd_contacts_import)
    x = a.add_parser("export", help="write the people to a .csv or .vcf file")
    x.add_argument("file")
    _lang(x)
    x.set_defaults(handler=cmd_contacts_export)

    p = sub.add_parser("playbook", help="the whole playbook: TOML export and import, language, audit")
    a = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    x = a.add_parser("export", help="write the playbook (every language and the contacts) to a TOML file")
    x.add_argument("file")
    x.set_defaults(handler=cmd_playbook_export)
    x = a.add_parser("import", help="replace the playbook from a TOML export or one language file")
    x.add_argument("file")
    x.set_defaults(handler=cmd_playbook_import)
    x = a.add_parser("language", help="show or set the workspace's language")
    x.add_argument("lang", nargs="?", choices=LANGS)
    x.set_defaults(handler=cmd_playbook_language)
    x = a.add_parser("audit", help="the playbook's own audit log (checklist ticks, edits, replies)")
    x.add_argument("--json", action="store_true")
    x.add_argument("--verify", action="store_true", help="check the hash chain; exit 1 if it is broken")
    x.add_argument("--limit", type=limit, default=None)
    x.set_defaults(handler=cmd_playbook_audit)

    p = sub.add_parser("binder", help="print the crisis binder to a PDF or a self-contained HTML file")
    p.add_argument("file", help="FILE.pdf or FILE.html")
    _lang(p)
    p.set_defaults(handler=cmd_binder)


def _lang(p, json=False) -> None:
    p.add_argument("--lang", choices=LANGS, help="default: the workspace's language, else the system's, else en")
    if json:
        p.add_argument("--json", action="store_true", help="print JSON")


def _person_options(p) -> None:
    for opt in ("phone", "email", "backup", "notes"):
        p.add_argument(f"--{opt}", metavar=opt.upper() if opt != "backup" else "NAME")


def with_store(writes: bool = False):
    """Open the workspace's playbook for a command, say if it is not its usual self, close it after."""
    def wrap(fn):
        @wraps(fn)
        def handler(ctx):
            store = ctx.workspace.playbook()
            try:
                if writes and store.temporary:
                    raise WorkspaceError("the playbook is only readable right now, so this change was not made"
                                         + (f" ({store.problem})" if store.problem else ""))
                code = fn(ctx, store)
                if store.problem:  # said after the work, so that a failure stays one line
                    ctx.warnings.append(f"warning: {store.problem}")
                return code
            finally:
                store.close()
        return handler
    return wrap


@with_store()
def cmd_checklist_list(ctx, store) -> int:
    pb = store.playbook(ctx.args.lang)
    if ctx.args.json:
        ctx.print_json([dict(to_dict(c), lang=pb.lang) for c in pb.checklists])
        return 0
    for c in pb.checklists:
        print(f"{c.id:<16} {len(c.items):>3} items  {c.title}")
    return 0


@with_store(writes=True)
def cmd_checklist_start(ctx, store) -> int:
    incident = ctx.args.incident
    if incident is not None:
        incident = str(require(ctx.db, "incident", incident))  # stored as text, as crisis mode stores it
    run_id = runs.start(store, ctx.args.id, ctx.args.lang, incident, ctx.args.by)
    st = runs.state(store, run_id)
    if ctx.args.json:
        ctx.print_json(st)
    else:
        print(f"run {run_id} started at {st['started_at']}: {st['title']} ({st['total']} items)")
    return 0


@with_store(writes=True)
def cmd_checklist_tick(ctx, store) -> int:
    before = runs.state(store, ctx.args.run)
    row = runs.tick(store, ctx.args.run, ctx.args.item, ctx.args.by, ctx.args.note)
    was = next(i for i in before["items"] if i["n"] == row["n"])
    verb = "was already ticked" if was["ticked_at"] else "ticked"
    print(f"{row['n']}. {row['item_id']} {verb} at {row['ticked_at']} by {row['ticked_by']}")
    return 0


@with_store(writes=True)
def cmd_checklist_untick(ctx, store) -> int:
    row = runs.untick(store, ctx.args.run, ctx.args.item, ctx.args.by)
    print(f"{row['n']}. {row['item_id']} is not ticked")
    return 0


@with_store(writes=True)
def cmd_checklist_note(ctx, store) -> int:
    runs.set_note(store, ctx.args.run, ctx.args.item, ctx.args.text, ctx.args.by)
    print("note saved")
    return 0


@with_store(writes=True)
def cmd_checklist_reset(ctx, store) -> int:
    runs.reset(store, ctx.args.run, ctx.args.by)
    print(f"run {ctx.args.run} reset: no item ticked, clock restarted at {runs.state(store, ctx.args.run)['started_at']}")
    return 0


@with_store()
def cmd_checklist_show(ctx, store) -> int:
    st = runs.state(store, ctx.args.run)
    if ctx.args.json:
        ctx.print_json(st)
        return 0
    print(f"run {st['id']}: {st['title']}  started {st['started_at']} by {st['started_by']}"
          + (f"  incident {st['incident_id']}" if st["incident_id"] else ""))
    print(f"{st['done']}/{st['total']} done ({st['percent']} %), {st['overdue']} overdue")
    for i in st["items"]:
        box = "[x]" if i["ticked_at"] else ("[!]" if i["overdue"] else "[ ]")
        when = f"  {i['ticked_at']} {i['ticked_by']}" if i["ticked_at"] else (f"  due {i['due_at']}" if i["due_at"] else "")
        print(f"{box} {i['n']:>2}. {i['text']}  ({i['owner_title']}){when}")
        if i["note"]:
            print(f"        note: {i['note']}")
    if st["notes"]:
        print(f"notes: {st['notes']}")
    return 0


@with_store()
def cmd_checklist_runs(ctx, store) -> int:
    return ctx.print_rows(runs.list_runs(store), lambda r: (
        f"{r['id']:>5}  {r['started_at']}  {r['done']:>2}/{r['total']:<2} {r['checklist_id']:<16} {r['title']}"))


@with_store()
def cmd_templates_list(ctx, store) -> int:
    pb = store.playbook(ctx.args.lang)
    chosen = [t for t in pb.templates if (not ctx.args.category or t.category == ctx.args.category)
              and (not ctx.args.channel or ctx.args.channel in t.channels)]
    if ctx.args.json:
        ctx.print_json([dict(to_dict(t), lang=pb.lang, category_label=pb.categories[t.category],
                             placeholders=t.placeholders) for t in chosen])
        return 0
    for t in chosen:
        print(f"{t.id:<22} {pb.categories[t.category]:<28} {','.join(t.channels):<30} {', '.join(t.placeholders)}")
    return 0


def _values(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--set takes NAME=VALUE, not {pair!r}")
        values[name.strip().strip("{}")] = value
    return values


@with_store()
def cmd_templates_render(ctx, store) -> int:
    a = ctx.args
    pb = store.playbook(a.lang)
    t = pb.template(a.id)
    if a.channel:
        pb.channel(a.channel)
    values = _values(a.set)
    text = render(t.body, values)  # exit 2 naming every unfilled placeholder
    for flag in tone.check(text, pb, a.channel):
        print(f"crisis-console: warning: {flag.kind}: {flag.subject}: {flag.detail}", file=sys.stderr)
    if a.record:
        kind, target = a.record
        require(ctx.db, kind, target)
        if store.temporary:
            raise WorkspaceError("the playbook is only readable right now, so the reply was not recorded")
        responses.record(store, text, target_type=kind, target_id=target, template_id=t.id, lang=pb.lang,
                         channel=a.channel)
    print(text)
    return 0


@with_store()
def cmd_contacts_roles(ctx, store) -> int:
    pb = store.playbook(ctx.args.lang)
    people = store.contacts()
    rows = [dict(to_dict(r), lang=pb.lang, people=[p for p in people if p["role"] == r.id]) for r in pb.roles]
    if ctx.args.json:
        ctx.print_json(rows)
        return 0
    chain = " → ".join(r.title for r in pb.approval_chain())
    print(f"{pb.words['approval_chain']}: {chain}")
    for r in rows:
        names = "; ".join(f"{p['name']} {p['phone']}".strip() for p in r["people"]) or pb.words["nobody"]
        print(f"{r['tier']}  {r['id']:<22} {r['title']:<26} {names}")
    return 0


@with_store()
def cmd_contacts_list(ctx, store) -> int:
    return ctx.print_rows(store.contacts(), lambda c: (
        f"{c['id']:>4}  {c['role'] or '-':<22} {c['name']:<24} {c['phone']:<18} {c['email']}"))


@with_store(writes=True)
def cmd_contacts_add(ctx, store) -> int:
    a = ctx.args
    cid = store.add_contact(a.role, a.name, phone=a.phone, email=a.email, backup=a.backup, notes=a.notes)
    print(f"contact {cid} added: {a.name}")
    return 0


@with_store(writes=True)
def cmd_contacts_edit(ctx, store) -> int:
    a = ctx.args
    changes = {k: getattr(a, k) for k in ("role", "name", "phone", "email", "backup", "notes")
               if getattr(a, k) is not None}
    if not changes:
        raise UsageError("nothing to change: give --role, --name, --phone, --email, --backup or --notes")
    store.update_contact(a.id, **changes)
    print(f"contact {a.id} updated")
    return 0


@with_store(writes=True)
def cmd_contacts_remove(ctx, store) -> int:
    store.remove_contact(ctx.args.id)
    print(f"contact {ctx.args.id} removed")
    return 0


@with_store(writes=True)
def cmd_contacts_import(ctx, store) -> int:
    done = contacts_io.import_file(store, ctx.args.file)
    print(f"{done['added']} added, {done['updated']} updated")
    return 0


@with_store()
def cmd_contacts_export(ctx, store) -> int:
    n = contacts_io.export_file(store, ctx.args.file, ctx.args.lang)
    print(f"{n} contacts written to {ctx.args.file}")
    return 0


@with_store()
def cmd_playbook_export(ctx, store) -> int:
    write_user_file(Path(ctx.args.file), store.export_text().encode("utf-8"))
    print(f"playbook ({', '.join(store.langs())}; {len(store.contacts())} contacts) written to {ctx.args.file}")
    return 0


@with_store(writes=True)
def cmd_playbook_import(ctx, store) -> int:
    path = Path(ctx.args.file)
    text = read_user_text(path, exchange.MAX_BYTES, "playbook file")
    done = store.import_text(text, path.name)
    people = "contacts kept" if done["contacts"] is None else f"{done['contacts']} contacts"
    print(f"imported {', '.join(done['langs'])}; {people}")
    return 0


@with_store()
def cmd_playbook_language(ctx, store) -> int:
    if ctx.args.lang:
        if store.temporary:
            raise WorkspaceError("the playbook is only readable right now, so the language was not changed")
        store.set_language(ctx.args.lang)
    print(store.default_lang())
    return 0


@with_store()
def cmd_playbook_audit(ctx, store) -> int:
    from console.cli.store_cmds import cmd_audit  # the same listing and check as the main audit log

    return cmd_audit(SimpleNamespace(args=ctx.args, db=store.db, print_json=ctx.print_json, print_rows=ctx.print_rows))


@with_store()
def cmd_binder(ctx, store) -> int:
    from console.reports.binder import binder_html

    path = Path(ctx.args.file)
    kind = document_kind(path, "binder")
    pb = store.playbook(ctx.args.lang)
    if kind == "pdf":
        from console.ui.printing import binder_pdf  # Qt is only loaded for the PDF

        data = binder_pdf(pb, store.contacts(), now_iso())
    else:
        data = binder_html(pb, store.contacts(), now_iso()).encode("utf-8")
    write_user_file(path, data)
    print(f"binder ({pb.language}) written to {path}")
    return 0

