from django import template

from ..charts import format_number

register = template.Library()


@register.filter
def cell(value):
    """A table cell as a reader expects it: numbers in Vietnamese notation (1.250,5), text as is."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    return format_number(value)


@register.filter
def svg_number(value):
    """A coordinate for SVG: a dot decimal whatever the active language's number format."""
    return f"{value:.1f}"
