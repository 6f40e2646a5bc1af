"""The one e-mail helper. Each e-mail is a triad of templates:

templates/emails/<name>-subject.txt   one line
templates/emails/<name>-body.txt      plain text
templates/emails/<name>-body.html     HTML (extends emails/base.html)
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import Context
from django.template.loader import get_template, render_to_string


def _render_plain(template_name: str, context: dict) -> str:
    """Subject and text body are not HTML: render them without HTML-escaping ("O'Brien & Co",
    not "O&#x27;Brien &amp; Co")."""
    return get_template(template_name).template.render(Context(context, autoescape=False))


def email_render(
    *,
    name: str,
    to: list[str],
    context: dict,
    headers: dict | None = None,
    reply_to: list[str] | None = None,
    from_email: str | None = None,
) -> EmailMultiAlternatives:
    """Build the message without sending it (the outbox renders first, sends later)."""
    ctx = {"site_url": settings.SITE_URL, **context}
    subject = " ".join(_render_plain(f"emails/{name}-subject.txt", ctx).split())
    text = _render_plain(f"emails/{name}-body.txt", ctx)
    html = render_to_string(f"emails/{name}-body.html", ctx)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=to,
        headers=headers or {},
        reply_to=reply_to,
    )
    message.attach_alternative(html, "text/html")
    return message


def email_send(**kwargs) -> None:
    """Render and send now. Call it after commit, never inside a transaction."""
    email_render(**kwargs).send(fail_silently=False)
