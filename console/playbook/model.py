"""The playbook of one language: checklists, response templates, crisis-team roles, the tone guide,
channel limits and the words the binder prints.

Plain dataclasses built from parsed TOML with strict checks, so a typo in a shipped file or in an
imported one is refused with the place where it was found, before anything is stored. `to_dict`
gives the canonical form (field order fixed, empty optionals left out) that storage and export use,
which is what makes export, import, export identical byte for byte."""

import re
import types
import typing
from dataclasses import MISSING, dataclass, field, fields, is_dataclass

from console.errors import UsageError
from console.playbook.language import LANGS
from console.playbook.render import placeholders, stray_braces, substitute

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
WEIGHTINGS = ("x",)
INCIDENT_TIERS = (1, 2, 3)  # an incident's severity tier, 1 the most severe  # X counts CJK as two characters and every link as 23
# Every language must define every word the binder and the command line print.
WORDS = ("binder_title", "binder_subtitle", "printed", "page", "contents", "how_to_use", "how_to_use_text",
         "escalation_chain", "approval_chain", "crisis_team", "checklists", "templates", "tone_guide", "channels",
         "owner", "due", "done", "time", "by", "role", "name", "phone", "email", "backup", "speaks", "acts",
         "validates", "tier", "nobody", "within", "minutes", "hours", "days", "placeholders", "limit", "no_limit",
         "characters", "phrase", "advice", "yes", "no", "notes")

# Every number in a playbook (a step, a tier, a limit, minutes) is small and not negative; a file
# that says otherwise is refused rather than stored.
MAX_NUMBER = 1_000_000


class PlaybookError(UsageError):
    """A playbook file or edit that does not hold together; says where."""


@dataclass
class Item:
    id: str
    text: str
    owner: str
    due_min: int | None = None


@dataclass
class Checklist:
    id: str
    title: str
    summary: str
    items: list[Item]

    def item(self, item_id: str) -> Item:
        return _by_id(self.items, item_id, f"checklist {self.id} has no item")


@dataclass
class Template:
    id: str
    category: str
    channels: list[str]
    title: str
    body: str

    @property
    def placeholders(self) -> list[str]:
        return placeholders(self.body)


@dataclass
class Role:
    id: str
    title: str
    summary: str
    duties: list[str]
    speaks: bool
    acts: bool
    validates: bool
    approval_step: int
    tier: int
    escalates_to: str


@dataclass
class Tier:
    level: int
    title: str
    handles: str


@dataclass
class IncidentTier:
    """An incident's severity tier as the workspace defines it (1 is the most severe)."""
    level: int
    title: str
    definition: str


@dataclass
class Channel:
    id: str
    label: str
    limit: int | None = None
    weighting: str | None = None


@dataclass
class ToneRule:
    kind: str
    phrase: str
    advice: str


@dataclass
class Playbook:
    lang: str
    language: str
    words: dict[str, str]
    tiers: list[Tier]
    categories: dict[str, str]
    tone_kinds: dict[str, str]
    placeholders: dict[str, str]
    channels: list[Channel]
    tone: list[ToneRule]
    roles: list[Role]
    checklists: list[Checklist]
    templates: list[Template]
    incident_tiers: list[IncidentTier] = field(default_factory=list)  # absent from playbooks made before them

    @classmethod
    def from_dict(cls, data, where: str = "playbook") -> "Playbook":
        pb = build_dataclass(cls, data, where)
        pb.check(where)
        return pb

    def to_dict(self) -> dict:
        return to_dict(self)

    def role(self, role_id: str) -> Role:
        return _by_id(self.roles, role_id, "no crisis-team role")

    def checklist(self, checklist_id: str) -> Checklist:
        return _by_id(self.checklists, checklist_id, "no checklist")

    def template(self, template_id: str) -> Template:
        return _by_id(self.templates, template_id, "no response template")

    def channel(self, channel_id: str) -> Channel:
        return _by_id(self.channels, channel_id, "no channel")

    def tier(self, level: int) -> Tier | None:
        return next((t for t in self.tiers if t.level == level), None)

    def incident_tier(self, level: int) -> IncidentTier | None:
        return next((t for t in self.incident_tiers if t.level == level), None)

    def role_title(self, role_id: str | None) -> str:
        return next((r.title for r in self.roles if r.id == role_id), role_id or "")

    def approval_chain(self) -> list[Role]:
        """The roles that validate a public text, in the order they do it."""
        return sorted((r for r in self.roles if r.validates and r.approval_step > 0), key=lambda r: r.approval_step)

    def escalation_chain(self) -> list[Role]:
        """From the front line upwards: start at the lowest tier nobody escalates to, follow `escalates_to`."""
        targets = {r.escalates_to for r in self.roles}
        starts = sorted((r for r in self.roles if r.id not in targets), key=lambda r: (r.tier, self.roles.index(r)))
        chain, seen = [], set()
        role = starts[0] if starts else (self.roles[0] if self.roles else None)
        while role is not None and role.id not in seen:
            chain.append(role)
            seen.add(role.id)
            role = next((r for r in self.roles if r.id == role.escalates_to), None)
        return chain

    def word(self, key: str, **values) -> str:
        return substitute(self.words[key], values)

    def duration(self, minutes: int) -> str:
        """'15 min', '24 h', '3 days' in this language: the largest unit that divides evenly (days from two
        on, which keeps the golden '24 h' and spares the languages a singular)."""
        if minutes >= 2880 and minutes % 1440 == 0:
            return self.amount("days", minutes // 1440)
        if minutes and minutes % 60 == 0:
            return self.amount("hours", minutes // 60)
        return self.amount("minutes", minutes)

    def amount(self, unit: str, n: int) -> str:
        """'15 min': a number and its unit joined by a no-break space, so that a line never parts them."""
        return self.word(unit, n=n).replace(" ", "\u00a0")

    def check(self, where: str) -> None:
        if self.lang not in LANGS:
            raise PlaybookError(f"{where}: lang {self.lang!r} is not one of {', '.join(LANGS)}")
        missing = [w for w in WORDS if w not in self.words]
        extra = [w for w in self.words if w not in WORDS]
        if missing or extra:
            raise PlaybookError(f"{where}: words: missing {missing or 'none'}, unknown {extra or 'none'}")
        _unique(self.tiers, "level", f"{where}: tiers")
        _unique(self.incident_tiers, "level", f"{where}: incident_tiers")
        for i, t in enumerate(self.incident_tiers):
            if t.level not in INCIDENT_TIERS:
                raise PlaybookError(f"{where}: incident_tiers[{i}]: level must be one of {INCIDENT_TIERS}")
        for name in ("channels", "roles", "checklists", "templates"):
            _unique(getattr(self, name), "id", f"{where}: {name}")
        roles = {r.id for r in self.roles}
        tiers = {t.level for t in self.tiers}
        channels = {c.id for c in self.channels}
        for i, c in enumerate(self.channels):
            if c.limit is not None and c.limit < 1:
                raise PlaybookError(f"{where}: channels[{i}]: limit must be positive")
            if c.weighting is not None and c.weighting not in WEIGHTINGS:
                raise PlaybookError(f"{where}: channels[{i}]: weighting must be one of {', '.join(WEIGHTINGS)}")
        for i, t in enumerate(self.tone):
            _known(t.kind, self.tone_kinds, f"{where}: tone[{i}]: kind")
            if not t.phrase.strip():
                raise PlaybookError(f"{where}: tone[{i}]: empty phrase")
        for i, r in enumerate(self.roles):
            _known(r.tier, tiers, f"{where}: roles[{i}] ({r.id}): tier")
            if r.escalates_to:
                _known(r.escalates_to, roles, f"{where}: roles[{i}] ({r.id}): escalates_to")
        for i, cl in enumerate(self.checklists):
            if not cl.items:
                raise PlaybookError(f"{where}: checklists[{i}] ({cl.id}) has no items")
            _unique(cl.items, "id", f"{where}: checklists[{i}] ({cl.id}) items")
            for j, it in enumerate(cl.items):
                _known(it.owner, roles, f"{where}: checklists[{i}] ({cl.id}) items[{j}] ({it.id}): owner")
                if it.due_min is not None and it.due_min < 0:
                    raise PlaybookError(f"{where}: checklists[{i}] ({cl.id}) items[{j}]: due_min must not be negative")
        for i, t in enumerate(self.templates):
            here = f"{where}: templates[{i}] ({t.id})"
            _known(t.category, self.categories, f"{here}: category")
            if not t.channels:
                raise PlaybookError(f"{here}: name at least one channel")
            for c in t.channels:
                _known(c, channels, f"{here}: channel")
            if not t.body.strip():
                raise PlaybookError(f"{here}: empty body")
            bad = stray_braces(t.body)
            if bad:
                raise PlaybookError(f"{here}: {bad}")


def _by_id(items, key, what):
    for x in items:
        if x.id == key:
            return x
    raise PlaybookError(f"{what} {key!r}")


def _unique(items, attr, where):
    seen = set()
    for x in items:
        key = getattr(x, attr)
        if attr == "id" and not ID_RE.match(key):
            raise PlaybookError(f"{where}: id {key!r} must be lower-case letters, digits and _")
        if key in seen:
            raise PlaybookError(f"{where}: {attr} {key!r} appears twice")
        seen.add(key)


def _known(value, known, where):
    if value not in known:
        raise PlaybookError(f"{where} {value!r} is not defined")


def build_dataclass(cls, data, where):
    """A dataclass from a parsed mapping, checking keys and types against its annotations."""
    if not isinstance(data, dict):
        raise PlaybookError(f"{where}: expected a table")
    hints = typing.get_type_hints(cls)
    names = [f.name for f in fields(cls)]
    unknown = [k for k in data if k not in names]
    if unknown:
        raise PlaybookError(f"{where}: unknown key {unknown[0]!r}")
    kwargs = {}
    for f in fields(cls):
        if f.name in data:
            kwargs[f.name] = _value(hints[f.name], data[f.name], f"{where}.{f.name}")
        elif f.default is not MISSING or f.default_factory is not MISSING:
            continue
        else:
            raise PlaybookError(f"{where}: missing key {f.name!r}")
    return cls(**kwargs)


def _value(hint, value, where):
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is types.UnionType:  # X | None
        return _value(next(a for a in args if a is not type(None)), value, where)
    if origin is list:
        if not isinstance(value, list):
            raise PlaybookError(f"{where}: expected a list")
        return [_value(args[0], v, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise PlaybookError(f"{where}: expected a table of texts")
        return dict(value)
    if is_dataclass(hint):
        return build_dataclass(hint, value, where)
    if hint is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise PlaybookError(f"{where}: expected a whole number")
    if hint is int and not 0 <= value <= MAX_NUMBER:
        raise PlaybookError(f"{where}: must be from 0 to {MAX_NUMBER}")
    if not isinstance(value, hint):
        raise PlaybookError(f"{where}: expected {'true or false' if hint is bool else 'text'}")
    return value


def to_dict(obj):
    if is_dataclass(obj):
        return {f.name: to_dict(getattr(obj, f.name)) for f in fields(obj) if getattr(obj, f.name) is not None}
    if isinstance(obj, list):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj
