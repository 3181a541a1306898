"""The crisis team's people as CSV (for spreadsheets) and vCard (for phones), both ways.

CSV cells that a spreadsheet would run as a formula (starting with = + - @ or their full-width
forms, a tab or a line break, even after invisible characters such as a zero-width space) are
written with a leading apostrophe, and read back without it: "+44 20 7946 0000" survives the round
trip and "=HYPERLINK(...)" is never executed. Every cell is quoted, so a spreadsheet that splits on
semicolons cannot start a new cell inside one.

vCard values are escaped as RFC 6350 says (backslash, comma, semicolon, and every line break as
\\n: CR, LF, U+2028, U+2029, NEL, vertical tab, form feed), so a name cannot add a property to its
card; other control characters are dropped. Files are read with a size cap and a cap on people."""

import csv
import io
import re
import unicodedata
from pathlib import Path

from console.errors import UsageError
from console.files import read_user_text, write_user_file
from console.playbook.exchange import CONTACT_FIELDS, MAX_CONTACTS
from console.playbook.store import PlaybookStore

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
INVISIBLE = ("Cf", "Zs", "Cc", "Zl", "Zp")  # format, space, control and separator characters
LINE_BREAKS = re.compile("\r\n|[\r\n\u2028\u2029\x85\x0b\x0c]")
CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
ROLE_PROPERTY = "X-CRISIS-ROLE"
MAX_BYTES = 1024 * 1024  # a team's contacts file is a few KB


def _live(value: str) -> bool:
    """Whether a spreadsheet could take the cell for a formula: its first visible character starts one."""
    i = 0
    while i < len(value) and unicodedata.category(value[i]) in INVISIBLE and value[i] not in "\t\r\n":
        i += 1
    return value[i:].startswith(FORMULA_START)


def _cell(value: str) -> str:
    return "'" + value if _live(value) else value


def _uncell(value: str) -> str:
    return value[1:] if value.startswith("'") and _live(value[1:]) else value


def to_csv(contacts: list[dict]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    w.writerow(CONTACT_FIELDS)
    for c in contacts:
        w.writerow([_cell(c.get(k) or "") for k in CONTACT_FIELDS])
    return out.getvalue()


def from_csv(text: str, where: str) -> list[dict]:
    try:
        return _from_csv(text, where)
    except csv.Error as e:
        raise UsageError(f"{where} is not readable CSV: {e}") from None


def _from_csv(text: str, where: str) -> list[dict]:
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in next(rows, [])]
    if "name" not in header:
        raise UsageError(f"{where}: the first line must name the columns, including 'name' "
                         f"(expected: {','.join(CONTACT_FIELDS)})")
    unknown = [h for h in header if h not in CONTACT_FIELDS]
    if unknown:
        raise UsageError(f"{where}: unknown column {unknown[0]!r} (expected: {','.join(CONTACT_FIELDS)})")
    out = []
    for line, row in enumerate(rows, 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise UsageError(f"{where}, line {line}: {len(row)} cells for {len(header)} columns")
        c = {k: _uncell(v.strip()) for k, v in zip(header, row, strict=False)}
        if not c.get("name"):
            raise UsageError(f"{where}, line {line}: a contact needs a name")
        out.append(c)
        _count(out, where)
    return out


def _count(people: list, where: str) -> None:
    if len(people) > MAX_CONTACTS:
        raise UsageError(f"{where} holds more than {MAX_CONTACTS} people; refused")


def _escape(value: str) -> str:
    value = CONTROLS.sub("", value.replace("\\", "\\\\"))
    return LINE_BREAKS.sub("\\\\n", value).replace(",", "\\,").replace(";", "\\;")


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _fold(line: str) -> str:
    """vCard lines are at most 75 octets; longer ones continue on lines that start with a space."""
    out, chunk = [], ""
    for ch in line:
        if len((chunk + ch).encode("utf-8")) > 75:
            out.append(chunk)
            chunk = " "
        chunk += ch
    out.append(chunk)
    return "\r\n".join(out)


def to_vcard(contacts: list[dict], role_titles: dict[str, str]) -> str:
    cards = []
    for c in contacts:
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(c['name'])}", f"N:{_escape(c['name'])};;;;"]
        if c.get("phone"):
            lines.append(f"TEL;TYPE=CELL:{_escape(c['phone'])}")
        if c.get("email"):
            lines.append(f"EMAIL;TYPE=INTERNET:{_escape(c['email'])}")
        if c.get("role"):
            lines.append(f"ROLE:{_escape(role_titles.get(c['role'], c['role']))}")
            lines.append(f"{ROLE_PROPERTY}:{_escape(c['role'])}")
        if c.get("backup"):
            lines.append(f"X-CRISIS-BACKUP:{_escape(c['backup'])}")
        if c.get("notes"):
            lines.append(f"NOTE:{_escape(c['notes'])}")
        lines.append("END:VCARD")
        cards.append("\r\n".join(_fold(x) for x in lines))
    return "".join(card + "\r\n" for card in cards)


def from_vcard(text: str, where: str) -> list[dict]:
    """Contacts from vCard 2.1, 3.0 or 4.0: name, first phone, first email, our role and backup."""
    unfolded = re.sub(r"\r?\n[ \t]", "", text.lstrip("\ufeff"))
    out, card = [], None
    for line in re.split("\r\n|\r|\n", unfolded):
        if not line.strip():
            continue
        name, _, value = line.partition(":")
        prop = name.split(";")[0].split(".")[-1].upper()
        if prop == "BEGIN" and value.strip().upper() == "VCARD":
            card = {}
        elif prop == "END" and card is not None:
            if not card.get("name"):
                raise UsageError(f"{where}: card {len(out) + 1} has no name (FN)")
            out.append(card)
            _count(out, where)
            card = None
        elif card is not None:
            key = {"FN": "name", "TEL": "phone", "EMAIL": "email", ROLE_PROPERTY: "role",
                   "X-CRISIS-BACKUP": "backup", "NOTE": "notes"}.get(prop)
            if prop in ("ROLE", "TITLE") and "role" not in card:
                key = "role_title"
            if key and key not in card:
                card[key] = _unescape(value.strip())
    if card is not None:
        raise UsageError(f"{where}: the last card has no END:VCARD")
    if not out:
        raise UsageError(f"{where} holds no vCard")
    return out


def import_file(store: PlaybookStore, path: Path | str, by: str | None = None) -> dict:
    """Add the people in a .csv or .vcf file; someone already listed under the same role and name is
    updated instead. All or nothing."""
    path = Path(path)
    text = read_user_text(path, MAX_BYTES, "contacts file")
    if path.suffix.lower() == ".csv":
        people = from_csv(text, path.name)
    elif path.suffix.lower() in (".vcf", ".vcard"):
        people = from_vcard(text, path.name)
    else:
        raise UsageError(f"{path.name}: contacts import reads .csv or .vcf files")
    for p in people:
        p["role"] = _role(store, p)
    existing = {(c["role"], c["name"].casefold()): c for c in store.contacts()}
    added = updated = 0
    with store.change("contacts.import", "contacts", None, {"source": path.name, "people": len(people)}, actor=by):
        for p in people:
            given = {k: p[k] for k in CONTACT_FIELDS if k in p}  # a field the file lacks keeps its value
            old = existing.get((p["role"], p["name"].casefold()))
            if old:  # matched by role and name: keep the name as it was spelt
                store.put_contact(dict(old, **{k: v for k, v in given.items() if k != "name"}), old["id"])
                updated += 1
            else:
                existing[(p["role"], p["name"].casefold())] = dict(given, id=store.put_contact(given))
                added += 1
    return {"added": added, "updated": updated}


def export_file(store: PlaybookStore, path: Path | str, lang: str | None = None) -> int:
    path = Path(path)
    contacts = store.contacts()
    if path.suffix.lower() == ".csv":
        text = to_csv(contacts)
    elif path.suffix.lower() in (".vcf", ".vcard"):
        text = to_vcard(contacts, {r.id: r.title for r in store.playbook(lang).roles})
    else:
        raise UsageError(f"{path.name}: contacts export writes .csv or .vcf files")
    write_user_file(path, text.encode("utf-8"))
    return len(contacts)


def _role(store: PlaybookStore, person: dict) -> str:
    """Our role id: from the file's role column or X-CRISIS-ROLE (must be known), else from a vCard job
    title that matches a role title (unassigned when it does not)."""
    if person.get("role"):
        return store.role_id(person["role"])
    try:
        return store.role_id(person.pop("role_title", ""))
    except UsageError:
        return ""


