"""``{% gratitude_ledger %}``: the dashboard's card of thank-yous owed and sent, to whom.

An inclusion tag so the candidates' dashboard needs no knowledge of the feedback app beyond one
line in its template. 1 query (``selectors.gratitude_ledger``)."""

from django import template

from apps.feedback.selectors import gratitude_ledger as ledger_for

register = template.Library()


@register.inclusion_tag("components/gratitude_ledger.html", takes_context=True)
def gratitude_ledger(context, limit: int = 5):
    user = context["request"].user
    ledger = ledger_for(user=user)
    return {"owed": ledger["owed"][:limit], "sent": ledger["sent"][:limit], "ledger": ledger}
