"""Processes that write to one workspace at once, for the write door's test:
python door_workers.py ROLE WORKSPACE SECONDS_OR_ROUNDS [IDS...]

- commit: commits short transactions back to back for SECONDS (as a busy poller does), printing
  how many;
- crisis: turns crisis mode on and off ROUNDS times (each a read-then-write transaction);
- triage: sets the status of the mentions IDS, ROUNDS times over.

A role that writes prints one JSON line: {"done": n, "failed": ["error", ...]}. With DOOR=atomic in
the environment the actions run in sqlite-utils' deferred transactions instead (to show that the
test can fail)."""

import json
import os
import sys
import time
from pathlib import Path

from console.incidents import crisis
from console.store import mentions, transaction
from console.workspace import Workspace


def deferred(db, **_):
    return db.atomic()


def commit(db, seconds: float) -> int:
    n, end = 0, time.monotonic() + seconds
    while time.monotonic() < end:
        with transaction.write(db):
            db.execute("UPDATE sources SET last_polled = ? WHERE id = (SELECT min(id) FROM sources)", [str(n)])
        n += 1
    return n


def main() -> None:
    role, folder, amount, *ids = sys.argv[1:]
    if os.environ.get("DOOR") == "atomic":
        crisis.write = mentions.write = deferred
    db = Workspace(Path(folder)).db
    if role == "commit":
        print(json.dumps({"commits": commit(db, float(amount))}))
        return
    done, failed = 0, []
    for i in range(int(amount)):
        try:
            if role == "crisis":
                crisis.turn_on(db, title=f"Round {i}")
                crisis.turn_off(db)
            else:
                for k, mid in enumerate(ids):
                    mentions.set_status(db, int(mid), ("acknowledged", "in_progress", "new")[(i + k) % 3])
            done += 1
        except Exception as e:  # counted, not raised: the test reports every failure
            failed.append(f"{type(e).__name__}: {e}")
    print(json.dumps({"done": done, "failed": failed}))


if __name__ == "__main__":
    main()
