"""Commands over authors: profiles, what the team knows about them, and the export and erasure a
person may ask for."""

from console.authors import export, profiles, team


def register(sub) -> None:
    p = sub.add_parser("authors", help="author profiles, team labels and notes, export and erasure")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("list", help="authors, by negative mentions (default), reach or last seen")
    a.add_argument("--label", metavar="L", help="only authors the team gave this label")
    a.add_argument("--order", choices=list(profiles.ORDERS), default="negative")
    a.add_argument("--limit", type=int, default=50)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_list)
    a = acts.add_parser("show", help="one author's profile: figures, reasons, labels, notes, links, recent mentions")
    a.add_argument("id")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_show)
    a = acts.add_parser("label", help=f"give an author a label ({', '.join(team.LABELS)}, or your own)")
    a.add_argument("id")
    a.add_argument("label")
    a.set_defaults(handler=cmd_label)
    a = acts.add_parser("unlabel", help="take a label off an author")
    a.add_argument("id")
    a.add_argument("label")
    a.set_defaults(handler=cmd_label)
    a = acts.add_parser("note", help="add a note to an author's profile")
    a.add_argument("id")
    a.add_argument("text")
    a.set_defaults(handler=cmd_note)
    a = acts.add_parser("link", help="record that two authors are the same person")
    a.add_argument("id")
    a.add_argument("other", metavar="ID")
    a.set_defaults(handler=cmd_link)
    a = acts.add_parser("export", help="write everything held about an author to a JSON file (subject-access request)")
    a.add_argument("id")
    a.add_argument("file", metavar="FILE.json")
    a.set_defaults(handler=cmd_export)
    a = acts.add_parser("erase", help="erase the team's notes, labels and links about an author (the mentions stay)")
    a.add_argument("id")
    a.set_defaults(handler=cmd_erase)


def _line(a: dict) -> str:
    labels = f"  [{', '.join(a['labels'])}]" if a["labels"] else ""
    reach = f"{a['reach']:,}" if a["reach"] is not None else "-"
    return (f"{a['id']:>7}  {a['mention_count']:>5} mentions  {a['negative_count']:>4} negative  reach {reach:>9}  "
            f"last {a['last_seen']}  {a['name']} ({a['source']}){labels}")


def cmd_list(ctx) -> int:
    a = ctx.args
    return ctx.print_rows(profiles.listing(ctx.db, order=a.order, label=a.label and team.normalise_label(a.label),
                                           limit=a.limit), _line)


def cmd_show(ctx) -> int:
    p = profiles.show(ctx.db, ctx.args.id)
    if ctx.args.json:
        ctx.print_json(p)
        return 0
    print(_line(p))
    print(f"  first seen {p['first_seen']}; {p['negative_share']:.0%} negative; highest severity "
          f"{p['max_severity'] if p['max_severity'] is not None else '-'}; sources: {', '.join(p['sources'])}")
    for r in p["reasons"]:
        print(f"  reason: {r['kind']}: {r['evidence']}")
    for n in p["notes"]:
        print(f"  note {n['id']} ({n['at']}, {n['actor']}): {n['text']}")
    for x in p["links"]:
        print(f"  same person as {x['id']}: {x['name']} ({x['source']})")
    for m in p["recent_mentions"]:
        print(f"  {m['id']:>7}  {m['sort_time']}  {(m['level'] or '-').upper():<8} {(m['title'] or m['text'])[:80]}")
    return 0


def cmd_label(ctx) -> int:
    """`authors label` and `authors unlabel`."""
    label = team.normalise_label(ctx.args.label)
    if ctx.args.action == "label":
        said = "labelled" if team.label(ctx.db, ctx.args.id, label) else "already labelled"
    else:
        said = "label removed:" if team.unlabel(ctx.db, ctx.args.id, label) else "had no label"
    print(f"author {ctx.args.id}: {said} {label}")
    return 0


def cmd_note(ctx) -> int:
    note_id = team.add_note(ctx.db, ctx.args.id, ctx.args.text)
    print(f"author {ctx.args.id}: note {note_id} added")
    return 0


def cmd_link(ctx) -> int:
    done = team.link(ctx.db, ctx.args.id, ctx.args.other)
    print(f"authors {ctx.args.id} and {ctx.args.other} " + ("linked as the same person" if done else "were already linked"))
    return 0


def cmd_export(ctx) -> int:
    out = export.export(ctx.db, ctx.args.id, ctx.args.file)
    print(f"author {out['author_id']}: profile and {out['mentions']} mentions written to {out['path']}")
    return 0


def cmd_erase(ctx) -> int:
    gone = team.erase(ctx.db, ctx.args.id)
    print(f"author {ctx.args.id}: erased {gone['notes']} notes, {gone['labels']} labels and {gone['links']} links "
          "(the mentions stay)")
    return 0
