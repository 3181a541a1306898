"""The workspace's playbook lives in its own SQLite file, `playbook.db`, beside `console.db`.

Why a separate file: the playbook is what the team reaches for when everything else fails, so it
must open when `console.db` is locked by another process, damaged, or being restored. It shares
nothing with it: its own migrations and its own hash-chained audit log (written and verified by
`console.store.audit`, unchanged). After every change of content or contacts a TOML copy,
`playbook.toml`, is written beside it. Opening never fails to give a readable playbook:

- `playbook.db` damaged: moved aside (never deleted), a new one restored from the copy;
- `playbook.db` locked or the folder unwritable: an in-memory playbook from the copy, changes
  kept until the window closes;
- no copy or an unreadable one (moved aside too): the shipped defaults.

`problem` says which of these happened, for a banner."""

import copy
import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import sqlite_utils

from console.errors import UsageError, WorkspaceError
from console.files import write_atomically
from console.playbook import exchange
from console.playbook.desk_copy import DB_NAME
from console.playbook.language import LANGS, system_lang
from console.playbook.model import Playbook, PlaybookError, to_dict
from console.playbook.schema import migrations
from console.store import audit, settings
from console.store.db import apply_migrations, can_write, open_db
from console.store.rows import as_dicts
from console.store.transaction import write
from console.timeutil import now_iso

COPY_NAME = "playbook.toml"
PROBE_TIMEOUT_S = 0.25
QUEUED_OFFLINE = ("checklist.tick", "checklist.untick")
NOT_DAMAGE = ("locked", "busy", "cannot open", "unable to open", "for writing", "readonly", "read-only", "disk")


class PlaybookStore:
    def __init__(self, folder: Path, db: sqlite_utils.Database, temporary: bool = False):
        self.folder = Path(folder)
        self.db = db
        self.temporary = temporary  # in memory: the file could not be used
        self.read_only = False      # a workspace this user may only read: shown, never changed
        self.problem: str | None = None
        self._cache: dict[str, Playbook] = {}
        self._depth = 0  # nesting of change(): the copy is written once, after the outermost commits
        # A desk's local copy of a shared playbook, opened without its server: ticks are kept and
        # queued for the server (console.playbook.shared); any other change must wait for it.
        self.outbox = False

    @classmethod
    def open(cls, folder: Path | str) -> "PlaybookStore":
        folder = Path(folder)
        path = folder / DB_NAME
        why = None
        if path.exists() and not can_write(path):  # a read-only workspace: read it, change nothing
            try:
                store = cls(folder, open_db(path, readonly=True), temporary=True)
                store.read_only = True
                store.problem = "The workspace is read-only for you: the playbook is shown as it is and cannot be changed here."
                return store
            except (WorkspaceError, OSError, sqlite3.Error):
                pass
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            store = cls(folder, _open(path))
        except (WorkspaceError, OSError, sqlite3.Error) as e:
            why = str(e)
            aside = _move_aside(path, "damaged") if _is_damage(e) else None
            try:
                store = cls(folder, _open(path)) if aside else None
            except (WorkspaceError, OSError, sqlite3.Error):
                store = None
            if store is None:
                store = cls(folder, _memory(), temporary=True)
        source = store.fill_if_empty()
        if source:
            if why and store.temporary:
                store.problem = (f"{DB_NAME} cannot be used ({why}). Showing {source}; changes made now are kept "
                                 "only until the console closes.")
            elif why:
                store.problem = f"{DB_NAME} was damaged ({why}); it was moved aside to {aside.name} and {source} restored."
        return store

    def fill_if_empty(self) -> str | None:
        """A new playbook's content (see _seed); where it came from, None when it had some."""
        if self.db.execute("SELECT count(*) FROM playbooks").fetchone()[0]:
            return None
        return self._seed()

    def close(self) -> None:
        self.db.conn.close()

    # -- content --------------------------------------------------------------------------------
    def langs(self) -> list[str]:
        have = {r[0] for r in self.db.execute("SELECT lang FROM playbooks")}
        return [lang for lang in LANGS if lang in have]

    def playbook(self, lang: str | None = None) -> Playbook:
        lang = lang or self.default_lang()
        if lang not in self._cache:
            row = self.db.execute("SELECT doc FROM playbooks WHERE lang = ?", [lang]).fetchone()
            if row is None:
                raise UsageError(f"no playbook in {lang!r}; the workspace has {', '.join(self.langs())}")
            try:
                self._cache[lang] = Playbook.from_dict(json.loads(row[0]), lang)
            except (PlaybookError, ValueError) as e:  # stored by another version: still show a playbook
                self._cache[lang] = next(pb for pb in exchange.shipped() if pb.lang == lang)
                self.problem = f"the workspace's {lang} playbook cannot be read ({e}); showing the shipped one"
        return self._cache[lang]

    def default_lang(self) -> str:
        """The workspace's language setting, else the desktop's, else English (if present)."""
        langs = self.langs()
        for lang in (settings.playbook_language(self.db), system_lang(), "en"):
            if lang in langs:
                return lang
        return langs[0] if langs else "en"

    def set_language(self, lang: str) -> None:
        if lang not in LANGS:
            raise UsageError(f"unknown language {lang!r}; choose one of {', '.join(LANGS)}")
        with self.change("settings.language", "setting", "language", {"to": lang}, content=False):
            settings.put_playbook_language(self.db, lang)

    def edit(self, lang: str, target: str, find, changes: dict, by: str | None = None) -> None:
        """Change fields of one part of a playbook (`find(playbook)` returns it), validated and audited.
        `target` names it in the audit: 'template:holding_statement'."""
        pb = copy.deepcopy(self.playbook(lang))
        obj = find(pb)
        before = {k: copy.deepcopy(getattr(obj, k)) for k in changes}
        for k, v in changes.items():
            if not hasattr(obj, k):
                raise PlaybookError(f"{target} has no field {k!r}")
            setattr(obj, k, v)
        self.save(Playbook.from_dict(pb.to_dict(), lang), "playbook.edit", target,
                  {"lang": lang, "from": to_dict(before), "to": to_dict(changes)}, by)

    def save(self, pb: Playbook, action: str, target: str, details: dict, by: str | None = None) -> None:
        with self.change(action, "playbook", target, details, actor=by):
            self._put_playbook(pb)

    def _put_playbook(self, pb: Playbook) -> None:
        doc = json.dumps(pb.to_dict(), ensure_ascii=False, separators=(",", ":"))
        self.db.execute("INSERT INTO playbooks (lang, doc, updated_at) VALUES (?, ?, ?) ON CONFLICT (lang) "
                        "DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at", [pb.lang, doc, now_iso()])

    # -- contacts (the people behind the roles) -------------------------------------------------
    def contacts(self) -> list[dict]:
        return as_dicts(self.db.execute("SELECT id, role, name, phone, email, backup, notes FROM contacts "
                                        "ORDER BY position, id"))

    def role_id(self, text: str) -> str:
        """A role id from an id or a role title in any language ('' stays unassigned)."""
        text = (text or "").strip()
        if not text:
            return ""
        for lang in self.langs():
            for r in self.playbook(lang).roles:
                if text == r.id or text.casefold() == r.title.casefold():
                    return r.id
        known = ", ".join(r.id for r in self.playbook().roles)
        raise UsageError(f"unknown role {text!r}; the roles are: {known}")

    # The audit log is append-only, so it names a person by id and says which fields were set or
    # changed, never their values: removing a person removes their name, phone and notes for good.
    def add_contact(self, role: str, name: str, by: str | None = None, **fields) -> int:
        row = _contact_row(dict(fields, role=self.role_id(role), name=name))
        details = {"role": row["role"], "fields": [k for k, v in row.items() if v]}
        with self.change("contact.add", "contact", None, details, actor=by) as rec:
            rec.target_id = self.put_contact(row)
        return rec.target_id

    def update_contact(self, contact_id: int, by: str | None = None, **changes) -> None:
        old = self._contact(contact_id)
        if "role" in changes:
            changes["role"] = self.role_id(changes["role"])
        new = _contact_row(dict(old, **changes))
        details = {"changed": [k for k in new if new[k] != old[k]]}
        with self.change("contact.update", "contact", contact_id, details, actor=by):
            self.put_contact(new, contact_id)

    def put_contact(self, row: dict, contact_id: int | None = None) -> int:
        """Write one contact without an audit row: only inside `change()`, which records the action."""
        row = _contact_row(row)
        if contact_id is not None:
            self.db.execute("UPDATE contacts SET role=?, name=?, phone=?, email=?, backup=?, notes=? WHERE id=?",
                            [*row.values(), contact_id])
            return contact_id
        pos = self.db.execute("SELECT coalesce(max(position), 0) + 1 FROM contacts").fetchone()[0]
        return self.db.execute("INSERT INTO contacts (position, role, name, phone, email, backup, notes) "
                               "VALUES (?,?,?,?,?,?,?)", [pos, *row.values()]).lastrowid

    def remove_contact(self, contact_id: int, by: str | None = None) -> None:
        old = self._contact(contact_id)
        with self.change("contact.remove", "contact", contact_id, {"role": old["role"]}, actor=by):
            self.db.execute("DELETE FROM contacts WHERE id = ?", [contact_id])

    def _contact(self, contact_id) -> dict:
        found = [c for c in self.contacts() if c["id"] == contact_id]
        if not found:
            raise UsageError(f"no contact with id {contact_id}")
        return {k: found[0][k] for k in exchange.CONTACT_FIELDS}

    # -- whole playbook in and out --------------------------------------------------------------
    def export_text(self) -> str:
        return exchange.dumps([self.playbook(lang) for lang in self.langs()], self.contacts())

    def import_text(self, text: str, where: str, by: str | None = None) -> dict:
        """Replace the languages the file holds (and the contacts, for a full export), all or nothing."""
        playbooks, contacts = exchange.loads(text, where)
        roles = {r.id for pb in playbooks for r in pb.roles} | {r.id for r in self._current_roles()}
        for c in contacts or []:
            if c["role"] and c["role"] not in roles:
                raise PlaybookError(f"{where}: contact {c['name']!r} has an unknown role {c['role']!r}")
        summary = {"source": where, "langs": [pb.lang for pb in playbooks],
                   "contacts": None if contacts is None else len(contacts)}
        with self.change("playbook.import", "playbook", None, summary, actor=by):
            self._put(playbooks, contacts)
        return summary

    def _current_roles(self):
        return [r for lang in self.langs() for r in self.playbook(lang).roles]

    def _put(self, playbooks: list[Playbook], contacts: list[dict] | None) -> None:
        for pb in playbooks:
            self._put_playbook(pb)
        if contacts is not None:
            self.db.execute("DELETE FROM contacts")
            for c in contacts:
                self.put_contact(c)

    def _seed(self) -> str:
        """Fill a new playbook: from the copy beside it if readable, else from the shipped defaults."""
        path = self.folder / COPY_NAME
        playbooks, contacts, source = None, [], "the shipped defaults"
        if path.exists():
            try:
                playbooks, contacts = exchange.loads(path.read_text("utf-8"), COPY_NAME)
                source = f"the copy {COPY_NAME}"
            except (PlaybookError, OSError, UnicodeDecodeError):
                if not self.temporary:
                    _move_aside(path, "unreadable")
                playbooks = None
        with self.change("playbook.seed", "playbook", None, {"source": source}):
            self._put(playbooks or exchange.shipped(), contacts or [])
        return source

    def write_copy(self) -> None:
        """The TOML copy beside the database, replaced atomically so a crash never leaves half a file."""
        if self.temporary:
            return
        try:
            write_atomically(self.folder / COPY_NAME, self.export_text().encode("utf-8"))
        except (OSError, UsageError) as e:  # the change itself is committed; say that the copy is behind
            self.problem = f"{COPY_NAME}, the copy read when {DB_NAME} is unusable, could not be refreshed: {e}"

    @contextmanager
    def change(self, action: str, target_type: str | None, target_id, details: dict | None = None,
               actor: str | None = None, content: bool = True):
        """One transaction holding a change and its audit row; content changes refresh the copy.
        The body may set `.target_id` on what it receives, for a row it has just created."""
        if self.read_only:
            raise WorkspaceError("the workspace is read-only for you; nothing was changed")
        if self.outbox and action not in QUEUED_OFFLINE:
            raise WorkspaceError("the shared workspace cannot be reached: this desk keeps checklist ticks until it "
                                 "is back, other changes must wait for it; this change was not made")
        self._depth += 1
        rec = SimpleNamespace(target_id=target_id)
        try:
            with write(self.db):
                yield rec
                row = audit.record(self.db, action, target_type, rec.target_id, details, actor=actor)
                if self.outbox:
                    self.db.execute("INSERT INTO outbox (audit_id) VALUES (?)", [row])
        finally:
            self._depth -= 1
            self._cache.clear()
        if content and not self._depth:
            self.write_copy()


def _probe(path: Path) -> None:
    """Fail at once, not after the usual busy wait, when another process holds the file exclusively:
    an outage start must not hang on it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=PROBE_TIMEOUT_S)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:  # anything but a lock is for open_db to judge and explain
        if "locked" in str(e) or "busy" in str(e):
            raise WorkspaceError(f"{path} is locked by another process") from e
    finally:
        conn.close()


def _open(path: Path) -> sqlite_utils.Database:
    _probe(path)
    db = open_db(path, migrate=False)
    try:
        db.execute("PRAGMA secure_delete = ON")  # a removed person's details do not linger in free pages
        apply_migrations(db, migrations)
    except sqlite3.Error:
        db.conn.close()
        raise
    return db


def _memory() -> sqlite_utils.Database:
    db = sqlite_utils.Database(memory=True)
    apply_migrations(db, migrations)
    return db


def _is_damage(e: Exception) -> bool:
    """A file that opens but is not a sound playbook, as opposed to one we may not use right now."""
    text = str(e).lower()
    return not isinstance(e, OSError) and not any(w in text for w in NOT_DAMAGE)


def _move_aside(path: Path, why: str) -> Path | None:
    """Rename a file we cannot use (and its WAL companions), keeping it for inspection."""
    aside = path.with_name(f"{path.name}.{why}-{now_iso().replace(':', '')}")
    try:
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
        os.replace(path, aside)
    except OSError:
        return None
    return aside


def _contact_row(c: dict) -> dict:
    row = {k: str(c.get(k) or "").strip() for k in exchange.CONTACT_FIELDS}
    if not row["name"]:
        raise UsageError("a contact needs a name")
    return row
