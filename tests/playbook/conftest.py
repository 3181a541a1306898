"""A fresh playbook per test: a real playbook.db in a temporary workspace folder, seeded from the
shipped defaults (so every test also covers loading them)."""

import pytest

from console.playbook.store import PlaybookStore


@pytest.fixture
def store(tmp_path):
    s = PlaybookStore.open(tmp_path / "ws")
    yield s
    s.close()
