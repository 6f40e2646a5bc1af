"""The feedback API, resource-shaped: collections ``/<things>/`` (GET list, POST add), items
``/<things>/{id}/`` (GET, PATCH, DELETE), actions as sub-resources (``/feedback-requests/{id}/send/``)."""

from django.urls import path

from apps.feedback.api import actions, checks, insights, public, replies, requests, templates, thanks, threads

app_name = "feedback-api"

urlpatterns = [
    path("feedback-threads/", threads.ThreadsApi.as_view(), name="thread-list"),
    path("feedback-threads/<int:pk>/", threads.ThreadApi.as_view(), name="thread-detail"),
    path("feedback-requests/", requests.RequestsApi.as_view(), name="request-list"),
    path("feedback-requests/<int:pk>/", requests.RequestApi.as_view(), name="request-detail"),
    path("feedback-requests/<int:pk>/send/", requests.RequestSendApi.as_view(), name="request-send"),
    path("feedback-requests/<int:pk>/follow-up/", requests.RequestFollowUpApi.as_view(), name="request-follow-up"),
    path(
        "feedback-requests/<int:pk>/revoke-link/", requests.RequestRevokeLinkApi.as_view(), name="request-revoke-link"
    ),
    path("feedback-replies/", replies.RepliesApi.as_view(), name="reply-list"),
    path("feedback-replies/<int:pk>/", replies.ReplyApi.as_view(), name="reply-detail"),
    path("feedback-items/", replies.ItemsApi.as_view(), name="item-list"),
    path("feedback-items/merge/", replies.ItemMergeApi.as_view(), name="item-merge"),
    path("feedback-items/<int:pk>/", replies.ItemApi.as_view(), name="item-detail"),
    path("feedback-items/<int:pk>/split/", replies.ItemSplitApi.as_view(), name="item-split"),
    path("thank-yous/", thanks.ThankYousApi.as_view(), name="thank-you-list"),
    path("thank-yous/<int:pk>/", thanks.ThankYouApi.as_view(), name="thank-you-detail"),
    path("thank-yous/<int:pk>/send/", thanks.ThankYouSendApi.as_view(), name="thank-you-send"),
    path("thank-yous/<int:pk>/skip/", thanks.ThankYouSkipApi.as_view(), name="thank-you-skip"),
    path("action-items/", actions.ActionItemsApi.as_view(), name="action-item-list"),
    path("action-items/<int:pk>/", actions.ActionItemApi.as_view(), name="action-item-detail"),
    path("action-items/<int:pk>/complete/", actions.ActionItemCompleteApi.as_view(), name="action-item-complete"),
    path("feedback-insights/", insights.InsightsApi.as_view(), name="insights"),
    path("message-templates/", templates.TemplatesApi.as_view(), name="template-list"),
    path("message-templates/<str:kind>/", templates.TemplateApi.as_view(), name="template-detail"),
    path("message-drafts/", templates.DraftsApi.as_view(), name="draft-create"),
    path("tone-check/", checks.ToneCheckApi.as_view(), name="tone-check"),
    path("redaction-check/", checks.RedactionCheckApi.as_view(), name="redaction-check"),
    path("replies/by-token/<str:token>/", public.ReplyByTokenApi.as_view(), name="reply-by-token"),
]
