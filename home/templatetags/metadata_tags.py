"""``{% page_metadata page as meta %}``: the metadata of templates/includes/meta.html (R42)."""

from django import template

from home import metadata

register = template.Library()


@register.simple_tag(takes_context=True)
def page_metadata(context, page=None):
    """Computed once per request; ``page`` may be anything (error pages pass none)."""
    return metadata.page_metadata(context["request"], page)
