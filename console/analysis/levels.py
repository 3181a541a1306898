"""The severity thresholds of the levels: a mention at or above `critical` is critical, and so on
down to low. The workspace's own thresholds (set in the window's Severity levels tab or with
`watch levels`) override weights.toml's. Changing them re-levels every stored mention in the same
transaction, audited, so the wall, the filters and the alerts that follow agree at once."""

from dataclasses import asdict, dataclass
from functools import lru_cache

from console.analysis.lexicons import weights
from console.errors import UsageError
from console.store import audit, settings
from console.store.transaction import write


@dataclass(frozen=True)
class Levels:
    critical: int
    high: int
    medium: int

    def __post_init__(self) -> None:
        if not (isinstance(self.critical, int) and isinstance(self.high, int) and isinstance(self.medium, int)
                and 100 >= self.critical > self.high > self.medium > 0):
            raise UsageError("severity thresholds must go down from critical to high to medium, "
                             f"between 1 and 100 (got {self.critical}, {self.high}, {self.medium})")

    def of(self, severity: int) -> str:
        if severity >= self.critical:
            return "critical"
        if severity >= self.high:
            return "high"
        return "medium" if severity >= self.medium else "low"

    def level_sql(self) -> str:
        """The same rule over a stored mention, in SQL. A positive mention stays low, as scoring keeps
        it (its severity was capped below the medium threshold of its day)."""
        return (f"CASE WHEN positive = 1 THEN 'low' WHEN severity >= {self.critical} THEN 'critical' "
                f"WHEN severity >= {self.high} THEN 'high' WHEN severity >= {self.medium} THEN 'medium' ELSE 'low' END")


@lru_cache(maxsize=1)
def defaults() -> Levels:
    lv = weights()["severity"]["levels"]
    return Levels(lv["critical"], lv["high"], lv["medium"])


def load(db) -> Levels:
    """The workspace's thresholds (`db`: a connection or sqlite-utils Database), else the defaults."""
    stored = settings.severity_levels(db)
    if stored is None:
        return defaults()
    try:
        return Levels(**stored)
    except (TypeError, UsageError):
        return defaults()        # written by another version, or by hand: the shipped thresholds still work


def save(db, new: Levels) -> int:
    """Keep `new` for this workspace and re-level the stored mentions; returns how many changed."""
    with write(db):
        old = load(db)
        settings.put_severity_levels(db, asdict(new))
        changed = db.execute(f"UPDATE mentions SET level = {new.level_sql()} "
                             f"WHERE severity IS NOT NULL AND level IS DISTINCT FROM {new.level_sql()}").rowcount
        audit.record(db, "severity.levels", "settings", settings.SEVERITY_LEVELS,
                     {"old": asdict(old), "new": asdict(new), "mentions_changed": changed})
    return changed
