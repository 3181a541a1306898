"""Watch terms in the window: what to listen for, with a live preview of the stored mentions a
query matches, and a preview of how severity levels would change with other thresholds."""
