"""Names the schema shares with the rest of the code: who owns which column of a mention, the
statuses and levels it can have, the CJK character ranges. Kept apart from the schema so the window can use
them without loading the migration machinery (sqlite-utils) at start-up."""

# Columns the feed owns: a re-fetch of a known entry may update these and nothing else.
FEED_COLUMNS = ("url", "title", "text", "author", "author_followers", "published", "lang", "rating", "links",
                "content_hash", "title_len", "text_len")
# Columns the operator owns: never written by ingestion after the first insert.
OPERATOR_COLUMNS = ("status", "assignee", "tags", "notes")
STATUSES = ("new", "acknowledged", "in_progress", "responded", "resolved", "ignored", "hidden")
LEVELS = ("critical", "high", "medium", "low")          # severity levels, most severe first

# Chinese, Japanese and Korean characters: kana, CJK ideographs (with extension A and the
# compatibility block) and Hangul syllables. The CJK index (schema m040) and the wall's search use them.
CJK_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
