"""Placeholders in response templates (`{customer_name}`) and in the words of the playbook and the
review (`{n} min`): the one renderer for both. Rendering is one pass, so a value that
itself contains braces (pasted from a customer's message) is inserted literally, never expanded."""

import re

from console.errors import UsageError

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class UnfilledPlaceholders(UsageError):
    def __init__(self, names: list[str]):
        self.names = names
        super().__init__(f"unfilled placeholders: {', '.join(names)} (set each with --set NAME=VALUE)")


def placeholders(text: str) -> list[str]:
    """Placeholder names in order of first appearance."""
    return list(dict.fromkeys(PLACEHOLDER.findall(text)))


def stray_braces(text: str) -> str:
    """Why the braces of `text` are not all placeholders, or '' when they are."""
    rest = PLACEHOLDER.sub("", text)
    for ch in "{}":
        at = rest.find(ch)
        if at >= 0:
            return f"a {ch!r} that is not part of a {{placeholder}} near {rest[max(0, at - 20):at + 20]!r}"
    return ""


def missing(text: str, values: dict[str, str]) -> list[str]:
    return [n for n in placeholders(text) if not (values.get(n) or "").strip()]


def substitute(text: str, values: dict) -> str:
    """Each `{name}` of `values` replaced by its value (as text), in one pass; other placeholders stay."""
    return PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text)


def fill(text: str, values: dict[str, str]) -> str:
    """Fill what is known and leave the rest as `{name}` (for a live preview)."""
    return substitute(text, {name: value for name, value in values.items() if value})


def render(text: str, values: dict[str, str]) -> str:
    """The finished text; every placeholder must have a non-blank value."""
    unfilled = missing(text, values)
    if unfilled:
        raise UnfilledPlaceholders(unfilled)
    return fill(text, values)
