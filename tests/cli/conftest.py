"""A fresh playbook per test, as the playbook tests have it."""

import pytest

from console.playbook.store import PlaybookStore


@pytest.fixture
def store(tmp_path):
    s = PlaybookStore.open(tmp_path / "pb")
    yield s
    s.close()
