"""Feedback items on a thread: retag and reword inline (htmx swaps the item in place; without
JavaScript it is a small page), split one in two, merge several into one."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from apps.feedback import services
from apps.feedback.forms import ItemForm, ItemMergeForm, ItemSplitForm
from apps.feedback.permissions import item_get_for_user, reply_get_for_user
from apps.feedback.views.shell import add_service_errors, candidate_page, is_htmx


def _thread_url(item) -> str:
    return reverse("feedback:thread-detail", args=[item.reply.thread_id]) + f"#item-{item.pk}"


@candidate_page
@require_http_methods(["GET", "HEAD", "POST"])
def item_edit(request, pk):
    item = item_get_for_user(request.user, pk, for_change=request.method == "POST")
    status = 200
    if request.method == "POST":
        form = ItemForm(request.POST)
        if form.is_valid():
            try:
                item, _ = services.item_update(item=item, **form.cleaned_data)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                if is_htmx(request):
                    return render(request, "feedback/thread_detail.html#item", {"item": item})
                messages.success(request, "Saved.")
                return redirect(_thread_url(item))
        status = 200 if is_htmx(request) else 400  # htmx swaps only 2xx: the form comes back with its messages
    else:
        form = ItemForm(initial={"topic": item.topic, "polarity": item.polarity, "text": item.text})
    template = "feedback/item_edit.html#item-form" if is_htmx(request) else "feedback/item_edit.html"
    split = ItemSplitForm(initial={"at": max(len(item.text) // 2, 1)})
    return render(request, template, {"item": item, "form": form, "split": split}, status=status)


@candidate_page
@require_POST
def item_split(request, pk):
    item = item_get_for_user(request.user, pk, for_change=True)
    split = ItemSplitForm(request.POST)
    if split.is_valid():
        try:
            services.item_split(item=item, at=split.cleaned_data["at"])
        except ValidationError as error:
            add_service_errors(split, error)
        else:
            messages.success(request, "Split in two. Tag each part as it deserves.")
            return redirect(_thread_url(item))
    form = ItemForm(initial={"topic": item.topic, "polarity": item.polarity, "text": item.text})
    return render(request, "feedback/item_edit.html", {"item": item, "form": form, "split": split}, status=400)


@candidate_page
@require_POST
def reply_items_merge(request, pk):
    """Merge the chosen points of one answer into one."""
    reply = reply_get_for_user(request.user, pk, for_change=True)
    items = list(reply.items.all())
    form = ItemMergeForm(request.POST, items=items)
    url = reverse("feedback:thread-detail", args=[reply.thread_id]) + f"#reply-{reply.pk}"
    if form.is_valid():
        try:
            services.item_merge(owner=request.user, item_ids=[int(pk) for pk in form.cleaned_data["items"]])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "Merged into one point.")
    else:
        messages.error(request, " ".join(form.errors.get("items", ["Choose at least two points to merge."])))
    return redirect(url)
