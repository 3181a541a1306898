"""Commands over the queue's workflow: replies drafted, approved and sent, and routing rules."""

from console.analysis import routing as rules
from console.cli.playbook_cmds import _values
from console.errors import UsageError
from console.incidents import activation, approval, replies
from console.store import audit
from console.store.vocabulary import LEVELS


def register(sub) -> None:
    p = sub.add_parser("reply", help="replies from templates: draft, approve or return, record as sent")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("draft", help="draft a reply, prefilled from the mention or incident it answers")
    target = a.add_mutually_exclusive_group(required=True)
    target.add_argument("--mention", metavar="ID")
    target.add_argument("--incident", metavar="ID")
    a.add_argument("--template", required=True, metavar="TID")
    a.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a placeholder's value")
    a.add_argument("--channel", metavar="C")
    a.add_argument("--lang", metavar="L", help="the template's language (default: the playbook's)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_draft)
    a = acts.add_parser("list", help="the replies, newest first")
    a.add_argument("--state", metavar="STATE", help=", ".join(replies.STATES))
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_list)
    for name, helptext, option, handler in (
            ("approve", "approve a reply (people in a validating role only)",
             ("--text", "the finished text, when the approver edits it"), cmd_approve),
            ("return", "send a reply back to its author with a note (validating roles only)",
             ("--note", "why it goes back (required)"), cmd_return),
            ("sent", "record an approved reply as sent (it joins its incident's responses)",
             ("--channel", "where it went out (default: the draft's channel)"), cmd_sent)):
        a = acts.add_parser(name, help=helptext)
        a.add_argument("id")
        a.add_argument(option[0], help=option[1], required=name == "return")
        a.add_argument("--json", action="store_true")
        a.set_defaults(handler=handler)
    a = acts.add_parser("policy", help="when replies wait for approval: crisis (in crisis mode) or always")
    a.add_argument("policy", nargs="?", metavar="crisis|always")
    a.set_defaults(handler=cmd_policy)

    p = sub.add_parser("route", help="routing rules: which queue each mention goes to")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("add", help="add a rule (tried after the others); every stored mention is re-routed")
    a.add_argument("queue")
    a.add_argument("--min-level", metavar="LEVEL", help=", ".join(LEVELS))
    a.add_argument("--category", action="append", default=[], metavar="C", help="repeatable")
    a.add_argument("--language", action="append", default=[], metavar="L", help="repeatable")
    a.set_defaults(handler=cmd_route_add)
    a = acts.add_parser("list", help="the rules in the order they are tried")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_route_list)
    a = acts.add_parser("remove", help="remove every rule of a queue; every stored mention is re-routed")
    a.add_argument("queue")
    a.set_defaults(handler=cmd_route_remove)


class _Playbook:
    """The playbook and contacts a reply command needs, read once and closed at once."""

    def __init__(self, ctx, lang=None):
        store = ctx.workspace.playbook()
        try:
            self.pb = store.playbook(lang)
            self.contacts = store.contacts()
        finally:
            store.close()
        self.me = audit.current_actor()
        self.approver = approval.is_approver(self.pb, self.contacts, self.me)

    def refusal(self):
        return approval.refuse(self.pb, self.me)


def _reply_line(r: dict) -> str:
    left = f"  unfilled: {', '.join(r['unfilled'])}" if r["unfilled"] else ""
    what = f"mention {r['mention_id']}" if r["mention_id"] else f"incident {r['incident_id']}"
    return f"{r['id']:>5}  {r['state']:<9} {r['template_id']:<22} {what:<16} {r['drafted_by']}{left}\n       {r['text']}"


def _show(ctx, reply: dict) -> int:
    if ctx.args.json:
        ctx.print_json(reply)
    else:
        print(_reply_line(reply))
        if reply["state"] == "returned" and reply["note"]:
            print(f"       returned by {reply['decided_by']}: {reply['note']}")
    return 0


def cmd_draft(ctx) -> int:
    a = ctx.args
    book = _Playbook(ctx, a.lang)
    reply = replies.draft(ctx.db, book.pb, a.template, drafted_by_approver=book.approver, mention_id=a.mention,
                           incident_id=a.incident, channel=a.channel, given=_values(a.set))
    return _show(ctx, reply)


def cmd_list(ctx) -> int:
    return ctx.print_rows(replies.listing(ctx.db, ctx.args.state), _reply_line)


def cmd_approve(ctx) -> int:
    book = _Playbook(ctx)
    return _show(ctx, replies.approve(ctx.db, ctx.args.id, is_approver=book.approver, refusal=book.refusal(),
                                       text=ctx.args.text))


def cmd_return(ctx) -> int:
    book = _Playbook(ctx)
    return _show(ctx, replies.return_(ctx.db, ctx.args.id, ctx.args.note, is_approver=book.approver,
                                       refusal=book.refusal()))


def cmd_sent(ctx) -> int:
    reply = replies.sent(ctx.db, ctx.args.id, ctx.args.channel)
    if reply["incident_id"] is not None:
        store = ctx.workspace.playbook()
        try:
            if store.playbook(reply["lang"]).template(reply["template_id"]).category == "holding":
                activation.holding_statement_recorded(store, reply["incident_id"])
        except UsageError:
            pass  # the template or its language left the playbook since: nothing to tick
        finally:
            store.close()
    return _show(ctx, reply)


def cmd_policy(ctx) -> int:
    if ctx.args.policy is not None:
        approval.set_policy(ctx.db, ctx.args.policy)
    print(approval.policy(ctx.db))
    return 0


def cmd_route_add(ctx) -> int:
    a = ctx.args
    rule = rules.add(ctx.db, a.queue, min_level=a.min_level, categories=a.category, languages=a.language)
    print(f"rule {rule['id']} added: {_rule_text(rule)}  [{rule['moved']} mentions re-routed]")
    return 0


def _rule_text(r: dict) -> str:
    parts = [f"level >= {r['min_level']}"] if r["min_level"] else []
    parts += [f"category in {', '.join(r['categories'])}"] if r["categories"] else []
    parts += [f"language in {', '.join(r['languages'])}"] if r["languages"] else []
    return f"{' and '.join(parts) or 'every mention'} -> {r['queue']}"


def cmd_route_list(ctx) -> int:
    return ctx.print_rows(rules.listing(ctx.db), lambda r: f"{r['id']:>4}  {_rule_text(r)}")


def cmd_route_remove(ctx) -> int:
    done = rules.remove(ctx.db, ctx.args.queue)
    print(f"queue {done['queue']}: {done['rules']} rules removed  [{done['moved']} mentions re-routed]")
    return 0
