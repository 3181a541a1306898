"""The bundled demo workspace: local feed files under resources/demo, so `make run` shows a
live wall with no configuration and no network. (Filled in by the ingest work.)"""

from console.workspace import Workspace


def prepare_demo(ws: Workspace) -> None:
    ws.ensure_folder()
