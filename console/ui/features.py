"""The parts of the window that live in their own modules (alerts, crisis mode, incidents, sources,
watch terms, charts, authors, first run, the language menu), built in one place with what each needs.

`build(window)` runs once the window's frame exists and before it loads anything, so a feature
can add menu items, toolbar actions, docks, banners and views. Each feature gets the window as its
frame, and every other collaborator (the crisis controller, the alert center, the docked playbook,
another feature) as an argument: no feature finds another by name. What a feature may use of the
frame (console.ui.main_window):

- `workspace`, `tasks` (background lanes: run queries on "read"/"count", writes on "write",
  files on "io"; never block the GUI thread), `store` (the read connections), `write_db()` (the
  write connection; call it on the "write" lane only), `playbook` (console.ui.docked_playbook);
- `store_changed` (a signal: something was written to the workspace, by anyone);
  `reply_recorded` (a signal: a template's reply was recorded as sent, with its target type
  "mention" or "incident", the target's id, the channel and the text); `contacts_changed` (a
  signal: the crisis team was edited in the Contacts panel);
- `wall` (`wall.set_filter(WallFilter(...))` switches the wall, e.g. to an incident's terms;
  `wall.current_changed`), `menus["file"|"edit"|"view"|"mentions"|"feeds"|"crisis"|"help"]`,
  `toolbar`, `docks[name]` with `set_dock_widget(name, widget)`, `add_dock(name, title, widget, area)`,
  `add_banner(widget)`, `add_view(name, show)` (for `screenshot --view NAME`),
  `status_message(text)`, `act_demo` (File ▸ Open demo workspace).
"""

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from console.ui.alerts.feature import AlertCenter
    from console.ui.authors.panel import AuthorsPanel
    from console.ui.charts.panel import ChartsPanel
    from console.ui.crisis.feature import CrisisMode
    from console.ui.firstrun import Welcome
    from console.ui.incidents.panel import IncidentsPanel
    from console.ui.sources.feature import SourcesFeature
    from console.ui.watch.feature import WatchFeature

log = logging.getLogger(__name__)


@dataclass
class Features:
    """What `build` made; a feature that failed is None and named in `failed`."""

    alerts: "AlertCenter | None" = None
    crisis: "CrisisMode | None" = None
    incidents: "IncidentsPanel | None" = None
    sources: "SourcesFeature | None" = None
    watch: "WatchFeature | None" = None
    charts: "ChartsPanel | None" = None
    authors: "AuthorsPanel | None" = None
    welcome: "Welcome | None" = None
    failed: list[str] = field(default_factory=list)


def build(window) -> Features:
    """Build every feature; one that fails is reported and left out (those that need it get None),
    and the window still opens: on the worst day the wall and the playbook matter more than any extra.
    Modules are imported here, not at start-up, so a window that defers its features paints sooner."""
    made = Features()

    def attempt(name: str, make):
        try:
            return make()
        except Exception:
            log.exception("feature %s failed to attach", name)
            made.failed.append(name)
            return None

    def alerts():
        from console.ui.alerts.feature import AlertCenter

        return AlertCenter(window)

    def crisis():
        from console.ui.crisis.feature import CrisisMode

        return CrisisMode(window, window.playbook, made.alerts)

    def incidents():
        from console.ui.incidents.feature import attach

        return attach(window, window.playbook, made.crisis.controller if made.crisis else None)

    def sources():
        from console.ui.sources.feature import SourcesFeature

        return SourcesFeature(window)

    def watch():
        from console.ui.watch.feature import WatchFeature

        return WatchFeature(window)

    def charts():
        from console.ui.charts.feature import attach

        return attach(window)

    def authors():
        from console.ui.authors.feature import attach

        return attach(window)

    def welcome():
        from console.ui.firstrun import attach

        return attach(window, watch=made.watch, sources=made.sources)

    def language_menu():
        from console.ui.language_menu import attach

        attach(window)

    made.alerts = attempt("alerts", alerts)
    made.crisis = attempt("crisis", crisis)
    made.incidents = attempt("incidents", incidents)
    made.sources = attempt("sources", sources)
    made.watch = attempt("watch", watch)
    made.charts = attempt("charts", charts)
    made.authors = attempt("authors", authors)
    made.welcome = attempt("first run", welcome)
    attempt("language menu", language_menu)
    return made
