"""A process that writes through the command line's own code over and over until it is killed, and
says which writes were acknowledged: `python soak_worker.py FOLDER KIND SEED`.

KIND `cli`: `mentions note ID TOKEN` on the workspace's mentions in turn (console.db).
KIND `playbook`: `checklist note RUN TOKEN` and `contacts edit ID --notes TOKEN` in turn (playbook.db
and its TOML copy).
It prints READY once started; after a command exits 0 it prints `ACK WHAT ID SEQ`: that write is committed and must survive any
kill that comes after. TOKEN is `soak-SEED-SEQ`, so a stored value tells which write it was."""

import contextlib
import io
import sys

from console.cli import build_parser, main


def writes(kind: str, targets: list[int]) -> list[tuple[str, int, list[str]]]:
    """(what, id, command words before the token) for each write of a round."""
    if kind == "cli":
        return [("mention", t, ["mentions", "note", str(t)]) for t in targets]
    run_id, contact_id = targets
    return [("run", run_id, ["checklist", "note", str(run_id)]),
            ("contact", contact_id, ["contacts", "edit", str(contact_id), "--notes"])]


def run(folder: str, kind: str, seed: int, targets: list[int]) -> None:
    build_parser()  # every command module imported before READY
    print("READY", flush=True)  # started: the kill that follows lands among writes, not imports
    seq = 0
    while True:
        for what, target, words in writes(kind, targets):
            seq += 1
            with contextlib.redirect_stdout(io.StringIO()):
                code = main(["--workspace", folder, *words, f"soak-{seed}-{seq}"])
            if code == 0:
                print(f"ACK {what} {target} {seq}", flush=True)


if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2], int(sys.argv[3]), [int(t) for t in sys.argv[4].split(",")])
