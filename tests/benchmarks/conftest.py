"""Every benchmark's figures start on a line of their own: pytest -q prints a test's progress dot
without a newline, and a `BENCH name value unit` line must begin the line to be read."""

import pytest


@pytest.fixture(autouse=True)
def figures_on_their_own_lines():
    print()
    yield
