"""Checks of command-line arguments, shared by every command so a new one gets them by naming a type.

argparse calls these types while parsing; a value they refuse becomes one line and exit code 2
(see `console.cli.main`). `check_text` runs over every parsed argument after parsing, so text that
cannot be stored (bytes that are not UTF-8, which Python keeps as lone surrogates) is refused for
every command without each having to ask."""

import argparse
from datetime import datetime

from console.errors import UsageError
from console.timeutil import from_iso, to_iso

# SQLite stores integers as signed 64-bit values: a larger id can never exist, and Python would
# raise OverflowError handing it over.
MAX_ROW_ID = 2**63 - 1
MAX_TEXT_CHARS = 100_000  # one argument: a note or a reply, never a book


def _whole(text: str, low: int, high: int, what: str) -> int:
    try:
        n = int(str(text).strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not {what}: {_shown(text)} (a whole number)") from None
    if not low <= n <= high:
        raise argparse.ArgumentTypeError(f"{what} runs from {low} to {high}, not {_shown(text)}")
    return n


def row_id(text: str) -> int:
    """An id of a stored row: a whole number from 1 to SQLite's largest."""
    return _whole(text, 1, MAX_ROW_ID, "an id")


def limit(text: str) -> int:
    """How many rows to show: at least 1; anything past SQLite's largest integer is refused."""
    return _whole(text, 1, MAX_ROW_ID, "a limit")


def bounded_int(low: int, high: int):
    """A whole number within [low, high] (a threshold, a count)."""
    def parse(text: str) -> int:
        return _whole(text, low, high, "a value")
    parse.__name__ = "whole number"
    return parse


def utc_time(text: str) -> str:
    """An ISO 8601 date or time, stored form out ('2026-11-23T14:05:09Z'); a date alone is its midnight UTC."""
    dt = from_iso(str(text).strip()) if str(text).strip()[:1].isdigit() else None
    try:
        if dt is None or dt.year < 2 or dt.year > 9998:
            raise ValueError
        return to_iso(dt)
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(f"not a date or time: {_shown(text)} (use ISO 8601, e.g. "
                                         f"{datetime(2026, 11, 23, 14, 5).isoformat()}Z)") from None


def record_ref(text: str) -> tuple[str, int]:
    """What a reply answers: 'mention:ID' or 'incident:ID'."""
    kind, sep, rest = str(text).partition(":")
    if not sep or kind not in ("mention", "incident"):
        raise argparse.ArgumentTypeError(f"give mention:ID or incident:ID, not {_shown(text)}")
    return kind, row_id(rest)


def check_text(args: argparse.Namespace) -> None:
    """Every text argument must be storable: UTF-8 (no lone surrogates), of a sane length, no NUL."""
    for name, value in vars(args).items():
        for v in value if isinstance(value, list | tuple) else [value]:
            if not isinstance(v, str):
                continue
            option = name.replace("_", "-")
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise UsageError(f"{option}: not valid UTF-8 text: {_shown(v)}") from None
            if "\x00" in v:
                raise UsageError(f"{option}: text cannot hold a NUL character")
            if len(v) > MAX_TEXT_CHARS:
                raise UsageError(f"{option}: longer than {MAX_TEXT_CHARS} characters")


def _shown(text) -> str:
    """A value as it may be quoted back in one line: shortened, escapes for what cannot print."""
    text = str(text)
    try:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no byte stands for
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    text = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
    return "'" + text[:40] + ("…" if len(text) > 40 else "") + "'"


REFERENCES = {"mention": "mentions", "incident": "incidents", "alert": "alerts", "feed": "sources"}


def require(db, kind: str, row: int) -> int:
    """`row` of `kind` ('mention', 'incident', ...) must exist in the workspace before anything points at it."""
    found = db.execute(f"SELECT 1 FROM {REFERENCES[kind]} WHERE id = ?", [row]).fetchone()
    if found is None:
        raise UsageError(f"no {kind} with id {row}")
    return row
