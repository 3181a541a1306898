"""The incidents dock: incidents with their timeline, clocks, mentions and actions."""
