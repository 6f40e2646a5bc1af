"""The recruiter side's API, resource-shaped: collections (GET list, POST add), items (GET, PATCH,
DELETE) and actions as sub-resources."""

from django.urls import path

from apps.recruiters.api import activity, agency, candidates, queue, relays, representations

app_name = "recruiters-api"

urlpatterns = [
    path("agency/", agency.AgencyApi.as_view(), name="agency"),
    path("agency/members/", agency.MembersApi.as_view(), name="member-list"),
    path("agency/members/<int:pk>/", agency.MemberApi.as_view(), name="member-detail"),
    path("agency/invitations/", agency.InvitationsApi.as_view(), name="invitation-list"),
    path("agency/invitations/accept/", agency.InvitationAcceptApi.as_view(), name="invitation-accept"),
    path("agency/invitations/<int:pk>/", agency.InvitationApi.as_view(), name="invitation-detail"),
    path("representations/", representations.RepresentationsApi.as_view(), name="representation-list"),
    path("representations/redeem/", representations.RepresentationRedeemApi.as_view(), name="representation-redeem"),
    path("representations/<int:pk>/", representations.RepresentationApi.as_view(), name="representation-detail"),
    path(
        "representations/<int:pk>/accept/",
        representations.RepresentationAcceptApi.as_view(),
        name="representation-accept",
    ),
    path(
        "representations/<int:pk>/decline/",
        representations.RepresentationDeclineApi.as_view(),
        name="representation-decline",
    ),
    path("representations/<int:pk>/end/", representations.RepresentationEndApi.as_view(), name="representation-end"),
    path("representations/<int:pk>/shares/", representations.SharesApi.as_view(), name="representation-shares"),
    path(
        "representations/<int:pk>/shares/<int:application_id>/",
        representations.ShareApi.as_view(),
        name="representation-share",
    ),
    path("representations/<int:pk>/asks/", representations.AsksApi.as_view(), name="representation-asks"),
    path("represented-candidates/", candidates.CandidatesApi.as_view(), name="candidate-list"),
    path("represented-candidates/<int:pk>/", candidates.CandidateApi.as_view(), name="candidate-detail"),
    path("shared-applications/<int:pk>/", candidates.SharedApplicationApi.as_view(), name="application-detail"),
    path("shared-threads/<int:pk>/", candidates.SharedThreadApi.as_view(), name="thread-detail"),
    path("relays/", relays.RelaysApi.as_view(), name="relay-list"),
    path("relays/<int:pk>/", relays.RelayApi.as_view(), name="relay-detail"),
    path("relays/<int:pk>/check/", relays.RelayCheckApi.as_view(), name="relay-check"),
    path("relays/<int:pk>/preview/", relays.RelayPreviewApi.as_view(), name="relay-preview"),
    path("relays/<int:pk>/publish/", relays.RelayPublishApi.as_view(), name="relay-publish"),
    path("work-queue/", queue.WorkQueueApi.as_view(), name="work-queue"),
    path("me/activity/", activity.MyActivityApi.as_view(), name="me-activity"),
]
