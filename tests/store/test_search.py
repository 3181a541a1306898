"""The one search parser, shared by the wall and `mentions --search`: whatever a person types is a
search or one clear UsageError, never an SQLite error, on a real workspace."""

import pytest
from helpers import wall_samples
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from console.errors import UsageError
from console.store import mentions, search
from console.store.vocabulary import STATUSES
from console.store.wall import Sort, WallStore
from console.store.wall_filter import WallFilter

# What people paste or mistype, FTS5's own syntax among it.
HOSTILE = ['"', '""', '"""', "'", "*", "**", "-", "--", "^", "(", ")", "()", "NEAR(", "NEAR(a b", "a:b", "col:",
           "{a b}:c", "AND", "OR", "NOT", "a AND", "OR OR", "NOT NOT", "a NOT", "+", "\\", 'a"b', '水壺"', "「", "%",
           "_", "[", "]", "a" * 5000, "\u202e", "\u200b", "Acme*", '"Acme', 'refund* "', "a OR (b", "-Acme", "Acme -",
           "xxx\x01", "\x00", "Acme\x00kettle", "\udcff", "'; DROP TABLE mentions; --"]
# Text drawn from FTS5's operators and quotes as often as from anywhere in Unicode (lone surrogates
# included: bytes that are not UTF-8 reach the command line as those).
PIECES = st.sampled_from(list('"*()-^:+{}., \'\\') + ["NEAR", " AND ", " OR ", "NOT ", "Acme", "水壺", "客"])
TYPED = st.lists(PIECES | st.characters(exclude_categories=()), max_size=30).map("".join)


@pytest.fixture(scope="module")
def stocked(tmp_path_factory):
    from console.workspace import Workspace

    ws = Workspace(tmp_path_factory.mktemp("search") / "ws")
    wall_samples.realistic(ws.db, 80)
    store = WallStore(ws.db_path, page=20)
    yield ws, store
    store.close()
    ws.close()


def run_core_search(db, text):
    """The command line's search: a list of mentions, or UsageError."""
    try:
        return mentions.query(db, search=text, limit=20)
    except UsageError as e:
        assert str(e) and "\n" not in str(e)
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TYPED)
@example(text="Acme")
def test_any_text_is_a_search_or_a_usage_error(stocked, text):
    ws, store = stocked
    found = run_core_search(ws.db, text)
    assert found is None or isinstance(found, list)
    try:
        parsed = search.parse(text)
    except UsageError:
        assert found is None          # refused by both doors alike
        return
    assert (found is not None) == bool(parsed) or not text
    page = store.page(WallFilter(search=text), Sort())         # the wall: a page, whatever was typed
    assert len(page.rows) <= store.page_size


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_a_search_or_a_usage_error(stocked, text):
    ws, store = stocked
    run_core_search(ws.db, text)
    if text != "\udcff":
        store.page(WallFilter(search=text), Sort())


def test_the_command_line_reads_a_search_as_the_wall_does(stocked):
    ws, store = stocked
    for text in ("Acme", "kettle exploded", '"never answered"', "refun*", "水壺用了", "客服", "Acme 客服"):
        listed = {m["id"] for m in mentions.query(ws.db, search=text, limit=10_000)}
        flt = WallFilter(search=text, statuses=frozenset(STATUSES))
        shown = []
        after = None
        while True:
            page = store.page(flt, Sort(), after)
            shown += [r.id for r in page.rows]
            if page.complete:
                break
            after = page.rows[-1].key
        assert listed and listed == set(shown), text


def test_text_without_a_word_says_so():
    with pytest.raises(UsageError, match="nothing to search for in '\\*\\*'"):
        search.required("**")
    with pytest.raises(UsageError, match="not valid text"):
        search.parse("kettle \udcff")
    assert search.required("Acme*").prefix


def test_hostile_searches_on_the_command_line_are_one_line_and_exit_2_or_a_listing(cli_in_process, workspace,
                                                                                       capsys):
    wall_samples.realistic(workspace.db, 30)
    for text in HOSTILE:
        try:
            r = cli_in_process("mentions", "--json", "--search", text, check=False)
            code, out, err = r.returncode, r.stdout, r.stderr
        except SystemExit as e:           # the option parser's own refusal (`--search -Acme`)
            code, (out, err) = e.code, capsys.readouterr()
        assert code in (0, 2), (text, err)
        if code == 2:
            assert len(err.strip().splitlines()) == 1 and err.startswith("crisis-console"), (text, err)
        else:
            assert out.startswith("["), text


@pytest.mark.slow
def test_a_quote_on_the_real_command_line_is_no_traceback(cli):
    cli("feeds", "list")                       # creates the workspace
    for text in ('"', "NEAR(", "OR OR", "-Acme", "--"):
        r = cli("mentions", "--search", text, check=False)
        assert "Traceback" not in r.stderr and r.returncode in (0, 2), (text, r.stderr)
    r = cli("mentions", "--search", '""', check=False)
    assert r.returncode == 2 and r.stderr.strip().splitlines() == [
        "crisis-console: nothing to search for in '\"\"': give words, a \"quoted phrase\" or a prefix*"]
    assert cli("mentions", "--json", "--search", "Acme").stdout.strip() == "[]"
