"""``POST /tone-check/`` (any signed-in user) and ``POST /redaction-check/`` (recruiters and staff):
the two writing checks as the API contracts of issue 9 and the recruiter-side issue. Both are pure
functions of the text: nothing is read from the database or saved."""

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.permissions import can_use_recruiter_area
from apps.core.api.schema import errors
from apps.feedback.api.serializers import FindingSerializer
from apps.feedback.models import TemplateKind

CHECK_TEXT_MAX = 20_000
TONE_CODES = ("argumentative", "sway", "demanding", "too_many_questions", "too_long", "no_thanks", "vague")


class IsRecruiterOrStaff(BasePermission):
    message = "Only recruiters (and staff) can run the redaction check."

    def has_permission(self, request, view):
        return can_use_recruiter_area(request.user) or bool(request.user and request.user.is_staff)


class ToneCheckApi(APIView):
    """Flags argumentative, swaying or demanding wording, more than two questions, over ~150 words,
    no thanks, and no specific topic — each finding with the words' offsets and a better phrasing."""

    permission_classes = (IsAuthenticated,)

    class CheckInput(serializers.Serializer):
        text = serializers.CharField(max_length=CHECK_TEXT_MAX, allow_blank=True, trim_whitespace=False)
        kind = serializers.ChoiceField(choices=TemplateKind.choices, default="request")

    class CheckOutput(serializers.Serializer):
        ok = serializers.BooleanField()
        word_count = serializers.IntegerField(min_value=0)
        findings = FindingSerializer(many=True, help_text=f"`code` is one of: {', '.join(TONE_CODES)}.")

    @extend_schema(
        operation_id="tone_check",
        request=CheckInput,
        responses={200: CheckOutput, **errors(400)},
        examples=[
            OpenApiExample(
                "A request that argues",
                request_only=True,
                value={"text": "I think the decision was unfair. Please reconsider.", "kind": "request"},
            )
        ],
    )
    def post(self, request):
        from apps.feedback.tone import check_tone

        data = self.CheckInput(data=request.data)
        data.is_valid(raise_exception=True)
        report = check_tone(data.validated_data["text"], data.validated_data["kind"])
        return Response(report.as_dict())


class RedactionCheckApi(APIView):
    """Flags what a relay must not pass on: e-mail addresses, phone numbers, other people's names,
    salary figures, comparisons with other candidates and protected characteristics."""

    permission_classes = (IsAuthenticated, IsRecruiterOrStaff)

    class CheckInput(serializers.Serializer):
        text = serializers.CharField(max_length=CHECK_TEXT_MAX, allow_blank=True, trim_whitespace=False)
        candidate_name = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")

    class CheckOutput(serializers.Serializer):
        ok = serializers.BooleanField()
        findings = FindingSerializer(many=True)

    @extend_schema(
        operation_id="redaction_check",
        request=CheckInput,
        responses={200: CheckOutput, **errors(400, 403)},
        examples=[
            OpenApiExample(
                "A relay with a phone number",
                request_only=True,
                value={"text": "Call Dana on +44 20 7946 0958.", "candidate_name": "Cara Jensen"},
            )
        ],
    )
    def post(self, request):
        from apps.feedback.redaction import check_redaction

        data = self.CheckInput(data=request.data)
        data.is_valid(raise_exception=True)
        report = check_redaction(data.validated_data["text"], data.validated_data["candidate_name"])
        return Response(report.as_dict())
