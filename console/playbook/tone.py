"""Checks on a reply before it goes out: phrases the tone guide flags, the channel's length limit,
and placeholders left unfilled. They warn; the person writing decides."""

import re
from dataclasses import dataclass

from console.playbook.model import Channel, Playbook, ToneRule
from console.playbook.render import fill, missing

URL = re.compile(r"https?://\S+")
X_LINK_LENGTH = 23  # X shortens every link to this many characters
# Code points X counts as one character (Latin, Cyrillic, Greek, general punctuation); the rest count two.
X_LIGHT = ((0, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))


@dataclass(frozen=True)
class Flag:
    kind: str  # "placeholder", "tone", "length"
    subject: str  # the placeholder name, the phrase found, or the channel id
    detail: str  # the tone kind and advice, or "length/limit"


def tone_hits(text: str, rules: list[ToneRule]) -> list[ToneRule]:
    folded = text.casefold()
    return [r for r in rules if _contains(folded, r.phrase.casefold())]


def _contains(text: str, phrase: str) -> bool:
    # Whole words for alphabetic scripts ("lol" must not match "lollipop"); CJK has no word gaps.
    def word_edge(ch):
        return ch.isalnum() and ord(ch) < 0x2E80

    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if not (word_edge(phrase[0]) and before and word_edge(before)) and \
                not (word_edge(phrase[-1]) and after and word_edge(after)):
            return True
        start = text.find(phrase, start + 1)
    return False


def length(text: str, channel: Channel) -> int:
    """The length as the channel counts it."""
    if channel.weighting != "x":
        return len(text)
    links = URL.findall(text)
    rest = URL.sub("", text)
    return X_LINK_LENGTH * len(links) + sum(1 if any(a <= ord(c) <= b for a, b in X_LIGHT) else 2 for c in rest)


def check(body: str, playbook: Playbook, channel_id: str | None = None, values: dict | None = None) -> list[Flag]:
    """What to look at before sending `body` filled with `values`: unfilled placeholders first."""
    values = values or {}
    text = fill(body, values)
    out = [Flag("placeholder", n, "") for n in missing(body, values)]
    for rule in tone_hits(text, playbook.tone):
        out.append(Flag("tone", rule.phrase, f"{playbook.tone_kinds.get(rule.kind, rule.kind)}: {rule.advice}"))
    if channel_id:
        channel = playbook.channel(channel_id)
        n = length(text, channel)
        if channel.limit and n > channel.limit:
            out.append(Flag("length", channel.id, f"{n}/{channel.limit}"))
    return out
