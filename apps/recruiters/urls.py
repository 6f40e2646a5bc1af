"""The recruiter portal, mounted at /portal/."""

from django.urls import path

from apps.recruiters.views import candidates, queue, relays, team

app_name = "recruiters"

urlpatterns = [
    path("", queue.home, name="home"),
    path("agency/", team.agency_create, name="agency-create"),
    path("candidates/", candidates.candidate_list, name="candidate-list"),
    path("candidates/invite/", candidates.candidate_invite, name="candidate-invite"),
    path("candidates/<int:pk>/", candidates.candidate_detail, name="candidate-detail"),
    path("threads/<int:pk>/relay/", relays.relay_create, name="relay-create"),
    path("threads/<int:pk>/relay/check/", relays.relay_check, name="relay-check"),
    path("relays/<int:pk>/", relays.relay_edit, name="relay-edit"),
    path("relays/<int:pk>/publish/", relays.relay_publish, name="relay-publish"),
    path("team/", team.team, name="team"),
    path("team/invite/", team.team_invite, name="team-invite"),
    path("team/members/<int:pk>/remove/", team.member_remove, name="member-remove"),
    path("team/invitations/<int:pk>/revoke/", team.invitation_revoke, name="invitation-revoke"),
    path("join/<str:token>/", team.agency_join, name="agency-join"),
]
