"""Crisis drills: list the shipped scenarios, replay one into the workspace (marked as a drill),
then practise the response with the real console, and review it like a real crisis."""

import sys

from console.drills import scenario
from console.errors import UsageError

DEFAULT_SPEED = 60.0


def register(sub) -> None:
    p = sub.add_parser("drill", help="practise on crisis scenarios replayed into the workspace (marked as drill)")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("list", help="the drill scenarios")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_list)
    a = acts.add_parser("run", help="replay a scenario's mentions through the analyzer; its storm raises an alert")
    a.add_argument("id", metavar="ID")
    a.add_argument("--speed", type=float, default=DEFAULT_SPEED,
                   help=f"how much faster than real time the scenario plays (default {DEFAULT_SPEED:g}: "
                        "an hour in a minute)")
    a.add_argument("--brand", help="the brand the drill is about (default: the workspace's brand watch term)")
    a.add_argument("--json", action="store_true", help="print the drill summary as JSON")
    a.set_defaults(handler=cmd_run)


def _public(s: scenario.Scenario) -> dict:
    planned = scenario.plan(s, s.brand)
    return {"id": s.id, "title": s.title, "summary": s.summary, "brand": s.brand, "duration_min": s.duration_min,
            "history_hours": s.history_hours, "channels": [c.name for c in s.channels],
            "mentions": len(planned), "live_mentions": sum(1 for m in planned if m.at_s >= 0),
            "injects": len(s.injects or [])}


def cmd_list(ctx) -> int:
    return ctx.print_rows([_public(s) for s in scenario.scenarios()], lambda r: (
        f"{r['id']:<24} {r['duration_min']:>3} min  {r['live_mentions']:>3} live mentions  {r['title']}"))


def cmd_run(ctx) -> int:
    from console.drills.replay import Replay  # the analyzer is only loaded to run a drill

    s = scenario.get(ctx.args.id)
    if getattr(ctx.args, "offline", False):
        raise UsageError("drills write to the workspace; start them without --offline")
    loud = not ctx.args.json

    def announce(alert: dict) -> None:
        if loud:
            print(f"  ALERT (drill) at scenario minute {alert['minute']:g}: {alert['text']}  [alert {alert['id']}]",
                  flush=True)

    with ctx.workspace.writer_lock():
        replay = Replay(ctx.db, s, ctx.args.speed, ctx.args.brand, on_alert=announce)
        if loud:
            print(f"drill {s.id}: {s.title}\n  {s.duration_min} scenario minutes at {replay.speed:g}x, about "
                  f"{s.duration_min * 60 / replay.speed:.0f} s; brand {replay.brand}; every mention and alert is "
                  "marked DRILL", flush=True)
        summary = replay.run()
    if ctx.args.json:
        ctx.print_json(summary)
        return 0
    _print_summary(summary)
    return 0


def _print_summary(r: dict) -> None:
    print(f"drill {r['scenario']} done in {r['seconds']:g} s: {r['mentions']} drill mentions "
          f"({r['history_mentions']} history, {r['live_mentions']} live)")
    print("  languages: " + ", ".join(f"{k} {v}" for k, v in r["by_language"].items()))
    print("  levels: " + ", ".join(f"{k} {v}" for k, v in r["by_level"].items()))
    if not r["alerts"]:
        print("  no alert was raised: check the watch terms and the spike sensitivity", file=sys.stderr)
    else:
        first = r["alerts"][0]
        storm = next((a for a in r["alerts"] if a["kind"] == "spike"), first)
        print(f"  {len(r['alerts'])} alerts; the first at scenario minute {first['minute']:g} (alert {first['id']}), "
              f"the storm's at minute {storm['minute']:g} (alert {storm['id']})")
        print("\nNow practise, against the clock:")
        print(f"  crisis-console crisis on --alert {storm['id']}            (or Crisis mode in the window)")
        print("  crisis-console checklist start activation --incident ID   tick items as you do them")
        print("  crisis-console incident respond ID --channel x --text ...  the holding statement")
        print("  crisis-console incident close ID; crisis-console report ID review.pdf")
    if r["injects"]:
        print("\nFacilitator's injects (read them out at these times):")
        for i in r["injects"]:
            print(f"  {i['at'][11:16]} UTC (+{i['after_min']} min)  {i['text']}")
