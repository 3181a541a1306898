"""Commands over whole workspaces: copying one between engines."""

from console.workspace_copy import copy_workspace


def register(sub) -> None:
    p = sub.add_parser("workspace", help="whole workspaces: copy one between a folder and PostgreSQL")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("copy", help="copy a workspace (folder or postgresql:// URL) into a new folder or an "
                                     "empty database, ids, playbook and audit included")
    a.add_argument("src", metavar="SRC", help="the workspace to copy: a folder or a postgresql:// URL")
    a.add_argument("dst", metavar="DST", help="a new folder, or the URL of an empty database")
    a.set_defaults(handler=cmd_copy)


def cmd_copy(ctx) -> int:
    counts = copy_workspace(ctx.args.src, ctx.args.dst)
    print(f"copied {counts.get('mentions', 0)} mentions, {counts.get('audit', 0)} audit rows")
    return 0
