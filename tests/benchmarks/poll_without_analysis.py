"""The console command with analysis switched off (an analyzer that does nothing), for the ingest
comparison in bench_analysis.py: python tests/benchmarks/poll_without_analysis.py --workspace W poll ..."""

from console.cli import main
from console.ingest import poller


class NoAnalysis:
    def __init__(self, db):
        pass

    def inputs(self, db) -> tuple:
        return ()

    def context(self, source: dict) -> None:
        return None   # nothing to score in the parser processes

    def score(self, rows: list[dict], source: dict, scores=None, scored_with=None) -> None:
        pass

    def before_insert(self, db, rows: list[dict]) -> None:
        pass

    def after_insert(self, db, new_ids: list[int]) -> list[int]:
        return []

    def after_poll(self, db) -> list[int]:
        return []


if __name__ == "__main__":
    poller.Analyzer = NoAnalysis
    raise SystemExit(main())
