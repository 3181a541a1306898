"""Commands over analysis: watch terms and alerts."""

from dataclasses import asdict

from console.analysis import alerts, levels, watchterms
from console.cli.validate import bounded_int, limit, row_id
from console.errors import UsageError
from console.incidents import alert_view


def register(sub) -> None:
    p = sub.add_parser("watch", help="watch terms: what to listen for")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("add", help='add a term: words, "phrases", AND, OR, NOT, parentheses')
    a.add_argument("query")
    a.add_argument("--kind", required=True, choices=watchterms.KINDS)
    a.set_defaults(handler=cmd_add)
    a = acts.add_parser("list", help="list the watch terms")
    a.add_argument("--json", action="store_true", help="print a JSON array")
    a.set_defaults(handler=cmd_list)
    a = acts.add_parser("remove", help="stop watching a term (mentions are kept)")
    a.add_argument("id", type=row_id)
    a.set_defaults(handler=cmd_remove)
    a = acts.add_parser("edit", help="change a term's query or kind")
    a.add_argument("id", type=row_id)
    a.add_argument("--query")
    a.add_argument("--kind", choices=watchterms.KINDS)
    a.set_defaults(handler=cmd_edit)

    a = acts.add_parser("levels", help="the severity thresholds of the levels; with values, apply them here")
    for level in ("critical", "high", "medium"):
        a.add_argument(f"--{level}", type=bounded_int(1, 100), metavar="N", help=f"lowest severity (1-100) that is {level}")
    a.add_argument("--json", action="store_true", help="print a JSON object")
    a.set_defaults(handler=cmd_levels)

    p = sub.add_parser("alerts", help="list alerts (spikes, critical mentions, dark sources), newest first")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=limit, default=None)
    p.set_defaults(handler=cmd_alerts)


def cmd_add(ctx) -> int:
    t = watchterms.add(ctx.db, ctx.args.query, ctx.args.kind)
    print(f"watch term {t['id']} added ({t['kind']}): {t['query']}  [{t['matched']} stored mentions match]")
    return 0


def cmd_list(ctx) -> int:
    terms = [{**t, "enabled": bool(t["enabled"])} for t in watchterms.load(ctx.db)]
    return ctx.print_rows(terms, lambda t: f"{t['id']:>5}  {t['kind']:<10} {t['query']}")


def cmd_remove(ctx) -> int:
    t = watchterms.remove(ctx.db, ctx.args.id)
    print(f"watch term {t['id']} removed: {t['query']}  [{t['unmatched']} mentions no longer carry it]")
    return 0


def cmd_edit(ctx) -> int:
    t = watchterms.edit(ctx.db, ctx.args.id, ctx.args.query, ctx.args.kind)
    print(f"watch term {t['id']} is now ({t['kind']}): {t['query']}  [{t['matched']} stored mentions match]")
    return 0


def cmd_levels(ctx) -> int:
    current = levels.load(ctx.db)
    asked = {k: getattr(ctx.args, k) for k in ("critical", "high", "medium") if getattr(ctx.args, k) is not None}
    changed = None
    if asked:
        current = levels.Levels(**{**asdict(current), **asked})
        changed = levels.save(ctx.db, current)
    if ctx.args.json:
        ctx.print_json({**asdict(current), "mentions_changed": changed})
        return 0
    print(f"critical from {current.critical}, high from {current.high}, medium from {current.medium}, low below")
    if changed is not None:
        print(f"{changed} stored mentions changed level (audited)")
    return 0


def cmd_alerts(ctx) -> int:
    if ctx.args.limit is not None and ctx.args.limit < 1:
        raise UsageError("--limit must be at least 1")
    rows = alerts.listing(ctx.db, ctx.args.limit)
    if ctx.args.json:  # each alert's sentence as data (kind, values) and in English (text)
        rows = [alert_view.with_sentence(a, alert_view.source_name(ctx.db, a)) for a in rows]
    return ctx.print_rows(rows, _alert_line)


def _alert_line(a: dict) -> str:
    what = a["term"] or (a["details"].get("source") if a["kind"] == "source_dark" else None) or "overall"
    extra = f"{a['current']:g} vs baseline {a['baseline']:g}" if a["kind"] == "spike" else ""
    return f"{a['id']:>5}  {a['raised_at']}  {a['kind']:<16} {what}  {extra}  ({len(a['mentions'])} mentions)"
