"""The action plan: improvement steps made from feedback (title, topic, due date, status,
progress notes), due soon first; add, edit, complete."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from apps.feedback import selectors, services
from apps.feedback.forms import ActionItemForm
from apps.feedback.models import ActionStatus
from apps.feedback.permissions import action_item_get_for_user
from apps.feedback.views.shell import add_service_errors, candidate_page


@candidate_page
@require_safe
def plan(request):
    """Open steps (due soonest first, undated last), then done ones. A fixed 5 queries."""
    steps = list(selectors.action_items_for(user=request.user))
    today = timezone.localdate()
    open_steps = sorted(
        (s for s in steps if s.status == ActionStatus.OPEN),
        key=lambda s: (s.due_on is None, s.due_on or today, s.pk),
    )
    done = sorted(
        (s for s in steps if s.status != ActionStatus.OPEN), key=lambda s: s.completed_at or s.updated_at, reverse=True
    )
    return render(request, "feedback/plan.html", {"open_steps": open_steps, "done_steps": done, "today": today})


@candidate_page
@require_http_methods(["GET", "HEAD", "POST"])
def action_create(request):
    """A new step; ``?item=<id>`` (repeatable) starts it from feedback points."""
    item_ids = [value for value in request.GET.getlist("item") + request.POST.getlist("item") if value.isdigit()]
    items = list(selectors.items_for(user=request.user).filter(pk__in=[int(i) for i in item_ids[:20]]))
    status = 200
    if request.method == "POST":
        form = ActionItemForm(request.POST)
        if form.is_valid():
            try:
                services.action_item_create(
                    owner=request.user,
                    title=form.cleaned_data["title"],
                    topic=form.cleaned_data["topic"],
                    due_on=form.cleaned_data["due_on"],
                    notes=form.cleaned_data["notes"],
                    item_ids=[item.pk for item in items],
                )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, "Added to your plan. Small steps count.")
                return redirect("feedback:plan")
        status = 400
    else:
        first = items[0] if items else None
        form = ActionItemForm(initial={"topic": first.topic if first else "other"})
    return render(request, "feedback/action_form.html", {"form": form, "items": items, "step": None}, status=status)


@candidate_page
@require_http_methods(["GET", "HEAD", "POST"])
def action_edit(request, pk):
    step = action_item_get_for_user(request.user, pk, for_change=request.method == "POST")
    status = 200
    if request.method == "POST":
        form = ActionItemForm(request.POST, instance=None)
        if form.is_valid():
            try:
                services.action_item_update(
                    action_item=step,
                    title=form.cleaned_data["title"],
                    topic=form.cleaned_data["topic"],
                    due_on=form.cleaned_data["due_on"],
                    notes=form.cleaned_data["notes"],
                )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, "Saved.")
                return redirect("feedback:plan")
        status = 400
    else:
        form = ActionItemForm(
            initial={"title": step.title, "topic": step.topic, "due_on": step.due_on, "notes": step.notes}
        )
    return render(
        request,
        "feedback/action_form.html",
        {"form": form, "items": list(step.items.all()), "step": step},
        status=status,
    )


@candidate_page
@require_POST
def action_complete(request, pk):
    step = action_item_get_for_user(request.user, pk, for_change=True)
    if request.POST.get("status") == ActionStatus.OPEN:
        services.action_item_update(action_item=step, status=ActionStatus.OPEN)
        messages.info(request, f"“{step.title}” is open again.")
    else:
        services.action_item_complete(action_item=step)
        messages.success(request, f"Done: “{step.title}”. That's progress.")
    return redirect("feedback:plan")
