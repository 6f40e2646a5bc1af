"""``/relays/`` (your relays; a new draft), ``/relays/{id}/`` (read, edit or delete a draft) and its
actions ``check/`` (the redaction check), ``preview/`` (exactly what the candidate will see) and
``publish/``. Relays — raw notes included — are only ever shown to their own recruiter."""

import django_filters
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from apps.accounts.permissions import IsRecruiter
from apps.core.api.filters import IdFilter
from apps.core.api.schema import errors
from apps.core.api.scoping import ScopedApi, ScopedListApi
from apps.feedback.api.checks import RedactionCheckApi
from apps.recruiters import services
from apps.recruiters.api import serializers as out
from apps.recruiters.models import RelayStatus
from apps.recruiters.permissions import can_change_relay, relays_visible_to


class RelayFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(choices=RelayStatus.choices)
    thread = IdFilter(field_name="thread_id", help_text="A thread id.")
    candidate = IdFilter(field_name="representation__candidate_id", help_text="A candidate's id.")


class _RelayScope:
    permission_classes = (IsRecruiter,)
    scope = relays_visible_to
    can_change = can_change_relay

    def refine(self, queryset):
        return queryset.select_related("representation__candidate", "thread__application__company", "recruiter")

    def answer(self, pk, code=status.HTTP_200_OK):
        return Response(out.RelayOutputSerializer(self.get_object_by_pk(pk)).data, status=code)


class RelaysApi(_RelayScope, ScopedListApi):
    """Your relays on active representations, newest change first. 1 query a page."""

    serializer_class = out.RelayOutputSerializer
    filterset_class = RelayFilter
    ordering_fields = ["created_at", "updated_at"]
    ordering = ["-created_at"]

    class CreateInput(out.RelayFieldsSerializer):
        thread_id = out.IdField(required=False, help_text="A thread of an application shared with you.")
        request_id = out.IdField(required=False, help_text="A request a candidate sent to you (its thread is used).")

    @extend_schema(operation_id="relays_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="relays_create",
        request=CreateInput,
        responses={201: out.RelayOutputSerializer, **errors(403)},
        description="A draft relay on a thread shared with you, or answering a request sent to you. "
        "A thread or request outside your scope is a 400 on that field. Unpublished after 2 days, "
        "it reminds you.",
        examples=[
            OpenApiExample(
                "Answer an ask",
                request_only=True,
                value={
                    "request_id": 7,
                    "raw_notes": "Dana: liked the portfolio; thought system design was thin.",
                    "candidate_text": "Your portfolio stood out. Practise system design trade-offs out loud.",
                    "source_naming": "hiring_manager",
                },
            )
        ],
    )
    def post(self, request):
        data = self.CreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        relay = services.relay_create(recruiter=request.user, **data.validated_data)
        return self.answer(relay.pk, status.HTTP_201_CREATED)


class RelayApi(_RelayScope, ScopedApi):
    UpdateInput = out.RelayFieldsSerializer

    @extend_schema(operation_id="relays_retrieve", responses={200: out.RelayOutputSerializer})
    def get(self, request, pk):
        return Response(out.RelayOutputSerializer(self.get_object()).data)

    @extend_schema(
        operation_id="relays_update",
        request=UpdateInput,
        responses={200: out.RelayOutputSerializer, **errors(403, 409)},
        description="Edit a draft. Published: 403 (it is part of the candidate's record); an ended "
        "representation: 409 `representation_ended`.",
    )
    def patch(self, request, pk):
        relay = self.get_object(for_change=True)
        data = self.UpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.relay_update(relay=relay, **data.validated_data)
        return self.answer(relay.pk)

    @extend_schema(operation_id="relays_delete", responses={204: None, **errors(403)})
    def delete(self, request, pk):
        services.relay_delete(relay=self.get_object(for_change=True))
        return Response(status=status.HTTP_204_NO_CONTENT)


class RelayCheckApi(_RelayScope, ScopedApi):
    @extend_schema(
        operation_id="relays_check",
        request=None,
        responses={200: RedactionCheckApi.CheckOutput, **errors(403)},
        description="Run the redaction check on the candidate-facing text (the candidate's own name is "
        "fine) and keep the findings on the draft: e-mail addresses, phone numbers, other people's "
        "names, salary figures, other candidates, protected characteristics.",
    )
    def post(self, request, pk):
        report = services.relay_check(relay=self.get_object(for_change=True))
        return Response(report.as_dict())


class RelayPreviewApi(_RelayScope, ScopedApi):
    @extend_schema(
        operation_id="relays_preview",
        responses={200: out.RelayPreviewSerializer},
        description="Exactly what the candidate will see once published: from you, how the source is "
        "named, the text, and the points it will be split into. Raw notes are never part of it.",
    )
    def get(self, request, pk):
        relay = self.get_object()
        return Response(out.RelayPreviewSerializer(services.relay_preview(relay=relay).as_dict()).data)


class RelayPublishApi(_RelayScope, ScopedApi):
    class PublishInput(serializers.Serializer):
        accept_findings = serializers.BooleanField(
            default=False, help_text="Publish even though the redaction check still flags something."
        )

    @extend_schema(
        operation_id="relays_publish",
        request=PublishInput,
        responses={200: out.RelayOutputSerializer, **errors(403, 409)},
        description="Publish onto the candidate's thread: the reply and its points, a thank-you owed to "
        "you (and through you, your source), a notice to the candidate, an audit row. Empty text: 400 "
        "on `candidate_text`; findings still open: 409 `redaction_findings` (with `findings`) unless "
        "`accept_findings`; an ended representation or unshared application: 409 `representation_ended`; "
        "already published: 403.",
    )
    def post(self, request, pk):
        relay = self.get_object(for_change=True)
        data = self.PublishInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.relay_publish(relay=relay, accept_findings=data.validated_data["accept_findings"])
        return self.answer(relay.pk)
