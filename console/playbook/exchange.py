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
    return playbooks, [_contact(c, f"{where}: contacts[{i}]") for i, c in enumerate(data.get("contacts", []))]


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
