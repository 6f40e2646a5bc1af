"""Your message templates: request, follow-up and thank-you, with the placeholders explained;
reset one to Debrief's wording."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from apps.feedback import services
from apps.feedback.drafting import DEFAULTS, PLACEHOLDERS
from apps.feedback.forms import TemplateForm
from apps.feedback.models import TemplateKind
from apps.feedback.permissions import templates_visible_to
from apps.feedback.views.shell import add_service_errors, candidate_page


def _forms(user, bound: TemplateForm | None = None) -> list[dict]:
    own = {template.kind: template for template in templates_visible_to(user)}
    forms = []
    for kind, label in TemplateKind.choices:
        if bound is not None and bound.prefix == kind:
            form = bound
        else:
            subject, body = (own[kind].subject, own[kind].body) if kind in own else DEFAULTS[kind]
            form = TemplateForm(initial={"subject": subject, "body": body}, prefix=kind)
        forms.append({"kind": kind, "label": label, "form": form, "customised": kind in own})
    return forms


@candidate_page
@require_http_methods(["GET", "HEAD", "POST"])
def templates_page(request):
    status = 200
    bound = None
    if request.method == "POST":
        kind = request.POST.get("kind", "")
        if kind not in TemplateKind.values:
            messages.error(request, "There is no such template; nothing was changed.")
            return redirect("feedback:templates")
        bound = TemplateForm(request.POST, prefix=kind)
        if bound.is_valid():
            try:
                services.template_update(
                    owner=request.user,
                    kind=kind,
                    subject=bound.cleaned_data["subject"],
                    body=bound.cleaned_data["body"],
                )
            except ValidationError as error:
                add_service_errors(bound, error)
            else:
                messages.success(request, f"Your {TemplateKind(kind).label.lower()} template is saved.")
                return redirect("feedback:templates")
        status = 400
    context = {"templates": _forms(request.user, bound), "placeholders": PLACEHOLDERS}
    return render(request, "feedback/templates.html", context, status=status)


@candidate_page
@require_POST
def template_reset(request, kind):
    try:
        services.template_reset(owner=request.user, kind=kind)
    except ValidationError:
        messages.error(request, "There is no such template.")
    else:
        messages.success(request, f"Your {TemplateKind(kind).label.lower()} template is back to Debrief's wording.")
    return redirect("feedback:templates")
