"""The schema, as sqlite-utils migrations. Migrations are additive and append-only:
never edit one that has shipped, add a new one at the end (each area adds its own)."""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from console.store import audit
from console.store.vocabulary import CJK_RANGES

migrations = Migrations("crisis-console")



@migrations()
def m001_core(db: Database) -> None:
    db.execute("""
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            name TEXT,
            kind TEXT,                       -- rss, atom, jsonfeed, appstore, file ... (as last detected)
            reach TEXT NOT NULL DEFAULT 'social',  -- news, authority, social, forum, review
            interval_s INTEGER NOT NULL DEFAULT 900,
            priority INTEGER NOT NULL DEFAULT 0,
            internal INTEGER NOT NULL DEFAULT 0,
            enabled INTEGER NOT NULL DEFAULT 1,
            added_at TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            body_hash TEXT,
            last_polled TEXT,
            last_success TEXT,
            last_error_category TEXT,
            last_error_message TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            next_poll TEXT,
            retry_after TEXT
        )""")
    db.execute("""
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            dedupe_key TEXT NOT NULL,
            guid TEXT,
            url TEXT,
            title TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            author TEXT,
            author_followers INTEGER,
            published TEXT,                  -- UTC ISO, NULL when missing or impossible
            first_seen TEXT NOT NULL,
            sort_time TEXT NOT NULL,         -- published when plausible, else first_seen
            lang TEXT,
            rating INTEGER,
            links TEXT,                      -- JSON list of extracted links
            content_hash TEXT,
            title_len INTEGER,               -- original lengths when a field was capped
            text_len INTEGER,
            -- analysis
            sentiment REAL,
            sentiment_method TEXT,
            category TEXT,
            severity INTEGER,
            level TEXT,
            positive INTEGER NOT NULL DEFAULT 0,
            negative INTEGER NOT NULL DEFAULT 0,
            reasons TEXT,                    -- JSON list of {factor, points, evidence}
            matched_terms TEXT,              -- JSON list of watch-term query texts
            cluster_key TEXT,
            -- operator
            status TEXT NOT NULL DEFAULT 'new',
            assignee TEXT,
            tags TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            drill INTEGER NOT NULL DEFAULT 0,
            UNIQUE (source_id, dedupe_key)
        )""")
    db.execute("CREATE INDEX mentions_sort ON mentions (sort_time DESC, id DESC)")
    db.execute("CREATE INDEX mentions_level ON mentions (level, sort_time DESC)")
    db.execute("CREATE INDEX mentions_status ON mentions (status, sort_time DESC)")
    db.execute("CREATE INDEX mentions_source ON mentions (source_id, sort_time DESC)")
    db.execute("CREATE INDEX mentions_cluster ON mentions (cluster_key, sort_time)")
    db.execute("""
        CREATE TRIGGER mentions_never_deleted BEFORE DELETE ON mentions
        BEGIN SELECT RAISE(ABORT, 'mentions are never deleted: hide, resolve or ignore them'); END""")
    db["mentions"].enable_fts(["title", "text", "author"], create_triggers=True, tokenize="unicode61")

    db.execute("""
        CREATE TABLE watch_terms (
            id INTEGER PRIMARY KEY,
            query TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('brand', 'product', 'person', 'competitor', 'risk')),
            enabled INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,              -- spike, source_dark, critical_mention
            term TEXT,                       -- watch term query text, NULL for overall
            baseline REAL,
            current REAL,
            sigma REAL,
            window_s INTEGER,
            raised_at TEXT NOT NULL,
            mentions TEXT NOT NULL DEFAULT '[]',
            source_id INTEGER REFERENCES sources(id),
            details TEXT NOT NULL DEFAULT '{}',
            acknowledged_at TEXT,
            drill INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("CREATE INDEX alerts_raised ON alerts (raised_at DESC)")
    audit.create_table(db)
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")


@migrations()
def m020_incidents_core(db: Database) -> None:
    # An incident gathers mentions and keeps a timeline; events are never edited or removed,
    # so the post-crisis review reads what really happened and when.
    db.execute("""
        CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
            alert_id INTEGER REFERENCES alerts(id),
            terms TEXT NOT NULL DEFAULT '[]',    -- JSON list of watch-term texts the wall filters on
            detected_at TEXT NOT NULL,           -- the alert's time, else when the incident was opened
            opened_at TEXT NOT NULL,
            crisis_started_at TEXT,              -- first time crisis mode was turned on for it
            first_response_at TEXT,
            closed_at TEXT,
            drill INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("CREATE INDEX incidents_alert ON incidents (alert_id)")
    db.execute("""
        CREATE TABLE incident_mentions (
            incident_id INTEGER NOT NULL REFERENCES incidents(id),
            mention_id INTEGER NOT NULL REFERENCES mentions(id),
            added_at TEXT NOT NULL,
            PRIMARY KEY (incident_id, mention_id)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX incident_mentions_mention ON incident_mentions (mention_id)")
    db.execute("""
        CREATE TABLE incident_events (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incidents(id),
            at TEXT NOT NULL,
            kind TEXT NOT NULL,                  -- detected, opened, mentions_added, note, response, crisis_on ...
            actor TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '{}'
        )""")
    db.execute("CREATE INDEX incident_events_incident ON incident_events (incident_id, at, id)")
    db.execute("""
        CREATE TRIGGER incident_events_never_deleted BEFORE DELETE ON incident_events
        BEGIN SELECT RAISE(ABORT, 'the incident timeline cannot be edited'); END""")
    db.execute("""
        CREATE TRIGGER incident_events_never_updated BEFORE UPDATE ON incident_events
        BEGIN SELECT RAISE(ABORT, 'the incident timeline cannot be edited'); END""")


@migrations()
def m030_ingest_source_health(db: Database) -> None:
    # What the poller noticed without it being an error: parse warnings ("malformed: recovered
    # 3 items"), and a feed that re-keyed every GUID at once (flagged, its entries not duplicated).
    db.execute("ALTER TABLE sources ADD COLUMN last_warning TEXT")
    db.execute("ALTER TABLE sources ADD COLUMN rekeyed_at TEXT")
    db.execute("ALTER TABLE sources ADD COLUMN last_status TEXT")      # ok, unchanged, error, offline


_CJK_GLOB = f"'*[{CJK_RANGES}]*'"


def has_cjk_sql(row: str) -> str:
    """SQL that is true when mention `row` (new, old, or a table alias) holds CJK text."""
    return f"({row}.title GLOB {_CJK_GLOB} OR {row}.text GLOB {_CJK_GLOB} OR {row}.author GLOB {_CJK_GLOB})"


@migrations()
def m040_wall_cjk_search(db: Database) -> None:
    # unicode61 (m001) keeps a run of Chinese characters as one token, so no word inside a
    # Chinese sentence can be found. A trigram index finds any substring of three characters or
    # more; it holds only the mentions that contain CJK text, so other mentions pay one GLOB.
    db.execute("""
        CREATE VIRTUAL TABLE mentions_cjk USING fts5(
            title, text, author, content='mentions', content_rowid='id', tokenize='trigram')""")
    db.execute(f"""
        CREATE TRIGGER mentions_cjk_ai AFTER INSERT ON mentions WHEN {has_cjk_sql('new')} BEGIN
            INSERT INTO mentions_cjk (rowid, title, text, author) VALUES (new.id, new.title, new.text, new.author);
        END""")
    db.execute(f"""
        CREATE TRIGGER mentions_cjk_au AFTER UPDATE OF title, text, author ON mentions BEGIN
            INSERT INTO mentions_cjk (mentions_cjk, rowid, title, text, author)
                SELECT 'delete', old.id, old.title, old.text, old.author WHERE {has_cjk_sql('old')};
            INSERT INTO mentions_cjk (rowid, title, text, author)
                SELECT new.id, new.title, new.text, new.author WHERE {has_cjk_sql('new')};
        END""")
    db.execute(f"INSERT INTO mentions_cjk (rowid, title, text, author) "
               f"SELECT id, title, text, author FROM mentions m WHERE {has_cjk_sql('m')}")


@migrations()
def m050_analysis_fts_on_text_only(db: Database) -> None:
    # m001's full-text trigger re-indexed a mention on every UPDATE; analysis rewrites severity,
    # reasons and matched terms of many mentions at once (velocity, watch-term edits) and triage
    # touches status, none of which is indexed. Re-index only when an indexed column changes.
    db.execute('DROP TRIGGER IF EXISTS "mentions_au"')
    db.execute("""
        CREATE TRIGGER "mentions_au" AFTER UPDATE OF title, text, author ON "mentions" BEGIN
            INSERT INTO "mentions_fts" ("mentions_fts", rowid, "title", "text", "author")
                VALUES ('delete', old.rowid, old."title", old."text", old."author");
            INSERT INTO "mentions_fts" (rowid, "title", "text", "author")
                VALUES (new.rowid, new."title", new."text", new."author");
        END""")


@migrations()
def m060_authors(db: Database) -> None:
    # An author is a handle on one source (the same handle on two sources is two authors unless the
    # team links them). The figures are kept up to date on ingest (console.authors.aggregates), so a
    # profile or a listing never scans mentions. Labels, notes and links are what the team wrote:
    # erasable on request (the mentions stay).
    from console.store.authors import backfill

    db.execute("""
        CREATE TABLE authors (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            handle TEXT NOT NULL,                -- the key: console.authors.identity.handle_key
            name TEXT NOT NULL,                  -- as the feed first gave it
            created_at TEXT NOT NULL,
            first_seen TEXT,                     -- sort_time of the first and last mention
            last_seen TEXT,
            mention_count INTEGER NOT NULL DEFAULT 0,
            negative_count INTEGER NOT NULL DEFAULT 0,
            positive_count INTEGER NOT NULL DEFAULT 0,
            max_severity INTEGER,
            reach INTEGER,                       -- the highest follower count a feed gave
            first_negative TEXT,
            last_negative TEXT,
            UNIQUE (source_id, handle)
        )""")
    db.execute("CREATE INDEX authors_negative ON authors (negative_count DESC, id)")
    db.execute("CREATE INDEX authors_reach ON authors (reach DESC, id)")
    db.execute("CREATE INDEX authors_last_seen ON authors (last_seen DESC, id)")
    db.execute("""
        CREATE TABLE author_labels (
            author_id INTEGER NOT NULL REFERENCES authors(id),
            label TEXT NOT NULL,
            set_at TEXT NOT NULL,
            set_by TEXT NOT NULL,
            PRIMARY KEY (author_id, label)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX author_labels_label ON author_labels (label, author_id)")
    db.execute("""
        CREATE TABLE author_notes (
            id INTEGER PRIMARY KEY,
            author_id INTEGER NOT NULL REFERENCES authors(id),
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            text TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX author_notes_author ON author_notes (author_id, id)")
    db.execute("""
        CREATE TABLE author_links (
            author_id INTEGER NOT NULL REFERENCES authors(id),
            other_id INTEGER NOT NULL REFERENCES authors(id),   -- kept both ways: (a, b) and (b, a)
            linked_at TEXT NOT NULL,
            linked_by TEXT NOT NULL,
            PRIMARY KEY (author_id, other_id)
        ) WITHOUT ROWID""")
    db.execute("ALTER TABLE mentions ADD COLUMN author_id INTEGER REFERENCES authors(id)")
    backfill(db)            # and the index mentions_author (author_id, sort_time DESC), once the ids are in


# The alert sentence key (console.sentences) of a stored alert row `a`.
_ALERT_SENTENCE = """CASE a.kind
    WHEN 'spike' THEN 'spike' || CASE WHEN a.term IS NULL THEN '.overall' ELSE '' END
    WHEN 'critical_mention' THEN CASE WHEN coalesce(a.current, 1) > 1 THEN 'critical_mentions' ELSE 'critical_mention' END
                                 || CASE WHEN a.term IS NULL THEN '.overall' ELSE '' END
    WHEN 'source_dark' THEN 'source_dark' END"""


@migrations()
def m070_sentences_as_data(db: Database) -> None:
    # The sentences the console writes itself become a key and its values, worded when shown (in
    # the reader's language); the English text stays stored for scripts and old readers. Rows from
    # before are filled where their values can be read back; the others keep showing their text.
    db.execute("ALTER TABLE incident_events ADD COLUMN sentence TEXT")  # NULL: the text is a person's, or old
    db.execute("ALTER TABLE incident_events ADD COLUMN params TEXT")    # JSON object of the sentence's values
    db.execute("ALTER TABLE incidents ADD COLUMN title_sentence TEXT")  # NULL: a title a person typed
    db.execute("ALTER TABLE incidents ADD COLUMN title_params TEXT")
    db.execute("DROP TRIGGER incident_events_never_updated")  # this one back-fill only; the trigger returns below
    db.execute(f"""
        UPDATE incident_events AS e SET sentence = {_ALERT_SENTENCE},
            params = json_object('alert_id', a.id, 'term', a.term, 'current', a.current, 'baseline', a.baseline,
                                 'minutes', max(1, coalesce(a.window_s, 0) / 60),
                                 'source', json_extract(a.details, '$.source'), 'source_id', a.source_id)
        FROM alerts a
        WHERE e.kind = 'detected' AND a.id = json_extract(e.details, '$.alert_id') AND ({_ALERT_SENTENCE}) IS NOT NULL""")
    db.execute("""UPDATE incident_events SET sentence = 'event.crisis_on',
                      params = json_object('surge_until', json_extract(details, '$.surge_until'))
                  WHERE kind = 'crisis_on'""")
    db.execute("UPDATE incident_events SET sentence = 'event.crisis_off', params = '{}' WHERE kind = 'crisis_off'")
    db.execute("UPDATE incident_events SET sentence = 'event.closed', params = '{}' WHERE kind = 'closed'")
    db.execute("""UPDATE incident_events SET sentence = 'event.mentions_added',
                      params = json_object('count', CAST(text AS INTEGER))
                  WHERE kind = 'mentions_added' AND text GLOB '[0-9]* added' AND text NOT LIKE '% from: %'""")
    db.execute("""
        CREATE TRIGGER incident_events_never_updated BEFORE UPDATE ON incident_events
        BEGIN SELECT RAISE(ABORT, 'the incident timeline cannot be edited'); END""")
    db.execute("""
        UPDATE incidents AS i SET title_sentence = 'title.' || a.kind || CASE WHEN a.term IS NULL THEN '.overall' ELSE '' END,
            title_params = json_object('term', a.term)
        FROM alerts a
        WHERE a.id = i.alert_id AND a.kind IN ('spike', 'critical_mention')
          AND i.title = CASE a.kind WHEN 'spike' THEN 'Spike: ' ELSE 'Critical mention: ' END || coalesce(a.term, 'all mentions')""")


@migrations()
def m080_workflow_incident_fields_replies_routing(db: Database) -> None:
    # An incident run like an incident tool: one person in charge, a severity tier (1 most severe),
    # a stage, what happened in a sentence and when the next public update is due.
    for column in ("lead TEXT", "tier INTEGER", "stage TEXT NOT NULL DEFAULT 'triage'", "summary TEXT",
                   "next_update TEXT"):
        db.execute(f"ALTER TABLE incidents ADD COLUMN {column}")
    db.execute("UPDATE incidents SET stage = 'closed' WHERE status = 'closed'")
    # The queue a mention was routed to by the workspace's rules (re-applied when the rules change).
    db.execute("ALTER TABLE mentions ADD COLUMN queue TEXT NOT NULL DEFAULT 'default'")
    db.execute("CREATE INDEX mentions_queue ON mentions (queue, sort_time DESC)")
    db.execute("""
        CREATE TABLE routing_rules (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            queue TEXT NOT NULL,
            min_level TEXT,
            categories TEXT NOT NULL DEFAULT '[]',   -- JSON list; empty: any category
            languages TEXT NOT NULL DEFAULT '[]'     -- JSON list; empty: any language
        )""")
    # Replies drafted from a template, approved by a validating role before they go out.
    db.execute("""
        CREATE TABLE replies (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            drafted_by TEXT NOT NULL,
            mention_id INTEGER REFERENCES mentions(id),
            incident_id INTEGER REFERENCES incidents(id),
            template_id TEXT NOT NULL,
            lang TEXT NOT NULL,
            channel TEXT,
            text TEXT NOT NULL,
            unfilled TEXT NOT NULL DEFAULT '[]',   -- JSON list of the placeholders nobody filled yet
            state TEXT NOT NULL CHECK (state IN ('awaiting', 'approved', 'returned', 'sent')),
            decided_by TEXT,
            decided_at TEXT,
            note TEXT NOT NULL DEFAULT '',
            sent_by TEXT,
            sent_at TEXT
        )""")
    db.execute("CREATE INDEX replies_state ON replies (state, id)")
    # The wall's default order pages by keyset over (attention, time, id): an index on that very expression.
    from console.store.attention import attention_key

    db.execute(f"CREATE INDEX mentions_attention ON mentions ({attention_key('')} DESC, sort_time DESC, id DESC)")


@migrations()
def m090_team_mention_version(db: Database) -> None:
    # Each operator change raises a mention's version and says who made it and when, so that a
    # change based on a stale view is refused ("changed by NAME at TIME"), never silently lost,
    # and a desk following the workspace sees who changed what.
    db.execute("ALTER TABLE mentions ADD COLUMN version INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE mentions ADD COLUMN changed_by TEXT")
    db.execute("ALTER TABLE mentions ADD COLUMN changed_at TEXT")


@migrations()
def m100_cjk_flag(db: Database) -> None:
    # The trigram index's trigger asked every new mention whether it holds CJK text, with a GLOB
    # over its title, text and author: 59 us a mention, a third of the poller's insert. The
    # poller says so itself in `cjk` (1 or 0, worked out where it builds the row); the GLOB runs
    # only for a row inserted without it (NULL), as every row was before.
    db.execute("ALTER TABLE mentions ADD COLUMN cjk INTEGER")
    db.execute("DROP TRIGGER mentions_cjk_ai")
    db.execute(f"""
        CREATE TRIGGER mentions_cjk_ai AFTER INSERT ON mentions
        WHEN CASE WHEN new.cjk IS NULL THEN {has_cjk_sql('new')} ELSE new.cjk END BEGIN
            INSERT INTO mentions_cjk (rowid, title, text, author) VALUES (new.id, new.title, new.text, new.author);
        END""")
