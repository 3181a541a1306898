"""Team commands of a shared workspace: who works at a desk (run by the workspace's owner)."""

from console.store import team


def register(sub) -> None:
    p = sub.add_parser("team", help="the desks of a shared (PostgreSQL) workspace")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("add", help="grant an existing database login the desk privileges")
    a.add_argument("login")
    a.add_argument("--name", help="the person's display name")
    a.add_argument("--role", metavar="ROLE_ID", help="their role in the crisis team")
    a.set_defaults(handler=cmd_add)
    a = acts.add_parser("list", help="the team's logins")
    a.add_argument("--json", action="store_true", help="print a JSON array")
    a.set_defaults(handler=cmd_list)
    a = acts.add_parser("remove", help="revoke a login's desk privileges (the audit keeps its actions)")
    a.add_argument("login")
    a.set_defaults(handler=cmd_remove)


def cmd_add(ctx) -> int:
    m = team.add(ctx.db, ctx.args.login, ctx.args.name, ctx.args.role)
    print(f"{m['login']} ({m['name']}) may now work at a desk")
    return 0


def cmd_list(ctx) -> int:
    return ctx.print_rows(team.members(ctx.db), lambda m: f"{m['login']:<20} {m['name']:<30} {m['role_id'] or '-'}")


def cmd_remove(ctx) -> int:
    team.remove(ctx.db, ctx.args.login)
    print(f"{ctx.args.login} may no longer work at a desk")
    return 0
