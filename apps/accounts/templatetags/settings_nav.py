from django import template
from django.urls import reverse

from apps.accounts.settings_sections import sections_for

register = template.Library()


@register.inclusion_tag("accounts/settings/nav.html", takes_context=True)
def settings_nav(context, current: str):
    """The settings area's sub-navigation, for any page in it (also pages other apps render)."""
    user = context["request"].user
    return {
        "items": [
            {"label": s.label, "url": reverse(s.url_name), "current": s.slug == current} for s in sections_for(user)
        ]
    }
