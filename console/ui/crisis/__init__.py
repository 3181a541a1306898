"""Crisis mode in the window: one action in, one action out, and the banner with its clocks."""
