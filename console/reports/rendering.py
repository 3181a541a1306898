"""The printable documents are HTML made from Jinja2 templates (resources/reports/templates/) with
autoescaping on: every value from a feed or a person is escaped unless a template marks it as
markup, so a forgotten escape cannot happen. A missing value is an error, not an empty cell."""

from functools import cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from console.resources import resource


def lines(text) -> Markup:
    """Text with its line breaks kept, for a table cell: escaped, each newline a <br>."""
    return escape(text if text is not None else "").replace("\n", Markup("<br>"))


@cache
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(resource("reports", "templates")), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      finalize=lambda value: "" if value is None else value)
    env.filters["lines"] = lines
    return env


def render(template: str, **values) -> str:
    return environment().get_template(template).render(**values)
