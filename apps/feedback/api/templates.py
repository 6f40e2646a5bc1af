"""``/message-templates/`` (your three templates), ``/message-templates/{kind}/`` (edit, reset to
Debrief's wording) and ``/message-drafts/`` (a template filled for one ask; saves nothing)."""

from django.http import Http404
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from apps.accounts.permissions import IsCandidate
from apps.core.api.schema import errors
from apps.core.api.scoping import ScopedApi
from apps.feedback import services
from apps.feedback.api import serializers as out
from apps.feedback.drafting import DEFAULTS, PLACEHOLDERS
from apps.feedback.models import TemplateKind
from apps.feedback.permissions import templates_visible_to

PLACEHOLDER_HELP = "Placeholders: " + ", ".join(f"{{{name}}} ({what})" for name, what in PLACEHOLDERS.items()) + "."


def _template_rows(user) -> list[dict]:
    """The candidate's own template for each kind, else the default. 1 query."""
    own = {row.kind: row for row in templates_visible_to(user)}
    rows = []
    for kind in TemplateKind.values:
        row = own.get(kind)
        subject, body = (row.subject, row.body) if row else DEFAULTS[kind]
        rows.append({"kind": kind, "subject": subject, "body": body, "is_default": row is None})
    return rows


class TemplatesApi(ScopedApi):
    """Your three templates (request, follow-up, thank-you) — yours where you edited one, else Debrief's."""

    scope = templates_visible_to

    @extend_schema(
        operation_id="message_templates_list",
        responses={200: out.TemplateOutputSerializer(many=True)},
        description=PLACEHOLDER_HELP,
    )
    def get(self, request):
        return Response(out.TemplateOutputSerializer(_template_rows(request.user), many=True).data)


class TemplateApi(ScopedApi):
    """One template by kind: ``request``, ``follow_up`` or ``thank_you`` (anything else is a 404)."""

    write_permission_classes = (IsCandidate,)
    scope = templates_visible_to

    class UpdateInput(serializers.Serializer):
        subject = serializers.CharField(max_length=200, required=False, allow_blank=True)
        body = serializers.CharField(max_length=out.TEXT_MAX)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if kwargs.get("kind") not in TemplateKind.values:
            raise Http404

    def _row(self, kind: str) -> dict:
        return next(row for row in _template_rows(self.request.user) if row["kind"] == kind)

    @extend_schema(operation_id="message_templates_retrieve", responses={200: out.TemplateOutputSerializer})
    def get(self, request, kind):
        return Response(out.TemplateOutputSerializer(self._row(kind)).data)

    @extend_schema(
        operation_id="message_templates_update",
        request=UpdateInput,
        responses={200: out.TemplateOutputSerializer, **errors(403)},
        description=PLACEHOLDER_HELP,
        examples=[
            OpenApiExample(
                "Shorter",
                request_only=True,
                value={"subject": "Thank you", "body": "Dear {contact_first_name}, thank you. {full_name}"},
            )
        ],
    )
    def put(self, request, kind):
        data = self.UpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.template_update(
            owner=request.user,
            kind=kind,
            subject=data.validated_data.get("subject", ""),
            body=data.validated_data["body"],
        )
        return Response(out.TemplateOutputSerializer(self._row(kind)).data)

    @extend_schema(
        operation_id="message_templates_reset",
        responses={200: out.TemplateOutputSerializer, **errors(403)},
        description="Back to Debrief's wording (answers the default).",
    )
    def delete(self, request, kind):
        services.template_reset(owner=request.user, kind=kind)
        return Response(out.TemplateOutputSerializer(self._row(kind)).data)


class DraftsApi(ScopedApi):
    """A template filled for one application, person and set of topics. Saves nothing. 3 queries."""

    write_permission_classes = (IsCandidate,)
    scope = templates_visible_to

    class DraftInput(serializers.Serializer):
        kind = serializers.ChoiceField(choices=TemplateKind.choices, default=TemplateKind.REQUEST)
        application_id = out.IdField(help_text="One of your applications.")
        contact_id = out.IdField(required=False, allow_null=True, help_text="One of your contacts.")
        contact_name = serializers.CharField(max_length=150, required=False, allow_blank=True)
        topics = out.TopicsField(required=False)

    class DraftOutput(serializers.Serializer):
        subject = serializers.CharField()
        body = serializers.CharField()

    @extend_schema(
        operation_id="message_drafts_create",
        request=DraftInput,
        responses={200: DraftOutput, **errors(403)},
        examples=[
            OpenApiExample(
                "Ask about the interview", request_only=True, value={"application_id": 1, "topics": ["interview"]}
            )
        ],
    )
    def post(self, request):
        data = self.DraftInput(data=request.data)
        data.is_valid(raise_exception=True)
        draft = services.request_draft_for(owner=request.user, **data.validated_data)
        return Response(self.DraftOutput(draft).data)
