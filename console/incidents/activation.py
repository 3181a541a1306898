"""The activation checklist of an incident: crisis mode starts one run of it (its clock starts
then), from the window or the command line alike. The playbook has its own file; a run names the
incident it belongs to, so asking again finds the same run instead of starting a second."""

from console.playbook import runs
from console.playbook.store import PlaybookStore

ACTIVATION_CHECKLIST = "activation"


def start_activation_run(store: PlaybookStore, incident_id: int) -> int:
    for run in runs.list_runs(store, ACTIVATION_CHECKLIST):
        if run["incident_id"] == str(incident_id):
            return run["id"]
    return runs.start(store, ACTIVATION_CHECKLIST, incident_id=str(incident_id))
