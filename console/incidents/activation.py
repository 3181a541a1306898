"""The activation checklist of an incident: crisis mode starts one run of it (its clock starts
then), from the window or the command line alike. The playbook has its own file; a run names the
incident it belongs to, so asking again finds the same run instead of starting a second.

Steps the console itself has done are ticked by it (`ticked_by` "console", with the time), so the
team sees them done instead of ticking what already happened: the incident opened (also when
crisis mode reuses an open incident), crisis mode on, surge polling on, the holding statement
recorded. A workspace whose checklist has no item for a step simply has nothing ticked for it."""

from console.playbook import runs
from console.playbook.store import PlaybookStore

ACTIVATION_CHECKLIST = "activation"
CONSOLE = "console"
# What the console did → the ids of the activation items it completes.
CONSOLE_STEPS = {
    "incident_opened": ("open_incident",),
    "crisis_on": ("crisis_mode",),
    "surge_on": ("surge_polling",),
    "holding_recorded": ("holding_statement",),
}
ON_ACTIVATION = ("incident_opened", "crisis_on", "surge_on")


def activation_run(store: PlaybookStore, incident_id) -> int | None:
    for run in runs.list_runs(store, ACTIVATION_CHECKLIST):
        if run["incident_id"] == str(incident_id):
            return run["id"]
    return None


def start_activation_run(store: PlaybookStore, incident_id: int) -> int:
    """The incident's activation run (started now if it has none), with the console's steps ticked."""
    run_id = activation_run(store, incident_id)
    if run_id is None:
        run_id = runs.start(store, ACTIVATION_CHECKLIST, incident_id=str(incident_id))
    tick_console_steps(store, run_id, ON_ACTIVATION)
    return run_id


def tick_console_steps(store: PlaybookStore, run_id: int, steps) -> list[str]:
    """Tick the run's items for these steps, by the console; returns the item ids ticked now."""
    items = {i["id"]: i for i in runs.state(store, run_id)["items"]}
    done = []
    for step in steps:
        for item_id in CONSOLE_STEPS[step]:
            if item_id in items and not items[item_id]["ticked_at"]:
                runs.tick(store, run_id, item_id, by=CONSOLE)
                done.append(item_id)
    return done


def holding_statement_recorded(store: PlaybookStore, incident_id) -> list[str]:
    """A holding statement went out for this incident: tick it on its activation run, if it has one."""
    run_id = activation_run(store, incident_id)
    return tick_console_steps(store, run_id, ("holding_recorded",)) if run_id is not None else []
