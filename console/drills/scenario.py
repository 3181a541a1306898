"""Drill scenarios: the crises we practise on, shipped as TOML files in resources/drills/.

A scenario has two parts. The history is the everyday chatter of the hours before (spike
detection compares the storm with it, and needs a day of it); the live part is a timeline of
mentions, minute by minute, which `drill run` replays at a chosen speed. Live parts end a few
minutes after the storm breaks: from there the team plays the crisis in real time, with the
facilitator reading out the injects (a journalist calls, the founder tweets...).

Texts may say {brand} (the brand the drill is about) and, in bursts, {n} (the post's number).
Files are checked strictly, with the place of every mistake, by the playbook's table builder."""

import random
import tomllib
from dataclasses import dataclass
from functools import cache

from console.analysis.lexicons import weights
from console.errors import UsageError
from console.ingest.sources import REACHES
from console.playbook.model import PlaybookError, build_dataclass
from console.resources import resource


@dataclass
class Channel:
    id: str
    name: str
    reach: str


@dataclass
class History:
    """Everyday mentions on a channel, one every `every_min` minutes over the history."""
    channel: str
    every_min: int
    authors: list[str]
    texts: list[str]
    rating: int | None = None


@dataclass
class Post:
    """One mention of the live part, `at` minutes after it starts."""
    at: int
    channel: str
    author: str
    text: str
    title: str | None = None
    followers: int | None = None
    rating: int | None = None


@dataclass
class Burst:
    """`n` similar mentions spread evenly from minute `at` to minute `until`."""
    at: int
    until: int
    n: int
    channel: str
    authors: list[str]
    texts: list[str]
    rating: int | None = None


@dataclass
class Inject:
    """A facilitator's prompt for the team, `after_min` minutes after the replay ends."""
    after_min: int
    text: str


@dataclass
class Scenario:
    id: str
    title: str
    summary: str
    brand: str
    history_hours: int
    duration_min: int
    channels: list[Channel]
    history: list[History]
    posts: list[Post]
    bursts: list[Burst] | None = None
    injects: list[Inject] | None = None


@dataclass(frozen=True)
class Planned:
    """One mention to replay: `at_s` seconds from the start of the live part (negative: history)."""
    at_s: int
    channel: str
    author: str
    title: str
    text: str
    followers: int | None = None
    rating: int | None = None


def folder():
    return resource("drills")


@cache
def scenarios() -> tuple[Scenario, ...]:
    """Every shipped scenario, by id."""
    return tuple(load(p) for p in sorted(folder().glob("*.toml")))


def get(scenario_id: str) -> Scenario:
    for s in scenarios():
        if s.id == scenario_id:
            return s
    raise UsageError(f"no drill scenario {scenario_id!r}; the scenarios are: {', '.join(s.id for s in scenarios())}")


def load(path) -> Scenario:
    where = path.name
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise PlaybookError(f"{where}: {e}") from None
    s = build_dataclass(Scenario, data, where)
    check(s, where, path.stem)
    return s


def check(s: Scenario, where: str, stem: str) -> None:
    """What the builder's types cannot say: references, ranges, enough history to alert."""
    def fail(msg):
        raise PlaybookError(f"{where}: {msg}")

    if s.id != stem:
        fail(f"id {s.id!r} differs from the file name {stem!r}")
    channels = [c.id for c in s.channels]
    if len(set(channels)) != len(channels):
        fail("two channels share an id")
    for c in s.channels:
        if c.reach not in REACHES:
            fail(f"channel {c.id}: reach must be one of {', '.join(REACHES)}")
    need = weights()["spikes"]["min_history_s"]
    if s.history_hours * 3600 < need:
        fail(f"history_hours must cover at least {need // 3600} h, or no spike can be told apart")
    if s.duration_min <= 0:
        fail("duration_min must be positive")
    for kind, items in (("history", s.history), ("posts", s.posts), ("bursts", s.bursts or [])):
        for i, it in enumerate(items):
            if it.channel not in channels:
                fail(f"{kind}[{i}]: unknown channel {it.channel!r}")
            if it.rating is not None and not 1 <= it.rating <= 5:
                fail(f"{kind}[{i}]: rating must be 1 to 5")
    for i, h in enumerate(s.history):
        if h.every_min <= 0 or not h.authors or not h.texts:
            fail(f"history[{i}]: needs every_min > 0, authors and texts")
    for i, p in enumerate(s.posts):
        if not 0 <= p.at <= s.duration_min:
            fail(f"posts[{i}]: at must be within 0..{s.duration_min}")
    for i, b in enumerate(s.bursts or []):
        if not 0 <= b.at <= b.until <= s.duration_min or b.n <= 0 or not b.authors or not b.texts:
            fail(f"bursts[{i}]: needs 0 <= at <= until <= {s.duration_min}, n > 0, authors and texts")
    if not s.posts and not s.bursts:
        fail("the live part has no mention")


def plan(s: Scenario, brand: str) -> list[Planned]:
    """Every mention of the scenario in time order, history first, with {brand} filled in."""
    def fill(text: str, n: int = 0) -> str:
        return text.replace("{brand}", brand).replace("{n}", str(n))

    out = []
    for h in s.history:
        rng = random.Random(f"{s.id}:{h.channel}")   # the same history at every run
        step = h.every_min * 60
        for k, start in enumerate(range(-s.history_hours * 3600, 0, step)):
            at = start + rng.randrange(step)
            out.append(Planned(min(at, -1), h.channel, rng.choice(h.authors), "", fill(rng.choice(h.texts), k + 1),
                               rating=h.rating))
    for p in s.posts:
        out.append(Planned(p.at * 60, p.channel, p.author, fill(p.title or ""), fill(p.text), p.followers, p.rating))
    for b in s.bursts or []:
        span = (b.until - b.at) * 60
        for i in range(b.n):
            at = b.at * 60 + (span * i // b.n)
            out.append(Planned(at, b.channel, b.authors[i % len(b.authors)], "", fill(b.texts[i % len(b.texts)], i + 1),
                               rating=b.rating))
    return sorted(out, key=lambda m: m.at_s)
