"""Where parts of the window that live in their own modules plug in (alerts, crisis mode,
incidents, sources, watch terms, charts, first run ...).

Each entry of FEATURES names a module with `attach(window)`. The window calls them in order
once its frame exists and before it loads anything, so a feature can add menu items, toolbar
actions, docks, banners and views. What a feature may use on `window` (console.ui.main_window):

- `workspace`, `tasks` (background lanes: run queries on "read"/"count", writes on "write",
  files on "io"; never block the GUI thread), `write_db()` (the write connection; call it on
  the "write" lane only);
- `store_changed` (a signal: something was written to the workspace, by anyone);
  `reply_recorded` (a signal: a template's reply was recorded as sent, with its target type
  "mention" or "incident", the target's id, the channel and the text); `contacts_changed` (a
  signal: the crisis team was edited in the Contacts panel);
- `wall` (`wall.set_filter(WallFilter(...))` switches the wall, e.g. to an incident's terms;
  `wall.current_changed`), `menus["file"|"edit"|"view"|"mentions"|"feeds"|"crisis"|"help"]`,
  `toolbar`, `docks[name]` with `set_dock_widget(name, widget)`, `add_dock(name, title, widget, area)`,
  `add_banner(widget)`, `add_view(name, show)` (for `screenshot --view NAME`),
  `status_message(text)`, `poller` (console.ui.poller_client.PollerClient).
"""

import importlib
import logging

log = logging.getLogger(__name__)

FEATURES: list[str] = [
    "console.ui.crisis.feature",       # before alerts: its banner sits above theirs
    "console.ui.alerts.feature",
    "console.ui.incidents.feature",
    "console.ui.sources.feature",
    "console.ui.watch.feature",
    "console.ui.charts.feature",
    "console.ui.firstrun",
    "console.ui.language_menu",
]


def attach_all(window, names=None) -> list[str]:
    """Attach every feature; one that fails is reported and left out, and the window still
    opens (on the worst day the wall and the playbook matter more than any extra)."""
    failed = []
    for name in FEATURES if names is None else names:
        try:
            importlib.import_module(name).attach(window)
        except Exception:
            log.exception("feature %s failed to attach", name)
            failed.append(name)
    return failed
