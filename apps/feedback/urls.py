"""The candidate's feedback pages, under /dashboard/feedback/. (The hiring manager's public reply
page lives at its own address, outside the dashboard.)"""

from django.urls import path

from apps.feedback.views import insights, items, plan, requests, templates, thanks, threads

app_name = "feedback"

urlpatterns = [
    path("", threads.thread_list, name="thread-list"),
    path("threads/<int:pk>/", threads.thread_detail, name="thread-detail"),
    path("ask/", requests.request_create, name="request-create"),
    path("tone-check/", requests.tone_check, name="tone-check"),
    path("requests/<int:pk>/", requests.request_detail, name="request-detail"),
    path("requests/<int:pk>/mark-sent/", requests.request_mark_sent, name="request-mark-sent"),
    path("requests/<int:pk>/follow-up/", requests.request_follow_up, name="request-follow-up"),
    path("requests/<int:pk>/revoke-link/", requests.request_revoke_link, name="request-revoke-link"),
    path("requests/<int:pk>/answer/", requests.request_reply, name="request-reply"),
    path("items/<int:pk>/", items.item_edit, name="item-edit"),
    path("items/<int:pk>/split/", items.item_split, name="item-split"),
    path("replies/<int:pk>/merge/", items.reply_items_merge, name="reply-merge"),
    path("thanks/<int:pk>/", thanks.thank_you_compose, name="thank-you-compose"),
    path("thanks/<int:pk>/skip/", thanks.thank_you_skip, name="thank-you-skip"),
    path("plan/", plan.plan, name="plan"),
    path("plan/new/", plan.action_create, name="action-create"),
    path("plan/<int:pk>/", plan.action_edit, name="action-edit"),
    path("plan/<int:pk>/done/", plan.action_complete, name="action-complete"),
    path("insights/", insights.insights, name="insights"),
    path("templates/", templates.templates_page, name="templates"),
    path("templates/<str:kind>/reset/", templates.template_reset, name="template-reset"),
]
