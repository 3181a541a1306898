"""JSON text built directly where it is made for every stored mention: the same text as
`json.dumps(..., ensure_ascii=False)`, without building an encoder per call (json.dumps makes a
new one whenever it is given an option, which costs more than the encoding)."""

import json

quote = json.encoder.encode_basestring  # C: a str as a JSON string literal, non-ASCII kept


def strings_json(items: list[str]) -> str:
    """A list of strings as JSON text."""
    return "[" + ", ".join(map(quote, items)) + "]"
