"""``/agency/`` (your agency), ``/agency/members/`` (the team and its workload; an admin removes a
member), ``/agency/invitations/`` (an admin invites by e-mail and revokes) and
``/agency/invitations/accept/`` (a recruiter joins with the e-mailed token)."""

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.permissions import IsRecruiter
from apps.core.api.schema import errors
from apps.core.api.scoping import ScopedApi, ScopedListApi
from apps.core.permissions import get_for_user
from apps.recruiters import selectors, services
from apps.recruiters.api import serializers as out
from apps.recruiters.permissions import (
    agencies_visible_to,
    agency_invitations_visible_to,
    can_manage_agency,
    can_remove_member,
    can_revoke_agency_invitation,
    is_agency_admin,
    members_visible_to,
)


def _agency_out(agency, user) -> dict:
    agency.is_admin = is_agency_admin(user, agency)
    return out.AgencyOutputSerializer(agency).data


class AgencyApi(ScopedApi):
    """Your agency (every recruiter belongs to one). Admins rename it."""

    permission_classes = (IsRecruiter,)
    scope = agencies_visible_to
    can_change = can_manage_agency

    class UpdateInput(serializers.Serializer):
        name = serializers.CharField(max_length=150)

    def _agency(self, *, for_change=False):
        agency = agencies_visible_to(self.request.user).first()
        return get_for_user(
            agencies_visible_to(self.request.user),
            agency.pk if agency else None,
            user=self.request.user,
            can_change=can_manage_agency if for_change else None,
            message="Only your agency's admins can change it.",
        )

    @extend_schema(operation_id="agency_retrieve", responses={200: out.AgencyOutputSerializer, **errors(403)})
    def get(self, request):
        return Response(_agency_out(self._agency(), request.user))

    @extend_schema(
        operation_id="agency_update", request=UpdateInput, responses={200: out.AgencyOutputSerializer, **errors(403)}
    )
    def patch(self, request):
        agency = self._agency(for_change=True)
        data = self.UpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        agency, _ = services.agency_update(agency=agency, name=data.validated_data["name"])
        return Response(_agency_out(agency, request.user))


class MembersApi(ScopedListApi):
    """Your agency's recruiters, admins first, each with their workload (representations, asks
    waiting, drafts — counts only, never candidate data). 1 query a page."""

    permission_classes = (IsRecruiter,)
    scope = members_visible_to
    serializer_class = out.MemberOutputSerializer
    ordering_fields = ["created_at"]
    ordering = ["-created_at"]

    def get_queryset(self):
        return selectors.team_workload(user=self.request.user)

    @extend_schema(operation_id="agency_members_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class MemberApi(ScopedApi):
    permission_classes = (IsRecruiter,)
    scope = members_visible_to
    can_change = can_remove_member

    @extend_schema(
        operation_id="agency_members_remove",
        responses={204: None, **errors(403, 409)},
        description="Admins only. The recruiter's open representations END at once (the candidates "
        "consented to that recruiter); they keep their account, in an agency of their own.",
    )
    def delete(self, request, pk):
        member = self.get_object(for_change=True)
        services.agency_member_remove(member=member, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class InvitationsApi(ScopedListApi):
    """Your agency's invitations (admins; others see none), newest first. 1 query a page."""

    permission_classes = (IsRecruiter,)
    scope = agency_invitations_visible_to
    serializer_class = out.AgencyInvitationOutputSerializer
    ordering_fields = ["created_at"]
    ordering = ["-created_at"]

    class CreateInput(serializers.Serializer):
        email = serializers.EmailField()

    @extend_schema(operation_id="agency_invitations_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="agency_invitations_create",
        request=CreateInput,
        responses={201: out.AgencyInvitationOutputSerializer, **errors(403)},
        description="Admins only. E-mails a one-time link valid for 7 days. A candidate's address, a "
        "member's, or your own is a 400 on `email`.",
        examples=[OpenApiExample("Invite a colleague", request_only=True, value={"email": "ivy@agency.example"})],
    )
    def post(self, request):
        agency = request.user.recruiter_profile.agency
        if not can_manage_agency(request.user, agency):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied("Only your agency's admins can invite recruiters.")
        data = self.CreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        invitation, _ = services.agency_invitation_create(
            agency=agency, invited_by=request.user, email=data.validated_data["email"]
        )
        return Response(out.AgencyInvitationOutputSerializer(invitation).data, status=status.HTTP_201_CREATED)


class InvitationApi(ScopedApi):
    permission_classes = (IsRecruiter,)
    scope = agency_invitations_visible_to
    can_change = can_revoke_agency_invitation

    @extend_schema(
        operation_id="agency_invitations_revoke",
        responses={200: out.AgencyInvitationOutputSerializer, **errors(403, 409)},
        description="Withdraw an invitation (idempotent); an accepted one is a 409.",
    )
    def delete(self, request, pk):
        invitation = services.agency_invitation_revoke(invitation=self.get_object(for_change=True))
        return Response(out.AgencyInvitationOutputSerializer(invitation).data)


class InvitationAcceptApi(APIView):
    permission_classes = (IsRecruiter,)

    class AcceptInput(serializers.Serializer):
        token = serializers.CharField(max_length=200)

    @extend_schema(
        operation_id="agency_invitations_accept",
        request=AcceptInput,
        responses={
            200: out.AgencyOutputSerializer,
            **errors(403, 404, 410, descriptions={410: "The invitation was revoked, used or has expired."}),
        },
        description="Join the agency that invited you (as a member). The token is the one in the "
        "e-mailed link; it works once. Unknown 404 `invitation_unknown`; 410 `invitation_revoked`, "
        "`invitation_used`, `invitation_expired`.",
    )
    def post(self, request):
        data = self.AcceptInput(data=request.data)
        data.is_valid(raise_exception=True)
        profile = services.agency_invitation_accept(token=data.validated_data["token"], user=request.user)
        return Response(_agency_out(profile.agency, request.user))
