"""The playbook as a TOML file: what `playbook export` writes, `playbook import` reads, the copy
kept beside `playbook.db`, and the shipped defaults (one file per language, the same structure as
one entry of `[[playbooks]]`).

Export is deterministic: fixed field order from the model, languages in a fixed order, contacts in
their list order, no timestamps. So export, import, export gives the same bytes."""

import tomllib

import tomli_w

from console.playbook.language import LANGS
from console.playbook.model import Playbook, PlaybookError
from console.resources import resource

FORMAT = "crisis-console-playbook"
VERSION = 1
CONTACT_FIELDS = ("role", "name", "phone", "email", "backup", "notes")
# Limits on a file to import, far above any real playbook (the shipped one, every language and a
# team, is about 150 KB, nested 4 deep): the TOML parser's time and memory grow steeply with
# nesting and with long dotted keys, so a file past these is refused before it is parsed.
MAX_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 32
MAX_DOTS_PER_LINE = 64
MAX_CONTACTS = 1000


def dumps(playbooks: list[Playbook], contacts: list[dict]) -> str:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "contacts": [{k: c[k] for k in CONTACT_FIELDS if c.get(k)} for c in contacts],
        "playbooks": [pb.to_dict() for pb in sorted(playbooks, key=lambda p: LANGS.index(p.lang))],
    }
    return tomli_w.dumps(data, multiline_strings=True)


def loads(text: str, where: str) -> tuple[list[Playbook], list[dict] | None]:
    """Playbooks and contacts from a full export, or one language file (contacts None: keep them)."""
    _check_shape(text, where)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise PlaybookError(f"{where} is not valid TOML: {e}") from None
    if "lang" in data:
        return [Playbook.from_dict(data, where)], None
    if data.get("format") != FORMAT:
        raise PlaybookError(f"{where} is neither a playbook export (format = {FORMAT!r}) nor a language file")
    if data.get("version") != VERSION:
        raise PlaybookError(f"{where}: version {data.get('version')!r} is not supported (expected {VERSION})")
    unknown = set(data) - {"format", "version", "contacts", "playbooks"}
    if unknown:
        raise PlaybookError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    playbooks = [Playbook.from_dict(d, f"{where}: playbooks[{i}]") for i, d in enumerate(data.get("playbooks", []))]
    langs = [pb.lang for pb in playbooks]
    if len(set(langs)) != len(langs):
        raise PlaybookError(f"{where}: a language appears twice")
    if not playbooks:
        raise PlaybookError(f"{where} holds no playbook")
    contacts = data.get("contacts", [])
    if not isinstance(contacts, list) or len(contacts) > MAX_CONTACTS:
        raise PlaybookError(f"{where}: contacts must be a list of at most {MAX_CONTACTS} people")
    return playbooks, [_contact(c, f"{where}: contacts[{i}]") for i, c in enumerate(contacts)]


def _check_shape(text: str, where: str) -> None:
    """Refuse, before parsing, TOML nested deeper than MAX_DEPTH or with more than MAX_DOTS_PER_LINE
    dots outside strings on one line (a dotted key of thousands of parts). Strings and comments are
    skipped, so brackets and dots in a template's text do not count."""
    if len(text) > MAX_BYTES:
        raise PlaybookError(f"{where} is larger than {MAX_BYTES // (1 << 20)} MiB; not a playbook")
    depth, dots, i, n = 0, 0, 0, len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            i = _string_end(text, i)
            continue
        if c == "#":
            i = text.find("\n", i)
            i = n if i < 0 else i
            continue
        if c == "\n":
            dots = 0
        elif c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise PlaybookError(f"{where}: nested more than {MAX_DEPTH} deep; refused")
        elif c in "]}":
            depth = max(0, depth - 1)
        elif c == ".":
            dots += 1
            if dots > MAX_DOTS_PER_LINE:
                raise PlaybookError(f"{where}: a line with more than {MAX_DOTS_PER_LINE} dotted parts; refused")
        i += 1


def _string_end(text: str, i: int) -> int:
    """The index just past the TOML string starting at i (basic, literal, or either multi-line kind)."""
    q = text[i]
    if text.startswith(q * 3, i):
        end = text.find(q * 3, i + 3)
        while q == '"' and end > 0 and _escaped(text, end):
            end = text.find(q * 3, end + 1)
        if end < 0:
            return len(text)
        extra = 0
        while extra < 2 and text.startswith(q, end + 3 + extra):  # up to two quotes may end the content
            extra += 1
        return end + 3 + extra
    j = i + 1
    while j < len(text) and text[j] not in (q, "\n"):
        j += 2 if q == '"' and text[j] == "\\" else 1
    return j + 1


def _escaped(text: str, i: int) -> bool:
    """Whether the character at i follows an odd run of backslashes."""
    k = i
    while k > 0 and text[k - 1] == "\\":
        k -= 1
    return (i - k) % 2 == 1


def _contact(c, where: str) -> dict:
    if not isinstance(c, dict):
        raise PlaybookError(f"{where}: expected a table")
    unknown = set(c) - set(CONTACT_FIELDS)
    if unknown:
        raise PlaybookError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    if not all(isinstance(v, str) for v in c.values()):
        raise PlaybookError(f"{where}: every field is text")
    if not c.get("name", "").strip():
        raise PlaybookError(f"{where}: a contact needs a name")
    return {k: c.get(k, "") for k in CONTACT_FIELDS}


def shipped() -> list[Playbook]:
    """The defaults that ship with the console, one file per language."""
    out = []
    for lang in LANGS:
        path = resource("playbooks", f"{lang}.toml")
        pb = loads(path.read_text("utf-8"), path.name)[0][0]
        if pb.lang != lang:
            raise PlaybookError(f"{path.name} says lang = {pb.lang!r}")
        out.append(pb)
    return out
