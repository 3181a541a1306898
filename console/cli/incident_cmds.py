"""Commands for incidents and crisis mode: the same core the window's one-step crisis mode uses."""

from console.cli.validate import require, row_id
from console.incidents import clocks, crisis, crisis_state, fields, operations, reading, replies
from console.incidents.activation import start_activation_run
from console.playbook.language import LANGS
from console.reports import crisis_page
from console.timeutil import utcnow


def register(sub) -> None:
    p = sub.add_parser("incident", help="open, follow and close incidents")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("open", help="open an incident, optionally from an alert (taking its mentions)")
    a.add_argument("title")
    a.add_argument("--from-alert", type=row_id, metavar="ID", dest="alert")
    a.add_argument("--mention", type=row_id, metavar="ID", action="append", default=[], help="a mention to include (repeatable)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_open)
    a = acts.add_parser("show", help="an incident with its mentions, timeline, clocks and metrics")
    a.add_argument("id", type=row_id)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_show)
    a = acts.add_parser("list", help="incidents, open ones first")
    a.add_argument("--status", choices=["open", "closed"])
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_list)
    a = acts.add_parser("add", help="add mentions to an incident")
    a.add_argument("id", type=row_id)
    a.add_argument("mentions", type=row_id, nargs="+", metavar="MENTION")
    a.set_defaults(handler=cmd_add)
    a = acts.add_parser("note", help="add a note to an incident's timeline")
    a.add_argument("id", type=row_id)
    a.add_argument("text")
    a.set_defaults(handler=cmd_note)
    a = acts.add_parser("respond", help="record a response that went out (starts meeting the response clocks)")
    a.add_argument("id", type=row_id)
    a.add_argument("--channel", required=True)
    a.add_argument("--text", required=True)
    a.add_argument("--mention", type=row_id, metavar="ID", help="the mention answered, if one")
    a.set_defaults(handler=cmd_respond)
    a = acts.add_parser("close", help="close an incident (ends crisis mode if it is on for it)")
    a.add_argument("id", type=row_id)
    a.set_defaults(handler=cmd_close)
    a = acts.add_parser("set", help="an incident's lead, severity tier, stage, summary and next update")
    a.add_argument("id")
    a.add_argument("--lead", metavar="NAME", help="the one person in charge")
    a.add_argument("--tier", metavar="N", help="severity tier, 1 (most severe) to 3, as the playbook defines them")
    a.add_argument("--stage", metavar="STAGE", help=" → ".join(fields.STAGES) + " (closed closes the incident)")
    a.add_argument("--summary", metavar="TEXT", help="what happened, in a sentence")
    a.add_argument("--next-update", metavar="ISO", help="when the next public update is due (no zone: local time)")
    a.set_defaults(handler=cmd_set)
    a = acts.add_parser("page", help="write the public crisis-centre page of an incident (self-contained HTML)")
    a.add_argument("id")
    a.add_argument("file", metavar="FILE.html")
    a.add_argument("--lang", metavar="L", help=f"{', '.join(LANGS)} (default: the playbook's language)")
    a.set_defaults(handler=cmd_page)

    p = sub.add_parser("crisis", help="crisis mode: on, off, or its state")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("on", help="open an incident (from an alert, if given), start surge polling")
    a.add_argument("--alert", type=row_id, metavar="ID")
    a.add_argument("--incident", type=row_id, metavar="ID", help="use this open incident instead of opening one")
    a.add_argument("--title")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_crisis_on)
    a = acts.add_parser("off", help="leave crisis mode (surge polling stops; the incident stays open)")
    a.set_defaults(handler=cmd_crisis_off)
    a = acts.add_parser("status", help="whether crisis mode is on, for which incident, and its clocks")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_crisis_status)
    a = acts.add_parser("page-url", help="show or set the crisis-centre page's public address (replies link to it)")
    a.add_argument("url", nargs="?", metavar="URL")
    a.set_defaults(handler=cmd_page_url)


def cmd_open(ctx) -> int:
    iid = operations.open_incident(ctx.db, ctx.args.title, alert_id=ctx.args.alert, mention_ids=ctx.args.mention)
    if ctx.args.json:
        ctx.print_json(reading.show(ctx.db, iid, with_mentions=False))
    else:
        print(f"incident {iid} opened")
    return 0


def _clock_line(inc: dict) -> str:
    since = clocks.format_duration(clocks.since_detection_s(inc["detected_at"], utcnow()))
    parts = [f"detected {since} ago"]
    for c in inc["clocks"]:
        if c["state"] == "running":
            parts.append(f"{c['label']}: {clocks.format_duration(c['remaining_s'])} left")
        else:
            parts.append(f"{c['label']}: {c['state']}")
    return " · ".join(parts)


def _tier_definition(ctx, inc: dict) -> dict:
    """The workspace's own words for the incident's tier, beside it."""
    if inc.get("tier") is None:
        return inc
    store = ctx.workspace.playbook()
    try:
        tier = store.playbook().incident_tier(inc["tier"])
    finally:
        store.close()
    return dict(inc, tier_title=tier and tier.title, tier_definition=tier and tier.definition)


def cmd_show(ctx) -> int:
    inc = _tier_definition(ctx, reading.show(ctx.db, ctx.args.id))
    if ctx.args.json:
        ctx.print_json(inc)
        return 0
    crisis_mark = "  [CRISIS MODE]" if inc["crisis_active"] else ""
    print(f"incident {inc['id']}: {inc['title']} ({inc['status']}){crisis_mark}")
    print(f"  stage: {inc['stage']}; lead: {inc['lead'] or '-'}; tier: {inc.get('tier_title') or inc['tier'] or '-'}; "
          f"next update: {inc['next_update'] or '-'}")
    if inc["summary"]:
        print(f"  {inc['summary']}")
    print(f"  {_clock_line(inc)}")
    print(f"  {inc['mention_count']} mentions; terms: {', '.join(inc['terms']) or '-'}")
    for e in inc["timeline"]:
        extra = f" [{e['details']['channel']}]" if e["kind"] == "response" else ""
        print(f"  {e['at']}  {e['kind']:<15} {e['actor']:<10}{extra} {e['text']}")
    return 0


def cmd_list(ctx) -> int:
    return ctx.print_rows(reading.list_incidents(ctx.db, status=ctx.args.status), lambda r: (
        f"{r['id']:>5}  {r['opened_at']}  {r['status']:<6} {r['mention_count']:>6} mentions  {r['title']}"
        + (" [CRISIS MODE]" if r["crisis_active"] else "")))


def cmd_add(ctx) -> int:
    added = operations.add_mentions(ctx.db, ctx.args.id, ctx.args.mentions)
    print(f"incident {ctx.args.id}: {added} mention{'s' if added != 1 else ''} added")
    return 0


def cmd_note(ctx) -> int:
    operations.add_note(ctx.db, ctx.args.id, ctx.args.text)
    print(f"incident {ctx.args.id}: note added")
    return 0


def cmd_respond(ctx) -> int:
    if ctx.args.mention is not None:
        require(ctx.db, "mention", ctx.args.mention)
    operations.add_response(ctx.db, ctx.args.id, ctx.args.channel, ctx.args.text, ctx.args.mention)
    print(f"incident {ctx.args.id}: response on {ctx.args.channel.strip()} recorded")
    return 0


def cmd_close(ctx) -> int:
    operations.close(ctx.db, ctx.args.id)
    print(f"incident {ctx.args.id} closed")
    return 0


def cmd_set(ctx) -> int:
    a = ctx.args
    changes = fields.set_fields(ctx.db, a.id, lead=a.lead, tier=a.tier, stage=a.stage, summary=a.summary,
                                next_update=a.next_update)
    for c in changes:
        print(f"incident {a.id}: {c['field']} {c['from']!r} -> {c['to']!r}")
    if not changes:
        print(f"incident {a.id}: nothing changed")
    return 0


def cmd_page(ctx) -> int:
    a = ctx.args
    if a.lang is not None:
        crisis_page.check_lang(a.lang)
    if a.lang is None:
        store = ctx.workspace.playbook()
        try:
            a.lang = store.default_lang()
        finally:
            store.close()
    done = crisis_page.publish(ctx.db, a.id, a.file, a.lang, replies.brand_name(ctx.db))
    print(f"crisis-centre page of incident {done['incident_id']} ({done['lang']}) written to {done['file']}")
    return 0


def cmd_page_url(ctx) -> int:
    if ctx.args.url is not None:
        crisis_state.set_page_url(ctx.db, ctx.args.url)
    print(crisis_state.page_url(ctx.db) or "no crisis-centre page address yet (crisis page-url URL sets it)")
    return 0


def cmd_crisis_on(ctx) -> int:
    act = crisis.turn_on(ctx.db, alert_id=ctx.args.alert, incident_id=ctx.args.incident, title=ctx.args.title)
    store = ctx.workspace.playbook()
    try:
        run_id = start_activation_run(store, act.incident_id)
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json({"incident_id": act.incident_id, "opened": act.opened, "already_on": act.already_on,
                        "surge_until": act.surge_until, "checklist_run_id": run_id})
    elif act.already_on:
        print(f"crisis mode is already on for incident {act.incident_id}")
    else:
        verb = "opened" if act.opened else "reused"
        print(f"crisis mode on: incident {act.incident_id} {verb}; activation checklist run {run_id} started; "
              f"surge polling of priority feeds until {act.surge_until}")
    return 0


def cmd_crisis_off(ctx) -> int:
    iid = crisis.turn_off(ctx.db)
    print(f"crisis mode off (incident {iid} stays open)")
    return 0


def cmd_crisis_status(ctx) -> int:
    iid = crisis_state.active_incident(ctx.db)
    inc = reading.show(ctx.db, iid, with_mentions=False) if iid is not None else None
    if ctx.args.json:
        ctx.print_json({"on": inc is not None, "incident": inc, "surge_until": crisis_state.surge_until(ctx.db)})
    elif inc is None:
        print("crisis mode is off")
    else:
        print(f"crisis mode is on for incident {inc['id']}: {inc['title']}")
        print(f"  {_clock_line(inc)}")
    return 0
