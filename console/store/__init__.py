"""The workspace store: one SQLite file per workspace, opened, migrated and checked here."""

from console.store.db import APPLICATION_ID, open_db

__all__ = ["APPLICATION_ID", "open_db"]
