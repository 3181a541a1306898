"""Apple App Store customer-review feeds in JSON: {"feed": {"entry": [...]}} where every value is
wrapped as {"label": ...}, the stars are "im:rating", the reviewer is author.name.label and the
review is content.label (its type "text" means plain text). The same feed in Atom goes through
the XML parsers, which read <im:rating> the same way.

Apple lists the app itself as an entry without a rating (it has im:name); that one is skipped.
A feed with a single review may give "entry" as an object rather than a list."""

from console.ingest.normalise import RawEntry


def label(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("label")
    return value if isinstance(value, str) else None


def _link(value: object) -> str | None:
    links = value if isinstance(value, list) else [value]
    hrefs = []
    for link in links:
        attrs = link.get("attributes") if isinstance(link, dict) else None
        if isinstance(attrs, dict) and isinstance(attrs.get("href"), str):
            if attrs.get("rel", "alternate") == "alternate":
                return attrs["href"]
            hrefs.append(attrs["href"])
    return hrefs[0] if hrefs else None


def _entry(entry: dict) -> RawEntry:
    content = entry.get("content")
    attrs = content.get("attributes") if isinstance(content, dict) else None
    kind = attrs.get("type") if isinstance(attrs, dict) else None
    author = entry.get("author")
    rating = entry.get("im:rating")
    return RawEntry(
        title=label(entry.get("title")) or "",
        title_html=False,
        text=label(content) or "",
        text_html=kind == "html",
        link=_link(entry.get("link")),
        guid=label(entry.get("id")),
        dates=(label(entry.get("updated")) or "",),
        author=label(author.get("name")) if isinstance(author, dict) else None,
        rating=rating.get("label") if isinstance(rating, dict) else rating,
    )


def parse_json(feed: dict) -> tuple[str, str, list[RawEntry], list[str]]:
    entries = feed.get("entry")
    if isinstance(entries, dict):
        entries = [entries]
    if not isinstance(entries, list):
        entries = []
    raws = []
    skipped = 0
    for entry in entries:
        if not isinstance(entry, dict):
            skipped += 1
        elif "im:rating" in entry or "im:name" not in entry:
            raws.append(_entry(entry))
    warnings = [f"bad_items: {skipped} review entries are not JSON objects (skipped)"] if skipped else []
    return "appstore-json", label(feed.get("title")) or "", raws, warnings
