"""``/representations/``: a recruiter invites (by e-mail or code), a candidate redeems a code,
accepts, declines; either side ends; the candidate chooses what each representation sees
(``/representations/{id}/shares/``) and can ask via the recruiter (``/representations/{id}/asks/``)."""

import django_filters
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from apps.accounts.permissions import IsCandidate, IsRecruiter
from apps.core.api.schema import errors
from apps.core.api.scoping import ScopedApi, ScopedListApi
from apps.core.permissions import get_for_user
from apps.feedback.api.serializers import RequestOutputSerializer, TopicsField
from apps.feedback.permissions import requests_visible_to
from apps.recruiters import services
from apps.recruiters.api import serializers as out
from apps.recruiters.models import RepresentationStatus
from apps.recruiters.permissions import (
    can_end_representation,
    can_respond_representation,
    can_share_representation,
    representations_visible_to,
)


class RepresentationFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(choices=RepresentationStatus.choices)


class _Scope:
    scope = representations_visible_to

    def refine(self, queryset):
        return queryset.select_related("recruiter", "candidate", "agency").prefetch_related("shares")

    def representation(self, rule=None, message=None):
        return get_for_user(
            self.get_queryset(),
            self.kwargs["pk"],
            user=self.request.user,
            can_change=rule,
            **({"message": message} if message else {}),
        )

    def answer(self, representation_id, code=status.HTTP_200_OK):
        return Response(out.RepresentationOutputSerializer(self.get_object_by_pk(representation_id)).data, status=code)


class RepresentationsApi(_Scope, ScopedListApi):
    """Candidates: who represents you (or invited you). Recruiters: your representations; agency
    admins also the agency's. 2 queries a page (representations with people and agency; shares)."""

    serializer_class = out.RepresentationOutputSerializer
    filterset_class = RepresentationFilter
    write_permission_classes = (IsRecruiter,)
    ordering_fields = ["created_at", "invited_at"]
    ordering = ["-created_at"]

    class CreateInput(serializers.Serializer):
        email = serializers.EmailField(required=False, allow_blank=True, help_text="Leave out to get a code only.")
        message = serializers.CharField(max_length=2000, required=False, allow_blank=True)

    @extend_schema(operation_id="representations_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="representations_create",
        request=CreateInput,
        responses={201: out.RepresentationCreatedSerializer, **errors(403, 409)},
        description="Recruiters invite a candidate: by `email` (an existing candidate is told in the app "
        "and by e-mail; an address without an account gets the code by e-mail) or, without `email`, "
        "a code to hand over. The code (valid 7 days, once) is in this answer only. Your own or a "
        "non-candidate's address is a 400 on `email`; an open representation already there is 409 "
        "`already_representing`.",
        examples=[OpenApiExample("Invite Cara", request_only=True, value={"email": "cara@example.com"})],
    )
    def post(self, request):
        data = self.CreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        representation, _ = services.representation_invite(recruiter=request.user, **data.validated_data)
        row = self.get_object_by_pk(representation.pk)  # its ``code`` is re-derived from the stored nonce
        return Response(out.RepresentationCreatedSerializer(row).data, status=status.HTTP_201_CREATED)


class RepresentationApi(_Scope, ScopedApi):
    @extend_schema(operation_id="representations_retrieve", responses={200: out.RepresentationOutputSerializer})
    def get(self, request, pk):
        return Response(out.RepresentationOutputSerializer(self.representation()).data)


class RepresentationRedeemApi(_Scope, ScopedApi):
    permission_classes = (IsCandidate,)

    class RedeemInput(serializers.Serializer):
        code = serializers.CharField(max_length=20)

    @extend_schema(
        operation_id="representations_redeem",
        request=RedeemInput,
        responses={
            200: out.RepresentationOutputSerializer,
            **errors(403, 404, 409, 410, descriptions={410: "The invitation has expired."}),
        },
        description="Candidates enter the code a recruiter gave them; that is consent, so the "
        "representation is active at once (and sees nothing until you share). Unknown 404 "
        "`invitation_unknown`; expired 410 `invitation_expired`; used 409 `invitation_used`.",
        examples=[OpenApiExample("Enter a code", request_only=True, value={"code": "ABCD-EFGH"})],
    )
    def post(self, request):
        data = self.RedeemInput(data=request.data)
        data.is_valid(raise_exception=True)
        representation = services.representation_redeem_code(candidate=request.user, code=data.validated_data["code"])
        return self.answer(representation.pk)


class RepresentationAcceptApi(_Scope, ScopedApi):
    @extend_schema(
        operation_id="representations_accept",
        request=None,
        responses={
            200: out.RepresentationOutputSerializer,
            **errors(403, 409, 410, descriptions={410: "The invitation has expired."}),
        },
        description="The invited candidate says yes. Expired 410 `invitation_expired`; already "
        "accepted 409 `invitation_used`; declined or ended 409.",
    )
    def post(self, request, pk):
        representation = self.representation(can_respond_representation, "Only the invited candidate can answer.")
        services.representation_accept(representation=representation, candidate=request.user)
        return self.answer(representation.pk)


class RepresentationDeclineApi(_Scope, ScopedApi):
    @extend_schema(
        operation_id="representations_decline",
        request=None,
        responses={200: out.RepresentationOutputSerializer, **errors(403, 409)},
    )
    def post(self, request, pk):
        representation = self.representation(can_respond_representation, "Only the invited candidate can answer.")
        services.representation_decline(representation=representation, candidate=request.user)
        return self.answer(representation.pk)


class RepresentationEndApi(_Scope, ScopedApi):
    @extend_schema(
        operation_id="representations_end",
        request=None,
        responses={200: out.RepresentationOutputSerializer, **errors(403, 409)},
        description="Either side ends it (an open invitation too). The recruiter's access ends at once: "
        "pages, API, exports and reminders not yet sent. Already ended: 409.",
    )
    def post(self, request, pk):
        representation = self.representation(can_end_representation, "Only the candidate or the recruiter can end it.")
        services.representation_end(representation=representation, by=request.user)
        return self.answer(representation.pk)


class SharesApi(_Scope, ScopedApi):
    """Which of your applications this representation sees."""

    class SetInput(serializers.Serializer):
        application_ids = serializers.ListField(child=out.IdField(), max_length=1000)

    class AddInput(serializers.Serializer):
        application_id = out.IdField()

    def _shares_out(self, pk):
        return Response(
            out.SharesOutputSerializer(
                {"application_ids": sorted(s.application_id for s in self.get_object_by_pk(pk).shares.all())}
            ).data
        )

    @extend_schema(operation_id="representation_shares_retrieve", responses={200: out.SharesOutputSerializer})
    def get(self, request, pk):
        return self._shares_out(self.representation().pk)

    @extend_schema(
        operation_id="representation_shares_replace",
        request=SetInput,
        responses={200: out.SharesOutputSerializer, **errors(403, 409)},
        description="Share exactly these applications (yours); `[]` shares nothing. Not active: 409.",
    )
    def put(self, request, pk):
        representation = self.representation(can_share_representation, "Only the candidate chooses what is shared.")
        data = self.SetInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.representation_shares_set(
            representation=representation,
            candidate=request.user,
            application_ids=data.validated_data["application_ids"],
        )
        return self._shares_out(representation.pk)

    @extend_schema(
        operation_id="representation_shares_add",
        request=AddInput,
        responses={200: out.SharesOutputSerializer, **errors(403, 409)},
        description="Share one more application (idempotent).",
    )
    def post(self, request, pk):
        representation = self.representation(can_share_representation, "Only the candidate chooses what is shared.")
        data = self.AddInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.representation_share_add(
            representation=representation, candidate=request.user, application_id=data.validated_data["application_id"]
        )
        return self._shares_out(representation.pk)


class ShareApi(_Scope, ScopedApi):
    @extend_schema(
        operation_id="representation_shares_remove",
        responses={200: out.SharesOutputSerializer, **errors(403)},
        description="Stop sharing one application, at once (idempotent).",
    )
    def delete(self, request, pk, application_id):
        representation = self.representation(can_share_representation, "Only the candidate chooses what is shared.")
        services.representation_share_remove(
            representation=representation, candidate=request.user, application_id=application_id
        )
        return Response(
            out.SharesOutputSerializer(
                {"application_ids": sorted(s.application_id for s in self.get_object_by_pk(pk).shares.all())}
            ).data
        )


class AsksApi(_Scope, ScopedApi):
    class CreateInput(serializers.Serializer):
        application_id = out.IdField(help_text="One of your rejected applications.")
        topics = TopicsField(required=False)
        subject = serializers.CharField(max_length=200, required=False, allow_blank=True)
        body = serializers.CharField(max_length=10_000, required=False, allow_blank=True)

    @extend_schema(
        operation_id="representation_asks_create",
        request=CreateInput,
        responses={201: RequestOutputSerializer, **errors(403, 409)},
        description="A draft feedback request to this representation's recruiter (it shares that "
        "application with them). Send it with `POST /feedback-requests/{id}/send/`: the recruiter is "
        "told at once and reminded at 3 and 7 days until they relay. Not active: 400 on `representation_id`.",
    )
    def post(self, request, pk):
        representation = self.representation(can_share_representation, "Only the candidate can ask via a recruiter.")
        data = self.CreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        created = services.ask_create(owner=request.user, representation_id=representation.pk, **data.validated_data)
        row = (
            requests_visible_to(request.user).select_related("thread", "outbox", "follow_up_outbox").get(pk=created.pk)
        )
        return Response(RequestOutputSerializer(row).data, status=status.HTTP_201_CREATED)
