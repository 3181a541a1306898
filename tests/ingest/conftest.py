"""A misbehaving loopback HTTP server (helpers/faultserver.py) per test that wants one."""

import pytest
from helpers.faultserver import FaultServer


@pytest.fixture
def server():
    s = FaultServer()
    yield s
    s.close()
