"""The language model kept in the user's cache folder: it decides exactly as py3langid's own
narrowed model does, is made again when damaged, and a cache that cannot be written costs only
time."""

from pathlib import Path

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from console.ingest import language

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "language" / "samples.tsv"
TEXTS = [line.split("\t", 1)[1] for line in SAMPLES.read_text(encoding="utf-8").splitlines()
         if line and not line.startswith("#")]


@pytest.fixture(scope="module")
def reference():
    """py3langid's own way: the shipped model, narrowed by set_languages, in float32."""
    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(language.LANGUAGES)
    ident.nb_ptc = np.ascontiguousarray(ident.nb_ptc, dtype=np.float32)
    return [ident.classify(t) for t in TEXTS]


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    language._identifier.cache_clear()
    yield tmp_path / "cache"
    language._identifier.cache_clear()


def _decisions():
    language._identifier.cache_clear()
    ident = language._identifier()
    return [ident.classify(t) for t in TEXTS]


def test_the_cached_model_decides_as_the_shipped_one(cache_home, reference):
    assert len(TEXTS) > 80
    assert _decisions() == reference                    # made from the shipped file, and cached
    folder = language._model_cache_folder()
    assert folder.is_relative_to(cache_home) and sorted(p.stem for p in folder.iterdir()) == sorted(language.MODEL_ARRAYS)
    assert _decisions() == reference                    # read back from the cache
    assert isinstance(np.load(folder / "ptc.npy", mmap_mode="r"), np.memmap)


@pytest.mark.parametrize("damage", ["cut short", "empty", "another table"])
def test_a_damaged_cache_is_made_again(cache_home, reference, damage):
    _decisions()
    folder = language._model_cache_folder()
    ptc, row = folder / "ptc.npy", folder / "nextmove_row.npy"
    if damage == "cut short":
        ptc.write_bytes(ptc.read_bytes()[:1000])
    elif damage == "empty":
        ptc.write_bytes(b"")
    else:
        np.save(row, np.zeros(5, dtype=np.uint16))     # whole files that do not belong together
    assert _decisions() == reference
    assert np.load(ptc).shape[1] == len(np.load(folder / "classes.npy"))            # whole again
    assert len(np.load(row)) == len(np.load(folder / "out_feat.npy"))


def test_a_cache_of_another_version_is_removed_when_this_one_is_made(cache_home, reference):
    stale = language._model_cache_folder().with_name("langid-0123456789abcdef")
    stale.mkdir(parents=True)
    (stale / "ptc.npy").write_bytes(b"an older format")
    assert _decisions() == reference
    assert not stale.exists() and language._model_cache_folder().is_dir()


def test_a_cache_folder_that_cannot_be_made_costs_only_time(tmp_path, monkeypatch, reference):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    try:
        assert _decisions() == reference
    finally:
        language._identifier.cache_clear()
    assert blocker.read_text() == "a file where the cache folder would go"
