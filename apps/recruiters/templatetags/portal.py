"""How the portal and the candidate's recruiter pages say when something happened."""

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.timesince import timesince

register = template.Library()


@register.filter
def ago(value) -> str:
    """ "just now", "5 minutes ago", "2 days ago" (the exact time on hover is the template's)."""
    if not value:
        return ""
    words = timesince(value)
    return "just now" if words.startswith("0\xa0minutes") or words.startswith("0 minutes") else f"{words} ago"


@register.filter
def when(value):
    """A <time> with the relative words and the exact time on hover."""
    if not value:
        return ""
    local = timezone.localtime(value)
    return format_html(
        '<time datetime="{}" title="{}">{}</time>', local.isoformat(), f"{local:%-d %b %Y, %H:%M}", ago(value)
    )
