"""What makes two mentions the same author: the same source and the same handle, compared
without case, surrounding spaces or a leading @ ("@Grumpy_Gus" and "grumpy_gus" are one person)."""

NAME_CAP = 200     # a handle longer than this is cut: some feeds put a whole byline in the author


def handle_key(name: str | None) -> str | None:
    """The key of an author's handle, or None when the mention names nobody."""
    if not name:
        return None
    key = " ".join(name.split()).lstrip("@").strip().casefold()[:NAME_CAP].rstrip()
    return key or None


def shown_name(name: str) -> str:
    return " ".join(name.split())[:NAME_CAP]
