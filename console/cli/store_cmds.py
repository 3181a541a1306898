"""Commands over the store itself: mentions (listing, triage and following), audit, backup."""

import json

from console.analysis.severity import reach_weight_sql
from console.cli.validate import limit, row_id, utc_time
from console.errors import UsageError
from console.files import backup
from console.store import attention, audit, mentions
from console.store.vocabulary import STATUSES


def register(sub) -> None:
    p = sub.add_parser("mentions", help="list mentions, newest first, or triage one")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=limit, default=50)
    p.add_argument("--since", type=utc_time, metavar="ISO", help="only mentions at or after this UTC time")
    p.add_argument("--search", metavar="TEXT", help='as the wall\'s search box: every word, "a phrase", prefix*')
    p.add_argument("--order", default=attention.DEFAULT_ORDER, metavar="ORDER",
                   help=f"{', '.join(attention.ORDERS)} (default: time, newest first)")
    p.add_argument("--queue", metavar="QUEUE", help="only the mentions routed to this queue")
    p.set_defaults(handler=cmd_mentions)
    acts = p.add_subparsers(dest="action", metavar="ACTION")
    a = acts.add_parser("summary", help="the counters: unhandled per level, unassigned, awaiting approval")
    a.add_argument("--json", action="store_true", help="print a JSON object")
    a.set_defaults(handler=cmd_summary)
    a = acts.add_parser("set-status", help=f"set a mention's status ({', '.join(STATUSES)})")
    a.add_argument("id", type=row_id)
    a.add_argument("status")
    _expect(a)
    a.set_defaults(handler=lambda ctx: _triage(ctx, mentions.set_status, ctx.args.status))
    a = acts.add_parser("assign", help="assign a mention to someone")
    a.add_argument("id", type=row_id)
    a.add_argument("name")
    _expect(a)
    a.set_defaults(handler=lambda ctx: _triage(ctx, mentions.assign, ctx.args.name))
    a = acts.add_parser("tag", help="add a tag to a mention")
    a.add_argument("id", type=row_id)
    a.add_argument("tag")
    _expect(a)
    a.set_defaults(handler=lambda ctx: _triage(ctx, mentions.add_tag, ctx.args.tag))
    a = acts.add_parser("untag", help="remove a tag from a mention")
    a.add_argument("id", type=row_id)
    a.add_argument("tag")
    _expect(a)
    a.set_defaults(handler=lambda ctx: _triage(ctx, mentions.remove_tag, ctx.args.tag))
    a = acts.add_parser("note", help="set a mention's notes")
    a.add_argument("id", type=row_id)
    a.add_argument("text")
    _expect(a)
    a.set_defaults(handler=lambda ctx: _triage(ctx, mentions.set_notes, ctx.args.text))

    a = acts.add_parser("follow", help="print each new or changed mention as it happens, until Ctrl+C")
    a.add_argument("--json", action="store_true", help="one JSON object a line")
    a.set_defaults(handler=cmd_follow)

    p = sub.add_parser("audit", help="show or verify the audit log")
    p.add_argument("--json", action="store_true")
    p.add_argument("--verify", action="store_true", help="check the hash chain; exit 1 if it is broken")
    p.add_argument("--limit", type=limit, default=None)
    p.set_defaults(handler=cmd_audit)

    p = sub.add_parser("backup", help="copy the workspace database through SQLite's backup API")
    p.add_argument("file")
    p.set_defaults(handler=cmd_backup)


def cmd_mentions(ctx) -> int:
    a = ctx.args
    if a.limit < 1:
        raise UsageError("--limit must be at least 1")
    attention.check(a.order)
    rows = mentions.query(ctx.db, limit=a.limit, since=a.since, search=a.search, order=a.order, queue=a.queue,
                          reach_sql=reach_weight_sql() if a.order == "reach" else None)
    return ctx.print_rows(rows, lambda m: (
        f"{m['id']:>7}  {m['sort_time']}  {(m['level'] or '-').upper():<8} {m['status']:<12} "
        f"{(m['title'] or m['text'])[:90]}"))


def cmd_summary(ctx) -> int:
    s = attention.summary(ctx.db)
    if ctx.args.json:
        ctx.print_json(s)
        return 0
    print("unhandled: " + ", ".join(f"{n} {level}" for level, n in s["unhandled"].items()))
    print(f"unassigned: {s['unassigned']}; awaiting approval: {s['awaiting_approval']}")
    return 0


def cmd_follow(ctx) -> int:
    from console.store.follow import changes

    for m in changes(ctx.db):
        if ctx.args.json:
            print(json.dumps(m, ensure_ascii=False), flush=True)
        else:
            print(f"{m['id']:>7}  {m['status']:<12} {m['assignee'] or '-':<16} {m['changed_by'] or '-'}  "
                  f"{m['changed_at'] or ''}", flush=True)
    return 0


def _expect(parser) -> None:
    parser.add_argument("--expect-version", type=int, metavar="N",
                        help="refuse (exit 2) unless the mention is still at version N (see mentions --json)")


def _triage(ctx, action, value) -> int:
    change = action(ctx.db, ctx.args.id, value, expect_version=ctx.args.expect_version)
    print(f"mention {change['mention_id']}: {change['column']} {change['old']!r} -> {change['new']!r}")
    return 0


def cmd_audit(ctx) -> int:
    db = ctx.db
    if ctx.args.verify:
        v = audit.verify(db)
        if v.ok:
            print(f"audit log verified: {v.rows} rows, chain intact")
            return 0
        print(f"audit log BROKEN after {v.rows} rows: {v.problem}")
        return 1
    return ctx.print_rows(audit.rows(db, ctx.args.limit), lambda r: (
        f"{r['id']:>6}  {r['at']}  {r['actor']:<12} {r['action']:<22} {r['target_type'] or ''} {r['target_id'] or ''}"))


def cmd_backup(ctx) -> int:
    ws = ctx.workspace
    if ws.url:  # the portable copy of a shared workspace: a workspace folder, playbook and audit included
        from console.workspace_copy import copy_workspace

        counts = copy_workspace(ws.url, ctx.args.file)
        print(f"backed up to {ctx.args.file} (a workspace folder: {counts.get('mentions', 0)} mentions, "
              f"{counts.get('audit', 0)} audit rows)")
        return 0
    dest = backup(ctx.db, ctx.args.file)
    print(f"backed up to {dest}")
    return 0
