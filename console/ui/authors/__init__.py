"""authors in the window."""
