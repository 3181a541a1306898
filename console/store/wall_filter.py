"""What the wall shows: a filter over the mentions, turned into SQL, and saved by name.

Plain Python, so it is tested directly and shared by the wall's model, its saved-filter menu
and the features that switch the wall to a view of their own (an alert's, an incident's).
An empty set means "any"; an empty status set means the default view, which leaves out what
the operator ignored or hid (never deleted, only filtered)."""

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import timedelta

from console.store.attention import HANDLED
from console.store.search import SearchPlan
from console.store.vocabulary import STATUSES
from console.timeutil import to_iso, utcnow

DEFAULT_HIDDEN = ("ignored", "hidden")
UNHANDLED = frozenset(s for s in STATUSES if s not in HANDLED)   # what the counters above the wall count


def unhandled(**changes) -> "WallFilter":
    """The mentions nobody has handled yet (the counters' filters), narrowed by `changes`."""
    return WallFilter(statuses=UNHANDLED).with_(**changes)


@dataclass(frozen=True)
class WallFilter:
    levels: frozenset = frozenset()
    statuses: frozenset = frozenset()
    sources: frozenset = frozenset()      # source ids
    categories: frozenset = frozenset()
    terms: frozenset = frozenset()        # watch-term query texts, as stored in matched_terms
    langs: frozenset = frozenset()
    window_s: int | None = None           # only the last N seconds (kept relative when saved)
    since: str | None = None              # or an absolute UTC ISO range
    until: str | None = None
    search: str = ""
    ids: frozenset = frozenset()          # a fixed set of mentions (an alert's, an incident's)
    queues: frozenset = frozenset()       # routing queues (console.analysis.routing)
    unassigned: bool = False              # only mentions nobody is assigned to
    label: str = field(default="", compare=False)  # what a feature calls this view, e.g. "Incident 4"

    def with_(self, **changes) -> "WallFilter":
        return replace(self, **{k: frozenset(v) if isinstance(v, (set, list, tuple)) else v
                                for k, v in changes.items()})

    @property
    def is_default(self) -> bool:
        return self == WallFilter()

    def where(self, plan: SearchPlan | None = None) -> tuple[str, list]:
        """The SQL condition (over `mentions m`) and its parameters. `plan` is the search's
        chosen strategy (see search.plan_search); without it the search is left out."""
        parts, params = [], []

        def one_of(column, values):
            values = sorted(values)
            parts.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)

        if self.statuses:
            one_of("m.status", self.statuses)
        else:
            parts.append(f"m.status NOT IN ({','.join('?' * len(DEFAULT_HIDDEN))})")
            params.extend(DEFAULT_HIDDEN)
        if self.levels:
            one_of("m.level", self.levels)
        if self.sources:
            one_of("m.source_id", self.sources)
        if self.categories:
            one_of("m.category", self.categories)
        if self.langs:
            one_of("m.lang", self.langs)
        if self.ids:
            one_of("m.id", self.ids)
        if self.queues:
            one_of("m.queue", self.queues)
        if self.unassigned:
            parts.append("coalesce(trim(m.assignee), '') = ''")
        if self.terms:
            terms = sorted(self.terms)
            parts.append("EXISTS (SELECT 1 FROM json_each(m.matched_terms) j "
                         f"WHERE j.value IN ({','.join('?' * len(terms))}))")
            params.extend(terms)
        since = self.since
        if self.window_s:
            since = max(since or "", to_iso(utcnow() - timedelta(seconds=self.window_s)))
        if since:
            parts.append("m.sort_time >= ?")
            params.append(since)
        if self.until:
            parts.append("m.sort_time <= ?")
            params.append(self.until)
        if plan is not None:
            sql, p = plan.sql()
            if sql:
                parts.append(sql)
                params.extend(p)
        return " AND ".join(parts), params

    def to_json(self) -> str:
        d = {k: sorted(v) if isinstance(v, frozenset) else v for k, v in asdict(self).items()}
        return json.dumps({k: v for k, v in d.items() if v not in (None, "", [], False)}, ensure_ascii=False,
                          sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "WallFilter":
        """A saved filter; unknown keys (from a newer version) are ignored, bad values refused."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a saved filter is a JSON object")
        known = {f for f in cls.__dataclass_fields__}
        kw = {}
        for k, v in data.items():
            if k not in known:
                continue
            kw[k] = frozenset(v) if isinstance(v, list) else v
        return cls(**kw)
