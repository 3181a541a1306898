"""JSON text built directly is the text json.dumps makes (what the readers of the store parse)."""

import json

from hypothesis import given
from hypothesis import strategies as st

from console.store.jsontext import strings_json


@given(st.lists(st.text()))
def test_a_list_of_strings_is_what_json_dumps_writes(items):
    assert strings_json(items) == json.dumps(items, ensure_ascii=False)
    assert json.loads(strings_json(items)) == items
