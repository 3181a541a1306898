"""The analysis hook that ingestion calls inside the writer's transaction.

Placeholder with the agreed interface; the analysis work replaces the bodies."""

from sqlite_utils import Database


class Analyzer:
    def __init__(self, db: Database):
        self.db = db

    def score(self, rows: list[dict], source: dict) -> None:
        """Fill the analysis columns of new mention rows in place (before they are inserted)."""

    def after_insert(self, db: Database, new_ids: list[int]) -> list[int]:
        """Update clusters and velocity, detect spikes and critical mentions; return new alert ids."""
        return []

    def after_poll(self, db: Database) -> list[int]:
        """Checks that look at sources rather than mentions ("source went dark"); return new alert ids."""
        return []
